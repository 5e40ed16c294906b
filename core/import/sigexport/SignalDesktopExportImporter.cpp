// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalDesktopExportImporter.h"

#include "SigexportConversation.h"
#include "SigexportModelBuilder.h"
#include "common/JobContext.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

/** meta.json of `sigexport --chat-members`: group name and member names. */
void readMeta(SigexportConversation &c)
{
    QFile f(QDir(c.directory).filePath(u"meta.json"_s));
    if (f.size() > 16 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject meta = QJsonDocument::fromJson(f.readAll()).object();
    if (meta.isEmpty())
        return;
    c.hasMeta = true;
    c.metaName = meta.value("name"_L1).toString();
    for (const QJsonValue &m : meta.value("members"_L1).toArray()) {
        const QString name = m.toObject().value("name"_L1).toString();
        if (!name.isEmpty())
            c.metaMembers.append(name);
    }
}

SigexportConversation readFolder(const QString &directory, const ImportOptions &options,
                                 JobContext &job)
{
    const QString path = QDir(directory).filePath(u"data.json"_s);
    QFile file(path);
    SigexportConversation c;
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = Error::make(ErrorCode::Unreadable,
                              SignalDesktopExportImporter::tr("The file cannot be opened: %1")
                                  .arg(file.errorString()),
                              path);
    } else {
        c = SigexportConversation::read(file, path, options, job);
    }
    c.directory = directory;
    c.folder = QFileInfo(directory).fileName();
    readMeta(c);
    return c;
}

} // namespace

Expected<std::shared_ptr<ChatExport>> SignalDesktopExportImporter::run(const ImportOptions &options,
                                                                       JobContext &job)
{
    const QFileInfo info(options.path);
    QStringList folders;
    if (info.isFile()) {
        folders.append(info.absolutePath());
    } else if (QFileInfo::exists(QDir(info.absoluteFilePath()).filePath(u"data.json"_s))) {
        folders.append(info.absoluteFilePath());
    } else {
        const QDir root(info.absoluteFilePath());
        const QStringList subdirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &sub : subdirs) {
            if (QFileInfo::exists(root.filePath(sub + u"/data.json"_s)))
                folders.append(root.filePath(sub));
        }
    }
    if (folders.isEmpty()) {
        Error e
            = Error::make(ErrorCode::NotFound,
                          tr("No conversation folder with a data.json was found."), options.path);
        e.hint = tr("Run signal-export with JSON output (the default; not --no-json) and open "
                    "its output folder or one conversation folder.");
        return e;
    }

    // Conversations are independent: read them in parallel, add them in folder order.
    std::atomic<qint64> done{0};
    const auto total = qint64(folders.size());
    const std::vector<SigexportConversation> conversations
        = QtConcurrent::blockingMapped<std::vector<SigexportConversation>>(
            folders, [&](const QString &folder) {
                if (job.isCanceled())
                    return SigexportConversation{};
                SigexportConversation c = readFolder(folder, options, job);
                job.setProgress(++done, total + 1);
                return c;
            });
    if (job.isCanceled())
        return Error::canceled();
    SigexportModelBuilder builder(options);
    for (const SigexportConversation &c : conversations) {
        if (c.error.isError())
            return c.error;
        builder.add(c);
    }
    SourceInfo source;
    source.format = ExportFormat::SignalDesktopExport;
    source.path = options.path;
    auto ex = builder.finish(source);
    job.setProgress(total + 1, total + 1);
    return ex;
}

Expected<std::shared_ptr<ChatExport>>
SignalDesktopExportImporter::parseBytes(const QByteArray &dataJson, const QString &folder,
                                        const ImportOptions &options)
{
    QBuffer buffer;
    buffer.setData(dataJson);
    buffer.open(QIODevice::ReadOnly);
    SigexportConversation c
        = SigexportConversation::read(buffer, u"data.json"_s, options, JobContext::detached());
    if (c.error.isError())
        return c.error;
    c.folder = folder;
    SigexportModelBuilder builder(options);
    builder.add(c);
    SourceInfo source;
    source.format = ExportFormat::SignalDesktopExport;
    return builder.finish(source);
}

} // namespace idiolect
