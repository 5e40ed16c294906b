// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalDesktopExportImporter.h"

#include "SigexportConversation.h"
#include "SigexportModelBuilder.h"
#include "common/ComputePool.h"
#include "common/JobContext.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

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

    // Conversations are independent: read a batch in parallel, add it in folder order, and
    // drop it before the next batch, so memory holds the model plus one batch.
    const auto total = qint64(folders.size());
    const qsizetype batch = std::max(2, QThreadPool::globalInstance()->maxThreadCount()) * 2;
    SigexportModelBuilder builder(options);
    qint64 done = 0;
    for (qsizetype from = 0; from < folders.size(); from += batch) {
        const QStringList slice = folders.mid(from, batch);
        const std::vector<SigexportConversation> conversations
            = QtConcurrent::blockingMapped<std::vector<SigexportConversation>>(
                ComputePool::instance(), slice, [&](const QString &folder) {
                    return job.isCanceled() ? SigexportConversation{}
                                            : readFolder(folder, options, job);
                });
        if (job.isCanceled())
            return Error::canceled();
        for (const SigexportConversation &c : conversations) {
            if (c.error.isError())
                return c.error;
            builder.add(c);
        }
        done += qint64(slice.size());
        job.setProgress(done, total + 1);
    }
    if (job.isCanceled()) // a cancel during the last batch's report is not too late
        return Error::canceled();
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
