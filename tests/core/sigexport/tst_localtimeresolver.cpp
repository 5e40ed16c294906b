// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/sigexport/LocalTimeResolver.h"
#include "import/sigexport/SigexportLineParser.h"

#include <QDateTime>
#include <QTest>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

qint64 utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

qint64 wall(const QString &iso)
{
    SigexportTime t;
    if (!SigexportLineParser::parseTime(iso, &t))
        return -1;
    return t.wallMs;
}

} // namespace

class TestLocalTimeResolver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void parseTime_data();
    void parseTime();
    void unquote_data();
    void unquote();
};

void TestLocalTimeResolver::resolve_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("notBefore"); ///< UTC; empty = none.
    QTest::addColumn<QString>("expected"); ///< UTC.
    QTest::addColumn<int>("kind");

    const int exact = int(LocalTimeResolver::Kind::Exact);
    const int ambiguous = int(LocalTimeResolver::Kind::Ambiguous);
    const int gap = int(LocalTimeResolver::Kind::Gap);
    QTest::newRow("berlin winter") << QByteArray("Europe/Berlin") << u"2026-01-15T12:00:00"_s
                                   << QString() << u"2026-01-15T11:00:00Z"_s << exact;
    QTest::newRow("berlin summer") << QByteArray("Europe/Berlin") << u"2026-07-15T12:00:00"_s
                                   << QString() << u"2026-07-15T10:00:00Z"_s << exact;
    QTest::newRow("berlin near change, exact")
        << QByteArray("Europe/Berlin") << u"2023-10-29T05:00:00"_s << QString()
        << u"2023-10-29T04:00:00Z"_s << exact;
    QTest::newRow("berlin gap moves forward")
        << QByteArray("Europe/Berlin") << u"2023-03-26T02:30:00"_s << QString()
        << u"2023-03-26T01:30:00Z"_s << gap;
    QTest::newRow("berlin repeated hour, first pass")
        << QByteArray("Europe/Berlin") << u"2023-10-29T02:30:00"_s << QString()
        << u"2023-10-29T00:30:00Z"_s << ambiguous;
    QTest::newRow("berlin repeated hour, after a later message")
        << QByteArray("Europe/Berlin") << u"2023-10-29T02:15:00"_s << u"2023-10-29T00:45:00Z"_s
        << u"2023-10-29T01:15:00Z"_s << ambiguous;
    QTest::newRow("new york repeated hour")
        << QByteArray("America/New_York") << u"2023-11-05T01:30:00"_s << QString()
        << u"2023-11-05T05:30:00Z"_s << ambiguous;
    QTest::newRow("lord howe half-hour gap")
        << QByteArray("Australia/Lord_Howe") << u"2023-10-01T02:15:00"_s << QString()
        << u"2023-09-30T15:45:00Z"_s << gap;
    QTest::newRow("utc") << QByteArray("UTC") << u"2026-03-29T02:30:00"_s << QString()
                         << u"2026-03-29T02:30:00Z"_s << exact;
}

void TestLocalTimeResolver::resolve()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, local);
    QFETCH(QString, notBefore);
    QFETCH(QString, expected);
    QFETCH(int, kind);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    LocalTimeResolver resolver(tz);
    LocalTimeResolver::Kind got = LocalTimeResolver::Kind::Exact;
    const qint64 floor = notBefore.isEmpty() ? std::numeric_limits<qint64>::min() : utc(notBefore);
    QCOMPARE(resolver.toUtc(wall(local), floor, &got), utc(expected));
    QCOMPARE(int(got), kind);
}

void TestLocalTimeResolver::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("asUtc"); ///< The wall time read as UTC, plus the offset if any.
    QTest::newRow("microseconds") << u"2023-11-14T22:13:20.123000"_s << true
                                  << u"2023-11-14T22:13:20.123Z"_s;
    QTest::newRow("no fraction") << u"2023-11-14T22:13:20"_s << true << u"2023-11-14T22:13:20Z"_s;
    QTest::newRow("space separator")
        << u"2023-11-14 22:13:20"_s << true << u"2023-11-14T22:13:20Z"_s;
    QTest::newRow("offset") << u"2023-11-14T22:13:20+02:00"_s << true << u"2023-11-14T20:13:20Z"_s;
    QTest::newRow("zulu") << u"2023-11-14T22:13:20.5Z"_s << true << u"2023-11-14T22:13:20.500Z"_s;
    QTest::newRow("feb 30") << u"2023-02-30T10:00:00"_s << false << QString();
    QTest::newRow("hour 24") << u"2023-02-03T24:00:00"_s << false << QString();
    QTest::newRow("date only") << u"2023-02-03"_s << false << QString();
    QTest::newRow("garbage tail") << u"2023-02-03T10:00:00abc"_s << false << QString();
    QTest::newRow("empty fraction") << u"2023-02-03T10:00:00."_s << false << QString();
}

void TestLocalTimeResolver::parseTime()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, asUtc);
    SigexportTime t;
    QCOMPARE(SigexportLineParser::parseTime(text, &t), valid);
    if (valid)
        QCOMPARE(t.wallMs - qint64(t.offsetSeconds.value_or(0)) * 1000, utc(asUtc));
}

void TestLocalTimeResolver::unquote_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QString() << QString();
    QTest::newRow("one line") << u"\n\n> hello\n\n"_s << u"hello"_s;
    QTest::newRow("two lines") << u"\n\n> a\n> b\n\n"_s << u"a\nb"_s;
    QTest::newRow("empty line") << u"\n\n> a\n>\n> b\n\n"_s << u"a\n\nb"_s;
}

void TestLocalTimeResolver::unquote()
{
    QFETCH(QString, quote);
    QFETCH(QString, expected);
    QCOMPARE(SigexportLineParser::unquote(quote), expected);
}

QTEST_GUILESS_MAIN(TestLocalTimeResolver)
#include "tst_localtimeresolver.moc"
