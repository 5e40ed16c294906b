// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SelfEvidence.h"
#include "common/Expected.h"
#include "model/ChatExport.h"

#include <QCoreApplication>

#include <optional>

namespace idiolect {

/**
 * @brief Decides which recipient id is the exporting user ("self").
 *
 * Order (first decisive step wins):
 *  1. the user's override, which must be a known recipient;
 *  2. dbv >= 185: the single from_recipient_id of outgoing rows (a sender
 *     covering at least 99 % of them is accepted and the rest reported);
 *  3. dbv >= 185: the to_recipient_id of incoming rows whose from differs;
 *  4. the signalbackup-tools heuristic: non-partner quote/reaction authors
 *     in 1:1 chats, intersected with group members who never sent an
 *     incoming message.
 * Never assumes id 2. When nothing is decisive, the result lists candidates.
 */
class SelfDetector final
{
    Q_DECLARE_TR_FUNCTIONS(SelfDetector)

public:
    static Expected<SelfInfo> detect(const SelfEvidence &evidence,
                                     std::optional<qint64> override = std::nullopt);
};

} // namespace idiolect
