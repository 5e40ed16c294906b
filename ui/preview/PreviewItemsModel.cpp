// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewItemsModel.h"

#include "analysis/Corpus.h"
#include "generation/ExampleLabels.h"
#include "jobs/BackgroundRelease.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

PreviewItemsModel::PreviewItemsModel(QObject *parent) : QAbstractListModel(parent) { }

void PreviewItemsModel::setItems(std::shared_ptr<const Corpus> corpus, quint32 thread,
                                 std::vector<ConversationWindow> windows,
                                 std::vector<Episode> episodes)
{
    beginResetModel();
    // The previous corpus may belong to a replaced generation result: free it off the UI thread.
    releaseInBackground(std::exchange(m_corpus, std::move(corpus)));
    m_thread = thread;
    m_windows = std::move(windows);
    m_episodes = std::move(episodes);
    endResetModel();
}

void PreviewItemsModel::clear()
{
    beginResetModel();
    releaseInBackground(std::exchange(m_corpus, {}));
    m_windows.clear();
    m_episodes.clear();
    endResetModel();
}

void PreviewItemsModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    endResetModel();
}

int PreviewItemsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_corpus)
        return 0;
    return int(m_mode == Mode::Windows ? m_windows.size() : m_episodes.size());
}

QVariant PreviewItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = size_t(index.row());
    return m_mode == Mode::Windows ? windowData(m_windows[row], index.row(), role)
                                   : episodeData(m_episodes[row], index.row(), role);
}

QVariant PreviewItemsModel::windowData(const ConversationWindow &w, int row, int role) const
{
    const CorpusThread &t = m_corpus->threads()[w.thread];
    const CorpusMessage &target = t.messages[w.target];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = m_corpus->text(target).toString().simplified();
        if (text.size() > 80)
            text = text.left(79) + u'\u2026';
        return text;
    }
    case SubtitleRole:
        return tr("#%1 \u00b7 %2 \u00b7 %3 \u00b7 %n before", nullptr, w.contextSize())
            .arg(row + 1)
            .arg(when(target.time), ExampleLabels::momentum(w.momentum));
    case Qt::ToolTipRole:
        return tr("Your reply came %1 s after the last message; the context moved at %2 s per "
                  "message on average.")
            .arg(qRound(w.responseDelay))
            .arg(qRound(w.avgTimeGap));
    case BadgeRole: return momentumName(w.momentum);
    case BeginRole: return w.contextBegin;
    case EndRole: return w.target + 1;
    case TargetRole: return w.target;
    default: return {};
    }
}

QVariant PreviewItemsModel::episodeData(const Episode &e, int row, int role) const
{
    const CorpusThread &t = m_corpus->threads()[e.thread];
    const qint64 first = t.messages[e.begin].time;
    const qint64 last = t.messages[e.end - 1].time;
    switch (role) {
    case Qt::DisplayRole: {
        const QDateTime a = QDateTime::fromMSecsSinceEpoch(first);
        const QDateTime b = QDateTime::fromMSecsSinceEpoch(last);
        const QLocale l;
        if (a.date() == b.date())
            return tr("%1, %2\u2013%3")
                .arg(l.toString(a.date(), QLocale::ShortFormat),
                     l.toString(a.time(), QLocale::ShortFormat),
                     l.toString(b.time(), QLocale::ShortFormat));
        return tr("%1 \u2013 %2").arg(when(first), when(last));
    }
    case SubtitleRole: {
        QString s = tr("#%1 \u00b7 %n message(s)", nullptr, e.messageCount()).arg(row + 1);
        if (const QString type = ExampleLabels::conversationType(e.type); !type.isEmpty())
            s += u" \u00b7 "_s + type;
        if (e.partCount > 1)
            s += u" \u00b7 "_s + tr("part %1 of %2").arg(e.part).arg(e.partCount);
        return s;
    }
    case Qt::ToolTipRole: return tr("%Ln of the messages are yours.", nullptr, int(e.yourMessages));
    case BadgeRole: return conversationTypeName(e.type);
    case BeginRole: return e.begin;
    case EndRole: return e.end;
    case TargetRole: return -1;
    default: return {};
    }
}

} // namespace idiolect
