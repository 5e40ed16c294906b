// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRandom.h"

namespace idiolect::demogen {

quint64 DemoRandom::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

qint64 DemoRandom::bounded(qint64 bound)
{
    if (bound <= 0)
        return 0;
    // Modulo bias is below 2^-40 for the bounds we use: irrelevant for demo data.
    return qint64(next() % quint64(bound));
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    return high <= low ? low : low + bounded(high - low + 1);
}

bool DemoRandom::chance(int perMille)
{
    return bounded(1000) < perMille;
}

DemoRandom DemoRandom::fork(quint64 salt) const
{
    DemoRandom copy(m_state ^ (salt * 0xD6E8FEB86659FD93ULL));
    copy.next();
    return copy;
}

} // namespace idiolect::demogen
