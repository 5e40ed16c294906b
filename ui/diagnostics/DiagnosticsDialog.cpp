// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsDialog.h"

#include "DiagnosticsModel.h"
#include "DiagnosticsRecorder.h"
#include "EventLoopProbe.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

DiagnosticsDialog::DiagnosticsDialog(DiagnosticsRecorder *recorder, EventLoopProbe *probe,
                                     QWidget *parent)
    : QDialog(parent),
      m_recorder(recorder),
      m_probe(probe),
      m_model(new DiagnosticsModel(this)),
      m_view(new QTableView(this))
{
    setObjectName(u"diagnosticsDialog"_s);
    setWindowTitle(tr("Diagnostics"));
    auto *intro = new QLabel(tr("How long the last steps took and how responsive the window "
                                "stayed. Only numbers are shown \u2014 never your messages or "
                                "names."),
                             this);
    intro->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * 3 / 2);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus); // a read-only report; Copy takes all of it
    m_view->horizontalHeader()->setSectionResizeMode(DiagnosticsModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(DiagnosticsModel::Value,
                                                     QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QPushButton *reset
        = buttons->addButton(tr("&Reset Responsiveness"), QDialogButtonBox::ResetRole);
    reset->setEnabled(probe != nullptr);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] {
        refresh();
        QApplication::clipboard()->setText(m_model->toText());
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        if (m_probe)
            m_probe->reset();
        refresh();
    });
    connect(m_recorder, &DiagnosticsRecorder::changed, this, &DiagnosticsDialog::refresh);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &DiagnosticsDialog::refresh);
    refresh();
    const int em = fontMetrics().averageCharWidth();
    resize(em * 70, fontMetrics().lineSpacing() * 40);
}

void DiagnosticsDialog::refresh()
{
    m_model->setRows(m_recorder->rows());
}

void DiagnosticsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    refresh();
    m_refresh.start();
}

void DiagnosticsDialog::hideEvent(QHideEvent *event)
{
    m_refresh.stop();
    QDialog::hideEvent(event);
}

} // namespace idiolect
