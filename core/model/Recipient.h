// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace idiolect {

/** Signal's RecipientType (recipient.type, formerly group_type), plus export-only kinds. */
enum class RecipientKind : quint8 {
    Individual, ///< 0: a person.
    MmsGroup, ///< 1: an SMS/MMS group.
    GroupV1, ///< 2: a legacy group.
    GroupV2, ///< 3: a current Signal group.
    DistributionList, ///< 4: a story audience, never a chat partner.
    CallLink, ///< 5: a call link.
    ReleaseNotes, ///< Signal's release-notes channel (plaintext export).
    Unknown,
};

/**
 * @brief One recipient (person or group) with every name field the export carries.
 *
 * displayName is resolved once at import using signalbackup-tools' priority
 * (nickname joined → system joined → profile joined → profile given → group
 * title → distribution list name → e164 → username → aci → "#id"); see
 * docs/import.md. The privacy module seeds its name deny-list from all fields.
 */
struct Recipient
{
    qint64 id = 0;
    RecipientKind kind = RecipientKind::Individual;
    QString displayName;

    QString nicknameJoined, nicknameGiven, nicknameFamily;
    QString systemJoined, systemGiven, systemFamily, systemNickname;
    QString profileJoined, profileGiven, profileFamily;
    QString username;
    QString e164; ///< Phone number as stored ("+4915112345678").
    QString email;
    QString aci; ///< Service id (UUID text), if known.
    QString groupId; ///< "__signal_group__v2__!..." for groups.
    QString groupTitle;
    bool blocked = false;
    bool isSelf = false;
    QList<qint64> memberIds; ///< Group members (recipient ids), if the export lists them.

    [[nodiscard]] bool isGroup() const
    {
        return kind == RecipientKind::MmsGroup || kind == RecipientKind::GroupV1
            || kind == RecipientKind::GroupV2 || !groupId.isEmpty();
    }

    /** Every non-empty name-like value (for the privacy deny list). Phone/e-mail excluded. */
    [[nodiscard]] QStringList nameValues() const;

    /** Resolves displayName from the fields by the documented priority. */
    void resolveDisplayName();
};

} // namespace idiolect
