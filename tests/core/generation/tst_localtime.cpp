// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportBuilder.h"
#include "analysis/LocalTime.h"

#include <QTest>

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

QTEST_GUILESS_MAIN(TestLocalTime)
#include "tst_localtime.moc"
