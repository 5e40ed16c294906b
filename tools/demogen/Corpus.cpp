// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Corpus.h"

#include <QFile>

#include <algorithm>

inline void initDemogenResources()
{
    Q_INIT_RESOURCE(demogen);
}

namespace idiolect::demogen {

const Corpus &Corpus::embedded()
{
    static const Corpus corpus = [] {
        initDemogenResources();
        QFile file(QStringLiteral(":/idiolect/demogen/dialogues.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("demogen: the embedded dialogue corpus is missing");
        return parse(file.readAll());
    }();
    return corpus;
}

Corpus Corpus::parse(const QByteArray &text)
{
    Corpus corpus;
    Dialogue current;
    auto flush = [&corpus, &current] {
        if (current.lines.size() >= 2)
            corpus.m_dialogues.push_back(std::move(current));
        current = Dialogue{};
    };
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith('#'))
            continue;
        if (line.isEmpty()) {
            flush();
            continue;
        }
        const qsizetype tab1 = line.indexOf('\t');
        const qsizetype tab2 = line.indexOf('\t', tab1 + 1);
        if (tab1 < 0 || tab2 < 0)
            continue;
        DialogueLine l;
        l.speaker = line.left(tab1).toInt();
        l.gapMinutes = line.mid(tab1 + 1, tab2 - tab1 - 1).toInt();
        l.text = QString::fromUtf8(line.mid(tab2 + 1));
        current.speakers = std::max(current.speakers, l.speaker + 1);
        current.lines.push_back(std::move(l));
    }
    flush();
    return corpus;
}

qsizetype Corpus::lineCount() const
{
    qsizetype n = 0;
    for (const Dialogue &d : m_dialogues)
        n += qsizetype(d.lines.size());
    return n;
}

} // namespace idiolect::demogen
