// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestExport.h"
#include "UiTestEnvironment.h"
#include "analysis/EpisodeSegmenter.h"
#include "analysis/WindowFinder.h"
#include "chat/ChatExcerpt.h"
#include "chat/ChatMessageModel.h"
#include "common/JobContext.h"
#include "export/ExampleRenderer.h"
#include "generation/ExampleLabels.h"
#include "generation/GenerationController.h"
#include "generation/GenerationOptionsJson.h"
#include "generation/GenerationPanel.h"
#include "jobs/JobTracker.h"
#include "preview/PreviewItemsModel.h"
#include "preview/PreviewPage.h"
#include "project/Session.h"
#include "review/ExampleIndex.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestGenerationUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void optionsJsonRoundTrip();
    void countsUseTheLocalesDigitGrouping();
    void optionsJsonKeepsDefaultsForBadValues();
    void panelEditsEveryOption();
    void panelResetRestoresDefaults();
    void controllerStates();
    void controllerProducesExamplesForTheSelection();
    void latestRequestWins();
    void reviewDecisionsNeverRegenerate();
    void stalePreviewWorkIsCanceled();
    void dateRangeLimitsTheExamples();
    void previewItemsModel();
    void chatExcerptOfAWindow();
    void chatMessageModel();

private:
    bool waitForResult(GenerationController &controller);

    test::UiTestEnvironment m_env;
    ChatExportPtr m_export;
};

void TestGenerationUi::initTestCase()
{
    m_export = test::TestExport::load(test::TestExport::writeDefault(m_env.path(u"export"_s)));
}

bool TestGenerationUi::waitForResult(GenerationController &controller)
{
    return QTest::qWaitFor(
               [&] {
                   return controller.state() == GenerationController::State::Ready
                       || controller.state() == GenerationController::State::Failed;
               },
               60000)
        && (controller.state() == GenerationController::State::Ready
            || (qWarning("generation failed: %s", qPrintable(controller.lastError().toString())),
                false));
}

void TestGenerationUi::optionsJsonRoundTrip()
{
    GenerationOptions o;
    o.strategies = {Strategy::Burst, Strategy::Qa};
    o.minMessageLength = 9;
    o.windows.windowSize = 7;
    o.windows.stride = 3;
    o.episodes.timeGapMinutes = 45;
    o.burst.maxTimeBetweenMessagesSeconds = 90;
    o.adaptive.minStyleDifference = 0.25;
    o.completion.minSplit = 0.3;
    o.qa.maxAnswerMessages = 2;
    o.balanceExamples = false;
    o.balanceMaxRatio = 4.5;
    o.maxExamples = 1234;
    o.seed = 9'000'000'000'000'000'000ull; // beyond a double's exact range
    o.filters.excludeBlocked = false;
    o.includeMedia = false;
    const GenerationOptions back
        = GenerationOptionsJson::fromJson(GenerationOptionsJson::toJson(o));
    QCOMPARE(back.strategies, o.strategies);
    QCOMPARE(back.minMessageLength, 9);
    QCOMPARE(back.windows.windowSize, 7);
    QCOMPARE(back.windows.stride, 3);
    QCOMPARE(back.episodes.timeGapMinutes, 45);
    QCOMPARE(back.burst.maxTimeBetweenMessagesSeconds, 90);
    QCOMPARE(back.style.burstGapSeconds, 90);
    QCOMPARE(back.adaptive.minStyleDifference, 0.25);
    QCOMPARE(back.completion.minSplit, 0.3);
    QCOMPARE(back.qa.maxAnswerMessages, 2);
    QCOMPARE(back.balanceExamples, false);
    QCOMPARE(back.balanceMaxRatio, 4.5);
    QCOMPARE(back.maxExamples, std::optional<qint64>(1234));
    QCOMPARE(back.seed, o.seed);
    QCOMPARE(back.filters.excludeBlocked, false);
    QCOMPARE(back.includeMedia, false);
}

void TestGenerationUi::optionsJsonKeepsDefaultsForBadValues()
{
    const GenerationOptions defaults = GenerationOptionsJson::fromJson({});
    QVERIFY(defaults.filters.excludeBlocked); // the app's default
    QCOMPARE(defaults.strategies, QList<Strategy>{Strategy::Conversational});
    const GenerationOptions o = GenerationOptionsJson::fromJson(
        QJsonObject{{u"window_size"_s, u"seven"_s},
                    {u"strategies"_s, QJsonArray{u"nonsense"_s, u"qa"_s, u"qa"_s}},
                    {u"max_examples"_s, 0},
                    {u"seed"_s, 12}});
    QCOMPARE(o.windows.windowSize, defaults.windows.windowSize);
    QCOMPARE(o.strategies, QList<Strategy>{Strategy::Qa});
    QVERIFY(!o.maxExamples);
    QCOMPARE(o.seed, defaults.seed); // a number, not the text the file format uses
}

