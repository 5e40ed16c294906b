// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestExport.h"
#include "UiTestEnvironment.h"
#include "charts/ChartView.h"
#include "charts/HeatmapView.h"
#include "charts/StyleChartData.h"
#include "common/JobContext.h"
#include "import/DemoExport.h"
#include "import/ImportController.h"
#include "project/Session.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "style/PartnerProfileModel.h"
#include "style/StyleJob.h"
#include "style/StylePage.h"
#include "widgets/EmptyState.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLineSeries>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace idiolect;

namespace {

/** The values of bar set @p set in category order (horizontal charts list them reversed). */
QList<qreal> barValues(ChartView *view, int set)
{
    const QList<QAbstractSeries *> series = view->chart()->series();
    if (series.size() != 1)
        return {};
    auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
    if (!bars || set >= bars->count())
        return {};
    QList<qreal> values;
    for (int i = 0; i < bars->barSets()[set]->count(); ++i)
        values.append(bars->barSets()[set]->at(i));
    if (view->data().horizontal)
        std::reverse(values.begin(), values.end());
    return values;
}

qreal share(qint64 part, qint64 total)
{
    return total > 0 ? 100.0 * qreal(part) / qreal(total) : 0.0;
}

bool fuzzyEqual(const QList<qreal> &a, const QList<qreal> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (std::abs(a[i] - b[i]) > 1e-9)
            return false;
    }
    return true;
}

} // namespace

class TestStylePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void partnerModel();
    void chartDataFromProfiles();
    void chartsShowTheCoreAnalysis();
    void comparingAPartner();
    void selectionChangesRecompute();
    void emptySelectionGuides();

private:
    /** Opens the demo export (or the small test export) and waits for the Style page. */
    bool openAndShowStyle(bool demo = false);
    StylePage *page() const;
    StyleJobResult analyseDirectly() const;

    test::UiTestEnvironment m_env;
    QString m_export;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestStylePage::initTestCase()
{
    QVERIFY(m_env.isValid());
    m_export = test::TestExport::writeDefault(m_env.path(u"signal-csv"_s));
}

