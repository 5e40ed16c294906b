// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace idiolect {

/**
 * Help ▸ What Is This?: what Idiolect makes from a chat history, in plain
 * words — windows, episodes, bursts, adaptive examples, completion and
 * questions, anonymization, enrichment and what stays on the computer.
 */
class HowItWorksDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HowItWorksDialog)

public:
    explicit HowItWorksDialog(QWidget *parent = nullptr);

    /** The page as HTML, one translated paragraph per idea. */
    [[nodiscard]] static QString html();
    /** Anchors of the sections, in order ("windows", "episodes", ...). */
    [[nodiscard]] static QStringList sections();

    /** Scrolls to a section (see sections()). */
    void showSection(const QString &anchor);
    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace idiolect
