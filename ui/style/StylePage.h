// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StyleJob.h"
#include "jobs/LatestRequest.h"
#include "shell/Page.h"

#include <QTimer>

#include <optional>

class QComboBox;
class QLabel;
class QListView;
class QStackedWidget;
class QTabWidget;

namespace idiolect {

class ChartView;
class EmptyState;
class HeatmapView;
class JobTracker;
class PartnerProfileModel;
class Session;

/**
 * How you write: charts of your style over the selected chats and dates
 * (length, reply time, activity heatmap, months, bursts, emoji, words), you
 * against one chosen partner side by side, and a style card per partner.
 * The analysis runs as a background job whenever the selection changes
 * while the page is shown (latest request wins).
 */
class StylePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StylePage)

public:
    enum class Chart { Lengths, ResponseTimes, Months, Bursts, Emoji, Words };

    StylePage(Session *session, JobTracker *jobs, QWidget *parent = nullptr);

    [[nodiscard]] QString pageId() const override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;
    void activate() override;

    /** The analysis shown, if any. */
    [[nodiscard]] const std::optional<StyleJobResult> &result() const { return m_result; }
    [[nodiscard]] ChartView *chart(Chart which) const;
    [[nodiscard]] HeatmapView *heatmap(int side) const;
    [[nodiscard]] QComboBox *partnerCombo() const { return m_partner; }
    [[nodiscard]] PartnerProfileModel *partnerModel() const { return m_partners; }
    [[nodiscard]] QListView *partnerCards() const { return m_cards; }
    [[nodiscard]] EmptyState *emptyState() const { return m_empty; }
    /** Shows partner @p row of partnerModel() against you (-1: you alone). */
    void comparePartner(int row);

Q_SIGNALS:
    /** A new analysis is on screen (or the page shows why there is none). */
    void analysisShown();
    void overviewRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createCharts();
    QWidget *createPartners();
    void inputsChanged();
    void run();
    void showEmpty(const QString &title, const QString &text, bool offerOverview);
    void showResult(StyleJobResult result);
    void updateCharts();
    void updateSummary();

    Session *m_session;
    JobTracker *m_jobs;
    LatestRequest m_latest;
    QTimer m_debounce;
    bool m_stale = true;
    std::optional<StyleJobResult> m_result;

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QComboBox *m_partner;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QList<ChartView *> m_charts;
    HeatmapView *m_heatYou;
    HeatmapView *m_heatPartner;
    PartnerProfileModel *m_partners;
    QListView *m_cards;
};

} // namespace idiolect
