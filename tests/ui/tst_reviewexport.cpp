// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestExport.h"
#include "UiTestEnvironment.h"
#include "common/JobContext.h"
#include "export/ExportPreview.h"
#include "export/ExportSelection.h"
#include "export/ExportSettings.h"
#include "export/JsonIndenter.h"
#include "generation/GenerationJob.h"
#include "generation/GenerationOptionsJson.h"
#include "jobs/JobPool.h"
#include "project/Session.h"
#include "review/DecisionCommand.h"
#include "review/ExampleFilterProxy.h"
#include "review/ExampleIndex.h"
#include "review/ExampleOrder.h"
#include "review/ExampleTableModel.h"
#include "widgets/Tables.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestReviewExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tableModelPassesTester();
    void decisionsShowInTheModel();
    void filtersNarrowTheRows();
    void sortOrdersEveryColumn_data();
    void sortOrdersEveryColumn();
    void workerOrderEqualsTheImmediateOne_data();
    void workerOrderEqualsTheImmediateOne();
    void newerOrderCancelsTheOlder();
    void sortKeepsTheCurrentExample();
    void exampleIndexFindsEveryRow();
    void largeTablesMeasureFewRows();
    void modelCountsTheDecisions();
    void undoRestoresDecisions();
    void bulkVerdictAppliesUndoesAndRedoes_data();
    void bulkVerdictAppliesUndoesAndRedoes();
    void resultWithManyDecisionsGetsItsStatesOnAWorker();
    void selectionAppliesTheReview_data();
    void selectionAppliesTheReview();
    void exportPreviewCountsAndRenders();
    void exportSettingsRoundTrip();
    void extensions_data();
    void extensions();
    void jsonIndenterKeepsKeyOrder_data();
    void jsonIndenterKeepsKeyOrder();

private:
    /** A session with the fixture export and a table model showing the examples. */
    struct Review
    {
        explicit Review(const TestReviewExport &test)
        {
            session.load(test.m_export, {}, nullptr);
            model.setResult(test.m_result, test.m_layer);
        }
        Session session;
        ExampleTableModel model{&session};
    };

    /** Rejects, accepts and edits a few examples, so the status sort and filters have work. */
    void decideSome(Session &session) const;

    test::UiTestEnvironment m_env;
    ChatExportPtr m_export;
    TextLayerPtr m_layer;
    std::shared_ptr<const GenerationResult> m_result;
};

void TestReviewExport::initTestCase()
{
    m_export = test::TestExport::load(test::TestExport::writeDefault(m_env.path(u"export"_s)));
    m_layer = std::make_shared<const TextLayer>(m_export);
    GenerationParams params;
    params.layer = m_layer;
    params.options = GenerationOptionsJson::fromJson({});
    params.options.strategies = {Strategy::Conversational, Strategy::Qa, Strategy::Completion};
    auto result = GenerationJob::run(params, JobContext::detached());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(result->examples.size() > 20);
    m_result = std::make_shared<const GenerationResult>(std::move(*result));
}

