// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace idiolect::cli;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    CliIo io{out, err};
    CliApp app;
    r.code = app.run(QStringList{u"idiolect-cli"_s} + args, io);
    out.flush();
    err.flush();
    return r;
}

const QString kDemo = QStringLiteral(IDIOLECT_SOURCE_DIR "/resources/demo");
const QString kGolden = QStringLiteral(IDIOLECT_TEST_DATA_DIR "/generation/golden/");
const QString kFixtures = QStringLiteral(IDIOLECT_TEST_DATA_DIR "/generation/validate/");

const char *const kUpdateHint
    = "differs from tests/data/generation/golden; if the change is intended "
      "(e.g. the demo export or the importer changed), rerun with "
      "IDIOLECT_UPDATE_GOLDEN=1 and review the diff";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Compares @p path with the golden file; IDIOLECT_UPDATE_GOLDEN=1 rewrites it. */
bool matchesGolden(const QString &path, const QString &golden)
{
    const QByteArray actual = readAll(path);
    if (qEnvironmentVariableIsSet("IDIOLECT_UPDATE_GOLDEN")) {
        QDir().mkpath(kGolden);
        QSaveFile f(kGolden + golden);
        return f.open(QIODevice::WriteOnly) && f.write(actual) == actual.size() && f.commit();
    }
    return !actual.isEmpty() && actual == readAll(kGolden + golden);
}

QStringList demoArgs(const QString &out)
{
    return {u"generate"_s,
            kDemo,
            u"-o"_s,
            out,
            u"--strategies"_s,
            u"conversational,burst,adaptive,completion,qa"_s,
            u"--max-examples"_s,
            u"60"_s,
            u"--time-zone"_s,
            u"Europe/Berlin"_s,
            u"--created-at"_s,
            u"2024-01-01T00:00:00Z"_s};
}

} // namespace

class TestGenerationCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenFormats_data();
    void goldenFormats();
    void goldenDocument();
    void summaryFile();
    void strategyParameters();
    void gzipFlag();
    void datasetInfoFlag();
    void usageErrors_data();
    void usageErrors();
    void validateCommand_data();
    void validateCommand();
    void validateJson();
    void styleCommand();
    void styleText();
    void episodesAndWindows();
    void demoYieldsEveryStrategy_data();
    void demoYieldsEveryStrategy();
    void demoPartnersAreVaried();
};

void TestGenerationCli::goldenFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("alpaca") << u"alpaca"_s;
    QTest::newRow("sharegpt") << u"sharegpt"_s;
    QTest::newRow("messages") << u"messages"_s;
}

void TestGenerationCli::goldenFormats()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    const QString out = dir.filePath(u"demo.jsonl"_s);
    const Run r = cli(demoArgs(out) + QStringList{u"--format"_s, format});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"Wrote 60 examples"_s));
    QVERIFY2(matchesGolden(out, u"demo.%1.jsonl"_s.arg(format)), kUpdateHint);
    const Run v = cli({u"validate"_s, out});
    QCOMPARE(v.code, 0);
    QVERIFY(v.out.startsWith(u"OK: 60 examples (%1 60)"_s.arg(format)));
}

