// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace idiolect::demogen {

/** One line of a corpus dialogue. */
struct DialogueLine
{
    int speaker = 0; ///< 0-based, by first appearance.
    int gapMinutes = 0; ///< Minutes since the previous line (IRC minute resolution).
    QString text;
};

/** A reply component of the IRC corpus: 2-5 speakers, 3+ lines. */
struct Dialogue
{
    std::vector<DialogueLine> lines;
    int speakers = 0;
};

/**
 * @brief The dialogue file derived from the irc-disentanglement corpus (CC BY 4.0).
 *
 * Embedded in the generator as a Qt resource (data/dialogues.txt, made by
 * CorpusExtractor) so the demo export builds without the original corpus.
 */
class Corpus final
{
public:
    /** The embedded dialogues, parsed once. */
    static const Corpus &embedded();
    /** Parses a dialogue file (see CorpusExtractor for the format). */
    static Corpus parse(const QByteArray &text);

    [[nodiscard]] const std::vector<Dialogue> &dialogues() const { return m_dialogues; }
    [[nodiscard]] qsizetype lineCount() const;

private:
    std::vector<Dialogue> m_dialogues;
};

} // namespace idiolect::demogen
