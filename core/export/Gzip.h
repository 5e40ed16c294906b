// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace idiolect {

/**
 * @brief gzip (RFC 1952) with zlib; qCompress is not gzip.
 *
 * The writer compresses chunks of rows independently and concatenates the
 * members (as pigz does): a multi-member file is a valid .gz that gzip, zcat,
 * Python's gzip and Hugging Face datasets read as one stream, and the chunks
 * compress in parallel.
 */
class Gzip final
{
public:
    /** One complete gzip member holding @p data. */
    static QByteArray compress(QByteArrayView data, int level = 6);
    /** Every member of @p data, concatenated; nullopt if it is not valid gzip. */
    static std::optional<QByteArray> decompress(QByteArrayView data);
    /** True if @p data starts with the gzip magic bytes. */
    static bool isGzip(QByteArrayView data);
};

} // namespace idiolect
