// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Episode.h"

#include <QRegularExpression>
#include <QStringList>

namespace idiolect {

class Corpus;
struct CorpusThread;

/**
 * @brief Labels an episode chat, discussion or planning.
 *
 * planning: at least two messages contain a scheduling cue (a cue word such as
 * "tomorrow", "meet", "Montag", or a clock time like "7pm", "19:30", "8 Uhr").
 * discussion: otherwise, at least 10 messages and either a mean text length of
 * 60+ grapheme clusters or questions in at least 30 % of the text messages.
 * chat: everything else.
 */
class ConversationTypeClassifier final
{
public:
    /** @p cues: whole words, case-insensitive; empty = the built-in English/German list. */
    explicit ConversationTypeClassifier(const QStringList &cues = {});

    [[nodiscard]] ConversationType classify(const Corpus &corpus, const CorpusThread &thread,
                                            quint32 begin, quint32 end) const;

    /** True if @p text contains a scheduling cue. */
    [[nodiscard]] bool hasPlanningCue(QStringView text) const;

    /** The built-in cue words. */
    static QStringList defaultCues();

private:
    QRegularExpression m_cues;
};

} // namespace idiolect
