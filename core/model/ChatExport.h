// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageKind.h"
#include "MessageStore.h"
#include "Recipient.h"
#include "Thread.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace idiolect {

/** The kind of export an importer read. */
enum class ExportFormat : quint8 {
    Unknown,
    SignalCsv, ///< signalbackup-tools --exportcsv folder.
    SignalSqlite, ///< signalbackup-tools -o DIR / --onlydb database.sqlite.
    SignalPlaintext, ///< Signal Android's own chat export (main.jsonl).
    SignalDesktopExport ///< signal-export (sigexport) output folder.
};

QString exportFormatName(ExportFormat format);

/** How "self" (the exporting user's recipient id) was found. */
enum class SelfMethod : quint8 {
    Unknown, ///< Not found; see SelfInfo::candidates.
    Override, ///< Given by the user.
    OutgoingSender, ///< The single from_recipient_id of all outgoing rows (dbv >= 185).
    IncomingTarget, ///< The to_recipient_id of incoming rows written after dbv 185.
    Heuristic, ///< Quote authors / reaction authors / silent group members (sbt scanSelf).
    NoteToSelf, ///< The recipient of the Note-to-Self thread.
    ExportMarker, ///< The export names it ("self" recipient, "Me" sender).
};

QString selfMethodName(SelfMethod method);

/** Result of self detection, including the candidates when it was ambiguous. */
struct SelfInfo
{
    qint64 id = -1;
    SelfMethod method = SelfMethod::Unknown;
    QList<qint64> candidates; ///< When ambiguous: every id still possible.
    QString detail; ///< A sentence on how it was decided (no names).

    [[nodiscard]] bool isKnown() const { return id >= 0; }
};

/** A problem that did not stop the import (counted, with where it first happened). */
struct ImportWarning
{
    QString code; ///< Stable identifier, e.g. "invalid_utf8_repaired".
    QString message; ///< Human sentence (no message text, names or numbers).
    QString file;
    qint64 line = -1;
    qint64 count = 1;
};

/** What was imported from where. */
struct SourceInfo
{
    ExportFormat format = ExportFormat::Unknown;
    QString path; ///< What the user opened.
    QString schema; ///< e.g. "message table, dbv >= 185" or "sms/mms (legacy)".
    int databaseVersion = -1; ///< Signal DB version if known or estimated from columns.
    QStringList files; ///< The files actually read.
    qint64 bytes = 0;
};

/**
 * @brief Everything one import produced: recipients, threads, messages, self.
 *
 * Immutable after the import job returns; share it as
 * std::shared_ptr<const ChatExport> between threads.
 */
class ChatExport final
{
public:
    SourceInfo source;
    SelfInfo self;
    std::vector<Recipient> recipients;
    std::vector<Thread> threads;
    MessageStore messages;
    KindCounts counts;
    qint64 reactionRows = 0;
    QList<ImportWarning> warnings;

    /** nullptr if unknown. */
    [[nodiscard]] const Recipient *recipient(qint64 id) const;
    [[nodiscard]] Recipient *recipient(qint64 id);
    /** Display name, or "#id" for ids the export does not list. */
    [[nodiscard]] QString displayName(qint64 id) const;
    /** Index into threads, or -1. */
    [[nodiscard]] int threadIndexById(qint64 threadId) const;

    /** Rebuilds the id → index lookups after recipients/threads changed. */
    void rebuildIndexes();

    /** Records a warning, merging repeats of the same code into a count. */
    void addWarning(const QString &code, const QString &message, const QString &file = {},
                    qint64 line = -1);

    /** Text messages in total and outgoing (from the threads). */
    [[nodiscard]] qint64 textMessages() const;
    [[nodiscard]] qint64 outgoingTextMessages() const;

private:
    QHash<qint64, qsizetype> m_recipientIndex;
    QHash<qint64, int> m_threadIndex;
};

using ChatExportPtr = std::shared_ptr<const ChatExport>;

} // namespace idiolect
