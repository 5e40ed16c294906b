// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

namespace idiolect {

QQueue<MessageBox::Button> &MessageBox::answers()
{
    static QQueue<Button> queue;
    return queue;
}

int &MessageBox::counter()
{
    static int count = 0;
    return count;
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                    const QString &text, Buttons buttons, Button defaultButton)
{
    ++counter();
    if (!answers().isEmpty())
        return answers().dequeue();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return Button(box.exec());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, Button::Ok, Button::Ok);
}

void MessageBox::setNextAnswer(Button answer)
{
    answers().enqueue(answer);
}

int MessageBox::shownCount()
{
    return counter();
}

void MessageBox::resetForTests()
{
    answers().clear();
    counter() = 0;
}

} // namespace idiolect