void TestReviewExport::tableModelPassesTester()
{
    Session session;
    session.load(m_export, {}, nullptr);
    ExampleTableModel model(&session);
    ExampleFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(m_result, m_layer);
    QCOMPARE(model.rowCount(), int(m_result->examples.size()));
    proxy.sort(ExampleTableModel::Date);
    proxy.setStatus(ExampleFilterProxy::StatusFilter::Pending);
    session.setDecisions({{model.index(0, 0).data(ExampleTableModel::ExampleIdRole).toString(),
                           ReviewDecision{ReviewStatus::Rejected, false, {}}}});
    proxy.setText(u"chat 2"_s);
    model.setResult(nullptr, nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestReviewExport::decisionsShowInTheModel()
{
    Review review(*this);
    auto &[session, model] = review;
    const QString id = model.index(2, 0).data(ExampleTableModel::ExampleIdRole).toString();
    QCOMPARE(id, m_result->examples[2].idString());
    QCOMPARE(model.rowOfId(id), 2);
    QCOMPARE(model.index(2, ExampleTableModel::Status).data().toString(), u"Pending"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    session.setDecisions({{id, ReviewDecision{ReviewStatus::Accepted, true, u"my better text"_s}}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(model.index(2, ExampleTableModel::Status).data().toString(), u"Accepted, edited"_s);
    QCOMPARE(model.output(2), u"my better text"_s);
    QVERIFY(model.originalOutput(2) != u"my better text"_s);
    QCOMPARE(model.index(2, ExampleTableModel::Output).data().toString(), u"my better text"_s);
    QCOMPARE(model.index(2, 0).data(ExampleTableModel::EditedRole).toBool(), true);
    QCOMPARE(model.index(2, ExampleTableModel::Partner).data().toString(),
             m_result->examples[2].partner);
}

void TestReviewExport::filtersNarrowTheRows()
{
    Review review(*this);
    auto &[session, model] = review;
    ExampleFilterProxy proxy;
    proxy.setSourceModel(&model);
    const int all = proxy.rowCount();
    int qa = 0;
    int inChat2 = 0;
    for (const Example &e : m_result->examples) {
        qa += e.type == ExampleType::Qa;
        inChat2 += e.threadId == 2;
    }
    proxy.setType(int(ExampleType::Qa));
    QCOMPARE(proxy.rowCount(), qa);
    proxy.setType(std::nullopt);
    proxy.setThreadId(2);
    QCOMPARE(proxy.rowCount(), inChat2);
    proxy.setThreadId(std::nullopt);
    const QList<QString> ids = proxy.visibleIds();
    QCOMPARE(ids.size(), all);
    session.setDecisions({{ids[0], ReviewDecision{ReviewStatus::Rejected, false, {}}},
                          {ids[1], ReviewDecision{ReviewStatus::Accepted, true, u"x"_s}}});
    proxy.setStatus(ExampleFilterProxy::StatusFilter::Rejected);
    QCOMPARE(proxy.visibleIds(), QList<QString>{ids[0]});
    proxy.setStatus(ExampleFilterProxy::StatusFilter::Edited);
    QCOMPARE(proxy.visibleIds(), QList<QString>{ids[1]});
    proxy.setStatus(ExampleFilterProxy::StatusFilter::Pending);
    QCOMPARE(proxy.rowCount(), all - 2);
    proxy.setStatus(ExampleFilterProxy::StatusFilter::All);
    proxy.setText(u"nothing contains this"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setText(u"FROM ME"_s); // case-insensitive, matches the outputs
    QVERIFY(proxy.rowCount() > 0);
}

void TestReviewExport::decideSome(Session &session) const
{
    const auto &ex = m_result->examples;
    session.setDecisions({
        {ex[3].idString(), ReviewDecision{ReviewStatus::Rejected, false, {}}},
        {ex[1].idString(), ReviewDecision{ReviewStatus::Accepted, false, {}}},
        {ex[7].idString(), ReviewDecision{ReviewStatus::Accepted, true, u"AAA first"_s}},
        {ex[9].idString(), ReviewDecision{ReviewStatus::Rejected, true, u"zzz last"_s}},
    });
}

void TestReviewExport::sortOrdersEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int c = 0; c < ExampleTableModel::ColumnCount; ++c) {
        const QByteArray name = ExampleTableModel::staticMetaObject.enumerator(0).valueToKey(c);
        QTest::newRow(QByteArray(name + " ascending").constData()) << c << int(Qt::AscendingOrder);
        QTest::newRow(QByteArray(name + " descending").constData())
            << c << int(Qt::DescendingOrder);
    }
}

void TestReviewExport::sortOrdersEveryColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    Review review(*this);
    auto &[session, model] = review;
    decideSome(session);
    ExampleFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(column, Qt::SortOrder(order));
    QCOMPARE(proxy.rowCount(), model.rowCount());
    // The key each column sorts by, computed here the slow way, from what the model shows.
    const auto key = [&](int row) -> QVariant {
        const Example &e = *model.example(row);
        switch (column) {
        case ExampleTableModel::Status: return int(model.status(row));
        case ExampleTableModel::Type: return int(e.type);
        case ExampleTableModel::Partner: return e.partner.toCaseFolded();
        case ExampleTableModel::Momentum: return e.meta.momentum ? int(*e.meta.momentum) : -1;
        case ExampleTableModel::Output: return model.output(row).toCaseFolded();
        case ExampleTableModel::Date:
            return m_layer->chatExport().messages.dateSent(e.targets.front().index);
        }
        return {};
    };
    int distinctKeys = 1;
    for (int r = 1; r < proxy.rowCount(); ++r) {
        const int a = proxy.mapToSource(proxy.index(r - 1, 0)).row();
        const int b = proxy.mapToSource(proxy.index(r, 0)).row();
        const QPartialOrdering cmp = QVariant::compare(key(a), key(b));
        if (cmp == QPartialOrdering::Equivalent) {
            QVERIFY2(a < b, "ties keep the generated order");
            continue;
        }
        ++distinctKeys;
        QVERIFY2(order == Qt::AscendingOrder ? cmp == QPartialOrdering::Less
                                             : cmp == QPartialOrdering::Greater,
                 qPrintable(u"rows %1 and %2"_s.arg(r - 1).arg(r)));
    }
    QVERIFY(distinctKeys > 1); // the fixture has something to sort
}

void TestReviewExport::workerOrderEqualsTheImmediateOne_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("date, all") << int(ExampleTableModel::Date) << int(ExampleFilter::Status::All)
                               << QString();
    QTest::newRow("output desc, text")
        << int(ExampleTableModel::Output) << int(ExampleFilter::Status::All) << u"from me"_s;
    QTest::newRow("partner, pending")
        << int(ExampleTableModel::Partner) << int(ExampleFilter::Status::Pending) << QString();
    QTest::newRow("status, edited text")
        << int(ExampleTableModel::Status) << int(ExampleFilter::Status::Edited) << u"aaa"_s;
    QTest::newRow("unsorted, rejected") << -1 << int(ExampleFilter::Status::Rejected) << QString();
}

void TestReviewExport::workerOrderEqualsTheImmediateOne()
{
    QFETCH(int, column);
    QFETCH(int, status);
    QFETCH(QString, text);
    Review review(*this);
    auto &[session, model] = review;
    decideSome(session);
    ExampleFilterProxy immediate;
    immediate.setSourceModel(&model);
    ExampleFilterProxy worker;
    worker.setAsyncThreshold(0); // every order on a worker thread
    QAbstractItemModelTester tester(&worker,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    worker.setSourceModel(&model);
    ExampleFilter filter;
    filter.status = ExampleFilter::Status(status);
    filter.text = text;
    for (ExampleFilterProxy *proxy : {&immediate, &worker}) {
        proxy->sort(column,
                    column == ExampleTableModel::Output ? Qt::DescendingOrder : Qt::AscendingOrder);
        proxy->setFilter(filter);
    }
    QVERIFY(!immediate.isUpdating());
    QVERIFY(worker.isUpdating());
    QTRY_VERIFY(!worker.isUpdating());
    QCOMPARE(worker.visibleIds(), immediate.visibleIds());
    if (status != int(ExampleFilter::Status::All) || !text.isEmpty())
        QVERIFY(immediate.rowCount() < model.rowCount());
    QVERIFY(immediate.rowCount() > 0);
}

void TestReviewExport::newerOrderCancelsTheOlder()
{
    Review review(*this);
    auto &[session, model] = review;
    ExampleFilterProxy proxy;
    proxy.setAsyncThreshold(0);
    proxy.setSourceModel(&model);
    QTRY_VERIFY(!proxy.isUpdating());
    QSignalSpy orders(&proxy, &ExampleFilterProxy::orderChanged);
    proxy.setType(int(ExampleType::Qa));
    proxy.setType(int(ExampleType::Completion)); // replaces the first before it arrives
    QTRY_VERIFY(!proxy.isUpdating());
    QTest::qWait(50); // the first one's result, had it not been dropped, would be here by now
    QCOMPARE(orders.size(), 1);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.index(r, 0).data(ExampleTableModel::TypeRole).toInt(),
                 int(ExampleType::Completion));
    QVERIFY(proxy.rowCount() > 0);

    // A new result drops whatever was being ordered for the old one.
    proxy.setType(std::nullopt);
    model.setResult(nullptr, nullptr);
    QCOMPARE(proxy.rowCount(), 0);
    QTRY_VERIFY(!proxy.isUpdating());
    QCOMPARE(proxy.rowCount(), 0);
}

void TestReviewExport::sortKeepsTheCurrentExample()
{
    Review review(*this);
    auto &[session, model] = review;
    ExampleFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ExampleTableModel::Date);
    QItemSelectionModel selection(&proxy);
    selection.setCurrentIndex(proxy.index(3, 1), QItemSelectionModel::ClearAndSelect);
    const QString id = selection.currentIndex().data(ExampleTableModel::ExampleIdRole).toString();
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    proxy.sort(ExampleTableModel::Date, Qt::DescendingOrder); // same rows: a layout change
    QCOMPARE(resets.size(), 0);
    QCOMPARE(selection.currentIndex().data(ExampleTableModel::ExampleIdRole).toString(), id);
    QCOMPARE(selection.currentIndex().column(), 1);
    QVERIFY(selection.currentIndex().row() != 3); // it moved with its example
}

void TestReviewExport::exampleIndexFindsEveryRow()
{
    const auto index = ExampleIndex::build(*m_result, *m_layer);
    const auto &ex = m_result->examples;
    QCOMPARE(index->size(), int(ex.size()));
    for (int r = 0; r < index->size(); ++r) {
        QCOMPARE(index->rowOf(ex[size_t(r)].idString()), r);
        QCOMPARE(index->date(r),
                 m_layer->chatExport().messages.dateSent(ex[size_t(r)].targets.front().index));
        for (int other : {0, r / 2, index->size() - 1}) {
            const int names
                = ex[size_t(r)].partner.compare(ex[size_t(other)].partner, Qt::CaseInsensitive);
            const qint64 ranks = qint64(index->partnerRank(r)) - index->partnerRank(other);
            QCOMPARE(names < 0, ranks < 0);
            QCOMPARE(names == 0, ranks == 0);
        }
    }
    QCOMPARE(index->rowOf(u"not an id"_s), -1);
    QCOMPARE(index->rowOf(u"0000000000000001"_s), -1);
    QVERIFY(index->rowsOf(1).empty());
}

namespace {

/** A big table that counts how often its text is asked for. */
class CountingModel final : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 600000;
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        ++displayCalls;
        return u"row %1"_s.arg(index.row());
    }
    mutable qint64 displayCalls = 0;
};

} // namespace