void TestGenerationUi::panelEditsEveryOption()
{
    GenerationPanel panel;
    QSignalSpy changed(&panel, &GenerationPanel::changed);
    GenerationOptions o = GenerationPanel::defaults();
    o.windows.windowSize = 8;
    o.strategies = {Strategy::Conversational, Strategy::Completion};
    o.maxExamples = 77;
    panel.setOptions(o);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(panel.options().windows.windowSize, 8);
    QCOMPARE(panel.options().strategies, o.strategies);
    QCOMPARE(panel.options().maxExamples, std::optional<qint64>(77));
    panel.strategyGroup(Strategy::Burst)->setChecked(true);
    QCOMPARE(changed.size(), 1);
    const auto strategies = changed.last().first().value<GenerationOptions>().strategies;
    QVERIFY(strategies.contains(Strategy::Burst));
    // Every spin box is wired: changing each emits and lands in options().
    int n = 0;
    for (QSpinBox *box : panel.findChildren<QSpinBox *>()) {
        if (!box->isEnabled())
            continue;
        box->setValue(box->value() == box->maximum() ? box->value() - 1 : box->value() + 1);
        ++n;
    }
    QVERIFY(n >= 10);
    QVERIFY(changed.size() >= 1 + n);
}

void TestGenerationUi::panelResetRestoresDefaults()
{
    GenerationPanel panel;
    GenerationOptions o = GenerationPanel::defaults();
    o.minMessageLength = 50;
    panel.setOptions(o);
    QSignalSpy changed(&panel, &GenerationPanel::changed);
    for (QPushButton *b : panel.findChildren<QPushButton *>()) {
        if (b->text() == u"Reset to Defaults"_s)
            b->click();
    }
    QCOMPARE(changed.size(), 1);
    QCOMPARE(panel.options().minMessageLength, GenerationPanel::defaults().minMessageLength);
}

void TestGenerationUi::controllerStates()
{
    Session session;
    JobTracker tracker;
    GenerationController controller(&session, &tracker);
    QCOMPARE(controller.state(), GenerationController::State::NoExport);
    session.load(m_export, {}, nullptr);
    QCOMPARE(controller.state(), GenerationController::State::WaitingForText);
    controller.setLayer(std::make_shared<const TextLayer>(m_export));
    QCOMPARE(controller.state(), GenerationController::State::Stale);
    QList<int> all;
    for (int i = 0; i < int(m_export->threads.size()); ++i)
        all.append(i);
    session.setThreadsIncluded(all, false);
    QCOMPARE(controller.state(), GenerationController::State::NothingSelected);
    session.setThreadsIncluded({0}, true);
    QCOMPARE(controller.state(), GenerationController::State::Stale);
    GenerationOptions none = controller.settings();
    none.strategies.clear();
    controller.setSettings(none);
    QCOMPARE(controller.state(), GenerationController::State::NothingSelected);
}

void TestGenerationUi::controllerProducesExamplesForTheSelection()
{
    Session session;
    JobTracker tracker;
    GenerationController controller(&session, &tracker);
    session.load(m_export, {}, nullptr);
    controller.setLayer(std::make_shared<const TextLayer>(m_export));
    QSignalSpy results(&controller, &GenerationController::resultChanged);
    controller.setAutoRun(true);
    QVERIFY(waitForResult(controller));
    QVERIFY(controller.result());
    const auto &examples = controller.result()->examples;
    QVERIFY(!examples.empty());
    QSet<qint64> threads;
    for (const Example &e : examples)
        threads.insert(e.threadId);
    QVERIFY(!threads.contains(4)); // blocked chat: excluded by default
    QVERIFY(threads.contains(1));
    // Excluding Bea's chat regenerates without it.
    session.setThreadsIncluded({m_export->threadIndexById(1)}, false);
    QCOMPARE(controller.state(), GenerationController::State::Stale);
    QVERIFY(waitForResult(controller));
    for (const Example &e : controller.result()->examples)
        QVERIFY(e.threadId != 1);
    QVERIFY(results.size() >= 2);
}

void TestGenerationUi::latestRequestWins()
{
    Session session;
    JobTracker tracker;
    GenerationController controller(&session, &tracker);
    session.load(m_export, {}, nullptr);
    controller.setLayer(std::make_shared<const TextLayer>(m_export));
    QSignalSpy results(&controller, &GenerationController::resultChanged);
    GenerationOptions o = controller.settings();
    o.windows.windowSize = 2;
    controller.setSettings(o);
    controller.run();
    o.windows.windowSize = 6;
    controller.setSettings(o); // cancels the first run: its result must never arrive
    controller.run();
    QVERIFY(waitForResult(controller));
    QTRY_COMPARE(tracker.isBusy(), false);
    QCOMPARE(results.size(), 1);
    qsizetype longest = 0;
    for (const Example &e : controller.result()->examples)
        longest = std::max<qsizetype>(longest, qsizetype(e.context.size()));
    QVERIFY2(longest > 2, "the result came from the first (stale) request");
}

