// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportOptions.h"
#include "MessageBatch.h"
#include "SelfEvidence.h"
#include "SignalTableKind.h"
#include "common/Expected.h"
#include "model/ChatExport.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QSet>

#include <atomic>
#include <memory>
#include <vector>

namespace idiolect {

class JobContext;
class TableReader;

/**
 * @brief Builds a ChatExport from Signal Android database tables.
 *
 * Shared by the CSV and the SQLite importer: both hand it TableReaders in
 * dependency order (recipient, groups, group_membership, thread, then the
 * message table(s), attachment, mention, reaction) and call finish().
 * Columns are mapped by name across schema generations (docs/import.md).
 */
class SignalModelBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(SignalModelBuilder)

public:
    SignalModelBuilder(ImportOptions options, JobContext &job);
    ~SignalModelBuilder();

    /** Reads one table of the given kind. Errors carry file/line/column. */
    Status read(SignalTableKind kind, TableReader &table);

    /** Directory holding Attachment_<id>_<unique>.bin files (decrypted-folder exports). */
    void setAttachmentDirectory(const QString &dir) { m_attachmentDir = dir; }
    void setSource(const SourceInfo &source) { m_export->source = source; }
    /** Progress is reported as @p offset + the table's own progress, out of @p total. */
    void setProgressRange(qint64 offset, qint64 total)
    {
        m_progressOffset = offset;
        m_progressTotal = total;
    }
    /** SQLite PRAGMA user_version, when known. */
    void setDatabaseVersion(int dbv) { m_databaseVersion = dbv; }

    /**
     * The message table in parts: beginMessages() checks the columns once; decodeMessages()
     * decodes the rows of one part and touches no builder state, so parts of one table may be
     * decoded on several threads at once; appendMessages() then takes the parts in file order.
     * @p rowBase is the number of rows of the same table in the parts before this one.
     * decodeMessages() sizes the batch once, after a few thousand rows, for the rows it
     * expects up to @p planEnd (in TableReader progress units; -1: the end of the table):
     * the first part plans for the whole table, so the later ones append without moving it.
     * read() does the same with a single part.
     */
    Status beginMessages(const TableReader &t, SignalTableKind kind);
    MessageBatch decodeMessages(TableReader &t, SignalTableKind kind, std::atomic<qint64> &progress,
                                qint64 planEnd = -1) const;
    void appendMessages(MessageBatch &&batch, SignalTableKind kind, qint64 rowBase);

    /** Resolves self, senders, mentions, thread order and counts. */
    Expected<std::shared_ptr<ChatExport>> finish();

private:
    Status readRecipients(TableReader &t);
    Status readGroups(TableReader &t);
    Status readGroupMembership(TableReader &t);
    Status readThreads(TableReader &t);
    Status readMessages(TableReader &t, SignalTableKind kind);
    Status readAttachments(TableReader &t);
    Status readMentions(TableReader &t);
    Status readReactions(TableReader &t);
    Status readDistributionLists(TableReader &t);

    /** decodeMessages() for one reader type: CSV's cell accessors inline into the loop. */
    template<typename Reader>
    MessageBatch decodeRows(Reader &t, SignalTableKind kind, std::atomic<qint64> &progress,
                            qint64 planEnd) const;

    static Error missingColumn(const TableReader &t, const QString &table, const QString &column);
    /** A text cell of a small table (names, titles): UTF-8 checked, at most 64 KiB. */
    Expected<QString> smallText(TableReader &t, int column);

    qint32 threadFor(qint64 threadId);
    Recipient &recipientFor(qint64 id);
    /** Store index of a message id (sms ids are negated in legacy exports), or -1. */
    qint64 messageIndex(qint64 id) const;
    void buildMessageIndex();
    static void parseLinkPreviews(MessageStore &store, quint32 message, const QString &json);
    /** Returns the number of reactions added. */
    static int parseLegacyReactions(MessageStore &store, quint32 message, const QByteArray &blob);

    void normalizeTimestamps();
    /** Puts the latest revision of an edited message at its first version's send time. */
    void placeEditsAtTheirFirstVersion();
    void dropDuplicateIds();
    void applyMentions();
    /** Replaces the placeholders that mention rows name with "@" and the display name. */
    void placeMentions();
    void resolveLongTexts();
    void gatherSelfEvidence();
    void assignThreads();
    void estimateSchema();

    struct PendingMention
    {
        qint64 messageId;
        qint64 recipientId;
        qint32 start;
        qint32 length;
    };
    struct PendingLongText
    {
        quint32 message;
        qint64 attachmentId;
        qint64 uniqueId;
    };

    ImportOptions m_options;
    JobContext &m_job;
    std::shared_ptr<ChatExport> m_export;
    SelfEvidence m_evidence;
    QString m_attachmentDir;
    int m_databaseVersion = -1;

    QHash<qint64, qsizetype> m_recipientIndex;
    QHash<qint64, qint32> m_threadIndex;
    QHash<QString, qint64> m_groupRecipientByGroupId;
    /// Sorted (id, index), only when the ids do not ascend in row order (else the id column
    /// itself is the sorted index: m_idsAscending).
    std::vector<std::pair<qint64, quint32>> m_messageIds;
    bool m_idsAscending = false;
    bool m_messageIdsDirty = true;
    std::vector<qint32> m_denseIds; ///< id - m_denseBase → index or -1, when ids are dense
    qint64 m_denseBase = 0;
    std::vector<PendingMention> m_mentions;
    /** Text rows whose body holds U+FFFC, the placeholder of a mention (see applyMentions). */
    std::vector<quint32> m_placeholderRows;
    std::vector<std::pair<quint32, qint64>>
        m_editedRows; ///< (latest revision, first version's _id)
    std::vector<PendingLongText> m_longTexts;

    QStringList m_messageColumns;
    bool m_hasLegacySms = false;
    bool m_hasRecipientTable = false;
    bool m_hasThreadTable = false;
    bool m_hasMessageTable = false;
    bool m_hasReactionTable = false;
    bool m_attachmentTableIsPart = false;
    bool m_hasAttachmentTable = false;
    qint64 m_invalidUtf8 = 0;
    qint64 m_oversizedTexts = 0;
    /** Longer bodies are cut (a 50 MB field must not cost 100 MB of memory). */
    static constexpr qsizetype kMaxTextBytes = 1 << 20;
    static constexpr qsizetype kMaxSmallTextBytes = 64 * 1024;
    /** U+FFFC: where Signal's text holds a mention, resolved from the mention table. */
    static constexpr QChar kMentionPlaceholder = QChar(0xFFFC);
    QHash<qint64, QString> m_distributionListNames; ///< recipient id → list name
    qint64 m_progressOffset = 0;
    qint64 m_progressTotal = 0;
    std::vector<qint64> m_threadRecipientGuess; ///< per thread: recipient seen on rows
    std::vector<quint8> m_threadGuessFromOutgoing;
    QSet<qint64> m_activeGroups;
    /// The text of the last joined part, still being copied (MessageStore::appendStoreTextLater):
    /// waited for before any text is read or appended, and on destruction.
    QFuture<void> m_joiningText;
};

} // namespace idiolect
