// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTimer>

class QTableView;

namespace idiolect {

class DiagnosticsModel;
class DiagnosticsRecorder;
class EventLoopProbe;

/**
 * Help ▸ Diagnostics: per-stage timings and counts of the last import,
 * enrichment and generation, memory and UI responsiveness, refreshed while
 * open. "Copy" puts it on the clipboard for a bug report — it holds only
 * numbers, never message text or names.
 */
class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsDialog)

public:
    static constexpr int kRefreshMs = 1000;

    DiagnosticsDialog(DiagnosticsRecorder *recorder, EventLoopProbe *probe,
                      QWidget *parent = nullptr);

    [[nodiscard]] DiagnosticsModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    DiagnosticsRecorder *m_recorder;
    EventLoopProbe *m_probe;
    DiagnosticsModel *m_model;
    QTableView *m_view;
    QTimer m_refresh;
};

} // namespace idiolect
