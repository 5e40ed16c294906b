// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuthoredFeature.h"
#include "ScenarioModel.h"

#include <QList>
#include <QString>

namespace idiolect::demogen {

/** Size and randomness of a scenario. */
struct ScenarioOptions
{
    qint64 messages = 3000; ///< Scenario messages (edits add revision rows on top).
    quint64 seed = 20240521;
};

/** A personal value the scenario puts somewhere, for privacy tests (demo-pii.json). */
struct PiiValue
{
    QString kind; ///< phone, email, iban, card, address, name, username.
    QString value; ///< Exactly as it appears in the export.
    QString format; ///< e.g. "DE", "E.164", "Luhn-valid Visa".
    QString where; ///< "message" (bodies) or "recipient" (name and number columns).
};

/**
 * @brief The cast and timeline of the demo export: people, groups, chats.
 *
 * Messages are not stored here; MessageStream produces them one by one from
 * the scenario, so a million-message export needs little memory.
 */
class Scenario final
{
public:
    /** The demo cast (docs/import.md lists who is who), scaled to options.messages. */
    static Scenario demo(const ScenarioOptions &options);

    ScenarioOptions options;
    qint64 selfId = 0;
    QList<ScenarioPerson> people;
    QList<ScenarioGroup> groups;
    QList<ScenarioChat> chats;
    QList<QList<AuthoredFeature>> chatFeatures; ///< Features each chat must show, per chat.
    qint64 storyListRecipientId = 0;
    QString storyListName; ///< Signal names "My Story" with the all-zero UUID.
    qint64 startMs = 0; ///< First possible message.
    qint64 endMs = 0; ///< Last possible message.
    /** Before this date incoming rows look migrated by V185 (from = to = sender). */
    qint64 fromToMigrationMs = 0;

    [[nodiscard]] const ScenarioPerson *person(qint64 id) const;
    [[nodiscard]] const ScenarioPerson &self() const { return *person(selfId); }
    [[nodiscard]] const ScenarioGroup *group(qint64 recipientId) const;
    /** Everyone who can write in @p chat (self first). */
    [[nodiscard]] QList<qint64> participants(int chat) const;
    /** Every recipient id, ascending (people, groups, the story list). */
    [[nodiscard]] QList<qint64> recipientIds() const;
    /** Every personal value the export contains, in a stable order. */
    [[nodiscard]] QList<PiiValue> piiValues() const;
};

} // namespace idiolect::demogen