void TestStylePage::init()
{
    m_settings = std::make_unique<Settings>(m_env.settingsFile());
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestStylePage::cleanup()
{
    m_window.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_settings.reset();
}

StylePage *TestStylePage::page() const
{
    return qobject_cast<StylePage *>(m_window->page(u"style"_s));
}

bool TestStylePage::openAndShowStyle(bool demo)
{
    QSignalSpy done(m_window->importer(), &ImportController::succeeded);
    if (demo && DemoExport::isAvailable())
        m_window->openDemo();
    else
        m_window->openPath(m_export);
    if (!QTest::qWaitFor([&] { return !done.isEmpty(); }, 30000))
        return false;
    QSignalSpy shown(page(), &StylePage::analysisShown);
    if (!m_window->showPage(u"style"_s))
        return false;
    return QTest::qWaitFor([&] { return !shown.isEmpty(); }, 30000) && page()->result();
}

StyleJobResult TestStylePage::analyseDirectly() const
{
    StyleJobParams params;
    params.chatExport = m_window->session()->chatExport();
    params.spec = StyleJob::specFor(*m_window->session());
    params.options = StyleJob::options();
    return *StyleJob::run(params, JobContext::detached());
}

void TestStylePage::partnerModel()
{
    PartnerProfileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<PartnerProfile> profiles(3);
    profiles[0].name = u"Few"_s;
    profiles[0].partner.totalMessages = 2;
    profiles[1].name = u"Most"_s;
    profiles[1].partner.totalMessages = 10;
    profiles[1].you.totalMessages = 5;
    profiles[1].style = PartnerStyle::EmojiLover;
    profiles[1].traits = {u"emoji_lover"_s, u"rapid_responder"_s};
    profiles[1].isGroup = true;
    profiles[2].name = u"Middle"_s;
    profiles[2].partner.totalMessages = 7;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProfiles(profiles, 20.0);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), u"Most"_s);
    QCOMPARE(model.index(1).data().toString(), u"Middle"_s);
    QCOMPARE(model.index(2).data().toString(), u"Few"_s);
    QCOMPARE(model.index(0).data(PartnerProfileModel::MessagesRole).toLongLong(), 15);
    QCOMPARE(model.index(0).data(PartnerProfileModel::StyleRole).toString(), u"Emoji lover"_s);
    QCOMPARE(model.index(0).data(PartnerProfileModel::TraitsRole).toString(),
             u"lots of emoji, replies fast"_s);
    QCOMPARE(model.index(0).data(PartnerProfileModel::KindRole).toString(), u"Group"_s);
    QCOMPARE(model.profile(1).name, u"Middle"_s);
    model.setProfiles({}, 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestStylePage::chartDataFromProfiles()
{
    StyleProfile you;
    you.totalMessages = 10;
    you.lengthDistribution = {5, 2, 2, 1, 0};
    you.burstPatterns.totalBursts = 4;
    you.burstPatterns.sizeCounts = {0, 0, 2, 0, 0, 0, 0, 0, 1, 0, 1}; // 2, 2, 8, 10
    TimePatterns t;
    t.responseTimes.samples = 4;
    t.responseTimes.histogram = {1, 3, 0, 0, 0, 0, 0};
    t.months = {{2023, 12, 4}, {2024, 1, 0}, {2024, 2, 6}};
    you.timePatterns = t;
    you.emojiUsage.topEmojis = {{u"\U0001F600"_s, 3}, {u"\U0001F44D"_s, 1}};
    StyleProfile them;
    them.totalMessages = 4;
    them.lengthDistribution = {0, 0, 0, 0, 4};
    them.emojiUsage.topEmojis = {{u"\U0001F44D"_s, 5}, {u"\U0001F389"_s, 2}};
    const QList<NamedProfile> both{{u"You"_s, &you}, {u"Ann"_s, &them}};

    const ChartData lengths = StyleChartData::lengths(both);
    QCOMPARE(lengths.categories.size(), 5);
    QCOMPARE(lengths.series[0].values, (QList<qreal>{50, 20, 20, 10, 0}));
    QCOMPARE(lengths.series[1].values, (QList<qreal>{0, 0, 0, 0, 100}));
    QCOMPARE(lengths.unit, ChartData::Unit::Percent);

    const ChartData bursts = StyleChartData::burstSizes(both);
    QCOMPARE(bursts.categories.last(), u"8+"_s);
    QCOMPARE(bursts.series[0].values, (QList<qreal>{50, 0, 0, 0, 0, 0, 50}));
    QCOMPARE(bursts.series[1].values, (QList<qreal>(7, 0.0)));

    const ChartData replies = StyleChartData::responseTimes(both);
    QCOMPARE(replies.series[0].values, (QList<qreal>{25, 75, 0, 0, 0, 0, 0}));
    QVERIFY(StyleChartData::responseTimes({{u"Ann"_s, &them}}).isEmpty());

    const ChartData months = StyleChartData::months(both);
    QCOMPARE(months.months,
             (QList<QDate>{QDate(2023, 12, 1), QDate(2024, 1, 1), QDate(2024, 2, 1)}));
    QCOMPARE(months.series[0].values, (QList<qreal>{4, 0, 6}));
    QCOMPARE(months.series[1].values, (QList<qreal>{0, 0, 0}));

    const ChartData emoji = StyleChartData::topEmoji(both);
    QVERIFY(emoji.horizontal);
    QCOMPARE(emoji.categories, (QStringList{u"\U0001F600"_s, u"\U0001F44D"_s, u"\U0001F389"_s}));
    QCOMPARE(emoji.series[0].values, (QList<qreal>{3, 1, 0}));
    QCOMPARE(emoji.series[1].values, (QList<qreal>{0, 5, 2}));
    QVERIFY(StyleChartData::topWords(both).series.isEmpty()); // no vocabulary
}

void TestStylePage::chartsShowTheCoreAnalysis()
{
    QVERIFY(openAndShowStyle(true));
    StylePage *p = page();
    const StyleJobResult expected = analyseDirectly();
    const StyleProfile &you = expected.analysis.personal;
    QVERIFY(you.totalMessages > 0);
    QCOMPARE(p->result()->analysis.personal.totalMessages, you.totalMessages);

    const LengthDistribution &l = you.lengthDistribution;
    const qint64 n = you.totalMessages;
    QVERIFY(fuzzyEqual(barValues(p->chart(StylePage::Chart::Lengths), 0),
                       {share(l.veryShort, n), share(l.shortCount, n), share(l.medium, n),
                        share(l.longCount, n), share(l.veryLong, n)}));

    const ResponsePercentiles &r = you.timePatterns->responseTimes;
    QList<qreal> replies;
    for (qint64 c : r.histogram)
        replies.append(share(c, r.samples));
    QVERIFY(fuzzyEqual(barValues(p->chart(StylePage::Chart::ResponseTimes), 0), replies));

    QCOMPARE(p->heatmap(0)->grid(), you.timePatterns->weekdayHours);
    QVERIFY(!p->heatmap(1)->isVisible());

    // Messages per month: one line, one point per month, summing to your messages.
    const QList<QAbstractSeries *> lines = p->chart(StylePage::Chart::Months)->chart()->series();
    QCOMPARE(lines.size(), 1);
    const auto *line = qobject_cast<QLineSeries *>(lines.first());
    QVERIFY(line);
    QCOMPARE(line->count(), qsizetype(you.timePatterns->months.size()));
    qreal sum = 0;
    for (const QPointF &point : line->points())
        sum += point.y();
    QCOMPARE(qint64(sum), n);

    QList<qreal> emoji;
    for (const auto &[e, count] : you.emojiUsage.topEmojis)
        emoji.append(qreal(count));
    QCOMPARE(barValues(p->chart(StylePage::Chart::Emoji), 0), emoji);
    QList<qreal> words;
    for (const auto &[w, count] : you.vocabulary->mostCommonWords)
        words.append(qreal(count));
    QCOMPARE(barValues(p->chart(StylePage::Chart::Words), 0), words);

    // One card per partner, and the combo offers them after "nobody".
    QCOMPARE(p->partnerModel()->rowCount(), int(expected.analysis.partners.size()));
    QCOMPARE(p->partnerCombo()->count(), p->partnerModel()->rowCount() + 1);
}

void TestStylePage::comparingAPartner()
{
    QVERIFY(openAndShowStyle(true));
    StylePage *p = page();
    QVERIFY(p->partnerModel()->rowCount() > 0);
    p->comparePartner(0);
    const PartnerProfile &partner = p->partnerModel()->profile(0);
    QCOMPARE(p->partnerCombo()->currentIndex(), 1);
    ChartView *lengths = p->chart(StylePage::Chart::Lengths);
    QCOMPARE(lengths->data().series.size(), 2);
    QCOMPARE(lengths->data().series[1].name, partner.name);
    const LengthDistribution &l = partner.partner.lengthDistribution;
    const qint64 n = partner.partner.totalMessages;
    QVERIFY(fuzzyEqual(barValues(lengths, 1),
                       {share(l.veryShort, n), share(l.shortCount, n), share(l.medium, n),
                        share(l.longCount, n), share(l.veryLong, n)}));
    QVERIFY(p->heatmap(1)->isVisible());
    QCOMPARE(p->heatmap(1)->grid(), partner.partner.timePatterns->weekdayHours);
    QCOMPARE(p->heatmap(0)->grid(), partner.you.timePatterns->weekdayHours);
    // Back to you alone.
    p->comparePartner(-1);
    QCOMPARE(lengths->data().series.size(), 1);
    QVERIFY(!p->heatmap(1)->isVisible());
}

void TestStylePage::selectionChangesRecompute()
{
    QVERIFY(openAndShowStyle());
    StylePage *p = page();
    const qint64 before = p->result()->analysis.personal.totalMessages;
    Session *session = m_window->session();
    const ChatExport &ex = *session->chatExport();
    // Exclude the chat with the most messages of yours.
    int biggest = -1;
    for (size_t t = 0; t < ex.threads.size(); ++t) {
        if (session->isThreadIncluded(int(t))
            && (biggest < 0
                || ex.threads[t].messages.size() > ex.threads[size_t(biggest)].messages.size()))
            biggest = int(t);
    }
    QVERIFY(biggest >= 0);
    QSignalSpy shown(p, &StylePage::analysisShown);
    session->setThreadsIncluded({biggest}, false);
    QVERIFY(shown.wait(30000));
    QVERIFY(p->result()->analysis.personal.totalMessages < before);
    QCOMPARE(p->result()->analysis.personal.totalMessages,
             analyseDirectly().analysis.personal.totalMessages);
}

void TestStylePage::emptySelectionGuides()
{
    QVERIFY(openAndShowStyle());
    StylePage *p = page();
    Session *session = m_window->session();
    QList<int> all;
    for (size_t t = 0; t < session->chatExport()->threads.size(); ++t)
        all.append(int(t));
    QSignalSpy shown(p, &StylePage::analysisShown);
    session->setThreadsIncluded(all, false);
    QVERIFY(shown.wait(30000));
    QVERIFY(!p->result());
    QVERIFY(p->emptyState()->isVisible());
    QCOMPARE(p->emptyState()->title(), u"No chats selected"_s);
}

QTEST_MAIN(TestStylePage)
#include "tst_stylepage.moc"
