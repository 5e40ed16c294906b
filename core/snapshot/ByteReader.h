// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstring>
#include <type_traits>
#include <vector>

namespace idiolect {

/**
 * @brief Bounds-checked reads of what ByteWriter wrote.
 *
 * Never trusts the bytes: every read checks the remaining size first, counts
 * are checked against the bytes left before anything is allocated, and the
 * first short read puts the reader into a failed state in which every later
 * read yields zero/empty. Callers check ok() once at the end of a section.
 */
class ByteReader final
{
public:
    explicit ByteReader(QByteArrayView data) : m_data(data) { }

    template<typename T>
    T value()
    {
        static_assert(std::is_trivially_copyable_v<T>);
        T v{};
        if (take(sizeof(T)))
            std::memcpy(&v, m_data.data() + m_pos - qsizetype(sizeof(T)), sizeof(T));
        return v;
    }
    bool boolean() { return value<quint8>() != 0; }
    QString string();
    QStringList strings();
    QList<qint64> ids();

    /** Reads a column written by ByteWriter::column; false (and failed) if it does not fit. */
    template<typename T>
    bool column(std::vector<T> &out)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        const quint64 count = value<quint64>();
        if (!fits(count, sizeof(T)))
            return fail();
        out.resize(size_t(count));
        const size_t bytes = size_t(count) * sizeof(T);
        if (bytes > 0)
            std::memcpy(out.data(), m_data.data() + m_pos, bytes);
        m_pos += qsizetype(bytes);
        return true;
    }

    /** A view of the next @p size bytes (empty and failed if they are not there). */
    QByteArrayView bytes(qsizetype size);

    /** True if @p count elements of @p elementSize bytes fit in what is left. */
    [[nodiscard]] bool fits(quint64 count, size_t elementSize) const
    {
        return !m_failed && count <= quint64(remaining()) / elementSize;
    }
    /** Marks the input as malformed; returns false for convenience. */
    bool fail()
    {
        m_failed = true;
        return false;
    }
    [[nodiscard]] bool ok() const { return !m_failed; }
    [[nodiscard]] bool atEnd() const { return m_pos == m_data.size(); }
    [[nodiscard]] qsizetype remaining() const { return m_data.size() - m_pos; }

private:
    bool take(size_t size)
    {
        if (m_failed || size > size_t(remaining()))
            return fail();
        m_pos += qsizetype(size);
        return true;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace idiolect
