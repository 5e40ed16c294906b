// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiDetector.h"

namespace idiolect {

/**
 * @brief Finds API keys and tokens by their published prefixes.
 *
 * OpenAI/Anthropic "sk-", Google "AIza", GitHub "ghp_"/"github_pat_", GitLab
 * "glpat-", Slack "xox?-", AWS "AKIA" and JSON Web Tokens ("eyJ….….…"). The
 * whole key is one hit, so no key material survives (the reference masked
 * only part of "sk-proj-" keys). Labelled values ("password: x") are found by
 * the TermDetector next to the keyword.
 */
class SecretDetector final : public PiiDetector
{
public:
    void detect(QStringView text, const ScanContext &context,
                std::vector<PiiHit> &out) const override;

    /** True if @p token (a run of key characters) looks like a known key format. */
    static bool isKey(QStringView token);
};

} // namespace idiolect
