// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gzip.h"

#include <zlib.h>

namespace idiolect {

namespace {

constexpr int kGzipWindowBits = 15 + 16; // 32 KiB window, gzip wrapper.
constexpr qsizetype kStep = 1 << 18;

} // namespace

QByteArray Gzip::compress(QByteArrayView data, int level)
{
    z_stream s{};
    if (deflateInit2(&s, level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&s, uLong(data.size()))) + 32);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    const int rc = deflate(&s, Z_FINISH);
    const auto produced = qsizetype(s.total_out);
    deflateEnd(&s);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(produced);
    return out;
}

std::optional<QByteArray> Gzip::decompress(QByteArrayView data)
{
    QByteArray out;
    z_stream s{};
    if (inflateInit2(&s, kGzipWindowBits) != Z_OK)
        return std::nullopt;
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    s.avail_in = uInt(data.size());
    for (;;) {
        const qsizetype before = out.size();
        out.resize(before + kStep);
        s.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        s.avail_out = uInt(kStep);
        const int rc = inflate(&s, Z_NO_FLUSH);
        out.resize(before + kStep - qsizetype(s.avail_out));
        if (rc == Z_STREAM_END) {
            if (s.avail_in == 0)
                break;
            // Another member follows.
            if (inflateReset(&s) != Z_OK) {
                inflateEnd(&s);
                return std::nullopt;
            }
            continue;
        }
        if (rc != Z_OK || (s.avail_in == 0 && s.avail_out != 0)) {
            inflateEnd(&s);
            return std::nullopt;
        }
    }
    inflateEnd(&s);
    return out;
}

bool Gzip::isGzip(QByteArrayView data)
{
    return data.size() >= 2 && uchar(data[0]) == 0x1F && uchar(data[1]) == 0x8B;
}

} // namespace idiolect
