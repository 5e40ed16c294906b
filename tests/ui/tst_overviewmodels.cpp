// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestExport.h"
#include "UiTestEnvironment.h"
#include "import/RecentFilesModel.h"
#include "overview/RecipientListModel.h"
#include "overview/ThreadFilterProxy.h"
#include "overview/ThreadRangeCounter.h"
#include "overview/ThreadTableModel.h"
#include "project/Session.h"
#include "settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestOverviewModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void threadModelPassesTester();
    void threadModelShowsThreads();
    void checkboxChangesTheSelection();
    void spanCountsFollowTheDateRange();
    void rangeCounterMatchesABruteForceCount();
    void proxyFiltersAndSortsNumerically();
    void proxyFollowsSelectionChanges();
    void recentFilesModel();
    void recipientListPutsCandidatesFirst();

private:
    int rowOfThread(const QAbstractItemModel &model, qint64 threadId) const;

    test::UiTestEnvironment m_env;
    ChatExportPtr m_export;
};

void TestOverviewModels::initTestCase()
{
    m_export = test::TestExport::load(test::TestExport::writeDefault(m_env.path(u"export"_s)));
}

int TestOverviewModels::rowOfThread(const QAbstractItemModel &model, qint64 threadId) const
{
    for (int r = 0; r < model.rowCount(); ++r) {
        const int index = model.index(r, 0).data(ThreadTableModel::ThreadIndexRole).toInt();
        if (m_export->threads[size_t(index)].id == threadId)
            return r;
    }
    return -1;
}

void TestOverviewModels::threadModelPassesTester()
{
    Session session;
    ThreadTableModel model(&session);
    ThreadFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    session.load(m_export, {}, nullptr);
    QCOMPARE(model.rowCount(), 5);
    proxy.sort(ThreadTableModel::Yours, Qt::DescendingOrder);
    proxy.setSearchText(u"a"_s);
    proxy.setShow(ThreadFilterProxy::Show::OneToOne);
    session.setThreadsIncluded({0, 1}, false);
    DateRange r;
    r.preset = DateRange::Preset::Last3Months;
    session.setDateRange(r);
    session.close();
    QCOMPARE(model.rowCount(), 0);
}

