// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Strategy.h"

using namespace Qt::StringLiterals;

namespace idiolect {

QString strategyName(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Conversational: return u"conversational"_s;
    case Strategy::Burst: return u"burst"_s;
    case Strategy::Adaptive: return u"adaptive"_s;
    case Strategy::Completion: return u"completion"_s;
    case Strategy::Qa: return u"qa"_s;
    }
    return {};
}

std::optional<Strategy> strategyFromName(QStringView name)
{
    for (Strategy s : kAllStrategies) {
        if (name.compare(strategyName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString exampleTypeName(ExampleType type)
{
    switch (type) {
    case ExampleType::ConversationWindow: return u"conversation_window"_s;
    case ExampleType::BurstSequence: return u"burst_sequence"_s;
    case ExampleType::Adaptive: return u"adaptive"_s;
    case ExampleType::Completion: return u"completion"_s;
    case ExampleType::Qa: return u"qa"_s;
    }
    return {};
}

std::optional<ExampleType> exampleTypeFromName(QStringView name)
{
    for (Strategy s : kAllStrategies) {
        if (name == exampleTypeName(exampleTypeOf(s)))
            return exampleTypeOf(s);
    }
    return std::nullopt;
}

ExampleType exampleTypeOf(Strategy strategy)
{
    return ExampleType(quint8(strategy));
}

Strategy strategyOf(ExampleType type)
{
    return Strategy(quint8(type));
}

QStringList strategyNames()
{
    QStringList names;
    for (Strategy s : kAllStrategies)
        names.append(strategyName(s));
    return names;
}

} // namespace idiolect
