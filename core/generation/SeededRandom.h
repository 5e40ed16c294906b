// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace idiolect {

/**
 * @brief A small, fully specified PRNG (SplitMix64) for reproducible sampling.
 *
 * std::shuffle and the standard distributions are implementation-defined, so
 * the same seed would give different datasets on different platforms; this
 * generator and bounded() give the same sequence everywhere.
 */
class SeededRandom final
{
public:
    explicit SeededRandom(quint64 seed) : m_state(seed) { }

    /** Mixes several values into one seed (e.g. user seed, type, thread id). */
    static quint64 combine(quint64 a, quint64 b)
    {
        return mix(a ^ (mix(b) + 0x9E3779B97F4A7C15ull));
    }

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ull;
        return mix(m_state);
    }

    /** Uniform in [0, bound) without modulo bias (rejection). */
    quint64 bounded(quint64 bound)
    {
        if (bound <= 1)
            return 0;
        const quint64 limit = ~quint64(0) - (~quint64(0) % bound);
        quint64 v = next();
        while (v >= limit)
            v = next();
        return v % bound;
    }

private:
    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    quint64 m_state;
};

} // namespace idiolect
