// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace idiolect {

class JobTracker;

/** The status bar's job display: what runs, how far it is, and a cancel button. */
class JobStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStatusWidget)

public:
    explicit JobStatusWidget(JobTracker *tracker, QWidget *parent = nullptr);

    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QString text() const;

private:
    void refresh();

    JobTracker *m_tracker;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace idiolect