void TestReviewExport::largeTablesMeasureFewRows()
{
    // Columns fit their contents; with 600,000 rows that must not mean measuring them
    // all, also while the table is hidden (another page is showing).
    CountingModel model;
    QTableView table;
    table.setModel(&model);
    Tables::setUpRowTable(&table, 2);
    table.resize(600, 400);
    for (bool shown : {false, true}) {
        table.setVisible(shown);
        model.displayCalls = 0;
        table.resizeColumnToContents(0);
        QVERIFY(model.displayCalls > 0);
        QVERIFY2(model.displayCalls <= 10 * Tables::kFitRows, // a few calls per row measured
                 qPrintable(QString::number(model.displayCalls)));
    }
}

void TestReviewExport::modelCountsTheDecisions()
{
    Session session;
    session.load(m_export, {}, nullptr);
    const auto &ex = m_result->examples;
    // Decisions made before the result arrives (a reopened project) count too.
    session.setDecisions(
        {{ex[0].idString(), ReviewDecision{ReviewStatus::Rejected, false, {}}},
         {u"ffffffffffffffff"_s, ReviewDecision{ReviewStatus::Accepted, false, {}}}});
    ExampleTableModel model(&session);
    model.setResult(m_result, m_layer);
    const qint64 n = qint64(ex.size());
    QCOMPARE(model.count(ReviewStatus::Rejected), 1);
    QCOMPARE(model.count(ReviewStatus::Accepted), 0); // that id is not in this result
    QCOMPARE(model.count(ReviewStatus::Pending), n - 1);
    decideSome(session);
    QCOMPARE(model.count(ReviewStatus::Rejected), 3);
    QCOMPARE(model.count(ReviewStatus::Accepted), 2);
    QCOMPARE(model.count(ReviewStatus::Pending), n - 5);
    QCOMPARE(model.editedCount(), 2);
    QCOMPARE(model.status(3), ReviewStatus::Rejected);
    QCOMPARE(model.index(7, ExampleTableModel::Output).data().toString(), u"AAA first"_s);
    // A bulk change (more than one row per signal) updates the counts the same way.
    QHash<QString, ReviewDecision> all;
    for (const Example &e : ex)
        all.insert(e.idString(), ReviewDecision{ReviewStatus::Accepted, false, {}});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    session.setDecisions(all);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.count(ReviewStatus::Accepted), n);
    QCOMPARE(model.count(ReviewStatus::Pending), 0);
    QCOMPARE(model.editedCount(), 0);
}

