// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the built idiolect-cli inspect, run as a process: text output, the --json
// contract of issue 2 (exact keys), errors on stderr and exit codes 0/2/3.
#include "ImportTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect::testing;

namespace {

const QString kDemo = QStringLiteral(IDIOLECT_SOURCE_DIR "/resources/demo");
const QString kData = QStringLiteral(IDIOLECT_TEST_DATA_DIR "/import");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(IDIOLECT_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

} // namespace

class TestInspectCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textOutput();
    void jsonHasExactlyTheContractKeys();
    void jsonDetails();
    void exitCodes_data();
    void exitCodes();
    void ambiguousSelfListsCandidates();
    void lenientRepairs();
};

void TestInspectCli::textOutput()
{
    const Run r = cli({u"inspect"_s, kDemo});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY(r.out.startsWith(u"Format: signal_csv (message table with deleted_by"_s));
    QVERIFY(r.out.contains(u"Self: 6 (outgoing_sender: "_s));
    for (const char *kind : {"text", "media_only", "system", "call", "group_update", "deleted",
                             "edit_revision", "story", "draft_failed"})
        QVERIFY2(r.out.contains(u"\n  "_s + QString::fromLatin1(kind) + u' '), kind);
    QVERIFY(r.out.contains(u"Text messages: "_s));
    QVERIFY(r.out.contains(u"Warning: 1 long message"_s));
    // One line per thread: id, type, blocked, text count, first/last date, partner.
    const QStringList lines = r.out.split(u'\n');
    const auto lena = std::find_if(lines.cbegin(), lines.cend(),
                                   [](const QString &l) { return l.endsWith(u"Lena Hoffmann"_s); });
    QVERIFY(lena != lines.cend());
    QVERIFY(lena->simplified().startsWith(u"1 1:1 no "_s));
    QVERIFY(r.out.contains(u"group  no"_s));
    QVERIFY(r.out.contains(u"1:1    yes"_s)); // the blocked number
}

void TestInspectCli::jsonHasExactlyTheContractKeys()
{
    const Run r = cli({u"inspect"_s, kDemo, u"--json"_s});
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(keysOf(o),
             QSet<QString>({u"format"_s, u"self_id"_s, u"self_method"_s, u"counts"_s,
                            u"text_messages"_s, u"outgoing_text_messages"_s, u"threads"_s}));
    QCOMPARE(o.value(u"format"_s).toString(), u"signal_csv"_s);
    QCOMPARE(o.value(u"self_id"_s).toInt(), 6);
    QCOMPARE(o.value(u"self_method"_s).toString(), u"outgoing_sender"_s);
    QCOMPARE(keysOf(o.value(u"counts"_s).toObject()),
             QSet<QString>({u"text"_s, u"media_only"_s, u"system"_s, u"call"_s, u"group_update"_s,
                            u"deleted"_s, u"edit_revision"_s, u"story"_s, u"draft_failed"_s}));
    const QJsonArray threads = o.value(u"threads"_s).toArray();
    QCOMPARE(threads.size(), 12);
    qint64 text = 0;
    for (const QJsonValue &v : threads) {
        const QJsonObject t = v.toObject();
        QCOMPARE(keysOf(t),
                 QSet<QString>({u"thread_id"_s, u"partner"_s, u"is_group"_s, u"blocked"_s,
                                u"text_messages"_s, u"first_date_sent"_s, u"last_date_sent"_s}));
        text += t.value(u"text_messages"_s).toInteger();
        if (t.value(u"text_messages"_s).toInteger() == 0)
            QVERIFY(t.value(u"first_date_sent"_s).isNull());
        else
            QVERIFY(t.value(u"first_date_sent"_s).toInteger()
                    <= t.value(u"last_date_sent"_s).toInteger());
    }
    QCOMPARE(text, o.value(u"text_messages"_s).toInteger());
    QCOMPARE(o.value(u"counts"_s).toObject().value(u"text"_s).toInteger(), text);
}

