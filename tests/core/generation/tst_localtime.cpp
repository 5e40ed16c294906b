// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportBuilder.h"
#include "analysis/LocalTime.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::test;

class TestLocalTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void berlin_data();
    void berlin();
    void matchesQDateTime();
    void utcZone();
    void endsOfTheRange();
};

void TestLocalTime::berlin_data()
{
    QTest::addColumn<qint64>("utcMs");
    QTest::addColumn<int>("hour");
    QTest::addColumn<int>("weekday");
    // 2024-03-31 01:00 UTC: CET (+1) becomes CEST (+2).
    QTest::newRow("before spring DST") << utc("2024-03-31T00:59:59Z") << 1 << 6;
    QTest::newRow("at spring DST") << utc("2024-03-31T01:00:00Z") << 3 << 6;
    // 2024-10-27 01:00 UTC: CEST (+2) becomes CET (+1); 02:xx local happens twice.
    QTest::newRow("before autumn DST") << utc("2024-10-27T00:30:00Z") << 2 << 6;
    QTest::newRow("after autumn DST") << utc("2024-10-27T01:30:00Z") << 2 << 6;
    QTest::newRow("local midnight crosses the UTC date") << utc("2024-07-01T22:30:00Z") << 0 << 1;
    QTest::newRow("winter") << utc("2024-01-01T10:00:00Z") << 11 << 0;
    QTest::newRow("before the epoch") << utc("1969-12-31T23:30:00Z") << 0 << 3;
}

void TestLocalTime::berlin()
{
    QFETCH(qint64, utcMs);
    QFETCH(int, hour);
    QFETCH(int, weekday);
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    const LocalTime local(berlin, utc("2024-01-01T00:00:00Z"), utc("2024-12-31T00:00:00Z"));
    const qint64 l = local.toLocal(utcMs);
    QCOMPARE(LocalTime::hour(l), hour);
    QCOMPARE(LocalTime::weekday(l), weekday);
}

void TestLocalTime::matchesQDateTime()
{
    const QTimeZone zone("America/New_York");
    const qint64 from = utc("2023-01-01T00:00:00Z");
    const qint64 to = utc("2024-12-31T00:00:00Z");
    const LocalTime local(zone, from, to);
    for (qint64 t = from; t < to; t += 7 * kHour + 13 * kMinute) {
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t, zone);
        const qint64 l = local.toLocal(t);
        QCOMPARE(LocalTime::hour(l), dt.time().hour());
        QCOMPARE(LocalTime::weekday(l), dt.date().dayOfWeek() - 1);
    }
}

void TestLocalTime::utcZone()
{
    const LocalTime local(QTimeZone::utc(), 0, kHour);
    QCOMPARE(local.toLocal(12345), qint64(12345));
    QCOMPARE(LocalTime::day(kT0), qint64(19723));
    QCOMPARE(LocalTime::startOfDayUtc(2024, 3, 31, QTimeZone("Europe/Berlin")),
             ::idiolect::test::utc("2024-03-30T23:00:00Z"));
}

void TestLocalTime::endsOfTheRange()
{
    // Corrupt exports carry dates at the ends of the 64-bit range; found by UBSan.
    constexpr qint64 lo = std::numeric_limits<qint64>::min();
    constexpr qint64 hi = std::numeric_limits<qint64>::max();
    const LocalTime local(QTimeZone("America/New_York"), lo, hi);
    QCOMPARE(local.toLocal(lo), lo); // west of UTC: the minimum stays there
    QVERIFY(local.toLocal(hi) < hi);
    const LocalTime east(QTimeZone("Asia/Tokyo"), hi, lo);
    QCOMPARE(east.toLocal(hi), hi); // east of UTC: the maximum stays there
    QCOMPARE(east.toLocal(lo), lo + 9 * kHour);
    // Floor division: -1 ms is the last hour of day -1, a Wednesday; the minimum is a day too.
    QCOMPARE(LocalTime::day(-1), qint64(-1));
    QCOMPARE(LocalTime::hour(-1), 23);
    QCOMPARE(LocalTime::weekday(-1), 2);
    QCOMPARE(LocalTime::day(lo), lo / 86'400'000 - 1);
    QVERIFY(LocalTime::hour(lo) >= 0 && LocalTime::hour(lo) < 24);
    QVERIFY(LocalTime::weekday(lo) >= 0 && LocalTime::weekday(lo) < 7);
}

QTEST_GUILESS_MAIN(TestLocalTime)
#include "tst_localtime.moc"
