// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TermIndex.h"

namespace idiolect {

class ChatExport;
struct PrivacyConfig;
struct Recipient;

/**
 * @brief Seeds the name and keyword deny list from an export and the user's lists.
 *
 * Every name field of every recipient (Recipient::nameValues()) becomes a
 * term: whole names as word sequences, and each word on its own as a given
 * or family name. Group titles only match as a whole. Established short forms
 * of given names (NameData::diminutiveGroups) are added with lower confidence,
 * names that are everyday words only match when capitalized, kinship terms
 * and allow-listed words never match.
 */
class TermIndexBuilder final
{
public:
    static TermIndex build(const ChatExport &ex, const PrivacyConfig &config);

    /**
     * The stable key of a person in the pseudonym mapping: the ACI if known,
     * else the phone number, else the folded display name. Stable across
     * re-imports of the same account in any export format.
     */
    static QString personKey(const Recipient &recipient);
    /** The key of a user-added name. */
    static QString userNameKey(QStringView name);

private:
    static void addPerson(TermIndex &index, const Recipient &r);
    static void addUsername(TermIndex &index, const QString &username, const TermEntry &entry);
    static void addWords(TermIndex &index, QStringView value, TermEntry entry, bool joined);
};

} // namespace idiolect
