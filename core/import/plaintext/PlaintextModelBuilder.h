// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlaintextMedia.h"
#include "common/Expected.h"
#include "import/ImportOptions.h"
#include "model/ChatExport.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>

#include <memory>
#include <vector>

class QJsonArray;
class QJsonObject;

namespace idiolect {

class JobContext;

/**
 * @brief Builds a ChatExport from the frames of Signal's plaintext export (main.jsonl).
 *
 * Fed one line at a time (bounded memory, any container), it maps Backup.proto
 * frames onto the shared model: the `self` recipient and AccountData become
 * the user, contacts keep every name field, groups their title and members
 * (ACIs matched to contacts; the one ACI no contact has is the user's), chats
 * become threads and chat items messages. Edits keep the latest version as
 * the message and earlier ones as EditRevision rows; update messages are
 * classified without text. Unknown frames and fields are counted, never fatal.
 * Invalid lines are errors with line and column unless the import is lenient,
 * in which case they are skipped and reported as warnings.
 */
class PlaintextModelBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(PlaintextModelBuilder)

public:
    PlaintextModelBuilder(ImportOptions options, QString fileName);
    ~PlaintextModelBuilder();
    Q_DISABLE_COPY_MOVE(PlaintextModelBuilder)

    /** Parses one line of main.jsonl (@p lineNumber is 1-based). */
    Status addLine(QByteArrayView line, qint64 lineNumber);
    /** Reports a line that was too long to read. */
    Status addOverlongLine(qint64 lineNumber);

    void setSource(const SourceInfo &source);

    /** Resolves attachment files and long texts through @p media, self, names and threads. */
    Expected<std::shared_ptr<ChatExport>> finish(PlaintextMedia &media, JobContext &job);

private:
    struct PendingFile
    {
        qsizetype attachment = -1; ///< Index into m_attachments, or -1 for a long text.
        quint32 message = 0;
        PlaintextMedia::Wanted wanted;
        /** Long text: the message's text object (body and its mention ranges), the mentions
         *  placed in the truncated body and how many of its ranges were not. The ranges are
         *  placed again in the full text when the file is found. */
        QJsonObject text;
        std::vector<Mention> mentions;
        qint64 unresolvedMentions = 0;
    };
    struct PendingMember
    {
        qint64 group;
        QByteArray aci;
    };

    Status invalid(ErrorCode code, const QString &message, qint64 line, qint64 column);
    Status dispatch(const QJsonObject &frame, QByteArrayView raw, qint64 line);
    Status readHeader(const QJsonObject &header, QByteArrayView raw, qint64 line);
    void readAccount(const QJsonObject &account);
    Status readRecipient(const QJsonObject &recipient, QByteArrayView raw, qint64 line);
    Status readChat(const QJsonObject &chat, QByteArrayView raw, qint64 line);
    Status readChatItem(const QJsonObject &item, QByteArrayView raw, qint64 line);
    void appendItem(const QJsonObject &item, bool revision, qint32 thread, quint32 *index);
    void readReactions(const QJsonObject &owner, quint32 index);
    void readStandardMessage(const QJsonObject &message, quint32 index);
    void addFilePointer(const QJsonObject &pointer, quint32 message, Attachment attachment);
    QString textWithMentions(const QJsonObject &text, std::vector<Mention> *placed);

    void prepareRecipients();
    qint64 recipientForAci(const QByteArray &aci, bool create);
    qint32 threadFor(qint64 chatId, qint64 line);
    Recipient &recipientById(qint64 id);
    void countUnknownKeys(const QJsonObject &o, std::initializer_list<QLatin1StringView> known,
                          QLatin1StringView where);
    void resolveFiles(PlaintextMedia &media, JobContext &job);
    Status decideSelf();
    void reportWarnings();

    ImportOptions m_options;
    QString m_fileName;
    std::shared_ptr<ChatExport> m_export;

    bool m_sawFirstLine = false;
    bool m_recipientsPrepared = false;
    qint64 m_selfId = -1;
    QString m_accountGiven, m_accountFamily, m_accountUsername;
    qint64 m_nextMessageId = 1;
    qint64 m_nextSyntheticRecipient = 0;

    QHash<qint64, qsizetype> m_recipientIndex;
    QHash<QByteArray, qint64> m_recipientByAci;
    QHash<qint64, qint32> m_threadByChat;
    std::vector<PendingMember> m_members;
    std::vector<Attachment> m_attachments;
    std::vector<PendingFile> m_files;
    QHash<qint64, qint64> m_outgoingAuthors;

    // Counters reported as warnings in finish().
    qint64 m_invalidLines = 0, m_firstInvalidLine = -1;
    qint64 m_unknownFrames = 0, m_firstUnknownFrame = -1;
    qint64 m_unknownItems = 0;
    qint64 m_orphanItems = 0, m_firstOrphanLine = -1;
    qint64 m_lateRecipients = 0;
    qint64 m_unresolvedMentions = 0;
    qint64 m_repairedLines = 0;
    qsizetype m_loneSurrogates = 0; ///< "\ud800"-style escapes repaired to U+FFFD
    qint64 m_ignoredFrames = 0;
    qint64 m_missingFiles = 0;
    qint64 m_longTextMissing = 0;
    qint64 m_newerVersion = 0;
    bool m_noHeader = false;
    QMap<QString, qint64> m_unknownFields;
};

} // namespace idiolect
