// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstring>
#include <type_traits>
#include <vector>

namespace idiolect {

/**
 * @brief Appends fixed-size values, strings and whole columns to a byte buffer.
 *
 * The snapshot format is native little-endian (the header records the byte
 * order, a mismatch is treated as stale): columns are copied as raw memory,
 * which is what makes reopening a million messages take milliseconds.
 */
class ByteWriter final
{
public:
    explicit ByteWriter(qsizetype reserve = 0) { m_buffer.reserve(reserve); }

    template<typename T>
    void value(T v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        raw(&v, sizeof(T));
    }
    void boolean(bool v) { value(quint8(v ? 1 : 0)); }
    /** UTF-16 length (u32) and the code units. */
    void string(const QString &s);
    void strings(const QStringList &list);
    void ids(const QList<qint64> &list);

    /** Element count (u64) and the raw elements of a trivially copyable column. */
    template<typename T>
    void column(const std::vector<T> &v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        value(quint64(v.size()));
        raw(v.data(), v.size() * sizeof(T));
    }

    void raw(const void *data, size_t size)
    {
        if (size > 0)
            m_buffer.append(static_cast<const char *>(data), qsizetype(size));
    }

    [[nodiscard]] const QByteArray &buffer() const { return m_buffer; }
    [[nodiscard]] QByteArray take() { return std::move(m_buffer); }

private:
    QByteArray m_buffer;
};

} // namespace idiolect
