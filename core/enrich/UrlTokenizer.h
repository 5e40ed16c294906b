// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <vector>

namespace idiolect {

/** Where a URL-like token sits in a text (UTF-16 offsets). */
struct UrlSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool hasScheme = false; ///< Starts with http:// or https://; false for bare tweet hosts.
};

/**
 * @brief Finds the URLs people paste into chat messages, as exact spans.
 *
 * A URL starts at "http://" or "https://" (any case) or, without a scheme, at
 * one of the tweet hosts LinkClassifier knows ("x.com/…", "twitter.com/…"),
 * and runs until whitespace, an emoji or other symbol, a quotation mark, or a
 * character URLs cannot contain. Letters and digits of any script are kept
 * (internationalised paths). Trailing sentence punctuation (".,:;!?'*") and
 * unbalanced closing brackets are not part of the URL, so "(see https://a.b/c)."
 * yields "https://a.b/c". The spans are what LinkClassifier parses with QUrl
 * and what the enrichment keeps intact in the text.
 */
class UrlTokenizer final
{
public:
    /** Every URL in @p text, in order of appearance. */
    static std::vector<UrlSpan> find(QStringView text);

    /** True if @p text may contain a URL at all (a cheap pre-filter for a million bodies). */
    static bool mayContainUrl(QStringView text);
};

} // namespace idiolect