void TestReviewExport::undoRestoresDecisions()
{
    Session session;
    session.load(m_export, {}, nullptr);
    QUndoStack stack;
    session.setDecisions({{u"a"_s, ReviewDecision{ReviewStatus::Accepted, false, {}}}});
    stack.push(new DecisionCommand(
        &session,
        DecisionChange::fromHash({{u"a"_s, ReviewDecision{ReviewStatus::Rejected, false, {}}},
                                  {u"b"_s, ReviewDecision{ReviewStatus::Rejected, false, {}}}}),
        u"reject two"_s));
    QCOMPARE(session.decision(u"a"_s).status, ReviewStatus::Rejected);
    QCOMPARE(session.decision(u"b"_s).status, ReviewStatus::Rejected);
    stack.undo();
    QCOMPARE(session.decision(u"a"_s).status, ReviewStatus::Accepted);
    QVERIFY(!session.state().decisions.contains(u"b"_s));
    stack.redo();
    QCOMPARE(session.decision(u"b"_s).status, ReviewStatus::Rejected);
    QCOMPARE(stack.undoText(), u"reject two"_s);
}

void TestReviewExport::bulkVerdictAppliesUndoesAndRedoes_data()
{
    QTest::addColumn<qsizetype>("asyncThreshold");
    QTest::newRow("on the UI thread") << Session::kDefaultAsyncThreshold;
    QTest::newRow("on a worker") << qsizetype(1);
}

