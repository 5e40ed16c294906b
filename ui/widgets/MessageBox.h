// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QQueue>

namespace idiolect {

/**
 * The only way the app shows modal message boxes, so tests can answer them.
 *
 * Tests queue answers with setNextAnswer(); a queued answer is returned
 * without showing anything. Only questions the user must decide go here;
 * recoverable problems are shown inline (InlineMessage).
 */
class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(Button::Yes | Button::No),
                           Button defaultButton = Button::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = Button::Ok, Button defaultButton = Button::NoButton);
    static void information(QWidget *parent, const QString &title, const QString &text);

    /** Queues the answer the next message box returns instead of being shown. */
    static void setNextAnswer(Button answer);
    /** How many message boxes were answered from the queue or shown (tests). */
    static int shownCount();
    static void resetForTests();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                       const QString &text, Buttons buttons, Button defaultButton);
    static QQueue<Button> &answers();
    static int &counter();
};

} // namespace idiolect