void TestGenerationUi::reviewDecisionsNeverRegenerate()
{
    Session session;
    JobTracker tracker;
    GenerationController controller(&session, &tracker);
    session.load(m_export, {}, nullptr);
    controller.setLayer(std::make_shared<const TextLayer>(m_export));
    controller.setAutoRun(true);
    QVERIFY(waitForResult(controller));
    QCOMPARE(controller.startedRuns(), 1u);
    const std::shared_ptr<const GenerationResult> result = controller.result();
    // The run's worker indexed the examples for the review table.
    QVERIFY(controller.resultIndex());
    QCOMPARE(controller.resultIndex()->size(), int(result->examples.size()));
    QSignalSpy results(&controller, &GenerationController::resultChanged);
    QSignalSpy states(&controller, &GenerationController::stateChanged);
    const auto &ex = result->examples;
    session.setDecisions({{ex[0].idString(), ReviewDecision{ReviewStatus::Rejected, false, {}}}});
    session.setDecisions(
        {{ex[1].idString(), ReviewDecision{ReviewStatus::Accepted, true, u"edited"_s}}});
    session.setDecisions({{ex[0].idString(), ReviewDecision{}}});
    QTest::qWait(GenerationController::kDebounceMs * 2); // past any debounce
    QCOMPARE(controller.state(), GenerationController::State::Ready);
    QCOMPARE(controller.startedRuns(), 1u);
    QCOMPARE(controller.result(), result);
    QCOMPARE(results.size(), 0);
    QCOMPARE(states.size(), 0);
    // An input that does change the examples does start a run (the counter counts).
    GenerationOptions o = controller.settings();
    o.windows.windowSize = 3;
    controller.setSettings(o);
    QVERIFY(waitForResult(controller));
    QCOMPARE(controller.startedRuns(), 2u);
    QVERIFY(controller.result() != result);
}

void TestGenerationUi::stalePreviewWorkIsCanceled()
{
    Session session;
    JobTracker tracker;
    GenerationController controller(&session, &tracker);
    PreviewPage page(&controller, &tracker);
    session.load(m_export, {}, nullptr);
    controller.setLayer(std::make_shared<const TextLayer>(m_export));
    controller.run();
    QVERIFY(waitForResult(controller));
    QTRY_VERIFY(!tracker.isBusy());
    QComboBox *threads = page.threadBox();
    QVERIFY(threads->count() >= 2);
    const auto previewJobs = [&tracker] {
        QList<std::shared_ptr<JobContext>> contexts;
        for (const JobTracker::Job &job : tracker.jobs())
            contexts.append(job.context);
        return contexts;
    };
    threads->setCurrentIndex(1);
    const QList<std::shared_ptr<JobContext>> first = previewJobs();
    QCOMPARE(first.size(), 1);
    QVERIFY(!first[0]->isCanceled());
    threads->setCurrentIndex(0); // another chat before the first is ready
    QVERIFY(first[0]->isCanceled());
    QTRY_VERIFY(!tracker.isBusy());
    // The list shows the chat chosen last, not the canceled one.
    QVERIFY(page.itemsModel()->rowCount() > 0);
    QCOMPARE(page.itemsModel()->thread(), [&] {
        const auto &t = controller.result()->corpus->threads();
        for (quint32 i = 0; i < t.size(); ++i) {
            if (t[i].threadId == threads->currentData().toLongLong())
                return i;
        }
        return quint32(t.size());
    }());
}

void TestGenerationUi::dateRangeLimitsTheExamples()
{
    Session session;
    JobTracker tracker;
    GenerationController controller(&session, &tracker);
    session.load(m_export, {}, nullptr);
    controller.setLayer(std::make_shared<const TextLayer>(m_export));
    controller.run();
    QVERIFY(waitForResult(controller));
    const size_t all = controller.result()->examples.size();
    DateRange r;
    r.preset = DateRange::Preset::Custom;
    r.from = session.firstDay();
    r.to = session.firstDay();
    session.setDateRange(r);
    const GenerationOptions options = controller.runOptions();
    QCOMPARE(options.filters.from, std::optional<QDate>(session.firstDay()));
    QCOMPARE(options.filters.to, std::optional<QDate>(session.firstDay().addDays(1)));
    controller.run();
    QVERIFY(waitForResult(controller));
    QVERIFY(controller.result()->examples.size() < all);
    const qint64 end = session.firstDay().addDays(1).startOfDay().toMSecsSinceEpoch();
    for (const Example &e : controller.result()->examples)
        QVERIFY(m_export->messages.dateSent(e.targets.front().index) < end);
}