void TestReviewExport::bulkVerdictAppliesUndoesAndRedoes()
{
    QFETCH(qsizetype, asyncThreshold);
    Review review(*this);
    auto &[session, model] = review;
    session.setAsyncThreshold(asyncThreshold);
    ExampleFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Both the decisions and the model's states are in (each may come from a worker).
    const auto settled
        = [&] { return !session.isApplyingDecisions() && !model.isUpdatingStates(); };
    decideSome(session);
    QTRY_VERIFY(settled());
    const QHash<QString, ReviewDecision> before = session.state().decisions;
    const qint64 n = model.rowCount();
    QCOMPARE(model.count(ReviewStatus::Accepted), 2);

    // "Accept All Shown" with a filter: the chats' first half, as the page passes it.
    proxy.sort(ExampleTableModel::Date);
    QList<QString> shown = proxy.visibleIds();
    shown.resize(shown.size() / 2);
    QSet<QString> shownSet(shown.cbegin(), shown.cend());
    QUndoStack stack;
    QSignalSpy states(&model, &ExampleTableModel::statesChanged);
    stack.push(new DecisionCommand(
        &session, DecisionChange::withStatus(shown, ReviewStatus::Accepted), u"accept"_s));
    QTRY_VERIFY(!states.isEmpty() && settled());
    QTRY_COMPARE(model.count(ReviewStatus::Accepted),
                 qint64(shown.size())
                     + (shownSet.contains(m_result->examples[1].idString()) ? 0 : 1)
                     + (shownSet.contains(m_result->examples[7].idString()) ? 0 : 1));
    for (const Example &e : m_result->examples) {
        const ReviewDecision d = session.decision(e.idString());
        const ReviewDecision was = before.value(e.idString());
        if (shownSet.contains(e.idString())) {
            QCOMPARE(d.status, ReviewStatus::Accepted);
            QCOMPARE(d.editedOutput, was.editedOutput); // edits stay
        } else {
            QCOMPARE(d, was);
        }
        const int row = model.rowOfId(e.idString());
        QCOMPARE(model.status(row), d.status);
    }
    QCOMPARE(model.count(ReviewStatus::Pending) + model.count(ReviewStatus::Accepted)
                 + model.count(ReviewStatus::Rejected),
             n);
    const QHash<QString, ReviewDecision> after = session.state().decisions;

    stack.undo();
    QTRY_VERIFY(settled());
    QCOMPARE(session.state().decisions, before);
    QCOMPARE(model.count(ReviewStatus::Accepted), 2);
    QCOMPARE(model.count(ReviewStatus::Rejected), 2);
    QCOMPARE(model.editedCount(), 2);
    stack.redo();
    QTRY_VERIFY(settled());
    QCOMPARE(session.state().decisions, after);
    // Undo before the change is in (it may still be on its worker): back where we began.
    stack.undo();
    stack.redo();
    stack.undo();
    QTRY_VERIFY(settled());
    QCOMPARE(session.state().decisions, before);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(model.count(ReviewStatus::Accepted), 2);

    // Reset to pending drops the edits of the examples it covers, and undo brings them back.
    stack.push(new DecisionCommand(
        &session, DecisionChange::withStatus(proxy.visibleIds(), ReviewStatus::Pending),
        u"reset"_s));
    QTRY_VERIFY(settled());
    QVERIFY(session.state().decisions.isEmpty());
    QTRY_COMPARE(model.count(ReviewStatus::Pending), n);
    QCOMPARE(model.editedCount(), 0);
    stack.undo();
    QTRY_VERIFY(settled());
    QCOMPARE(session.state().decisions, before);
    QTRY_COMPARE(model.editedCount(), 2);
}

