// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLinesReader.h"

#include <QIODevice>

#include <cstring>

namespace idiolect {

namespace {

constexpr qint64 kChunkBytes = 1024 * 1024;

} // namespace

JsonLinesReader::JsonLinesReader(QIODevice &device, QString fileName, qint64 maxLineBytes)
    : m_device(device), m_fileName(std::move(fileName)), m_maxLineBytes(maxLineBytes)
{ }

bool JsonLinesReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    // A file smaller than a chunk needs no 1 MiB buffer (many small files, fuzzing).
    const qint64 chunk = m_device.isSequential()
        ? kChunkBytes
        : qBound<qint64>(1, m_device.size() - m_device.pos(), kChunkBytes);
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + chunk);
    const qint64 n = m_device.read(m_buffer.data() + old, chunk);
    if (n < 0) {
        m_buffer.resize(old);
        m_error = Error::make(ErrorCode::Unreadable,
                              tr("Reading failed: %1").arg(m_device.errorString()), m_fileName);
        m_error.line = m_lineNumber + 1;
        m_eof = true;
        return false;
    }
    m_buffer.resize(old + qsizetype(n));
    if (n == 0)
        m_eof = true;
    return n > 0;
}

qint64 JsonLinesReader::columnOfKey(QByteArrayView line, QLatin1StringView key)
{
    const QByteArray quoted = '"' + QByteArray(key.data(), key.size()) + '"';
    const qsizetype at = line.indexOf(quoted);
    return at < 0 ? -1 : qint64(at) + 1;
}

JsonLinesReader::Result JsonLinesReader::next()
{
    m_line = {};
    bool skipping = false;
    while (true) {
        const char *begin = m_buffer.constData() + m_pos;
        const qsizetype available = m_buffer.size() - m_pos;
        const void *hit = available > 0 ? std::memchr(begin, '\n', size_t(available)) : nullptr;
        if (hit || (m_eof && available > 0)) {
            const qsizetype length
                = hit ? qsizetype(static_cast<const char *>(hit) - begin) : available;
            const qsizetype step = hit ? length + 1 : length;
            m_pos += step;
            m_consumed += step;
            ++m_lineNumber;
            if (skipping || length > m_maxLineBytes)
                return Result::TooLong;
            QByteArrayView line(begin, length);
            if (line.endsWith('\r'))
                line.chop(1);
            if (m_lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
                line = line.sliced(3);
            m_line = line;
            return Result::Line;
        }
        if (m_eof) {
            if (m_error.isError())
                return Result::Error;
            if (!skipping)
                return Result::End;
            ++m_lineNumber;
            return Result::TooLong;
        }
        if (available > m_maxLineBytes) {
            // Drop the oversized head and keep looking for the line's end.
            m_consumed += available;
            m_buffer.clear();
            m_pos = 0;
            skipping = true;
        }
        if (!fill() && m_error.isError())
            return Result::Error;
    }
}

} // namespace idiolect
