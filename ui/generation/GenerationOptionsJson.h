// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generation/GenerationOptions.h"

#include <QJsonObject>

namespace idiolect {

/**
 * The generation settings the user chose, as the project file keeps them.
 *
 * Only what the settings panel edits is stored (strategies and their
 * parameters, balance, max examples, seed, minimum length, blocked chats);
 * the chat selection, time span and self come from the overview. Missing or
 * malformed keys keep their defaults, so older projects open unchanged.
 */
class GenerationOptionsJson final
{
public:
    [[nodiscard]] static QJsonObject toJson(const GenerationOptions &options);
    [[nodiscard]] static GenerationOptions fromJson(const QJsonObject &json);
};

} // namespace idiolect
