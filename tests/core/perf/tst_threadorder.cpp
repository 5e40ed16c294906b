// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ExportFinalizer::indexThreads orders each thread by (date sent, id, row) without a full
// sort when the rows are nearly in order. Whatever the disorder, the order must be exactly
// what sorting every row would give; checked against std::sort on shapes real exports have
// (late arrivals, a clock in the future, equal dates) and on random ones.
#include "model/ChatExport.h"
#include "model/ExportFinalizer.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace idiolect;

namespace {

struct Row
{
    qint64 date;
    qint64 id;
};

/** An export of one thread whose rows are appended in @p rows' order, indexed. */
std::unique_ptr<ChatExport> indexedThread(const std::vector<Row> &rows)
{
    auto ex = std::make_unique<ChatExport>();
    Thread t;
    t.id = 1;
    ex->threads.push_back(t);
    for (const Row &r : rows) {
        MessageRecord rec;
        rec.id = r.id;
        rec.dateSent = r.date;
        rec.thread = 0;
        ex->messages.append(rec, u"x");
    }
    ExportFinalizer::indexThreads(*ex);
    return ex;
}

std::vector<quint32> orderOf(const std::vector<Row> &rows)
{
    return indexedThread(rows)->threads[0].messages;
}

std::vector<quint32> sortedOrder(const std::vector<Row> &rows)
{
    std::vector<quint32> order(rows.size());
    for (quint32 i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&rows](quint32 a, quint32 b) {
        return std::tie(rows[a].date, rows[a].id, a) < std::tie(rows[b].date, rows[b].id, b);
    });
    return order;
}

} // namespace

class TestThreadOrder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void shapes();
    void random();
    void countsFollowTheOrder();
};

void TestThreadOrder::shapes_data()
{
    QTest::addColumn<QList<qint64>>("dates");
    QTest::addColumn<QList<qint64>>("ids");

    QTest::newRow("in order") << QList<qint64>{1, 2, 3, 4} << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("reversed") << QList<qint64>{4, 3, 2, 1} << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("one late arrival")
        << QList<qint64>{10, 20, 30, 15, 40, 50} << QList<qint64>{1, 2, 3, 4, 5, 6};
    QTest::newRow("a clock in the future")
        << QList<qint64>{10, 99, 20, 30, 40, 50} << QList<qint64>{1, 2, 3, 4, 5, 6};
    QTest::newRow("late arrival first") << QList<qint64>{50, 10, 20} << QList<qint64>{1, 2, 3};
    QTest::newRow("equal dates, ids decide")
        << QList<qint64>{7, 7, 7, 7} << QList<qint64>{4, 2, 3, 1};
    QTest::newRow("equal dates and ids, rows decide")
        << QList<qint64>{7, 7, 5, 7} << QList<qint64>{1, 1, 1, 1};
    QTest::newRow("stragglers after the end")
        << QList<qint64>{1, 5, 9, 2, 3, 4} << QList<qint64>{1, 2, 3, 4, 5, 6};
}

void TestThreadOrder::shapes()
{
    QFETCH(QList<qint64>, dates);
    QFETCH(QList<qint64>, ids);
    std::vector<Row> rows;
    for (qsizetype i = 0; i < dates.size(); ++i)
        rows.push_back(Row{dates[i], ids[i]});
    QCOMPARE(orderOf(rows), sortedOrder(rows));
}

void TestThreadOrder::random()
{
    QRandomGenerator rng(20261125);
    for (int round = 0; round < 300; ++round) {
        const int n = int(rng.bounded(1, 400));
        const int disorder = int(rng.bounded(4)); // 0 sorted … 3 shuffled
        std::vector<Row> rows;
        for (int i = 0; i < n; ++i) {
            qint64 date = 1000 + qint64(i) * 10;
            if (disorder == 1 && rng.bounded(20) == 0)
                date -= qint64(rng.bounded(200)); // late arrivals
            else if (disorder == 2 && rng.bounded(50) == 0)
                date += qint64(rng.bounded(5000)); // clocks ahead
            else if (disorder == 3)
                date = qint64(rng.bounded(50)); // many equal dates in any order
            rows.push_back(Row{date, qint64(rng.bounded(30))});
        }
        QCOMPARE(orderOf(rows), sortedOrder(rows));
    }
}

void TestThreadOrder::countsFollowTheOrder()
{
    const auto ex = indexedThread({{30, 1}, {10, 2}, {20, 3}});
    QCOMPARE(ex->threads[0].textMessages, 3);
    QCOMPARE(ex->threads[0].firstDateSent, 10);
    QCOMPARE(ex->threads[0].lastDateSent, 30);
}

QTEST_APPLESS_MAIN(TestThreadOrder)
#include "tst_threadorder.moc"
