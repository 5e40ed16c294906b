// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite importer's row decoding: the input is decoded into rows of any SQLite type
// (NULL, integers, reals, text, blobs, invalid UTF-8) for the Signal tables, some of them
// missing a column or missing altogether, and SignalModelBuilder reads them through
// SqlTableReader from an in-memory database.
//
// Input: one byte per table (0xF0.. = table missing, < 0x40 = drop column n), then rows:
// a table byte, then one typed value per column (see value()).
#include "FuzzDatabase.h"
#include "FuzzSupport.h"

#include "import/ImportOptions.h"

using namespace idiolect;
using namespace idiolect::fuzz;

namespace {

constexpr int kMaxRows = 64; // enough for every cross-table case; more only costs speed

QVariant value(ByteReader &in)
{
    switch (in.byte() % 10) {
    case 0: return QVariant(); // NULL
    case 1: return qint64(in.byte() % 16); // small ids collide often
    case 2: return in.integer(1);
    case 3: return in.integer(2);
    case 4: return in.integer(8);
    case 5: return QString::fromUtf8(in.bytes(64)); // text
    case 6: return in.bytes(64); // blob (also invalid UTF-8)
    case 7: {
        const qint64 bits = in.integer(8);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d; // any double, NaN and infinities included
    }
    case 8: return QString::number(in.integer(4)); // a number stored as text
    default: return in.integer(6) * 1000; // a millisecond timestamp
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FuzzDatabase &db = *new FuzzDatabase; // lives as long as the process
    const size_t tables = FuzzDatabase::schema().size();
    ByteReader in(data, size);
    std::vector<int> drop(tables, -1);
    std::vector<bool> missing(tables, false);
    for (size_t t = 0; t < tables; ++t) {
        const quint8 b = in.byte();
        missing[t] = b >= 0xF0;
        drop[t] = b < 0x40 ? int(b) : -1;
    }
    db.begin(drop, missing);
    for (int row = 0; row < kMaxRows && !in.atEnd(); ++row) {
        const size_t t = in.byte() % tables;
        QList<QVariant> values;
        for (qsizetype c = 0; c < db.columns(t).size(); ++c)
            values.append(value(in));
        db.insert(t, values);
    }
    for (const bool lenient : {false, true}) {
        ImportOptions options;
        options.lenient = lenient;
        const auto result = db.import(options);
        if (result) {
            checkExport(**result);
            break;
        }
        checkError(result.error());
    }
    return 0;
}