void TestReviewExport::resultWithManyDecisionsGetsItsStatesOnAWorker()
{
    Session session;
    session.load(m_export, {}, nullptr);
    session.setAsyncThreshold(2); // the four decisions below count as many
    decideSome(session);
    QTRY_VERIFY(!session.isApplyingDecisions());
    ExampleTableModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setResult(m_result, m_layer);
    QVERIFY(model.isUpdatingStates());
    QCOMPARE(model.rowCount(), 0); // the previous (no) rows stay until the states are in
    // A decision made meanwhile is in the states the result arrives with.
    const QString id = m_result->examples[5].idString();
    session.setDecisions({{id, ReviewDecision{ReviewStatus::Rejected, false, {}}}});
    QTRY_VERIFY(!model.isUpdatingStates());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), int(m_result->examples.size()));
    QCOMPARE(model.count(ReviewStatus::Rejected), 3);
    QCOMPARE(model.count(ReviewStatus::Accepted), 2);
    QCOMPARE(model.editedCount(), 2);
    QCOMPARE(model.status(model.rowOfId(id)), ReviewStatus::Rejected);
    // A newer result replaces one still waiting; clearing drops it.
    model.setResult(m_result, m_layer);
    model.setResult(nullptr, nullptr);
    QVERIFY(!model.isUpdatingStates());
    QCOMPARE(model.rowCount(), 0);
    JobPool::waitForDone(); // the dropped job ends, and its result is not installed
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 0);
}

void TestReviewExport::selectionAppliesTheReview_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("expected");
    const int n = int(m_result->examples.size());
    QTest::newRow("all but rejected") << int(ExportScope::AllButRejected) << n - 1;
    QTest::newRow("accepted only") << int(ExportScope::AcceptedOnly) << 2;
}

void TestReviewExport::selectionAppliesTheReview()
{
    QFETCH(int, scope);
    QFETCH(int, expected);
    const auto &examples = m_result->examples;
    QHash<QString, ReviewDecision> decisions;
    decisions.insert(examples[0].idString(), ReviewDecision{ReviewStatus::Rejected, false, {}});
    decisions.insert(examples[1].idString(), ReviewDecision{ReviewStatus::Accepted, false, {}});
    decisions.insert(examples[5].idString(),
                     ReviewDecision{ReviewStatus::Accepted, true, u"edited text"_s});
    decisions.insert(examples[6].idString(), ReviewDecision{ReviewStatus::Pending, true, u"p"_s});
    const std::vector<Example> out
        = ExportSelection::select(examples, decisions, ExportScope(scope));
    QCOMPARE(int(out.size()), expected);
    const std::vector<quint32> rows
        = ExportSelection::rows(examples, decisions, ExportScope(scope));
    QCOMPARE(rows.size(), out.size());
    for (size_t i = 0; i < rows.size(); ++i)
        QCOMPARE(examples[rows[i]].id, out[i].id);
    for (const Example &e : out)
        QVERIFY(e.id != examples[0].id);
    const auto edited = std::find_if(out.begin(), out.end(),
                                     [&](const Example &e) { return e.id == examples[5].id; });
    QVERIFY(edited != out.end());
    QCOMPARE(edited->outputOverride, std::optional<QString>(u"edited text"_s));
    // Generated order is kept.
    for (size_t i = 1; i < out.size(); ++i) {
        const auto pos = [&](quint64 id) {
            return std::find_if(examples.begin(), examples.end(),
                                [id](const Example &e) { return e.id == id; })
                - examples.begin();
        };
        QVERIFY(pos(out[i - 1].id) < pos(out[i].id));
    }
}

