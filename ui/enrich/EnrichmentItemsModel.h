// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace idiolect {

class EnrichmentController;
struct EnrichmentItem;

/**
 * Every link and photo enrichment looked at, one row each: when and in which
 * chat, what it is (post, page, photo), the text it adds (after the user's
 * edits), where that came from and what happened (with failures and their
 * reason). A thin adapter over EnrichmentController::result().
 */
class EnrichmentItemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrichmentItemsModel)

public:
    enum Column { Sent, Chat, Kind, Link, Text, Source, Status, ColumnCount };
    enum Role {
        MessageRole = Qt::UserRole + 1, ///< quint32 message index.
        KeyRole, ///< The item key ("tweet:<id>", "image:0").
        EditedRole, ///< bool: the user changed or removed the addition.
        RemovedRole, ///< bool: the user removed the addition.
        OriginalTextRole, ///< The text enrichment found, before edits.
        HasTextRole, ///< bool: the item adds (or could add) text.
        SortRole, ///< What the column sorts by (the send time for Sent, else the text).
    };

    explicit EnrichmentItemsModel(EnrichmentController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** The translated sentence for a status and reason code ("timeout", "too_large"...). */
    [[nodiscard]] static QString statusText(const EnrichmentItem &item);

private:
    struct Row
    {
        quint32 message;
        quint32 item;
    };

    void reload();
    void editsChanged();
    [[nodiscard]] const EnrichmentItem *itemAt(int row) const;
    [[nodiscard]] QVariant display(const Row &row, const EnrichmentItem &item, int column) const;

    EnrichmentController *m_controller;
    std::vector<Row> m_rows; ///< Positions into result()->messages.
};

} // namespace idiolect
