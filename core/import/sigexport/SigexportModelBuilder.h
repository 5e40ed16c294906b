// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SigexportConversation.h"
#include "common/Expected.h"
#include "import/ImportOptions.h"
#include "model/ChatExport.h"

#include <QCoreApplication>
#include <QHash>
#include <QMultiHash>

#include <memory>

namespace idiolect {

/**
 * @brief Builds a ChatExport from signal-export conversations.
 *
 * signal-export keeps no ids, so they are derived: a thread id from the
 * folder name, a recipient id from each display name (a hash, stable across
 * imports of the same export). "Me" is the user. A chat with more than one
 * other sender (or a meta.json) is a group. Two people with the same display
 * name become one recipient; a contact whose name is literally "Me" cannot be
 * told apart from the user (docs/import.md lists the consequences). Quotes
 * are linked to the latest earlier message with the quoted text.
 */
class SigexportModelBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(SigexportModelBuilder)

public:
    explicit SigexportModelBuilder(ImportOptions options);

    /** Adds one conversation (in the order the threads should have). */
    void add(const SigexportConversation &conversation);

    /** Finishes the model; fails only if ImportOptions::selfOverride names nobody. */
    Expected<std::shared_ptr<ChatExport>> finish(const SourceInfo &source);

    /** The id derived for a name of the given kind ("name", "thread", "group"). */
    static qint64 stableId(QStringView kind, QStringView name);

private:
    qint64 recipientForName(const QString &name);
    void addMessage(const SigexportConversation &c, const SigexportMessage &m, qint32 thread,
                    bool group, qint64 partner, QMultiHash<size_t, quint32> &byBody);

    ImportOptions m_options;
    std::shared_ptr<ChatExport> m_export;
    qint64 m_selfId = 0;
    qint64 m_nextMessageId = 1;
    QHash<qint64, qsizetype> m_recipientIndex;

    qint64 m_invalidLines = 0, m_firstInvalidLine = -1;
    QString m_firstInvalidFile;
    qint64 m_repaired = 0, m_gaps = 0, m_ambiguous = 0;
    qint64 m_callsByText = 0, m_missingFiles = 0, m_placeholders = 0, m_unknownSenders = 0;
    qsizetype m_loneSurrogates = 0; ///< "\ud800"-style escapes repaired to U+FFFD
    QMap<QString, qint64> m_unknownKeys;
};

} // namespace idiolect
