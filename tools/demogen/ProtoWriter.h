// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace idiolect::demogen {

/**
 * @brief Minimal protobuf encoder for the blobs Signal stores in its database.
 *
 * Group updates, profile changes, group calls, legacy reactions and text
 * styles are protobuf messages; the demo writes structurally valid ones so
 * importers meet realistic bytes (and never mistake them for text).
 */
class ProtoWriter final
{
public:
    ProtoWriter &varint(int field, quint64 value);
    ProtoWriter &bytes(int field, const QByteArray &value);
    ProtoWriter &string(int field, const QString &value) { return bytes(field, value.toUtf8()); }
    ProtoWriter &message(int field, const ProtoWriter &nested)
    {
        return bytes(field, nested.m_data);
    }
    [[nodiscard]] const QByteArray &data() const { return m_data; }

private:
    void appendVarint(quint64 value);
    QByteArray m_data;
};

} // namespace idiolect::demogen
