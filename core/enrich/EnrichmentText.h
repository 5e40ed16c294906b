// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace idiolect {

/**
 * @brief Cleans text from previews, APIs and vision models before it is injected.
 *
 * Whatever a server returns is data, not markup: control characters go,
 * line breaks are normalised, and every added text has a length cap so one
 * long post cannot dominate a training example.
 */
class EnrichmentText final
{
public:
    /** "Idiolect/<version>": the User-Agent of every enrichment request. */
    static QByteArray userAgent();

    /**
     * Multi-line text: CR LF → LF, other control and format characters removed,
     * trailing spaces cut, at most one empty line in a row, trimmed, then
     * truncate()d to @p maxChars.
     */
    static QString block(QStringView text, int maxChars);

    /** One line: every whitespace run becomes one space, trimmed, truncate()d. */
    static QString line(QStringView text, int maxChars);

    /**
     * At most @p maxChars UTF-16 units: cut at the last space in the final
     * fifth if there is one, never inside a surrogate pair, and end with "…".
     */
    static QString truncate(QString text, int maxChars);

    /**
     * Removes what chat models wrap around an answer: `<think>…</think>`
     * reasoning, a leading "Description:" label, and quotes or `**` around the
     * whole text.
     */
    static QString stripModelChatter(QString text);
};

} // namespace idiolect