void TestGenerationCli::goldenDocument()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"demo.json"_s);
    const Run r = cli(demoArgs(out) + QStringList{u"--max-examples"_s, u"12"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(matchesGolden(out, u"demo.document.json"_s), kUpdateHint);
    const QJsonObject doc = QJsonDocument::fromJson(readAll(out)).object();
    QCOMPARE(doc[u"total_examples"_s].toInt(), 12);
    QCOMPARE(doc[u"style_analysis"_s][u"time_patterns"_s][u"time_zone"_s].toString(),
             u"Europe/Berlin"_s);
    QVERIFY(doc[u"style_analysis"_s][u"partners"_s].toArray().size() > 3);
}

void TestGenerationCli::summaryFile()
{
    QTemporaryDir dir;
    const QString summary = dir.filePath(u"summary.json"_s);
    const Run r = cli(demoArgs(dir.filePath(u"d.jsonl"_s)) + QStringList{u"--summary"_s, summary});
    QCOMPARE(r.code, 0);
    const QJsonObject s = QJsonDocument::fromJson(readAll(summary)).object();
    QCOMPARE(s[u"total_examples"_s].toInt(), 60);
    QCOMPARE(s[u"output_path"_s].toString(), dir.filePath(u"d.jsonl"_s));
    QVERIFY(s[u"processing_time"_s].toDouble() > 0);
    int sum = 0;
    const QJsonObject byType = s[u"examples_by_type"_s].toObject();
    for (const QString &key : byType.keys())
        sum += byType[key].toInt();
    QCOMPARE(sum, 60);
    QVERIFY(s[u"style_analysis"_s].toObject().contains(u"preferred_length"_s));
}

void TestGenerationCli::strategyParameters()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"slow.jsonl"_s);
    const Run r = cli({u"generate"_s, kDemo, u"-o"_s, out, u"--momentum"_s, u"slow"_s,
                       u"--metadata"_s, u"full"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    int rows = 0;
    while (!f.atEnd()) {
        const QJsonObject row = QJsonDocument::fromJson(f.readLine()).object();
        QCOMPARE(row[u"metadata"_s][u"momentum"_s].toString(), u"slow"_s);
        ++rows;
    }
    QVERIFY(rows > 10);
    const QString bursts = dir.filePath(u"bursts.jsonl"_s);
    QCOMPARE(cli({u"generate"_s, kDemo, u"-o"_s, bursts, u"--strategies"_s, u"burst"_s,
                  u"--min-burst"_s, u"3"_s, u"--max-burst"_s, u"3"_s, u"--metadata"_s, u"full"_s})
                 .code,
             0);
    QFile b(bursts);
    QVERIFY(b.open(QIODevice::ReadOnly));
    int burstRows = 0;
    for (; !b.atEnd(); ++burstRows)
        QCOMPARE(
            QJsonDocument::fromJson(b.readLine()).object()[u"metadata"_s][u"burst_size"_s].toInt(),
            3);
    QVERIFY(burstRows > 10);
}

void TestGenerationCli::gzipFlag()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"d.jsonl"_s);
    QCOMPARE(cli(demoArgs(out) + QStringList{u"--gzip"_s}).code, 0);
    QVERIFY(!QFile::exists(out));
    QVERIFY(QFile::exists(out + u".gz"_s));
    QCOMPARE(cli({u"validate"_s, out + u".gz"_s}).code, 0);
}

void TestGenerationCli::datasetInfoFlag()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"d.jsonl"_s);
    const Run r = cli(demoArgs(out)
                      + QStringList{u"--format"_s, u"sharegpt"_s, u"--dataset-info"_s, u"me"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject info
        = QJsonDocument::fromJson(readAll(dir.filePath(u"dataset_info.json"_s))).object();
    QCOMPARE(info[u"me"_s][u"file_name"_s].toString(), u"d.jsonl"_s);
    QCOMPARE(info[u"me"_s][u"formatting"_s].toString(), u"sharegpt"_s);
}

void TestGenerationCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no output") << QStringList{u"generate"_s, kDemo} << 2;
    QTest::newRow("bad extension") << QStringList{u"generate"_s, kDemo, u"-o"_s, u"x.csv"_s} << 2;
    QTest::newRow("bad strategy") << QStringList{u"generate"_s,     kDemo,
                                                 u"-o"_s,           u"x.jsonl"_s,
                                                 u"--strategies"_s, u"poetry"_s}
                                  << 2;
    QTest::newRow("bad format") << QStringList{u"generate"_s, kDemo,         u"-o"_s,
                                               u"x.jsonl"_s,  u"--format"_s, u"csv"_s}
                                << 2;
    QTest::newRow("bad date") << QStringList{u"generate"_s, kDemo,       u"-o"_s,
                                             u"x.jsonl"_s,  u"--from"_s, u"31.12.2023"_s}
                              << 2;
    QTest::newRow("bad momentum") << QStringList{u"generate"_s, kDemo,           u"-o"_s,
                                                 u"x.jsonl"_s,  u"--momentum"_s, u"fast"_s}
                                  << 2;
    QTest::newRow("max burst below min")
        << QStringList{u"generate"_s,    kDemo,  u"-o"_s,          u"x.jsonl"_s,
                       u"--min-burst"_s, u"4"_s, u"--max-burst"_s, u"3"_s}
        << 2;
    QTest::newRow("style difference above 1")
        << QStringList{u"generate"_s, kDemo, u"-o"_s, u"x.jsonl"_s, u"--min-style-difference"_s,
                       u"1.5"_s}
        << 2;
    QTest::newRow("bad stride") << QStringList{u"windows"_s, kDemo, u"--stride"_s, u"0"_s} << 2;
    QTest::newRow("max below min")
        << QStringList{u"episodes"_s, kDemo, u"--min-episode"_s, u"5"_s, u"--max-episode"_s, u"4"_s}
        << 2;
    QTest::newRow("unknown partner")
        << QStringList{u"style"_s, kDemo, u"--partner"_s, u"Nobody"_s} << 3;
    QTest::newRow("missing export") << QStringList{u"style"_s, u"/does/not/exist"_s} << 3;
    QTest::newRow("validate needs a file") << QStringList{u"validate"_s} << 2;
}

void TestGenerationCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r = cli(args);
    QCOMPARE(r.code, code);
    QVERIFY(!r.err.isEmpty());
}

void TestGenerationCli::validateCommand_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("bad roles") << u"bad_roles.jsonl"_s << 1 << u"Invalid: 2 of 3 examples"_s;
    QTest::newRow("broken JSON") << u"broken_json.jsonl"_s << 1 << u"line 2: not valid JSON"_s;
    QTest::newRow("good array") << u"good_array.json"_s << 0 << u"OK: 2 examples"_s;
    QTest::newRow("corrupt gzip") << u"corrupt.jsonl.gz"_s << 3 << u"not valid gzip"_s;
    QTest::newRow("missing") << u"nope.jsonl"_s << 3 << u"does not exist"_s;
}

void TestGenerationCli::validateCommand()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    QFETCH(QString, text);
    const Run r = cli({u"validate"_s, kFixtures + file});
    QCOMPARE(r.code, code);
    const QString all = r.out + r.err;
    QVERIFY2(all.contains(text), qPrintable(all));
}

void TestGenerationCli::validateJson()
{
    const Run r = cli({u"validate"_s, kFixtures + u"bad_alpaca.jsonl"_s, u"--json"_s});
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o[u"ok"_s].toBool(), false);
    QCOMPARE(o[u"invalid_examples"_s].toInt(), 4);
    QCOMPARE(o[u"errors"_s].toArray().first()[u"line"_s].toInt(), 1);
}

