// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringView>

/** Facts about a message body that every importer decides the same way. */
namespace idiolect::textfacts {

/** True if the text has at least one non-whitespace character (Text vs MediaOnly). */
bool hasNonSpace(QStringView text);

/** True if the text contains an http:// or https:// URL (MessageFlag::HasUrl). */
bool containsUrl(QStringView text);

/**
 * What UTF-8 bytes tell before they are decoded: a body without an ASCII ':' has no URL
 * (containsUrl() needs "://"), one without the bytes EF BF BC has no mention placeholder
 * U+FFFC. Both are memchr() scans of the raw bytes, so the importer searches the decoded
 * text of only the few bodies that may have either. Exact also for invalid UTF-8 decoded
 * with replacement: a replaced sequence becomes U+FFFD, never ':' or U+FFFC.
 */
struct Utf8Hints
{
    bool mayHaveUrl = true;
    bool mayHavePlaceholder = true;
};

Utf8Hints utf8Hints(QByteArrayView bytes);

} // namespace idiolect::textfacts
