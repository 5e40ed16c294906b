// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CorpusSpec.h"
#include "TextStats.h"
#include "common/Expected.h"
#include "model/TextLayer.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace idiolect {

class JobContext;

/** Bits of CorpusMessage::flags. */
enum class CorpusFlag : quint16 {
    FromYou = 1u << 0, ///< Outgoing (or from CorpusSpec::selfId).
    IsText = 1u << 1, ///< A text message (its body is real text).
    IsMedia = 1u << 2, ///< A media-only message (placeholder text).
    IsSystem = 1u << 3, ///< A system/call/group-update row (placeholder text).
    /** Your text message long enough to be a target, not only a URL, and not the truncated
     *  copy of a long text whose full text the export lacks. */
    IsTarget = 1u << 4,
    HasQuestion = 1u << 5,
    HasUrl = 1u << 6,
    HasAttachment = 1u << 7, ///< Carries an attachment (also text messages with captions).
};

/** One kept message with the facts every analysis needs, computed once. */
struct CorpusMessage
{
    quint32 index = 0; ///< Index into MessageStore.
    quint16 flags = 0;
    quint16 emoji = 0;
    qint64 time = 0; ///< date_sent, UTC ms.
    qint64 sender = 0; ///< Recipient id of the author.
    quint32 length = 0; ///< Grapheme clusters (0 for placeholders).
    quint16 emojiAtStart = 0;
    quint16 emojiInMiddle = 0;
    quint16 emojiAtEnd = 0;

    [[nodiscard]] bool is(CorpusFlag flag) const { return (flags & quint16(flag)) != 0; }
    [[nodiscard]] bool fromYou() const { return is(CorpusFlag::FromYou); }
    void set(CorpusFlag flag) { flags |= quint16(flag); }
};

/** An emoji occurrence: message position in its thread and key in CorpusThread::emojiKeys. */
struct CorpusEmoji
{
    quint32 position = 0;
    quint32 key = 0;
    EmojiPosition where = EmojiPosition::End;
};

/** The kept messages of one thread, chronological (stable by date_sent, _id). */
struct CorpusThread
{
    int threadIndex = -1; ///< Index into ChatExport::threads.
    qint64 threadId = 0;
    qint64 partnerId = 0; ///< The 1:1 partner or the group recipient.
    bool isGroup = false;
    bool isNoteToSelf = false;
    QString title; ///< From the text layer (partner name or group title).
    std::vector<CorpusMessage> messages;
    std::vector<CorpusEmoji> emoji;
    QStringList emojiKeys;
    qint64 yourMessages = 0; ///< Your text messages.
    qint64 targets = 0;
};

/** How many messages the corpus kept and why the others were left out. */
struct CorpusCounts
{
    qint64 messagesRead = 0; ///< Rows in the selected threads.
    qint64 messagesKept = 0;
    qint64 textMessages = 0;
    qint64 yourTextMessages = 0;
    qint64 targets = 0;
    /** Your messages left as context only: Signal's truncated copy of a long text. */
    qint64 truncatedNotTargets = 0;
    qint64 droppedByLayer = 0; ///< Removed by a text layer (privacy "drop").
    qint64 outsideDateRange = 0;
    qint64 excludedKinds = 0; ///< System/deleted/draft/... rows not kept.
    qint64 excludedSenders = 0;
};

/**
 * @brief The filtered, pre-measured messages analysis and generation work on.
 *
 * Built once per run from a TextLayer (never the raw export text) and a
 * CorpusSpec; threads are measured in parallel and ordered by thread id, so
 * everything downstream is deterministic. Read-only and thread-safe after build.
 */
class Corpus final
{
public:
    /** Builds the corpus; progress counts threads. Fails only when canceled. */
    static Expected<Corpus> build(TextLayerPtr layer, const CorpusSpec &spec, JobContext &job);

    [[nodiscard]] const TextLayer &layer() const { return *m_layer; }
    [[nodiscard]] const TextLayerPtr &layerPtr() const { return m_layer; }
    [[nodiscard]] const CorpusSpec &spec() const { return m_spec; }
    [[nodiscard]] const std::vector<CorpusThread> &threads() const { return m_threads; }
    [[nodiscard]] const CorpusCounts &counts() const { return m_counts; }

    /** The text a message contributes: its (layered) body, or a placeholder such as "[image]". */
    [[nodiscard]] QStringView text(const CorpusMessage &message) const
    {
        return messageText(*m_layer, message.index);
    }
    /**
     * The text of MessageStore message @p index through @p layer: the trimmed
     * body, or for media-only and system rows a placeholder ("[image]", "[call]").
     */
    static QStringView messageText(const TextLayer &layer, quint32 index);
    /** "You" for your messages, else the sender's name from the text layer. */
    [[nodiscard]] QString speaker(const CorpusMessage &message) const;
    /** Earliest and latest kept timestamp (0, 0 when empty). */
    [[nodiscard]] qint64 firstTime() const { return m_firstTime; }
    [[nodiscard]] qint64 lastTime() const { return m_lastTime; }

    /** The label used for your own messages in rendered context. */
    static QString youLabel();

private:
    TextLayerPtr m_layer;
    CorpusSpec m_spec;
    std::vector<CorpusThread> m_threads;
    CorpusCounts m_counts;
    qint64 m_firstTime = 0;
    qint64 m_lastTime = 0;
};

} // namespace idiolect
