// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace idiolect::demogen {

/**
 * @brief Turns the irc-disentanglement IRC logs into the demo's dialogue file.
 *
 * The corpus (CC BY 4.0) has raw #ubuntu logs plus human "line j answers line
 * i" annotations. Each connected reply component becomes one dialogue with
 * 2-5 speakers, numbered by first appearance. Nicknames are never copied:
 * addressing prefixes ("nick: ") are removed and lines that still name a
 * participant, or hold an e-mail address, an IP address or a long number, are
 * dropped. Nicknames count also when shortened, lengthened or mistyped, and
 * when they belong to someone who speaks only in another log, unless the word
 * is an ordinary one of the corpus. The output is deterministic and committed
 * as data/dialogues.txt.
 */
class CorpusExtractor final
{
public:
    /**
     * Reads every *.raw.txt / *.annotation.txt pair under @p trainDir and
     * returns the dialogue file, or an empty array and @p error on failure.
     */
    static QByteArray extract(const QString &trainDir, QString *error);

    /** The attribution every file derived from the corpus must carry. */
    static QByteArray attribution();
};

} // namespace idiolect::demogen