void TestGenerationUi::previewItemsModel()
{
    TextLayerPtr layer = std::make_shared<const TextLayer>(m_export);
    CorpusSpec spec;
    auto corpus = Corpus::build(layer, spec, JobContext::detached());
    QVERIFY(corpus);
    auto shared = std::make_shared<const Corpus>(std::move(*corpus));
    std::vector<ConversationWindow> windows;
    std::vector<Episode> episodes;
    WindowFinder::find(*shared, 0, WindowOptions(), windows);
    EpisodeOptions eo;
    eo.timeGapMinutes = 60;
    EpisodeSegmenter::segment(*shared, 0, eo, episodes);
    QVERIFY(!windows.empty());
    const size_t windowCount = windows.size();
    const size_t episodeCount = episodes.size();
    PreviewItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(shared, 0, std::move(windows), std::move(episodes));
    QCOMPARE(model.rowCount(), int(windowCount));
    const QModelIndex first = model.index(0);
    QVERIFY(!first.data().toString().isEmpty());
    QVERIFY(first.data(PreviewItemsModel::SubtitleRole).toString().startsWith(u"#1"_s));
    QVERIFY(first.data(PreviewItemsModel::TargetRole).toInt()
            >= first.data(PreviewItemsModel::BeginRole).toInt());
    QVERIFY(!first.data(PreviewItemsModel::BadgeRole).toString().isEmpty());
    model.setMode(PreviewItemsModel::Mode::Episodes);
    QCOMPARE(model.rowCount(), int(episodeCount));
    if (episodeCount > 0)
        QCOMPARE(model.index(0).data(PreviewItemsModel::TargetRole).toInt(), -1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestGenerationUi::chatExcerptOfAWindow()
{
    TextLayerPtr layer = std::make_shared<const TextLayer>(m_export);
    auto corpus = Corpus::build(layer, CorpusSpec(), JobContext::detached());
    QVERIFY(corpus);
    const QList<ChatMessage> messages = ChatExcerpt::range(*corpus, 0, 0, 5, 3);
    QCOMPARE(messages.size(), 5);
    QCOMPARE(messages[3].role, ChatMessage::Role::Target);
    QCOMPARE(messages[0].gapBeforeMs, 0);
    QCOMPARE(messages[1].gapBeforeMs, test::TestExport::kStepMs);
    QVERIFY(messages[1].fromYou); // every second message of the fixture is yours
    QVERIFY(messages[1].sender.isEmpty());
    QCOMPARE(messages[0].sender, u"Bea Brandt"_s);
    QVERIFY(messages[0].text.startsWith(u"message 0 in chat 1"_s));
    QVERIFY(ChatExcerpt::range(*corpus, 999, 0, 5).isEmpty());
}

void TestGenerationUi::chatMessageModel()
{
    ChatMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChatMessage a;
    a.text = u"hi"_s;
    a.sender = u"Bea"_s;
    a.time = test::TestExport::kStartMs;
    ChatMessage b;
    b.text = u"hello"_s;
    b.fromYou = true;
    b.gapBeforeMs = 3 * 3600 * 1000 + 20 * 60 * 1000;
    model.setMessages({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data(ChatMessageModel::FromYouRole).toBool(), true);
    QCOMPARE(model.index(1).data(ChatMessageModel::GapRole).toLongLong(), b.gapBeforeMs);
    QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().startsWith(u"Bea: "_s));
    QCOMPARE(ChatMessageModel::gapText(b.gapBeforeMs), u"3 h 20 min"_s);
    QCOMPARE(ChatMessageModel::gapText(45 * 60 * 1000), u"45 min"_s);
    QCOMPARE(ChatMessageModel::gapText(3LL * 24 * 3600 * 1000), u"3 days"_s);
    model.setMessages({});
    QCOMPARE(model.rowCount(), 0);
}

// Example counts reach the thousands: they are written the way the user's locale writes numbers.
void TestGenerationUi::countsUseTheLocalesDigitGrouping()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = ExampleLabels::typeCount(u"conversation_window"_s, 12345);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = ExampleLabels::typeCount(u"conversation_window"_s, 12345);
    QLocale::setDefault(before);
    // No catalogue is loaded here (the words stay "repl(y/ies)"); the number is what counts.
    QVERIFY2(german.startsWith(u"12.345 "_s), qPrintable(german));
    QVERIFY2(english.startsWith(u"12,345 "_s), qPrintable(english));
}

QTEST_MAIN(TestGenerationUi)
#include "tst_generationui.moc"
