// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FastHash.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace idiolect {

namespace {

// Odd 64-bit constants with well-mixed bits (fractional parts of the golden ratio, sqrt 2, sqrt 3).
constexpr quint64 kGolden = 0x9e3779b97f4a7c15ULL;
constexpr quint64 kMulA = 0x6a09e667f3bcc909ULL;
constexpr quint64 kMulB = 0xbb67ae8584caa73bULL;

inline quint64 load64(const uchar *p)
{
    quint64 v;
    std::memcpy(&v, p, 8);
    return qFromLittleEndian(v);
}

inline quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

/** One round: the word is spread upwards by a multiply, rotated down, and mixed again. */
inline quint64 lane(quint64 state, quint64 word)
{
    return rotl(state + word * kMulB, 31) * kMulA;
}

inline quint64 avalanche(quint64 x)
{
    x ^= x >> 31;
    x *= kMulB;
    x ^= x >> 29;
    x *= kMulA;
    x ^= x >> 32;
    return x;
}

} // namespace

FastHash::FastHash(quint64 seed) : m_seed(seed)
{
    for (size_t i = 0; i < m_lanes.size(); ++i)
        m_lanes[i] = avalanche(seed + kGolden * (i + 1));
}

void FastHash::block(const uchar *p)
{
    m_lanes[0] = lane(m_lanes[0], load64(p));
    m_lanes[1] = lane(m_lanes[1], load64(p + 8));
    m_lanes[2] = lane(m_lanes[2], load64(p + 16));
    m_lanes[3] = lane(m_lanes[3], load64(p + 24));
}

void FastHash::add(QByteArrayView data)
{
    auto p = reinterpret_cast<const uchar *>(data.data());
    qsizetype n = data.size();
    m_length += quint64(n);
    if (m_pendingSize > 0) {
        const auto take = std::min<qsizetype>(n, 32 - m_pendingSize);
        std::memcpy(m_pending.data() + m_pendingSize, p, size_t(take));
        m_pendingSize += int(take);
        p += take;
        n -= take;
        if (m_pendingSize < 32)
            return;
        block(m_pending.data());
        m_pendingSize = 0;
    }
    for (; n >= 32; p += 32, n -= 32)
        block(p);
    if (n > 0) {
        std::memcpy(m_pending.data(), p, size_t(n));
        m_pendingSize = int(n);
    }
}

quint64 FastHash::result() const
{
    // Each lane is fully mixed before it is combined, in order.
    quint64 h = m_seed;
    for (quint64 v : m_lanes)
        h = (h ^ avalanche(v)) * kMulB + kGolden;
    // Tail: whole words, then the last bytes packed into one word.
    int i = 0;
    for (; i + 8 <= m_pendingSize; i += 8)
        h = lane(h, load64(m_pending.data() + i));
    quint64 last = 0;
    for (int shift = 0; i < m_pendingSize; ++i, shift += 8)
        last |= quint64(m_pending[size_t(i)]) << shift;
    h = lane(h, last);
    h = lane(h, m_length);
    return avalanche(h);
}

quint64 FastHash::of(QByteArrayView data, quint64 seed)
{
    FastHash hash(seed);
    hash.add(data);
    return hash.result();
}

} // namespace idiolect
