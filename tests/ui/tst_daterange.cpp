// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/DateRange.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestDateRange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveDays_data();
    void effectiveDays();
    void containsUsesLocalDays();
    void presetNamesRoundTrip();
};

void TestDateRange::effectiveDays_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("customFrom");
    QTest::addColumn<QDate>("customTo");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("all") << int(DateRange::Preset::All) << QDate() << QDate() << QDate() << QDate();
    QTest::newRow("3 months") << int(DateRange::Preset::Last3Months) << QDate() << QDate()
                              << QDate(2023, 12, 16) << QDate();
    QTest::newRow("12 months") << int(DateRange::Preset::Last12Months) << QDate() << QDate()
                               << QDate(2023, 3, 16) << QDate();
    QTest::newRow("2 years") << int(DateRange::Preset::Last2Years) << QDate() << QDate()
                             << QDate(2022, 3, 16) << QDate();
    QTest::newRow("custom") << int(DateRange::Preset::Custom) << QDate(2020, 1, 1)
                            << QDate(2020, 6, 30) << QDate(2020, 1, 1) << QDate(2020, 6, 30);
    QTest::newRow("custom open end") << int(DateRange::Preset::Custom) << QDate(2020, 1, 1)
                                     << QDate() << QDate(2020, 1, 1) << QDate();
}

void TestDateRange::effectiveDays()
{
    QFETCH(int, preset);
    QFETCH(QDate, customFrom);
    QFETCH(QDate, customTo);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    DateRange r;
    r.preset = DateRange::Preset(preset);
    r.from = customFrom;
    r.to = customTo;
    const QDate last(2024, 3, 15);
    QCOMPARE(r.effectiveFrom(last), from);
    QCOMPARE(r.effectiveTo(last), to);
}

void TestDateRange::containsUsesLocalDays()
{
    // Tests run with TZ=Europe/Berlin: local midnight is 23:00 UTC the day before in winter.
    DateRange r;
    r.preset = DateRange::Preset::Custom;
    r.from = QDate(2021, 1, 2);
    r.to = QDate(2021, 1, 2);
    const QDate last(2021, 12, 31);
    const qint64 startLocal = QDate(2021, 1, 2).startOfDay().toMSecsSinceEpoch();
    QVERIFY(r.contains(startLocal, last));
    QVERIFY(!r.contains(startLocal - 1, last));
    QVERIFY(r.contains(startLocal + 24 * 3600 * 1000 - 1, last));
    QVERIFY(!r.contains(startLocal + 24 * 3600 * 1000, last));
    DateRange all;
    QVERIFY(all.contains(0, last));
    QVERIFY(all.contains(std::numeric_limits<qint64>::max() - 1, last));
}

void TestDateRange::presetNamesRoundTrip()
{
    for (DateRange::Preset p :
         {DateRange::Preset::All, DateRange::Preset::Last3Months, DateRange::Preset::Last6Months,
          DateRange::Preset::Last12Months, DateRange::Preset::Last2Years,
          DateRange::Preset::Last5Years, DateRange::Preset::Custom}) {
        QCOMPARE(DateRange::presetFromName(DateRange::presetName(p)), p);
        QVERIFY(!DateRange::presetLabel(p).isEmpty());
    }
    QCOMPARE(DateRange::presetFromName(u"no such preset"_s), DateRange::Preset::All);
}

QTEST_GUILESS_MAIN(TestDateRange)
#include "tst_daterange.moc"
