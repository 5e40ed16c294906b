// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TweetContent.h"

#include <QString>

#include <optional>

namespace idiolect {

struct ExtractedLink;
struct LinkPreview;

/**
 * @brief Reads the link previews Signal stored with a message — enrichment without network.
 *
 * For posts, Signal stores the page's OpenGraph data. Titles seen in real
 * exports: "Name (@handle) on X", "Name on X: \"text\" / X", "Name on
 * Twitter", "Name (@handle)" (FxTwitter, Nitter); the description is the post
 * text, often wrapped in “curly quotes” and ending in a t.co media link. The
 * login wall X serves when it blocks previews ("X", "JavaScript is not
 * available", "From breaking news and entertainment…") is recognised and
 * treated as no preview, so it never ends up in training text.
 */
class PreviewReader final
{
public:
    /** The post in a tweet link's preview; nullopt if the preview has no post text. */
    static std::optional<TweetContent> tweet(const LinkPreview &preview, const ExtractedLink &link,
                                             int maxChars);

    struct Page
    {
        QString title;
        QString description;
    };

    /** Title and description of any other page; nullopt if both are empty. */
    static std::optional<Page> page(const LinkPreview &preview, int maxChars);

    /** True for the generic X/Twitter page shown instead of a post. */
    static bool isGenericTwitterPage(const LinkPreview &preview);
};

} // namespace idiolect