void TestInspectCli::jsonDetails()
{
    const Run r = cli({u"inspect"_s, kDemo, u"--json"_s, u"--details"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject details
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"details"_s).toObject();
    QVERIFY(details.value(u"schema"_s).toString().contains(u"deleted_by"_s));
    QVERIFY(details.value(u"warnings"_s).toArray().size() >= 1);
}

void TestInspectCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("no command") << QStringList() << 2 << u"Usage"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << u"frobnicate"_s;
    QTest::newRow("no export") << QStringList{u"inspect"_s} << 2 << u"EXPORT"_s;
    QTest::newRow("unknown option")
        << QStringList{u"inspect"_s, kDemo, u"--bogus"_s} << 2 << u"bogus"_s;
    QTest::newRow("non-numeric --self")
        << QStringList{u"inspect"_s, kDemo, u"--self"_s, u"me"_s} << 2 << u"--self"_s;
    QTest::newRow("missing path") << QStringList{u"inspect"_s, kData + u"/nope"_s} << 3
                                  << u"does not exist"_s;
    QTest::newRow("broken CSV") << QStringList{u"inspect"_s, kData + u"/broken/truncated-quote"_s}
                                << 3 << u"message.csv:5:46: "_s;
    QTest::newRow("not Signal") << QStringList{u"inspect"_s, kData + u"/broken/sqlite-not-signal"_s}
                                << 3 << u"database.sqlite"_s;
    QTest::newRow("unknown --self id")
        << QStringList{u"inspect"_s, kData + u"/minimal"_s, u"--self"_s, u"99"_s} << 3 << u"99"_s;
    QTest::newRow("valid --self") << QStringList{u"inspect"_s, kData + u"/minimal"_s, u"--self"_s,
                                                 u"1"_s}
                                  << 0 << QString();
}

void TestInspectCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, stderrContains);
    const Run r = cli(args);
    QCOMPARE(r.code, code);
    if (code == 0) {
        QVERIFY(r.err.isEmpty());
    } else {
        QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
        QVERIFY(!r.out.contains(u"Rows by class"_s));
    }
}

void TestInspectCli::ambiguousSelfListsCandidates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFiles(dir.path(),
                       {{u"recipient.csv"_s,
                         "_id,phone,group_id,group_type,blocked,signal_profile_name\n"
                         "3,+4915100000003,,0,0,Ben\n4,+4915100000004,,0,0,Cy\n"
                         "7,+4915100000007,,0,0,Me\n9,,__signal_group__v2__!aa,3,0,\n"},
                        {u"thread.csv"_s, "_id,recipient_ids,message_count\n2,9,1\n"},
                        {u"groups.csv"_s,
                         "_id,group_id,recipient_id,title,members,active\n"
                         "1,__signal_group__v2__!aa,9,Trio,\"7,3,4\",1\n"},
                        {u"mms.csv"_s,
                         "_id,thread_id,date,date_received,msg_box,body,address\n"
                         "1,2,1600000120000,1600000120100,10485780,hi all,3\n"}}));
    const Run r = cli({u"inspect"_s, dir.path()});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Self: not detected"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Candidates: 4, 7. Choose one with --self ID."_s));
    const Run json = cli({u"inspect"_s, dir.path(), u"--json"_s});
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(o.value(u"self_id"_s).isNull());
    QCOMPARE(o.value(u"self_method"_s).toString(), u"unknown"_s);
}

void TestInspectCli::lenientRepairs()
{
    const QString broken = kData + u"/broken/invalid-utf8"_s;
    QCOMPARE(cli({u"inspect"_s, broken}).code, 3);
    const Run r = cli({u"inspect"_s, broken, u"--lenient"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"U+FFFD"_s));
}

QTEST_GUILESS_MAIN(TestInspectCli)
#include "tst_inspectcli.moc"
