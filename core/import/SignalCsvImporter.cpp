// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalCsvImporter.h"

#include "CsvTableReader.h"
#include "SignalModelBuilder.h"
#include "SignalTableKind.h"
#include "common/ComputePool.h"
#include "common/JobContext.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <numeric>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

/** Reading order: tables others refer to come first. */
int readOrder(SignalTableKind kind)
{
    switch (kind) {
    case SignalTableKind::Recipient: return 0;
    case SignalTableKind::Groups: return 1;
    case SignalTableKind::GroupMembership: return 2;
    case SignalTableKind::DistributionList: return 3;
    case SignalTableKind::Thread: return 4;
    case SignalTableKind::LegacySms: return 5;
    case SignalTableKind::LegacyMms: return 6;
    case SignalTableKind::Message: return 7;
    case SignalTableKind::Attachment: return 8;
    case SignalTableKind::Mention: return 9;
    case SignalTableKind::Reaction: return 10;
    case SignalTableKind::Unknown: return 11;
    }
    return 11;
}

struct TableFile
{
    QString path;
    SignalTableKind kind = SignalTableKind::Unknown;
    qint64 size = 0;
    std::unique_ptr<CsvTableReader> reader;
};

bool isMessageTable(SignalTableKind kind)
{
    return kind == SignalTableKind::Message || kind == SignalTableKind::LegacySms
        || kind == SignalTableKind::LegacyMms;
}

/**
 * Reads a message table in parts on several threads (CsvTableReader::split()) and joins
 * them in file order; falls back to one sequential pass when the file cannot be split.
 */
Status readMessagesInParts(SignalModelBuilder &builder, SignalTableKind kind,
                           CsvTableReader &reader, const ImportOptions &options)
{
    constexpr qsizetype kDefaultMinPartBytes = 4 << 20;
    const int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    const auto parts = threads > 1
        ? reader.split(threads,
                       options.minPartBytes > 0 ? options.minPartBytes : kDefaultMinPartBytes)
        : std::vector<std::unique_ptr<CsvTableReader>>();
    if (parts.empty())
        return builder.read(kind, reader);
    if (const Status begun = builder.beginMessages(reader, kind); !begun)
        return begun;

    std::vector<MessageBatch> batches(parts.size());
    std::atomic<qint64> progress{0};
    std::vector<size_t> order(parts.size());
    std::iota(order.begin(), order.end(), size_t(0));
    // The first part plans room for the whole table, so the others are appended to it in
    // place; a later part plans for the bytes up to the next part's start.
    QtConcurrent::blockingMap(ComputePool::instance(), order, [&](size_t i) {
        const qint64 planEnd = i == 0 || i + 1 == parts.size() ? -1 : parts[i + 1]->startOffset();
        batches[i] = builder.decodeMessages(*parts[i], kind, progress, planEnd);
    });

    qint64 rows = 0;
    for (size_t i = 0; i < parts.size();) {
        MessageBatch &batch = batches[i];
        reader.addSkippedBlankLines(parts[i]->skippedBlankLines());
        if (batch.error.isError()) {
            if (i == 0 || batch.error.code == ErrorCode::Canceled)
                return batch.error;
            // Read the part again numbered from the start of the file, so the error's record
            // number (which its message names too) is the one a sequential read reports.
            const auto again = reader.restartPart(*parts[i], rows);
            const MessageBatch renumbered = builder.decodeMessages(*again, kind, progress);
            return renumbered.error;
        }
        const qint64 partRows = batch.store.size();
        builder.appendMessages(std::move(batch), kind, rows);
        rows += partRows;
        if (!parts[i]->stoppedAtPart())
            break;
        const qsizetype end = parts[i]->endOffset();
        const auto next = std::find_if(parts.begin() + qsizetype(i) + 1, parts.end(),
                                       [end](const auto &p) { return p->startOffset() == end; });
        if (next == parts.end()) // cannot happen: parts stop only at the start of a later part
            return Error::make(ErrorCode::Internal,
                               SignalCsvImporter::tr("The message table was split wrongly."),
                               reader.sourceName());
        i = size_t(next - parts.begin());
    }
    return {};
}

} // namespace

