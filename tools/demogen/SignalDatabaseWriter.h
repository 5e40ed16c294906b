// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRandom.h"
#include "ScenarioWriter.h"
#include "SignalSchema.h"

#include <QHash>

#include <memory>
#include <vector>

namespace idiolect::demogen {

class TableSink;
struct ScenarioAttachment;

/**
 * @brief Writes the scenario as Signal Android database tables.
 *
 * Maps every scenario message onto the rows Signal would store for the
 * chosen schema generation: the type bitmask, from/to or recipient_id,
 * sms vs mms tables, edit revisions, deletions, stories, reactions (table or
 * legacy BLOB), mentions, attachments (attachment or part) and link previews.
 * With an attachment directory it also writes Attachment_<id>_<unique>.bin
 * files as signalbackup-tools -o does, including the full text of long
 * messages.
 */
class SignalDatabaseWriter final : public ScenarioWriter
{
public:
    SignalDatabaseWriter(SchemaGeneration generation, TableSink &sink, QString attachmentDir = {});
    ~SignalDatabaseWriter() override;

    bool begin(const Scenario &scenario) override;
    bool write(const ScenarioMessage &message) override;
    bool finish() override;
    [[nodiscard]] QString errorString() const override { return m_error; }

    [[nodiscard]] const SignalSchema &schema() const { return m_schema; }

private:
    struct ChatState
    {
        qint64 lastDate = 0;
        qint64 count = 0;
        QString snippet;
        qint64 snippetType = 0;
        QString snippetContentType;
        bool hasSent = false;
        qint64 expiresIn = 0;
    };

    bool insert(const TableDef *table, const TableRow &row);
    bool writeRecipients();
    bool writeGroups();
    bool writeThreads();
    bool writeMessageRows(const ScenarioMessage &m);
    bool writeAttachment(const ScenarioMessage &m, qint64 messageId, const ScenarioAttachment &a,
                         int order, bool quoteThumbnail);
    bool writeSideRows(const ScenarioMessage &m, qint64 messageId, bool inMms);
    [[nodiscard]] const TableDef *messageTableFor(const ScenarioMessage &m) const;
    [[nodiscard]] qint64 signalType(const ScenarioMessage &m) const;
    [[nodiscard]] Cell bodyCell(const ScenarioMessage &m, const QString &body) const;
    [[nodiscard]] QByteArray groupUpdatePayload(const ScenarioMessage &m) const;
    [[nodiscard]] QByteArray randomBytes(int size);
    [[nodiscard]] QString randomUuid();
    [[nodiscard]] QString aciOf(qint64 recipientId) const;

    struct Columns;

    SignalSchema m_schema;
    std::unique_ptr<Columns> m_columns; ///< Column indices, looked up once.
    TableSink &m_sink;
    QString m_attachmentDir;
    const Scenario *m_scenario = nullptr;
    DemoRandom m_rng;
    QString m_error;

    qint64 m_nextMessageId = 1; ///< message / mms table
    qint64 m_nextSmsId = 1; ///< legacy sms table
    qint64 m_nextAttachmentId = 1;
    qint64 m_nextReactionId = 1;
    qint64 m_nextMentionId = 1;
    QHash<qint64, qint64> m_storyRows; ///< scenario id of a story → its row _id
    std::vector<ChatState> m_chats;
};

} // namespace idiolect::demogen
