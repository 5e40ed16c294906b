// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace idiolect {

class EnrichmentEdits;
struct EnrichmentItem;
struct MessageEnrichment;

/**
 * @brief The one documented form of injected text (docs/enrichment.md).
 *
 * Links: the URL stays exactly as written; after the word that contains it
 * (so trailing punctuation or emoji stay with the URL) comes a line break
 * and a quote block, then the rest of the message on a new line:
 *
 *     look https://x.com/ada/status/1?s=20 😂
 *     > @ada: first line of the post
 *     > second line
 *     right?
 *
 * A post is "> @handle: text" (or "> Name: text" when only the display name
 * is known); another page is "> Title" followed by "> description" lines.
 * Each distinct link is enriched once per message, at its first occurrence.
 *
 * Images: each described image becomes one line "[Image: description]",
 * placed before the message text — for a photo without caption that line is
 * the whole text, i.e. it takes the place of the media placeholder.
 */
class EnrichmentFormat final
{
public:
    static QString tweetBlock(const QString &handle, const QString &author, const QString &text);
    static QString linkBlock(const QString &title, const QString &text);
    static QString imageLine(const QString &description);

    /**
     * The enriched text of one message: @p body (from the input layer) with the
     * additions of @p message, after the user's @p edits. Returns a null
     * QString when nothing is added.
     */
    static QString render(QStringView body, const MessageEnrichment &message,
                          const EnrichmentEdits &edits);

    /** True if the text of @p item counts as added after @p edits. */
    static bool isEffective(quint32 message, const EnrichmentItem &item,
                            const EnrichmentEdits &edits);
};

} // namespace idiolect
