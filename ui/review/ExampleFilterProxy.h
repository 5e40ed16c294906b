// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace idiolect {

/** The review table's filters: type, chat, pace, status and text; sorting by raw values. */
class ExampleFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExampleFilterProxy)

public:
    enum class StatusFilter { All, Pending, Accepted, Rejected, Edited };
    Q_ENUM(StatusFilter)

    explicit ExampleFilterProxy(QObject *parent = nullptr);

    void setType(std::optional<int> type);
    void setThreadId(std::optional<qint64> threadId);
    void setMomentum(std::optional<int> momentum);
    void setStatus(StatusFilter status);
    void setText(const QString &text);

    /** Ids of every example the filter shows, in view order (for "apply to all"). */
    [[nodiscard]] QList<QString> visibleIds() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<int> m_type;
    std::optional<qint64> m_threadId;
    std::optional<int> m_momentum;
    StatusFilter m_status = StatusFilter::All;
    QString m_text;
};

} // namespace idiolect
