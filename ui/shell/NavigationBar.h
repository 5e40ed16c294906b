// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace idiolect {

class Page;

/** The sidebar: one entry per page, icon above its title; pages needing an export are greyed. */
class NavigationBar final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationBar)

public:
    explicit NavigationBar(QWidget *parent = nullptr);

    void addPage(Page *page);
    void setPageEnabled(int row, bool enabled);
    [[nodiscard]] bool isPageEnabled(int row) const;
    /** Keeps icons and titles in step with the palette and language. */
    void refresh(const QList<Page *> &pages);

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateWidth();
};

} // namespace idiolect
