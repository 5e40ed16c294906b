// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/ConversationWindow.h"
#include "analysis/Episode.h"

#include <QAbstractListModel>

#include <memory>
#include <vector>

namespace idiolect {

class Corpus;

/**
 * The conversation windows or the episodes of one chat, for the preview's
 * list. A thin adapter over WindowFinder / EpisodeSegmenter results.
 */
class PreviewItemsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewItemsModel)

public:
    enum class Mode { Windows, Episodes };
    Q_ENUM(Mode)

    enum Role {
        SubtitleRole = Qt::UserRole + 1, ///< Date, badges and size (second line in the list).
        BadgeRole, ///< Momentum ("rapid") or conversation type ("planning"), for filters/tests.
        BeginRole, ///< First corpus position of the item's messages.
        EndRole, ///< One past the last position.
        TargetRole, ///< Windows: position of your reply; -1 for episodes.
    };

    explicit PreviewItemsModel(QObject *parent = nullptr);

    void setItems(std::shared_ptr<const Corpus> corpus, quint32 thread,
                  std::vector<ConversationWindow> windows, std::vector<Episode> episodes);
    void clear();
    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] quint32 thread() const { return m_thread; }
    [[nodiscard]] qsizetype windowCount() const { return qsizetype(m_windows.size()); }
    [[nodiscard]] qsizetype episodeCount() const { return qsizetype(m_episodes.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QVariant windowData(const ConversationWindow &w, int row, int role) const;
    QVariant episodeData(const Episode &e, int row, int role) const;

    std::shared_ptr<const Corpus> m_corpus;
    quint32 m_thread = 0;
    std::vector<ConversationWindow> m_windows;
    std::vector<Episode> m_episodes;
    Mode m_mode = Mode::Windows;
};

} // namespace idiolect
