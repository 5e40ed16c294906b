// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QJsonObject;

namespace idiolect {

struct EnrichmentParams;

/**
 * @brief The user's enrichment settings as JSON, for the project file and app settings.
 *
 * Keys: `twitter` ("off"/"previews"/"fetch"), `link_previews`, `images`
 * ("off"/"describe"), `scope` ("all"/"own"), `vision_url`, `vision_model`,
 * `vision_prompt`, `vision_max_chars`, `max_images`, `max_images_per_message`,
 * `tweet_api`. Enums are stored by name. The API key is never written (it
 * lives in the keychain); unknown keys are ignored and missing or invalid
 * values keep the defaults, so older and newer files both load.
 */
class EnrichmentSettingsJson final
{
public:
    static QJsonObject toJson(const EnrichmentParams &params);
    /** Applies the settings in @p json to @p params; returns the number of keys ignored as invalid. */
    static int apply(const QJsonObject &json, EnrichmentParams &params);
};

} // namespace idiolect
