// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace idiolect::demogen {

/**
 * @brief A small deterministic pseudo-random generator (splitmix64).
 *
 * The demo export must be byte-identical on every machine and Qt version, so
 * the generator never uses std:: distributions or QRandomGenerator, whose
 * algorithms are not pinned down. Every draw goes through next().
 */
class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) { }

    /** The next 64 random bits. */
    quint64 next();
    /** Uniform in [0, bound); 0 when bound <= 0. */
    qint64 bounded(qint64 bound);
    /** Uniform in [low, high] (inclusive). */
    qint64 between(qint64 low, qint64 high);
    /** True with probability perMille / 1000. */
    bool chance(int perMille);
    /** A new generator whose stream depends on this seed and @p salt only. */
    [[nodiscard]] DemoRandom fork(quint64 salt) const;

private:
    quint64 m_state;
};

} // namespace idiolect::demogen
