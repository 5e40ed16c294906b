// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace idiolect {

/** The five generation strategies of the original API, in the order the pipeline runs them. */
enum class Strategy : quint8 { Conversational, Burst, Adaptive, Completion, Qa };

inline constexpr std::array<Strategy, 5> kAllStrategies
    = {Strategy::Conversational, Strategy::Burst, Strategy::Adaptive, Strategy::Completion,
       Strategy::Qa};

/** What an example teaches; one type per strategy (metadata.type). */
enum class ExampleType : quint8 { ConversationWindow, BurstSequence, Adaptive, Completion, Qa };

/** "conversational", "burst", "adaptive", "completion", "qa". */
QString strategyName(Strategy strategy);
/** Parses a strategy name (case-insensitive); nullopt if unknown. */
std::optional<Strategy> strategyFromName(QStringView name);
/** "conversation_window", "burst_sequence", "adaptive", "completion", "qa". */
QString exampleTypeName(ExampleType type);
std::optional<ExampleType> exampleTypeFromName(QStringView name);
ExampleType exampleTypeOf(Strategy strategy);
Strategy strategyOf(ExampleType type);
/** Every strategy name, for help texts. */
QStringList strategyNames();

} // namespace idiolect