void TestOverviewModels::threadModelShowsThreads()
{
    Session session;
    session.load(m_export, {}, nullptr);
    ThreadTableModel model(&session);
    const int bea = rowOfThread(model, 1);
    QVERIFY(bea >= 0);
    QCOMPARE(model.index(bea, ThreadTableModel::Name).data().toString(), u"Bea Brandt"_s);
    QCOMPARE(model.index(bea, ThreadTableModel::Kind).data().toString(), u"1:1"_s);
    QCOMPARE(
        model.index(bea, ThreadTableModel::Messages).data(ThreadTableModel::SortRole).toLongLong(),
        120);
    QCOMPARE(
        model.index(bea, ThreadTableModel::Yours).data(ThreadTableModel::SortRole).toLongLong(),
        60);
    QCOMPARE(model.index(bea, ThreadTableModel::Included).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QVERIFY(model.flags(model.index(bea, ThreadTableModel::Included)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(bea, ThreadTableModel::Name)) & Qt::ItemIsUserCheckable));
    const int group = rowOfThread(model, 5);
    QCOMPARE(model.index(group, ThreadTableModel::Kind).data().toString(), u"Group"_s);
    QCOMPARE(model.index(group, ThreadTableModel::Name).data().toString(), u"Climbing crew"_s);
    const int emil = rowOfThread(model, 4);
    QCOMPARE(model.index(emil, ThreadTableModel::Blocked).data().toString(), u"Blocked"_s);
    QCOMPARE(model.index(emil, ThreadTableModel::Included).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QVERIFY(model.index(bea, ThreadTableModel::First).data(ThreadTableModel::SortRole).toLongLong()
            >= test::TestExport::kStartMs);
    QVERIFY(!model.headerData(ThreadTableModel::YoursInSpan, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
}

void TestOverviewModels::checkboxChangesTheSelection()
{
    Session session;
    session.load(m_export, {}, nullptr);
    ThreadTableModel model(&session);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int bea = rowOfThread(model, 1);
    const QModelIndex check = model.index(bea, ThreadTableModel::Included);
    QVERIFY(model.setData(check, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!session.isThreadIncluded(bea));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(ThreadTableModel::Included));
    QVERIFY(!model.setData(model.index(bea, ThreadTableModel::Name), u"x"_s, Qt::EditRole));
    QVERIFY(!model.setData(check, Qt::Checked, Qt::DisplayRole));
}

void TestOverviewModels::spanCountsFollowTheDateRange()
{
    Session session;
    session.load(m_export, {}, nullptr);
    ThreadTableModel model(&session);
    const int bea = rowOfThread(model, 1);
    QCOMPARE(model.yoursInSpan(bea), 60);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Bea's chat is the first 120 messages, so a span ending on day one keeps only those.
    DateRange r;
    r.preset = DateRange::Preset::Custom;
    const QDate day1 = QDateTime::fromMSecsSinceEpoch(test::TestExport::kStartMs).date();
    r.from = day1;
    r.to = day1;
    session.setDateRange(r);
    QCOMPARE(changed.size(), 1);
    const qint64 endOfDay = day1.addDays(1).startOfDay().toMSecsSinceEpoch();
    const qint64 inDay = (endOfDay - test::TestExport::kStartMs + test::TestExport::kStepMs - 1)
        / test::TestExport::kStepMs;
    QCOMPARE(model.yoursInSpan(bea), inDay / 2); // every second message is yours
    QCOMPARE(model.yoursInSpan(rowOfThread(model, 5)), 0);
}

void TestOverviewModels::rangeCounterMatchesABruteForceCount()
{
    const ChatExport &ex = *m_export;
    const qint64 from = test::TestExport::kStartMs + 100 * test::TestExport::kStepMs;
    const qint64 to = test::TestExport::kStartMs + 200 * test::TestExport::kStepMs;
    const std::vector<qint64> counts = ThreadRangeCounter::outgoingText(ex, from, to);
    QCOMPARE(counts.size(), ex.threads.size());
    for (size_t t = 0; t < ex.threads.size(); ++t) {
        qint64 expected = 0;
        for (quint32 m : ex.threads[t].messages) {
            const qint64 d = ex.messages.dateSent(m);
            expected += d >= from && d < to && ex.messages.isOutgoing(m)
                && ex.messages.kind(m) == MessageKind::Text;
        }
        QCOMPARE(counts[t], expected);
    }
    const auto none = ThreadRangeCounter::outgoingText(ex, to, from);
    QVERIFY(std::all_of(none.begin(), none.end(), [](qint64 n) { return n == 0; }));
}

void TestOverviewModels::proxyFiltersAndSortsNumerically()
{
    Session session;
    session.load(m_export, {}, nullptr);
    ThreadTableModel model(&session);
    ThreadFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ThreadTableModel::Messages, Qt::DescendingOrder);
    // 120 > 60 > 50 > 40 > 8: numeric, not "8" > "60" as text would sort.
    QCOMPARE(proxy.index(0, ThreadTableModel::Name).data().toString(), u"Bea Brandt"_s);
    QCOMPARE(proxy.index(4, ThreadTableModel::Name).data().toString(), u"Dora Diaz"_s);
    proxy.setSearchText(u"  carl "_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.visibleThreadIndexes(), QList<int>{m_export->threadIndexById(2)});
    proxy.setSearchText({});
    proxy.setShow(ThreadFilterProxy::Show::Groups);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setShow(ThreadFilterProxy::Show::OneToOne);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setShow(ThreadFilterProxy::Show::Excluded);
    QCOMPARE(proxy.rowCount(), 1); // the blocked chat
    proxy.setShow(ThreadFilterProxy::Show::Included);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestOverviewModels::proxyFollowsSelectionChanges()
{
    Session session;
    session.load(m_export, {}, nullptr);
    ThreadTableModel model(&session);
    ThreadFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setShow(ThreadFilterProxy::Show::Included);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    session.setThreadsIncluded(proxy.visibleThreadIndexes(), false);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(removed.size() >= 1);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    session.setThreadsIncluded({0}, true);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(inserted.size(), 1);
}

void TestOverviewModels::recentFilesModel()
{
    Settings settings(m_env.path(u"recent.ini"_s));
    RecentFilesModel model(&settings);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const QString existing = m_env.path(u"my-chats"_s);
    QDir().mkpath(existing);
    settings.addRecentFile(u"/gone/away/database.sqlite"_s);
    settings.addRecentFile(existing);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"my-chats"_s);
    QCOMPARE(model.index(0).data(RecentFilesModel::ExistsRole).toBool(), true);
    QCOMPARE(model.index(1).data().toString(), u"away/database.sqlite"_s);
    QCOMPARE(model.index(1).data(RecentFilesModel::ExistsRole).toBool(), false);
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(u"no longer"_s));
    QCOMPARE(model.index(1).data(RecentFilesModel::PathRole).toString(),
             u"/gone/away/database.sqlite"_s);
    // Deleted while the list is shown: refresh() notices, for that row only.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QCOMPARE(changed.size(), 0);
    QVERIFY(QDir(existing).removeRecursively());
    model.refresh();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.index(0).data(RecentFilesModel::ExistsRole).toBool(), false);
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(u"no longer"_s));
    settings.addRecentFile(u"/p/my.idiolect"_s);
    QVERIFY(model.index(0).data(RecentFilesModel::IsProjectRole).toBool());
    settings.clearRecentFiles();
    QCOMPARE(model.rowCount(), 0);
}

void TestOverviewModels::recipientListPutsCandidatesFirst()
{
    auto ex = std::make_shared<ChatExport>(*m_export);
    ex->self.id = -1;
    ex->self.candidates = {6};
    RecipientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExport(ex);
    QCOMPARE(model.rowCount(), 6); // people only, the group is not listed
    QCOMPARE(model.index(0).data().toString(), u"Emil Eng"_s);
    QVERIFY(model.index(0).data(RecipientListModel::CandidateRole).toBool());
    QVERIFY(model.index(0).data(RecipientListModel::SubtitleRole).toString().contains(u"#6"_s));
    QCOMPARE(model.index(1).data().toString(), u"Alex Self"_s); // then by name
    QCOMPARE(model.rowOf(3), 2); // Bea, after Emil and Alex
    QCOMPARE(model.rowOf(12345), -1);
    model.setExport(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestOverviewModels)
#include "tst_overviewmodels.moc"
