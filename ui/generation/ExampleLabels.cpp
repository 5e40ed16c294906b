// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExampleLabels.h"

using namespace Qt::StringLiterals;

namespace idiolect {

QString ExampleLabels::type(ExampleType type)
{
    switch (type) {
    case ExampleType::ConversationWindow: return tr("Reply");
    case ExampleType::BurstSequence: return tr("Burst");
    case ExampleType::Adaptive: return tr("Adapted reply");
    case ExampleType::Completion: return tr("Completion");
    case ExampleType::Qa: return tr("Question & answer");
    }
    return {};
}

QString ExampleLabels::typeCount(const QString &typeName, qint64 n)
{
    const auto t = exampleTypeFromName(typeName);
    if (!t)
        return u"%1 %2"_s.arg(n).arg(typeName);
    switch (*t) {
    case ExampleType::ConversationWindow: return tr("%Ln repl(y/ies)", nullptr, int(n));
    case ExampleType::BurstSequence: return tr("%Ln burst(s)", nullptr, int(n));
    case ExampleType::Adaptive: return tr("%Ln adapted repl(y/ies)", nullptr, int(n));
    case ExampleType::Completion: return tr("%Ln completion(s)", nullptr, int(n));
    case ExampleType::Qa: return tr("%Ln question(s) and answer(s)", nullptr, int(n));
    }
    return {};
}

QString ExampleLabels::momentum(Momentum momentum)
{
    switch (momentum) {
    case Momentum::Rapid: return tr("rapid");
    case Momentum::Moderate: return tr("moderate");
    case Momentum::Slow: return tr("slow");
    }
    return {};
}

QString ExampleLabels::conversationType(ConversationType type)
{
    switch (type) {
    case ConversationType::Chat: return tr("chat");
    case ConversationType::Discussion: return tr("discussion");
    case ConversationType::Planning: return tr("planning");
    case ConversationType::Unclassified: break;
    }
    return {};
}

} // namespace idiolect
