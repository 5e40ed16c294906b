// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <array>

namespace idiolect {

/**
 * @brief A fast 64-bit non-cryptographic hash for change detection of large data.
 *
 * The snapshot cache hashes whole exports (hundreds of MB) every time it is
 * opened, so this runs at memory speed: four independent multiply–xorshift
 * lanes over 8-byte words, a tail, the length and a final avalanche. It
 * detects accidental change (edits, truncation, bit rot) — it is not meant to
 * resist someone crafting collisions, and the snapshot reader validates every
 * structure anyway. Streaming: add() may be called with pieces of any size; the
 * result equals hashing the concatenation at once. The value is part of the
 * snapshot format: changing the algorithm means bumping the snapshot version.
 */
class FastHash final
{
public:
    explicit FastHash(quint64 seed = 0);

    /** Feeds the next bytes. */
    void add(QByteArrayView data);
    /** The hash of everything added so far (does not change the state). */
    [[nodiscard]] quint64 result() const;

    /** One-shot convenience. */
    static quint64 of(QByteArrayView data, quint64 seed = 0);

private:
    void block(const uchar *p);

    std::array<quint64, 4> m_lanes{};
    std::array<uchar, 32> m_pending{};
    int m_pendingSize = 0;
    quint64 m_length = 0;
    quint64 m_seed = 0;
};

} // namespace idiolect
