// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QtGlobal>

#include <limits>
#include <optional>

namespace idiolect {

/**
 * @brief Which messages of an export analysis and generation look at.
 *
 * Built from the user's filters by MessageFilter (core/generation); analysis
 * itself knows nothing about partner names or date strings.
 */
struct CorpusSpec
{
    /** Thread indices (into ChatExport::threads) to include; empty = every thread. */
    QList<int> threads;
    /** Keep messages with fromMs <= date_sent < toMs (UTC ms). */
    qint64 fromMs = std::numeric_limits<qint64>::min();
    qint64 toMs = std::numeric_limits<qint64>::max();
    /** Keep system, call and group-update rows as context placeholders ("[call]"). */
    bool includeSystemMessages = false;
    /** Keep media-only messages as context placeholders ("[image]"). */
    bool includeMedia = true;
    /** Include the Note to Self thread (it has no partner, so it is off by default). */
    bool includeNoteToSelf = false;
    /** Drop whole threads that are blocked (1:1 partner or group). */
    bool excludeBlockedThreads = false;
    /** Drop messages from these senders (blocked members of groups). */
    QSet<qint64> excludedSenders;
    /**
     * Also count messages from this recipient id as yours. Outgoing direction
     * (Signal's type bits) always counts; this helps exports without it.
     */
    std::optional<qint64> selfId;
    /** Your text messages need at least this many grapheme clusters to be a training target. */
    int minTargetLength = 5;
};

} // namespace idiolect
