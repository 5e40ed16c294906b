// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobStatusWidget.h"

#include "jobs/JobTracker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace idiolect {

JobStatusWidget::JobStatusWidget(JobTracker *tracker, QWidget *parent)
    : QWidget(parent),
      m_tracker(tracker),
      m_label(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Cancel (Esc)"));
    m_cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (const JobTracker::Job *job = m_tracker->current())
            m_tracker->cancel(job->id);
    });
    connect(m_tracker, &JobTracker::jobsChanged, this, &JobStatusWidget::refresh);
    connect(m_tracker, &JobTracker::progressChanged, this, &JobStatusWidget::refresh);
    refresh();
}

QString JobStatusWidget::text() const
{
    return m_label->text();
}

void JobStatusWidget::refresh()
{
    const JobTracker::Job *job = m_tracker->current();
    setVisible(job != nullptr);
    if (!job)
        return;
    QString title = job->title;
    if (m_tracker->jobs().size() > 1)
        title = tr("%1 (and %n more)", nullptr, int(m_tracker->jobs().size() - 1)).arg(job->title);
    m_label->setText(title);
    if (job->total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(job->done * 1000 / job->total));
    } else {
        m_progress->setRange(0, 0);
    }
}

} // namespace idiolect
