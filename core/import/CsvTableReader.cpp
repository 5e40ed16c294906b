// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTableReader.h"

#include "CsvSplitter.h"

#include "common/MappedFile.h"
#include "common/Utf8.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

/** Names the binary format if the bytes start with a well-known signature. */
QString binarySignature(QByteArrayView head)
{
    struct Magic
    {
        const char *bytes;
        qsizetype size;
        const char *name;
    };
    static const Magic magics[] = {
        {"\x89PNG\r\n\x1a\n", 8, QT_TRANSLATE_NOOP("CsvTableReader", "a PNG image")},
        {"\xFF\xD8\xFF", 3, QT_TRANSLATE_NOOP("CsvTableReader", "a JPEG image")},
        {"GIF8", 4, QT_TRANSLATE_NOOP("CsvTableReader", "a GIF image")},
        {"SQLite format 3", 16, QT_TRANSLATE_NOOP("CsvTableReader", "an SQLite database")},
        {"PK\x03\x04", 4, QT_TRANSLATE_NOOP("CsvTableReader", "a ZIP archive")},
        {"\x1F\x8B", 2, QT_TRANSLATE_NOOP("CsvTableReader", "a gzip archive")},
        {"%PDF", 4, QT_TRANSLATE_NOOP("CsvTableReader", "a PDF document")},
        {"RIFF", 4, QT_TRANSLATE_NOOP("CsvTableReader", "a RIFF (WebP/WAV) file")},
    };
    for (const Magic &m : magics) {
        if (head.size() >= m.size && memcmp(head.data(), m.bytes, size_t(m.size)) == 0)
            return CsvTableReader::tr(m.name);
    }
    return {};
}