void TestReviewExport::exportPreviewCountsAndRenders()
{
    const auto &examples = m_result->examples;
    ExportPreview::Params params;
    params.result = m_result;
    params.layer = m_layer;
    params.decisions.insert(examples[0].idString(),
                            ReviewDecision{ReviewStatus::Rejected, false, {}});
    params.decisions.insert(examples[1].idString(),
                            ReviewDecision{ReviewStatus::Accepted, true, u"my own words"_s});
    params.render.format = DatasetFormat::Messages;
    params.rows = 2;
    auto preview = ExportPreview::run(params, JobContext::detached());
    QVERIFY(preview);
    QCOMPARE(preview->total, qint64(examples.size()));
    QCOMPARE(preview->selected, qint64(examples.size()) - 1);
    QCOMPARE(preview->rows.size(), 2);
    QVERIFY(preview->rows[0].contains(u"\"messages\""_s));
    QVERIFY(preview->rows[0].contains(u"my own words"_s)); // the edit, first kept row
    QVERIFY(preview->rows[0].contains(u"\n  "_s)); // pretty-printed

    params.scope = ExportScope::AcceptedOnly;
    preview = ExportPreview::run(params, JobContext::detached());
    QVERIFY(preview);
    QCOMPARE(preview->selected, 1);
    QCOMPARE(preview->rows.size(), 1);

    JobContext canceled;
    canceled.cancel();
    preview = ExportPreview::run(params, canceled);
    QVERIFY(!preview);
    QCOMPARE(preview.error().code, ErrorCode::Canceled);
}

void TestReviewExport::exportSettingsRoundTrip()
{
    ExportSettings s;
    s.format = DatasetFormat::Messages;
    s.fileType = ExportSettings::FileType::JsonGzip;
    s.scope = ExportScope::AcceptedOnly;
    s.datasetInfo = false;
    s.datasetName = u"me"_s;
    s.systemPrompt = u"You are me."_s;
    s.burstTurns = BurstTurns::Separate;
    s.metadata = false;
    s.styleSidecar = false;
    QVERIFY(ExportSettings::fromJson(s.toJson()) == s);
    QVERIFY(ExportSettings::fromJson({}) == ExportSettings());
    QVERIFY(ExportSettings::fromJson(QJsonObject{{u"format"_s, u"bogus"_s}}).format
            == DatasetFormat::Alpaca);
}

void TestReviewExport::extensions_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    using T = ExportSettings::FileType;
    QTest::newRow("add") << int(T::Jsonl) << u"/d/data"_s << u"/d/data.jsonl"_s;
    QTest::newRow("replace") << int(T::JsonGzip) << u"/d/data.jsonl"_s << u"/d/data.json.gz"_s;
    QTest::newRow("double") << int(T::Json) << u"/d/data.jsonl.gz"_s << u"/d/data.json"_s;
    QTest::newRow("keep") << int(T::JsonlGzip) << u"/d/x.JSONL.GZ"_s << u"/d/x.jsonl.gz"_s;
    QTest::newRow("other dots") << int(T::Jsonl) << u"/d/v1.2"_s << u"/d/v1.2.jsonl"_s;
}

void TestReviewExport::extensions()
{
    QFETCH(int, type);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    ExportSettings s;
    s.fileType = ExportSettings::FileType(type);
    QCOMPARE(s.withExtension(path), expected);
    QCOMPARE(s.datasetInfoApplies(), s.fileType == ExportSettings::FileType::Jsonl);
    s.format = DatasetFormat::Messages;
    s.burstTurns = BurstTurns::Separate; // rows LLaMA-Factory would skip
    QVERIFY(!s.datasetInfoApplies());
    s.burstTurns = BurstTurns::Merge;
    QCOMPARE(s.datasetInfoApplies(), s.fileType == ExportSettings::FileType::Jsonl);
}

void TestReviewExport::jsonIndenterKeepsKeyOrder_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("order") << QByteArray(R"({"z":1,"a":[1,2],"e":{},"f":[]})")
                           << u"{\n  \"z\": 1,\n  \"a\": [\n    1,\n    2\n  ],\n  \"e\": {},\n"
                              "  \"f\": []\n}"_s;
    QTest::newRow("strings") << QByteArray(R"({"k":"a,{b}\"c: [x]"})")
                             << u"{\n  \"k\": \"a,{b}\\\"c: [x]\"\n}"_s;
    QTest::newRow("utf8") << QByteArray("[\"\xc3\xa4\xf0\x9f\x91\x8b\"]")
                          << u"[\n  \"\u00e4\U0001F44B\"\n]"_s;
}

void TestReviewExport::jsonIndenterKeepsKeyOrder()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QCOMPARE(JsonIndenter::indent(json), expected);
}

QTEST_MAIN(TestReviewExport)
#include "tst_reviewexport.moc"
