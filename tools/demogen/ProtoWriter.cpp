// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtoWriter.h"

namespace idiolect::demogen {

void ProtoWriter::appendVarint(quint64 value)
{
    while (value >= 0x80) {
        m_data.append(char((value & 0x7F) | 0x80));
        value >>= 7;
    }
    m_data.append(char(value));
}

ProtoWriter &ProtoWriter::varint(int field, quint64 value)
{
    appendVarint(quint64(field) << 3);
    appendVarint(value);
    return *this;
}

ProtoWriter &ProtoWriter::bytes(int field, const QByteArray &value)
{
    appendVarint((quint64(field) << 3) | 2);
    appendVarint(quint64(value.size()));
    m_data.append(value);
    return *this;
}

} // namespace idiolect::demogen
