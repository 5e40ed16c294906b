// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTableSink.h"

#include "CsvCellEncoder.h"
#include "SignalSchema.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

constexpr qsizetype kFlushBytes = 4 * 1024 * 1024;

} // namespace

struct CsvTableSink::Output
{
    QSaveFile file;
    QByteArray buffer;
    bool headerWritten = false;
};

CsvTableSink::CsvTableSink(QString directory, QStringList tables)
    : m_directory(std::move(directory)), m_tables(std::move(tables))
{ }

CsvTableSink::~CsvTableSink() = default;

bool CsvTableSink::open(const SignalSchema &schema)
{
    Q_UNUSED(schema);
    if (!QDir().mkpath(m_directory)) {
        m_error = u"cannot create "_s + m_directory;
        return false;
    }
    for (const QString &table : std::as_const(m_tables)) {
        auto out = std::make_shared<Output>();
        out->file.setFileName(QDir(m_directory).filePath(table + u".csv"_s));
        if (!out->file.open(QIODevice::WriteOnly)) {
            m_error = out->file.fileName() + u": "_s + out->file.errorString();
            return false;
        }
        out->buffer.reserve(kFlushBytes + 64 * 1024);
        m_outputs.insert(table, out);
    }
    return true;
}

bool CsvTableSink::flush(Output &out, bool force)
{
    if (out.buffer.isEmpty() || (!force && out.buffer.size() < kFlushBytes))
        return true;
    if (out.file.write(out.buffer) != out.buffer.size()) {
        m_error = out.file.fileName() + u": "_s + out.file.errorString();
        return false;
    }
    out.buffer.clear();
    return true;
}

bool CsvTableSink::insert(const TableDef &table, const TableRow &row)
{
    const auto it = m_outputs.constFind(table.name);
    if (it == m_outputs.constEnd())
        return true; // a table the user did not export
    Output &out = **it;
    if (!out.headerWritten) {
        QStringList names;
        for (const ColumnDef &c : table.columns)
            names.append(c.name);
        CsvCellEncoder::appendHeader(out.buffer, names);
        out.headerWritten = true;
    }
    CsvCellEncoder::appendRow(out.buffer, row.cells());
    return flush(out, false);
}

bool CsvTableSink::close()
{
    for (const auto &out : std::as_const(m_outputs)) {
        if (!flush(*out, true))
            return false;
        if (!out->file.commit()) {
            m_error = out->file.fileName() + u": "_s + out->file.errorString();
            return false;
        }
    }
    m_outputs.clear();
    return true;
}

} // namespace idiolect::demogen
