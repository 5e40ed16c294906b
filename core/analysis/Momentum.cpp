// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Momentum.h"

using namespace Qt::StringLiterals;

namespace idiolect {

Momentum momentumFor(double seconds)
{
    if (seconds < 60.0)
        return Momentum::Rapid;
    if (seconds < 300.0)
        return Momentum::Moderate;
    return Momentum::Slow;
}

QString momentumName(Momentum momentum)
{
    switch (momentum) {
    case Momentum::Rapid: return u"rapid"_s;
    case Momentum::Moderate: return u"moderate"_s;
    case Momentum::Slow: return u"slow"_s;
    }
    return u"slow"_s;
}

std::optional<Momentum> momentumFromName(QStringView name)
{
    for (Momentum m : {Momentum::Rapid, Momentum::Moderate, Momentum::Slow}) {
        if (name.compare(momentumName(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

} // namespace idiolect
