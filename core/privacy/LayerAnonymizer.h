// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HitReplacer.h"
#include "PrivacyReport.h"

#include <QHash>

#include <vector>

namespace idiolect {

class PseudonymMap;
class TextLayer;
struct PrivacyConfig;

/** The hits of one message, as the parallel detection pass hands them over. */
struct MessageHits
{
    quint32 message = 0;
    std::vector<PiiHit> body;
    std::vector<PiiHit> quote;
};

/**
 * @brief The sequential half of PrivacyJob: applies hits to a new TextLayer.
 *
 * Called in message order, so pseudonyms are numbered deterministically.
 * Writes overrides, drop marks, names and titles into the output layer and
 * fills the report.
 */
class LayerAnonymizer final
{
public:
    LayerAnonymizer(const TextLayer &input, const PrivacyConfig &config, PseudonymMap &map,
                    PrivacyReport &report, bool collectFindings);

    /** Replaces every recipient's display name and every thread title. */
    void anonymizeNames(TextLayer &out);
    /** Applies the hits of one message (body and quote). */
    void apply(const MessageHits &hits, TextLayer &out);

private:
    struct Outcome
    {
        bool changed = false;
        bool dropped = false;
        bool flagged = false;
    };
    Outcome applyField(const MessageHits &hits, TextField field, TextLayer &out);
    bool dropsMessage(const PiiHit &hit) const;
    QString labelFor(const PiiHit &hit, QStringView original) const;

    const TextLayer &m_input;
    const PrivacyConfig &m_config;
    PrivacyReport &m_report;
    HitReplacer m_replacer;
    bool m_collect;
    QHash<QString, KeywordAction> m_keywordActions;
};

} // namespace idiolect
