// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationBar.h"

#include "Page.h"

#include <QEvent>
#include <QScrollBar>
#include <QStyle>

namespace idiolect {

NavigationBar::NavigationBar(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setAccessibleName(tr("Pages"));
    setViewMode(QListView::ListMode);
    setFlow(QListView::TopToBottom);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    const int icon = style()->pixelMetric(QStyle::PM_LargeIconSize);
    setIconSize(QSize(icon, icon));
    setSpacing(2);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

void NavigationBar::addPage(Page *page)
{
    auto *item = new QListWidgetItem(page->icon(), page->title(), this);
    item->setData(Qt::UserRole, page->pageId());
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    item->setSizeHint(QSize(0, iconSize().height() + fontMetrics().height()));
    updateWidth();
}

void NavigationBar::setPageEnabled(int row, bool enabled)
{
    QListWidgetItem *it = item(row);
    if (!it)
        return;
    Qt::ItemFlags f = it->flags();
    f.setFlag(Qt::ItemIsEnabled, enabled);
    f.setFlag(Qt::ItemIsSelectable, enabled);
    it->setFlags(f);
}

bool NavigationBar::isPageEnabled(int row) const
{
    const QListWidgetItem *it = item(row);
    return it && it->flags().testFlag(Qt::ItemIsEnabled);
}

void NavigationBar::refresh(const QList<Page *> &pages)
{
    for (int row = 0; row < count() && row < pages.size(); ++row) {
        item(row)->setIcon(pages[row]->icon());
        item(row)->setText(pages[row]->title());
    }
    updateWidth();
}

QSize NavigationBar::sizeHint() const
{
    int width = 0;
    for (int row = 0; row < count(); ++row)
        width = std::max(width, fontMetrics().horizontalAdvance(item(row)->text()));
    width += iconSize().width() + style()->pixelMetric(QStyle::PM_FocusFrameHMargin) * 4
        + fontMetrics().averageCharWidth() * 6;
    return {width, QListWidget::sizeHint().height()};
}

void NavigationBar::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateWidth();
}

void NavigationBar::updateWidth()
{
    setFixedWidth(sizeHint().width());
}

} // namespace idiolect
