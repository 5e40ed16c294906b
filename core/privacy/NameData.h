// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace idiolect {

/**
 * @brief Built-in word lists the name detector and the pseudonymizer rely on.
 *
 * All entries are lower case (case-folded). The lists are data, not logic, so
 * docs/privacy.md explains where each comes from and why it is there.
 */
class NameData final
{
public:
    /**
     * Names that are also everyday words in English or German ("will", "may",
     * "klein", "braun"). Alone, they only count as a name when capitalized, with
     * lower confidence; inside a full name ("Peter Klein") they always count.
     */
    static const QSet<QString> &ambiguousNames();

    /**
     * Kinship and endearment terms ("mom", "papa", "schatz"). A contact saved as
     * "Mom" identifies nobody in text, so these are never matched as names
     * (the display name is still replaced).
     */
    static const QSet<QString> &kinshipTerms();

    /**
     * Groups of established equivalent given names (hypocorisms): formal name
     * first, then its common short forms ("alexander", "alex", "sascha").
     */
    static const QList<QStringList> &diminutiveGroups();

    /** Pool of realistic replacement given names (international, mixed). */
    static const QStringList &pseudonymGivenNames();
    /** Pool of realistic replacement family names. */
    static const QStringList &pseudonymFamilyNames();
};

} // namespace idiolect
