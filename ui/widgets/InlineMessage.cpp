// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineMessage.h"

#include "common/Error.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace idiolect {

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_label(new QLabel(this)),
      m_actions(new QHBoxLayout),
      m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    layout->setContentsMargins(margin, margin / 2, margin / 2, margin / 2);
    m_icon->setAlignment(Qt::AlignTop);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_label->setOpenExternalLinks(false);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void InlineMessage::showMessage(Theme::Tone tone, const QString &text)
{
    m_tone = tone;
    clearActions();
    m_label->setText(text);
    QStyle::StandardPixmap pm = QStyle::SP_MessageBoxInformation;
    if (tone == Theme::Tone::Negative)
        pm = QStyle::SP_MessageBoxCritical;
    else if (tone == Theme::Tone::Warning)
        pm = QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pm).pixmap(size, size));
    updateColors();
    show();
}

QString InlineMessage::locationText(const Error &error)
{
    if (error.file.isEmpty())
        return {};
    QString where = error.file;
    if (error.line > 0)
        where += tr(", line %1").arg(error.line);
    if (error.column > 0)
        where += tr(", column %1").arg(error.column);
    if (!error.columnName.isEmpty())
        where += tr(" (\u201c%1\u201d)").arg(error.columnName);
    return where;
}

void InlineMessage::showError(const Error &error)
{
    QString html = u"<b>"_s + error.message.toHtmlEscaped() + u"</b>"_s;
    const QString where = locationText(error);
    if (!where.isEmpty())
        html += u"<br>"_s + tr("In %1").arg(where.toHtmlEscaped());
    if (!error.hint.isEmpty())
        html += u"<br>"_s + error.hint.toHtmlEscaped();
    showMessage(
        error.code == ErrorCode::Canceled ? Theme::Tone::Information : Theme::Tone::Negative, html);
}

void InlineMessage::setCloseable(bool closeable)
{
    m_close->setVisible(closeable);
}

QAction *InlineMessage::addActionButton(const QString &text)
{
    auto *action = new QAction(text, this);
    auto *button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_actions->addWidget(button, 0, Qt::AlignVCenter);
    m_actionList.append(action);
    return action;
}

void InlineMessage::clearActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qDeleteAll(m_actionList);
    m_actionList.clear();
}

QString InlineMessage::text() const
{
    return m_label->text();
}

void InlineMessage::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void InlineMessage::updateColors()
{
    QPalette p = palette();
    const QPalette app = QApplication::palette();
    p.setColor(QPalette::Window, Theme::toneBackground(app, m_tone));
    p.setColor(QPalette::WindowText, app.color(QPalette::WindowText));
    setPalette(p);
}

} // namespace idiolect
