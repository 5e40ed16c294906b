// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace idiolect {

class ByteReader;
class ByteWriter;
class ChatExport;
class MessageStore;

/**
 * @brief Writes a ChatExport as snapshot payload and reads it back, validated.
 *
 * Columns of the MessageStore and the text arena are copied as raw memory, so
 * encoding and decoding a million messages are a few memcpy calls; recipients,
 * threads, side tables and warnings are written field by field. Decoding
 * trusts nothing: besides the reader's bounds checks it verifies that every
 * column has one entry per message, that body/quote ranges lie inside the
 * arena, that enum values are known and that every thread, side-table and
 * mention index points at an existing message — a snapshot that passes is as
 * safe to use as a fresh import. The layout is versioned by SnapshotCache.
 */
class SnapshotCodec final
{
public:
    static void encode(const ChatExport &ex, ByteWriter &out);
    /** Fills @p ex from @p in; false with @p why (a short English reason for logs) if invalid. */
    static bool decode(ByteReader &in, ChatExport &ex, QString *why);

    /** Bytes a snapshot of @p ex takes, roughly (to reserve the buffer once). */
    static qsizetype estimateSize(const ChatExport &ex);

private:
    static void encodeStore(const MessageStore &store, ByteWriter &out);
    static bool decodeStore(ByteReader &in, MessageStore &store, QString *why);
};

} // namespace idiolect
