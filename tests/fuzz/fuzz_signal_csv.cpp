// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Signal CSV importer on a folder of tables: the input holds up to eight CSV files separated
// by a marker line, written to a RAM-backed scratch folder and imported strict, then lenient.
#include "FuzzSupport.h"

#include "common/JobContext.h"
#include "import/SignalCsvImporter.h"

#include <QDir>
#include <QFile>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxTables = 8;

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
        JobContext job;
        SignalCsvImporter importer;
        const auto result = importer.run(options, job);
        if (result) {
            fuzz::checkExport(**result);
            break; // lenient mode only differs where strict mode failed
        }
        fuzz::checkError(result.error());
    }
    return 0;
}
