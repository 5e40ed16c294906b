// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTokenizerPair.h"

using namespace Qt::StringLiterals;

namespace idiolect::test {

namespace {

QString describe(const CsvField &f)
{
    return u"{%1,%2,%3,%4}"_s.arg(f.offset).arg(f.length).arg(f.quoted).arg(f.hasEscapes);
}

} // namespace

CsvTokenizerPair::CsvTokenizerPair(QByteArrayView data, bool crlf)
    : m_tokenizer(data), m_reference(data)
{
    m_tokenizer.setCrlfMode(crlf);
    m_reference.setCrlfMode(crlf);
}

void CsvTokenizerPair::seek(qsizetype offset)
{
    m_tokenizer.seek(offset);
    m_reference.seek(offset);
}

QString CsvTokenizerPair::read(qsizetype records, std::vector<qsizetype> *starts)
{
    if (m_tokenizer.hadBom() != m_reference.hadBom())
        return u"BOM detection differs"_s;
    for (qsizetype r = 0; r < records; ++r) {
        const qsizetype from = m_reference.position();
        const CsvTokenizer::Status got = m_tokenizer.next(m_gotFields);
        const CsvTokenizer::Status want = m_reference.next(m_wantFields);
        const QString diff = compareStep(got, want);
        if (!diff.isEmpty())
            return u"record %1 from offset %2: %3"_s.arg(r + 1).arg(from).arg(diff);
        if (got != CsvTokenizer::Status::Record) {
            if (m_tokenizer.next(m_gotFields) != got)
                return u"status %1 does not stay"_s.arg(int(got));
            break;
        }
        if (starts)
            starts->push_back(m_reference.position());
    }
    return {};
}

QString CsvTokenizerPair::compareStep(CsvTokenizer::Status got, CsvTokenizer::Status want) const
{
    if (got != want)
        return u"status %1, reference %2"_s.arg(int(got)).arg(int(want));
    if (m_tokenizer.position() != m_reference.position())
        return u"position %1, reference %2"_s.arg(m_tokenizer.position())
            .arg(m_reference.position());
    if (got == CsvTokenizer::Status::Error) {
        if (m_tokenizer.errorKind() != m_reference.errorKind()
            || m_tokenizer.errorOffset() != m_reference.errorOffset()
            || m_tokenizer.errorField() != m_reference.errorField()
            || m_tokenizer.errorMessage() != m_reference.errorMessage())
            return u"error %1 at %2 in field %3, reference %4 at %5 in field %6"_s
                .arg(int(m_tokenizer.errorKind()))
                .arg(m_tokenizer.errorOffset())
                .arg(m_tokenizer.errorField())
                .arg(int(m_reference.errorKind()))
                .arg(m_reference.errorOffset())
                .arg(m_reference.errorField());
        return {};
    }
    if (got == CsvTokenizer::Status::End)
        return {};
    if (m_tokenizer.recordOffset() != m_reference.recordOffset())
        return u"record offset %1, reference %2"_s.arg(m_tokenizer.recordOffset())
            .arg(m_reference.recordOffset());
    if (m_gotFields.size() != m_wantFields.size())
        return u"%1 fields, reference %2"_s.arg(m_gotFields.size()).arg(m_wantFields.size());
    for (size_t i = 0; i < m_gotFields.size(); ++i) {
        const CsvField &a = m_gotFields[i];
        const CsvField &b = m_wantFields[i];
        if (a.offset != b.offset || a.length != b.length || a.quoted != b.quoted
            || a.hasEscapes != b.hasEscapes)
            return u"field %1 is %2, reference %3"_s.arg(i + 1).arg(describe(a), describe(b));
    }
    return {};
}

} // namespace idiolect::test
