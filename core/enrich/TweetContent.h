// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace idiolect {

/** The parts of a post that enrichment injects: who wrote it and what it says. */
struct TweetContent
{
    QString id; ///< Decimal status id.
    QString handle; ///< Screen name without "@"; empty if unknown.
    QString authorName; ///< Display name; empty if unknown.
    QString text; ///< Post text with line breaks kept.
};

} // namespace idiolect
