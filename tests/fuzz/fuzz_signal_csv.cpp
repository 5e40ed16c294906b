// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Signal CSV importer on a folder of tables: the input holds up to eight CSV files separated
// by a marker line, written to a RAM-backed scratch folder and imported strict, then lenient.
// Each import is repeated with the message table cut into parts of a few bytes on three
// threads: the model (its snapshot encoding) or the error must be exactly the same.
#include "FuzzSupport.h"

#include "common/JobContext.h"
#include "import/SignalCsvImporter.h"
#include "snapshot/ByteWriter.h"
#include "snapshot/SnapshotCodec.h"

#include <QDir>
#include <QFile>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxTables = 8;

QByteArray encoded(const ChatExport &ex)
{
    ByteWriter out;
    SnapshotCodec::encode(ex, out);
    return out.take();
}

/** The same import in parts of 16 bytes on three threads must give the same outcome. */
void checkParallelAgrees(const ImportOptions &options,
                         const Expected<std::shared_ptr<ChatExport>> &sequential)
{
    ImportOptions parts = options;
    parts.threads = 3;
    parts.minPartBytes = 16;
    JobContext job;
    const auto parallel = SignalCsvImporter().run(parts, job);
    fuzz::check(bool(sequential) == bool(parallel), "one of the 1- and 3-thread imports failed");
    if (sequential) {
        fuzz::check(encoded(**sequential) == encoded(**parallel),
                    "the 1- and 3-thread imports made different models");
        return;
    }
    const Error &a = sequential.error();
    const Error &b = parallel.error();
    fuzz::check(a.code == b.code && a.line == b.line && a.column == b.column && a.record == b.record
                    && a.message == b.message,
                "the 1- and 3-thread imports reported different errors");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> tables = fuzz::splitParts(bytes, "\n--idiolect-table--\n");
    static const QDir dir(fuzz::scratchDir());
    static const QStringList names = [] {
        QStringList out;
        for (qsizetype i = 0; i < kMaxTables; ++i)
            out.append(dir.filePath(u"table%1.csv"_s.arg(i)));
        return out;
    }();
    for (qsizetype i = 0; i < kMaxTables; ++i) {
        if (i < tables.size())
            fuzz::writeScratchFile(names[i], tables[i]);
        else
            QFile::remove(names[i]);
    }

    for (const bool lenient : {false, true}) {
        ImportOptions options;
        options.path = dir.path();
        options.lenient = lenient;
        options.threads = 1;
        JobContext job;
        SignalCsvImporter importer;
        const auto result = importer.run(options, job);
        checkParallelAgrees(options, result);
        if (result) {
            fuzz::checkExport(**result);
            break; // lenient mode only differs where strict mode failed
        }
        fuzz::checkError(result.error());
    }
    return 0;
}
