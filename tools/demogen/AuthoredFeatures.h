// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuthoredFeature.h"
#include "ScenarioModel.h"

namespace idiolect::demogen {

class ChatScript;
class DemoRandom;

/**
 * @brief The hand-written situations of the demo export (see AuthoredFeature).
 *
 * Each play() writes a few messages into the chat's current session through
 * the ChatScript builder. All personal data used comes from DemoPii.h.
 */
class AuthoredFeatures final
{
public:
    static void play(AuthoredFeature feature, ChatScript &chat);
    /** False for one-off situations (group creation, joining, leaving, spam). */
    static bool isRepeatable(AuthoredFeature feature);

    /** A camera photo (JPEG placeholder bytes, realistic size and dimensions). */
    static ScenarioAttachment photo(DemoRandom &rng);
    static ScenarioAttachment screenshot(DemoRandom &rng);
    static ScenarioAttachment voiceNote(DemoRandom &rng);
    static ScenarioAttachment sticker(const QString &emoji);
};

} // namespace idiolect::demogen
