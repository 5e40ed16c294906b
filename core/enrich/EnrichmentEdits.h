// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QJsonArray;

namespace idiolect {

class MessageStore;

/**
 * @brief The user's corrections to enrichment, applied whenever the layer is built.
 *
 * Addressed by message index and item key (EnrichmentItem::key). setText()
 * replaces the added text — a tweet's text, a link's title and description,
 * an image's description — and also supplies text for an item enrichment
 * could not fill (a post that failed to load); clear() removes the addition
 * from the message; reset() forgets the edit. Edits survive re-runs: they are
 * stored with the message's id (not its index) by toJson()/fromJson().
 */
class EnrichmentEdits final
{
    Q_DECLARE_TR_FUNCTIONS(EnrichmentEdits)

public:
    struct Edit
    {
        bool cleared = false;
        QString text; ///< Used when not cleared.
    };

    void setText(quint32 message, const QString &key, QString text);
    void clear(quint32 message, const QString &key);
    void reset(quint32 message, const QString &key);

    /** The edit for an item, or nullptr. */
    [[nodiscard]] const Edit *find(quint32 message, const QString &key) const;
    [[nodiscard]] bool hasEdits(quint32 message) const { return m_edits.contains(message); }
    [[nodiscard]] bool isEmpty() const { return m_edits.isEmpty(); }
    [[nodiscard]] qsizetype size() const;

    /** `[{"message_id", "key", "cleared", "text"}]`, ordered by message. */
    [[nodiscard]] QJsonArray toJson(const MessageStore &store) const;
    /**
     * Reads toJson()'s form. Edits of messages that are not in @p store are
     * dropped and counted in *unmatched; a malformed entry is an error.
     */
    static Expected<EnrichmentEdits> fromJson(const QJsonArray &json, const MessageStore &store,
                                              qsizetype *unmatched = nullptr);

private:
    QHash<quint32, QHash<QString, Edit>> m_edits;
};

} // namespace idiolect
