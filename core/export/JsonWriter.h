// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

#include <vector>

class QJsonValue;

namespace idiolect {

/**
 * @brief A small streaming JSON writer that appends compact UTF-8 to a QByteArray.
 *
 * Used for the dataset rows (hundreds of thousands per run), where building a
 * QJsonObject per row would dominate the run time. Strings are converted from
 * UTF-16 directly (an unpaired surrogate becomes U+FFFD); doubles are written
 * shortest-round-trip and always with a '.' or exponent, so Arrow infers one
 * column type; NaN and infinity become null. Keys are written as given.
 */
class JsonWriter final
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) { }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /** Starts a member; @p key is ASCII. */
    void key(const char *key);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(const char *asciiText);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();
    /** Any QJsonValue (objects keep QJsonObject's key order). */
    void value(const QJsonValue &json);

    /** key(name) followed by value(v). */
    template<typename T>
    void member(const char *name, const T &v)
    {
        key(name);
        value(v);
    }

    /** Appends raw bytes (e.g. a newline between rows) without touching the comma state. */
    void raw(const char *bytes) { m_out.append(bytes); }

    /** Appends @p text as a JSON string literal to @p out. */
    static void appendString(QByteArray &out, QStringView text);

private:
    void separate();

    QByteArray &m_out;
    std::vector<bool> m_first; ///< Per open container: no element written yet.
    bool m_afterKey = false;
};

} // namespace idiolect