Expected<std::shared_ptr<ChatExport>> SignalCsvImporter::run(const ImportOptions &options,
                                                             JobContext &job)
{
    const QFileInfo info(options.path);
    const QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    const QFileInfoList entries
        = dir.entryInfoList({u"*.csv"_s, u"*.CSV"_s}, QDir::Files, QDir::Name);
    if (entries.isEmpty()) {
        Error e = Error::make(ErrorCode::MissingTable, tr("The folder contains no CSV files."),
                              dir.absolutePath());
        e.hint = tr("Export tables with signalbackup-tools --exportcsv message=message.csv,"
                    "recipient=recipient.csv,thread=thread.csv,mention=mention.csv,"
                    "attachment=attachment.csv (mentions and long messages need the last two)");
        return e;
    }

    std::vector<TableFile> tables;
    std::vector<Error> openErrors;
    bool hasLegacySms = false;
    for (const QFileInfo &entry : entries) {
        auto reader = CsvTableReader::open(entry.absoluteFilePath());
        if (!reader) {
            openErrors.push_back(reader.error());
            continue;
        }
        TableFile tf;
        tf.path = entry.absoluteFilePath();
        tf.size = entry.size();
        if (!(*reader)->isEmptyTable())
            tf.kind = identifySignalTable((*reader)->columns());
        hasLegacySms = hasLegacySms || tf.kind == SignalTableKind::LegacySms;
        tf.reader = std::move(reader.value());
        tables.push_back(std::move(tf));
    }
    if (hasLegacySms) {
        for (TableFile &tf : tables) {
            if (tf.kind == SignalTableKind::Message)
                tf.kind = SignalTableKind::LegacyMms;
        }
    }

    const bool hasMessages = std::any_of(tables.begin(), tables.end(), [](const TableFile &tf) {
        return tf.kind == SignalTableKind::Message || tf.kind == SignalTableKind::LegacySms
            || tf.kind == SignalTableKind::LegacyMms;
    });
    if (!hasMessages && !openErrors.empty())
        return openErrors.front(); // the broken file is most likely the message table
    if (!hasMessages) {
        // signalbackup-tools writes an empty table as a 0-byte file without a header, so an
        // empty message table cannot be recognised by its columns. Name it if we can.
        QStringList empty;
        for (const TableFile &tf : tables) {
            if (tf.reader->isEmptyTable())
                empty.append(QFileInfo(tf.path).fileName());
        }
        const auto named = std::find_if(empty.cbegin(), empty.cend(), [](const QString &name) {
            return name.contains(u"message"_s, Qt::CaseInsensitive)
                || name.startsWith(u"sms"_s, Qt::CaseInsensitive)
                || name.startsWith(u"mms"_s, Qt::CaseInsensitive);
        });
        if (!empty.isEmpty()) {
            const QString file = named != empty.cend() ? *named : empty.first();
            Error e = Error::make(ErrorCode::MissingTable,
                                  tr("No message table was found; %1 is empty (0 bytes), which is "
                                     "how signalbackup-tools writes a table without rows.")
                                      .arg(file),
                                  dir.filePath(file));
            e.hint = tr("Check that the backup has messages and export the message table again.");
            return e;
        }
    }

    std::stable_sort(tables.begin(), tables.end(), [](const TableFile &a, const TableFile &b) {
        return readOrder(a.kind) < readOrder(b.kind);
    });

    SignalModelBuilder builder(options, job);
    SourceInfo source;
    source.format = ExportFormat::SignalCsv;
    source.path = options.path;
    qint64 total = 0;
    for (const TableFile &tf : tables)
        total += tf.size;
    source.bytes = total;

    std::vector<SignalTableKind> seen;
    QStringList duplicates;
    qint64 offset = 0;
    for (TableFile &tf : tables) {
        if (job.isCanceled())
            return Error::canceled();
        if (tf.kind == SignalTableKind::Unknown) {
            offset += tf.size;
            continue;
        }
        if (std::find(seen.begin(), seen.end(), tf.kind) != seen.end()) {
            duplicates.append(QFileInfo(tf.path).fileName());
            offset += tf.size;
            continue; // the same table exported twice: the first file (by name) wins
        }
        seen.push_back(tf.kind);
        source.files.append(QFileInfo(tf.path).fileName());
        builder.setProgressRange(offset, total);
        const Status status = isMessageTable(tf.kind)
            ? readMessagesInParts(builder, tf.kind, *tf.reader, options)
            : builder.read(tf.kind, *tf.reader);
        if (!status)
            return status.error();
        offset += tf.size;
        job.setProgress(offset, total);
    }
    builder.setSource(source);
    auto result = builder.finish();
    if (!result)
        return result;
    ChatExport &ex = *result.value();
    for (const QString &name : duplicates)
        ex.addWarning(u"duplicate_table"_s,
                      tr("Another file holds the same table; only the first one (by name) was "
                         "read."),
                      name);
    for (const Error &e : openErrors)
        ex.addWarning(u"skipped_file"_s, tr("A file was skipped: %1").arg(e.message), e.file,
                      e.line);
    for (const TableFile &tf : tables) {
        if (tf.reader->crlfMode())
            ex.addWarning(u"crlf_line_endings"_s,
                          tr("The file uses Windows line endings (CRLF), which signalbackup-tools "
                             "never writes; it was probably re-saved by a spreadsheet. Line breaks "
                             "inside messages may have changed."),
                          QFileInfo(tf.path).fileName());
        if (tf.reader->hadBom())
            ex.addWarning(u"utf8_bom"_s,
                          tr("The file starts with a byte-order mark; it was ignored."),
                          QFileInfo(tf.path).fileName());
        if (tf.reader->skippedBlankLines() > 0)
            ex.addWarning(u"blank_lines"_s, tr("Blank lines were skipped."),
                          QFileInfo(tf.path).fileName());
    }
    job.setProgress(total, total);
    // The model holds no reference to the input; unmapping a few hundred MiB of it takes
    // ~10 ms, which the caller need not wait for.
    auto inputs = std::make_shared<std::vector<TableFile>>(std::move(tables));
    ComputePool::instance()->start([inputs]() mutable { inputs.reset(); });
    return result;
}

} // namespace idiolect
