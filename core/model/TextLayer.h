// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatExport.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <memory>

namespace idiolect {

/**
 * @brief The text generation sees: the export's text plus sparse overrides.
 *
 * Enrichment (tweet text, image descriptions) and anonymization never touch
 * the imported ChatExport. Each produces a new TextLayer over the previous
 * one (raw → enriched → anonymized), and generation, the preview and the
 * export read every body, quote, name and title through the final layer —
 * so "every text that reaches an example" passes through all stages by
 * construction. Overrides are sparse: unchanged messages cost nothing.
 *
 * Thread-safe for concurrent reads once built.
 */
class TextLayer final
{
public:
    /** The identity layer over @p ex (raw imported text). */
    explicit TextLayer(ChatExportPtr ex);
    /** A layer on top of @p below: starts with all of below's overrides. */
    explicit TextLayer(const TextLayer &below) = default;
    TextLayer &operator=(const TextLayer &) = default;

    [[nodiscard]] const ChatExport &chatExport() const { return *m_export; }
    [[nodiscard]] const ChatExportPtr &chatExportPtr() const { return m_export; }

    /** Body of a message after all layers. */
    [[nodiscard]] QStringView body(quint32 message) const;
    /** Quoted text of a message after all layers. */
    [[nodiscard]] QStringView quoteBody(quint32 message) const;
    /** True if a layer removed the message from training text (e.g. privacy "drop message"). */
    [[nodiscard]] bool isDropped(quint32 message) const { return m_dropped.contains(message); }
    /** Name of a recipient (speaker labels, partner metadata, instructions). */
    [[nodiscard]] QString displayName(qint64 recipientId) const;
    /** Title of a thread (partner name or group title). */
    [[nodiscard]] QString threadTitle(int threadIndex) const;

    void setBody(quint32 message, QString text) { m_bodies.insert(message, std::move(text)); }
    void setQuoteBody(quint32 message, QString text) { m_quotes.insert(message, std::move(text)); }
    void setDropped(quint32 message, bool dropped = true);
    void setDisplayName(qint64 recipientId, QString name)
    {
        m_names.insert(recipientId, std::move(name));
    }
    void setThreadTitle(int threadIndex, QString title)
    {
        m_titles.insert(threadIndex, std::move(title));
    }

    [[nodiscard]] bool hasBodyOverride(quint32 message) const { return m_bodies.contains(message); }
    [[nodiscard]] qsizetype bodyOverrideCount() const { return m_bodies.size(); }
    [[nodiscard]] const QSet<quint32> &droppedMessages() const { return m_dropped; }

private:
    ChatExportPtr m_export;
    QHash<quint32, QString> m_bodies;
    QHash<quint32, QString> m_quotes;
    QSet<quint32> m_dropped;
    QHash<qint64, QString> m_names;
    QHash<int, QString> m_titles;
};

using TextLayerPtr = std::shared_ptr<const TextLayer>;

} // namespace idiolect
