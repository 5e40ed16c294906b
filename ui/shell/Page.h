// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

class QLineEdit;

namespace idiolect {

/** One page of the main window's sidebar (Welcome, Overview, Preview, ...). */
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    using QWidget::QWidget;

    /** Stable id ("overview"): settings, --screenshot-page, tests. */
    [[nodiscard]] virtual QString pageId() const = 0;
    [[nodiscard]] virtual QString title() const = 0;
    [[nodiscard]] virtual QIcon icon() const = 0;
    /** Pages that need an open export are disabled in the sidebar until one is open. */
    [[nodiscard]] virtual bool requiresExport() const { return true; }
    /** Pages that show generated examples keep the generation up to date while visible. */
    [[nodiscard]] virtual bool usesGeneration() const { return false; }
    /** The page became the visible one. */
    virtual void activate() { }
    /** Moves focus to the page's search field (Ctrl+F); false if it has none. */
    virtual bool focusSearch() { return false; }

protected:
    /** focusSearch() for pages whose search is one line edit: focus it, select its text. */
    static bool focusSearchField(QLineEdit *field);
};

} // namespace idiolect
