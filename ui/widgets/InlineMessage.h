// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Theme.h"

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace idiolect {

struct Error;

/**
 * A non-modal message bar shown above content (errors, warnings, hints),
 * with optional action buttons. Colours derive from the palette.
 */
class InlineMessage final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineMessage)

public:
    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(Theme::Tone tone, const QString &text);
    /** Shows a core Error: sentence, where (file:line:column) and the hint. */
    void showError(const Error &error);
    void setCloseable(bool closeable);
    /** Adds an action button; it is removed on the next showMessage(). */
    QAction *addActionButton(const QString &text);
    void clearActions();

    [[nodiscard]] QString text() const;
    [[nodiscard]] Theme::Tone tone() const { return m_tone; }

    /** "file, line 12, column 4" for the error's location, or empty. */
    [[nodiscard]] static QString locationText(const Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    Theme::Tone m_tone = Theme::Tone::Information;
    QLabel *m_icon;
    QLabel *m_label;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
    QList<QAction *> m_actionList;
};

} // namespace idiolect