void TestGenerationCli::styleCommand()
{
    const Run r = cli({u"style"_s, kDemo, u"--json"_s, u"--time-zone"_s, u"UTC"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject style = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(style.keys(),
             (QStringList{u"avg_message_length"_s, u"burst_patterns"_s, u"emoji_usage"_s,
                          u"message_length_distribution"_s, u"preferred_length"_s,
                          u"time_patterns"_s, u"total_messages"_s, u"vocabulary"_s}));
    QVERIFY(style[u"total_messages"_s].toInt() > 1000);
    const Run partner = cli({u"style"_s, kDemo, u"--json"_s, u"--partner"_s, u"Marco Rossi"_s});
    QCOMPARE(partner.code, 0);
    const QJsonObject p = QJsonDocument::fromJson(partner.out.toUtf8()).object();
    const QJsonArray partners = p[u"partners"_s].toArray();
    QCOMPARE(partners.size(), 1);
    QCOMPARE(partners[0][u"name"_s].toString(), u"Marco Rossi"_s);
    QVERIFY(partners[0].toObject().contains(u"your_style_with_partner"_s));
    QVERIFY(p[u"total_messages"_s].toInt() < style[u"total_messages"_s].toInt());
}

void TestGenerationCli::styleText()
{
    const Run r = cli({u"style"_s, kDemo, u"--all-partners"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(u"Your style\n"_s));
    QVERIFY(r.out.contains(u"Lena Hoffmann (thread 1)"_s));
}

void TestGenerationCli::episodesAndWindows()
{
    const Run e = cli({u"episodes"_s, kDemo, u"--json"_s, u"--max-episode"_s, u"10"_s});
    QCOMPARE(e.code, 0);
    const QJsonArray episodes = QJsonDocument::fromJson(e.out.toUtf8()).array();
    QVERIFY(episodes.size() > 100);
    for (const QJsonValue &v : episodes) {
        const QJsonObject meta = v[u"metadata"_s].toObject();
        QVERIFY(meta[u"message_count"_s].toInt() <= 10);
        QVERIFY(meta[u"message_count"_s].toInt() >= 3);
        QVERIFY(!meta[u"conversation_type"_s].toString().isEmpty());
    }
    const Run text = cli({u"episodes"_s, kDemo});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(u" episodes\n"_s));

    const Run w = cli({u"windows"_s, kDemo, u"--json"_s, u"--stride"_s, u"2"_s});
    QCOMPARE(w.code, 0);
    const QJsonArray windows = QJsonDocument::fromJson(w.out.toUtf8()).array();
    const Run all = cli({u"windows"_s, kDemo, u"--json"_s});
    const QJsonArray allWindows = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QVERIFY(windows.size() < allWindows.size());
    QVERIFY(windows.size() >= allWindows.size() / 2);
    for (const QJsonValue &v : windows) {
        QCOMPARE(v[u"metadata"_s][u"window_number"_s].toInt() % 2, 0);
        QVERIFY(v[u"context"_s].toArray().size() <= 5);
    }
}

void TestGenerationCli::demoYieldsEveryStrategy_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QString>("type");
    QTest::newRow("conversational") << u"conversational"_s << u"conversation_window"_s;
    QTest::newRow("burst") << u"burst"_s << u"burst_sequence"_s;
    QTest::newRow("adaptive") << u"adaptive"_s << u"adaptive"_s;
    QTest::newRow("completion") << u"completion"_s << u"completion"_s;
    QTest::newRow("qa") << u"qa"_s << u"qa"_s;
}

void TestGenerationCli::demoYieldsEveryStrategy()
{
    // What a newcomer sees first: each strategy alone, default settings, on the demo export.
    QFETCH(QString, strategy);
    QFETCH(QString, type);
    QTemporaryDir dir;
    const QString summary = dir.filePath(u"summary.json"_s);
    const Run r = cli({u"generate"_s, kDemo, u"-o"_s, dir.filePath(u"d.jsonl"_s), u"--strategies"_s,
                       strategy, u"--summary"_s, summary});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject s = QJsonDocument::fromJson(readAll(summary)).object();
    QVERIFY2(s[u"examples_by_type"_s][type].toInt() >= 20, qPrintable(r.out));
}

void TestGenerationCli::demoPartnersAreVaried()
{
    const Run r = cli({u"style"_s, kDemo, u"--all-partners"_s, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QSet<QString> classes, traits;
    QHash<qint64, QString> byPartner;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8())[u"partners"_s].toArray()) {
        classes.insert(v[u"classification"_s].toString());
        byPartner.insert(v[u"partner_id"_s].toInteger(), v[u"classification"_s].toString());
        for (const QJsonValue &t : v[u"traits"_s].toArray())
            traits.insert(t.toString());
    }
    for (const QString &c : {u"balanced"_s, u"lengthy_texter"_s, u"concise_texter"_s,
                             u"emoji_lover"_s, u"burst_texter"_s})
        QVERIFY2(classes.contains(c), qPrintable(c));
    QVERIFY(traits.contains(u"rapid_responder"_s));
    // The five 1:1 partners as docs/import.md describes them (recipient ids).
    QCOMPARE(byPartner.value(1), u"balanced"_s); // Lena
    QCOMPARE(byPartner.value(2), u"lengthy_texter"_s); // Marco
    QCOMPARE(byPartner.value(4), u"concise_texter"_s); // Aisha
    QCOMPARE(byPartner.value(7), u"emoji_lover"_s); // 由紀
    QCOMPARE(byPartner.value(8), u"burst_texter"_s); // Omar
}

QTEST_GUILESS_MAIN(TestGenerationCli)
#include "tst_generationcli.moc"
