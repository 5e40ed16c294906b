// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalPlaintextImporter.h"

#include "PlaintextMedia.h"
#include "PlaintextModelBuilder.h"
#include "ZipArchive.h"
#include "common/JobContext.h"
#include "import/JsonLinesReader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr qint64 kCancelCheckLines = 2048;

/** The main.jsonl entry of a ZIP, at the top or inside one folder; -1 if none. */
qsizetype findMainEntry(const ZipArchive &zip, QString *prefix)
{
    qsizetype index = zip.indexOf(u"main.jsonl"_s);
    if (index >= 0) {
        prefix->clear();
        return index;
    }
    const auto &entries = zip.entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        const QString &name = entries[i].name;
        if (name.endsWith(u"/main.jsonl"_s) && name.count(u'/') == 1) {
            *prefix = name.left(name.size() - qsizetype(sizeof("main.jsonl") - 1));
            return qsizetype(i);
        }
    }
    return -1;
}

/** Where images from a ZIP are unpacked: one folder per archive (path, size, date). */
QString extractDirFor(const ImportOptions &options, const QFileInfo &zip)
{
    QString base = options.cacheDir;
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty())
        return {};
    const QByteArray key = (zip.absoluteFilePath() + u'|' + QString::number(zip.size()) + u'|'
                            + QString::number(zip.lastModified().toMSecsSinceEpoch()))
                               .toUtf8();
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    return QDir(base).filePath(u"plaintext-media/"_s + id);
}

/** Streams every line of @p device into @p builder. */
Status readLines(QIODevice &device, const QString &name, PlaintextModelBuilder &builder,
                 JobContext &job)
{
    JsonLinesReader reader(device, name);
    const qint64 total = std::max<qint64>(device.size(), 1);
    while (true) {
        const JsonLinesReader::Result r = reader.next();
        if (r == JsonLinesReader::Result::End)
            break;
        if (r == JsonLinesReader::Result::Error)
            return reader.error();
        const Status s = r == JsonLinesReader::Result::TooLong
            ? builder.addOverlongLine(reader.lineNumber())
            : builder.addLine(reader.line(), reader.lineNumber());
        if (!s)
            return s;
        if (reader.lineNumber() % kCancelCheckLines == 0) {
            if (job.isCanceled())
                return Error::canceled();
            job.setProgress(reader.bytesRead(), total);
        }
    }
    job.setProgress(total, total);
    return {};
}

Expected<std::shared_ptr<ChatExport>> importZip(std::shared_ptr<const ZipArchive> zip,
                                                const ImportOptions &options,
                                                const QString &extractDir, SourceInfo source,
                                                JobContext &job)
{
    QString prefix;
    const qsizetype main = findMainEntry(*zip, &prefix);
    if (main < 0) {
        Error e = Error::make(ErrorCode::NotFound,
                              SignalPlaintextImporter::tr("The ZIP archive holds no main.jsonl."),
                              zip->path());
        e.hint = SignalPlaintextImporter::tr("Open the ZIP of Signal's chat export "
                                             "(Settings → Chats → Export chat history).");
        return e;
    }
    auto device = zip->openEntry(main);
    if (!device)
        return device.error();
    const QString name
        = zip->path().isEmpty() ? u"main.jsonl"_s : zip->path() + u':' + prefix + u"main.jsonl"_s;
    PlaintextModelBuilder builder(options, name);
    JobContext parse;
    parse.attachToParent(&job, 0, 850);
    if (const Status s = readLines(**device, name, builder, parse); !s)
        return s.error();
    source.files.append(name);
    source.bytes = zip->entries()[size_t(main)].size;
    builder.setSource(source);
    PlaintextMedia media = PlaintextMedia::fromZip(zip, prefix, extractDir);
    JobContext files;
    files.attachToParent(&job, 850, 1000);
    return builder.finish(media, files);
}

} // namespace

Expected<std::shared_ptr<ChatExport>> SignalPlaintextImporter::run(const ImportOptions &options,
                                                                   JobContext &job)
{
    const QFileInfo info(options.path);
    SourceInfo source;
    source.format = ExportFormat::SignalPlaintext;
    source.path = options.path;

    QString mainPath;
    QString root;
    if (info.isDir()) {
        root = info.absoluteFilePath();
        mainPath = QDir(root).filePath(u"main.jsonl"_s);
        if (!QFileInfo::exists(mainPath)) {
            Error e = Error::make(ErrorCode::NotFound, tr("The folder holds no main.jsonl."),
                                  options.path);
            e.hint = tr("Open the folder Signal created (signal-export-…), which contains "
                        "main.jsonl, metadata.json and files/.");
            return e;
        }
    } else {
        QFile probe(info.absoluteFilePath());
        if (!probe.open(QIODevice::ReadOnly))
            return Error::make(ErrorCode::Unreadable,
                               tr("The file cannot be opened: %1").arg(probe.errorString()),
                               options.path);
        if (probe.peek(4) == QByteArrayView("PK\x03\x04")) {
            auto zip = ZipArchive::open(info.absoluteFilePath());
            if (!zip)
                return zip.error();
            return importZip(std::shared_ptr<const ZipArchive>(std::move(zip.value())), options,
                             extractDirFor(options, info), source, job);
        }
        mainPath = info.absoluteFilePath();
        root = info.absolutePath();
    }

    QFile file(mainPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Unreadable,
                           tr("The file cannot be opened: %1").arg(file.errorString()), mainPath);
    PlaintextModelBuilder builder(options, mainPath);
    JobContext parse;
    parse.attachToParent(&job, 0, 850);
    if (const Status s = readLines(file, mainPath, builder, parse); !s)
        return s.error();
    source.files.append(mainPath);
    source.bytes = file.size();
    builder.setSource(source);
    PlaintextMedia media = PlaintextMedia::fromFolder(root);
    JobContext files;
    files.attachToParent(&job, 850, 1000);
    return builder.finish(media, files);
}

Expected<std::shared_ptr<ChatExport>>
SignalPlaintextImporter::parseBytes(const QByteArray &bytes, const ImportOptions &options)
{
    SourceInfo source;
    source.format = ExportFormat::SignalPlaintext;
    source.path = options.path;
    JobContext &job = JobContext::detached();
    if (bytes.startsWith("PK\x03\x04")) {
        auto zip = ZipArchive::fromBytes(bytes);
        if (!zip)
            return zip.error();
        return importZip(std::shared_ptr<const ZipArchive>(std::move(zip.value())), options, {},
                         source, job);
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    PlaintextModelBuilder builder(options, u"main.jsonl"_s);
    if (const Status s = readLines(buffer, u"main.jsonl"_s, builder, job); !s)
        return s.error();
    source.bytes = bytes.size();
    builder.setSource(source);
    PlaintextMedia none;
    return builder.finish(none, job);
}

} // namespace idiolect