bool isIdentifier(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
            || (i > 0 && c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

CsvTableReader::CsvTableReader(std::shared_ptr<const MappedFile> file)
    : m_file(std::move(file)), m_path(m_file->path()), m_tokenizer(m_file->data())
{ }

CsvTableReader::~CsvTableReader() = default;

Expected<std::unique_ptr<CsvTableReader>> CsvTableReader::open(const QString &path)
{
    auto mapped = MappedFile::open(path);
    if (!mapped)
        return mapped.error();
    std::unique_ptr<CsvTableReader> reader(new CsvTableReader(std::move(mapped.value())));
    const QByteArrayView data = reader->m_file->data();
    if (data.isEmpty())
        return reader; // 0 bytes: signalbackup-tools' empty table.

    const QString signature = binarySignature(data.first(std::min<qsizetype>(data.size(), 32)));
    const QByteArrayView head = data.first(std::min<qsizetype>(data.size(), 65536));
    if (!signature.isEmpty() || head.contains('\0')) {
        Error e = Error::make(ErrorCode::NotCsv,
                              signature.isEmpty()
                                  ? tr("This is not a CSV file: it contains binary data.")
                                  : tr("This is not a CSV file: it is %1.").arg(signature),
                              path);
        e.line = 1;
        e.column = signature.isEmpty() ? reader->m_tokenizer.columnAt(head.indexOf('\0')) : 1;
        e.hint = tr("Export tables with signalbackup-tools --exportcsv, or open the folder that "
                    "holds the CSV files.");
        return e;
    }

    // The header is one line of column names; CRLF means a spreadsheet re-saved the file.
    const qsizetype firstNewline = data.indexOf('\n');
    if (firstNewline > 0 && data[firstNewline - 1] == '\r')
        reader->m_tokenizer.setCrlfMode(true);

    std::vector<CsvField> header;
    const auto status = reader->m_tokenizer.next(header);
    if (status != CsvTokenizer::Status::Record) {
        Error e
            = Error::make(ErrorCode::NotCsv, tr("The header line cannot be read as CSV."), path);
        e.line = 1;
        return e;
    }
    QByteArray scratch;
    for (size_t i = 0; i < header.size(); ++i) {
        const QByteArrayView name = reader->m_tokenizer.content(header[i], scratch);
        if (!isIdentifier(name)) {
            Error e = Error::make(
                ErrorCode::NotCsv,
                tr("The first line is not a header of column names (field %1 is not a column "
                   "name).")
                    .arg(i + 1),
                path);
            e.line = 1;
            e.column = reader->m_tokenizer.columnAt(header[i].offset);
            e.hint = tr("signalbackup-tools writes the table's column names on the first line; "
                        "was the file edited or is it from another program?");
            return e;
        }
        reader->m_columns.append(QString::fromLatin1(name));
    }
    reader->m_scratch.resize(header.size());
    reader->m_fields.reserve(header.size());
    reader->m_start = reader->m_tokenizer.position();
    return reader;
}

std::unique_ptr<CsvTableReader>
CsvTableReader::makePart(qsizetype start, std::vector<qsizetype> stops, qint64 recordsBefore) const
{
    std::unique_ptr<CsvTableReader> part(new CsvTableReader(m_file));
    part->m_tokenizer.setCrlfMode(m_tokenizer.crlfMode());
    part->m_start = start;
    part->m_tokenizer.seek(start);
    part->m_columns = m_columns;
    part->m_scratch.resize(m_scratch.size());
    part->m_fields.reserve(m_fields.capacity());
    part->m_stops = std::move(stops);
    part->m_record = recordsBefore;
    return part;
}

std::vector<std::unique_ptr<CsvTableReader>> CsvTableReader::split(int parts,
                                                                   qsizetype minPartBytes) const
{
    std::vector<std::unique_ptr<CsvTableReader>> out;
    if (m_columns.isEmpty() || m_record > 0 || m_error.isError())
        return out;
    const std::vector<qsizetype> starts
        = CsvSplitter::guessBoundaries(m_file->data(), m_tokenizer.position(), parts, minPartBytes,
                                       m_columns.size(), m_tokenizer.crlfMode());
    if (starts.empty())
        return out;
    for (size_t k = 0; k <= starts.size(); ++k)
        out.push_back(makePart(k == 0 ? m_tokenizer.position() : starts[k - 1],
                               std::vector<qsizetype>(starts.begin() + qsizetype(k), starts.end()),
                               0));
    return out;
}

std::unique_ptr<CsvTableReader> CsvTableReader::restartPart(const CsvTableReader &part,
                                                            qint64 recordsBefore) const
{
    return makePart(part.m_start, part.m_stops, recordsBefore);
}

qint64 CsvTableReader::line() const
{
    return m_tokenizer.lineAt(m_tokenizer.recordOffset());
}

bool CsvTableReader::next()
{
    if (m_error.isError() || m_columns.isEmpty())
        return false;
    while (true) {
        if (m_nextStop < m_stops.size()) {
            const qsizetype at = m_tokenizer.position();
            while (m_nextStop < m_stops.size() && m_stops[m_nextStop] < at)
                ++m_nextStop;
            if (m_nextStop < m_stops.size() && m_stops[m_nextStop] == at) {
                m_stopped = true;
                return false;
            }
        }
        const auto status = m_tokenizer.next(m_fields);
        if (status == CsvTokenizer::Status::End)
            return false;
        if (status == CsvTokenizer::Status::Error) {
            const qsizetype at = m_tokenizer.errorOffset();
            m_error
                = Error::make(m_tokenizer.errorKind() == CsvTokenizer::ErrorKind::UnterminatedQuote
                                  ? ErrorCode::UnterminatedQuote
                                  : ErrorCode::InvalidValue,
                              m_tokenizer.errorMessage(), m_path);
            m_error.line = m_tokenizer.lineAt(at);
            m_error.column = m_tokenizer.columnAt(at);
            m_error.record = m_record + 1;
            m_error.columnName = m_columns.value(m_tokenizer.errorField() - 1);
            if (m_error.code == ErrorCode::UnterminatedQuote)
                m_error.hint = tr("Export the table again; the file was cut off while it was "
                                  "written or copied.");
            return false;
        }
        if (m_fields.size() == 1 && m_fields[0].length == 0 && !m_fields[0].quoted
            && m_columns.size() > 1) {
            ++m_blankLines;
            continue;
        }
        ++m_record;
        if (qsizetype(m_fields.size()) != m_columns.size()) {
            m_error = Error::make(ErrorCode::FieldCount,
                                  tr("Record %1 has %2 fields, but the header has %3 columns.")
                                      .arg(m_record)
                                      .arg(m_fields.size())
                                      .arg(m_columns.size()),
                                  m_path);
            // Point at the first field too many, or at the end of a record that is too short.
            const bool tooMany = qsizetype(m_fields.size()) > m_columns.size();
            const CsvField &f = tooMany ? m_fields[size_t(m_columns.size())] : m_fields.back();
            const qsizetype at = tooMany ? f.offset - (f.quoted ? 1 : 0)
                                         : f.offset + f.length + (f.quoted ? 1 : 0);
            m_error.line = m_tokenizer.lineAt(at);
            m_error.column = m_tokenizer.columnAt(at);
            m_error.record = m_record;
            m_error.columnName = tooMany ? QString() : m_columns.value(qsizetype(m_fields.size()));
            m_error.hint = tr("A value with a comma, quote or line break that is not quoted "
                              "usually means the file was edited by hand or by a spreadsheet.");
            return false;
        }
        return true;
    }
}

std::pair<qint64, qint64> CsvTableReader::position(int column, qsizetype offset) const
{
    if (column < 0 || size_t(column) >= m_fields.size())
        return {line(), -1};
    const qsizetype at = m_fields[size_t(column)].offset + offset;
    return {m_tokenizer.lineAt(at), m_tokenizer.columnAt(at)};
}

qsizetype CsvTableReader::invalidUtf8Offset(int column) const
{
    if (column < 0 || size_t(column) >= m_fields.size())
        return -1;
    // The raw bytes: "" escapes are ASCII, so offsets into the raw field are exact.
    return utf8::firstInvalidByte(m_tokenizer.raw(m_fields[size_t(column)]));
}

qint64 CsvTableReader::toInt64Slow(int column, qint64 fallback, bool *ok) const
{
    qint64 value = 0;
    QByteArrayView b = bytes(column);
    if (utf8::parseInt64(b, &value))
        return value;
    // REAL written with setprecision(17) for an integer-valued column, e.g. "1.0".
    bool dok = false;
    const double d = QByteArray(b.data(), b.size()).toDouble(&dok);
    if (dok && d >= -9.2e18 && d <= 9.2e18)
        return qint64(d);
    if (ok)
        *ok = false;
    return fallback;
}

QByteArray CsvTableReader::blob(int column)
{
    if (isNull(column))
        return {};
    const QByteArrayView b = bytes(column);
    auto result = QByteArray::fromBase64Encoding(QByteArray(b.data(), b.size()),
                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (result)
        return *result;
    return {};
}

} // namespace idiolect
