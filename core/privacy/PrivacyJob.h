// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrivacyConfig.h"
#include "PrivacyReport.h"
#include "PseudonymMap.h"
#include "common/Expected.h"
#include "model/TextLayer.h"

#include <QCoreApplication>

namespace idiolect {

class JobContext;

/** Input of the privacy stage. */
struct PrivacyParams
{
    TextLayerPtr input; ///< The layer below: raw or enriched text.
    PrivacyConfig config = PrivacyConfig::defaults();
    PseudonymMap mapping; ///< The project's mapping so far (empty on a first run).
    bool collectFindings = true; ///< Fill PrivacyReport::findings (the review list).
};

/** Output of the privacy stage. */
struct PrivacyResult
{
    TextLayerPtr layer; ///< Anonymized layer over the input: what generation must read.
    PseudonymMap mapping; ///< The input mapping plus every pseudonym assigned in this run.
    PrivacyReport report;
};

/**
 * @brief Detects personal data in every text of an export and builds the anonymized TextLayer.
 *
 * Bodies and quotes of all messages are scanned in parallel in fixed chunks
 * (results are collected per chunk and applied in message order, so the output
 * and the pseudonym numbering are identical on every run and any core count).
 * Replacements follow the per-kind operators; messages hit by a drop rule are
 * marked dropped in the layer; display names and thread titles of every
 * recipient are replaced too, so partner names in metadata and instructions
 * are covered. Pseudonyms of recipients are assigned in recipient-table order
 * before any message, then values in order of first appearance.
 */
class PrivacyJob final
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyJob)

public:
    static Expected<PrivacyResult> run(const PrivacyParams &params, JobContext &job);
};

} // namespace idiolect
