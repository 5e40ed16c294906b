// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiHit.h"
#include "PrivacyOperator.h"

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

class QJsonObject;

namespace idiolect {

class ChatExport;

/** Which text of a message a finding is in. */
enum class TextField : quint8 {
    Body,
    Quote,
};

/** What anonymization did because of a finding. */
enum class FindingAction : quint8 {
    Replaced, ///< The span was replaced (pseudonym, token or mask).
    Kept, ///< Operator Keep: reported only.
    DroppedMessage, ///< The message was removed from training text.
    ClearedQuote, ///< The quoted text was removed (drop rule hit inside a quote).
    Flagged, ///< A keyword marked the message for review.
};

QString textFieldName(TextField field);
QString findingActionName(FindingAction action);

/**
 * @brief One decision of the privacy stage, for the review list in the UI.
 *
 * `start`/`length` address `original`'s span in the input text;
 * `replacedStart`/`replacedLength` the same place in the anonymized text
 * (-1 when the message was dropped). Both in UTF-16 code units.
 */
struct PrivacyFinding
{
    quint32 message = 0; ///< Index into MessageStore.
    qint64 messageId = 0;
    qint64 threadId = 0;
    qint32 threadIndex = -1;
    TextField field = TextField::Body;
    PiiKind kind = PiiKind::Name;
    QLatin1StringView rule;
    float confidence = 1.0f;
    qint32 start = 0;
    qint32 length = 0;
    qint32 replacedStart = -1;
    qint32 replacedLength = 0;
    QString original;
    QString replacement;
    /** The hit's key in the PseudonymMap (person key or canonical value): lets the UI edit it. */
    QString canonical;
    FindingAction action = FindingAction::Replaced;
};

/** Counts per PII kind. */
using KindCountArray = std::array<qint64, 10>;

/** Per-thread ("by partner") totals. */
struct ThreadPrivacyStats
{
    KindCountArray hits{};
    qint64 messagesChanged = 0;
    qint64 messagesDropped = 0;
    qint64 messagesFlagged = 0;
};

/**
 * @brief What the privacy stage found and did: totals, per thread, and every finding.
 *
 * Findings keep real values: the report is for the user's eyes (review list,
 * `privacy-report`) and is never written into a dataset.
 */
struct PrivacyReport
{
    QString region; ///< The phone region used.
    QStringList extraRegions;
    qint64 messagesScanned = 0;
    qint64 messagesChanged = 0;
    qint64 messagesDropped = 0;
    qint64 messagesFlagged = 0;
    qint64 quotesCleared = 0;
    KindCountArray hitsByKind{};
    std::vector<ThreadPrivacyStats> threads; ///< Indexed like ChatExport::threads.
    std::vector<PrivacyFinding> findings; ///< In message order, then by position.

    [[nodiscard]] qint64 totalHits() const;
    /**
     * JSON for the CLI: `{"hits": [...], "counts": {...}, "threads": [...], ...}`. Each hit has
     * message_id, thread_id, kind, start, length, text, rule, confidence, field, action, replacement.
     */
    [[nodiscard]] QJsonObject toJson(const ChatExport &ex, bool withHits = true) const;
};

} // namespace idiolect
