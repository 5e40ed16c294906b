// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"
#include "CliCommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args, const QString &command = QStringLiteral("enrich"))
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CliIo io{out, err};
    cli::CliApp app;
    run.code = app.run(QStringList{u"idiolect-cli"_s, command} + args, io);
    out.flush();
    err.flush();
    return run;
}

QString demo()
{
    return QStringLiteral(IDIOLECT_SOURCE_DIR "/resources/demo");
}

} // namespace

class TestEnrichCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badFlags_data();
    void badFlags();
    void defaultsOnTheDemo();
    void withText();
    void clearCache();
    void generateReadsTheEnrichedLayer();
};

void TestEnrichCommand::badFlags_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("twitter") << QStringList{demo(), u"--twitter"_s, u"always"_s} << u"--twitter"_s;
    QTest::newRow("images") << QStringList{demo(), u"--images"_s, u"yes"_s} << u"--images"_s;
    QTest::newRow("vision url") << QStringList{demo(), u"--vision-url"_s, u"ftp://host/v1"_s}
                                << u"--vision-url"_s;
    QTest::newRow("negative cap") << QStringList{demo(), u"--max-images"_s, u"-1"_s} << u"limits"_s;
    QTest::newRow("scope") << QStringList{demo(), u"--enrich-scope"_s, u"mine"_s}
                           << u"--enrich-scope"_s;
}

void TestEnrichCommand::badFlags()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliRun run = runCli(args);
    QCOMPARE(run.code, int(cli::ExitUsage));
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestEnrichCommand::defaultsOnTheDemo()
{
    const CliRun run = runCli({demo(), u"--json"_s, u"--no-enrichment-cache"_s});
    QCOMPARE(run.code, int(cli::ExitOk));
    QVERIFY2(!run.err.contains(u"Note:"_s), qPrintable(run.err)); // nothing leaves the machine
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject summary = report.value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"network_requests"_s).toInt(-1), 0);
    QVERIFY(summary.value(u"tweets_from_previews"_s).toInt() > 0);
    QCOMPARE(summary.value(u"images_described"_s).toInt(-1), 0);
    int added = 0;
    for (const QJsonValue &m : report.value(u"messages"_s).toArray()) {
        for (const QJsonValue &item : m[u"items"_s].toArray()) {
            QVERIFY(!item.toObject().contains(u"text"_s)); // no content without --with-text
            QVERIFY(!item.toObject().contains(u"url"_s));
            added += item[u"status"_s].toString() == u"added" ? 1 : 0;
        }
    }
    QVERIFY(added >= summary.value(u"enhanced_messages"_s).toInt());
}

void TestEnrichCommand::withText()
{
    const CliRun run = runCli({demo(), u"--json"_s, u"--with-text"_s, u"--no-enrichment-cache"_s});
    QCOMPARE(run.code, int(cli::ExitOk));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    bool sawText = false;
    for (const QJsonValue &m : report.value(u"messages"_s).toArray()) {
        for (const QJsonValue &item : m[u"items"_s].toArray()) {
            if (item[u"status"_s].toString() == u"added") {
                QVERIFY(!item[u"text"_s].toString().isEmpty());
                QVERIFY(!item[u"url"_s].toString().isEmpty());
                sawText = true;
            }
        }
    }
    QVERIFY(sawText);
}

void TestEnrichCommand::clearCache()
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"c.sqlite"_s);
    const CliRun run = runCli({u"--clear-cache"_s, u"--enrichment-cache"_s, cache});
    QCOMPARE(run.code, int(cli::ExitOk));
    QVERIFY(run.out.contains(cache));
}

void TestEnrichCommand::generateReadsTheEnrichedLayer()
{
    // The demo has a stored preview of a post that a friend shares in a conversation.
    const QByteArray post = "the M29 is not a race track";
    QTemporaryDir dir;
    const auto generate = [&](const QString &name, const QStringList &extra) {
        const QString out = dir.filePath(name + u".jsonl"_s);
        const QString summary = dir.filePath(name + u".summary.json"_s);
        const CliRun run = runCli(QStringList{demo(), u"-o"_s, out, u"--drop-invalid"_s,
                                              u"--summary"_s, summary, u"--no-enrichment-cache"_s}
                                      + extra,
                                  u"generate"_s);
        QFile data(out);
        QFile json(summary);
        const bool ok = run.code == cli::ExitOk && data.open(QIODevice::ReadOnly)
            && json.open(QIODevice::ReadOnly);
        return std::make_tuple(ok, data.readAll(),
                               QJsonDocument::fromJson(json.readAll()).object());
    };

    const auto [ok, dataset, summary] = generate(u"enriched"_s, {});
    QVERIFY(ok);
    QVERIFY(dataset.contains(QByteArray("> @berlinbuses: Reminder: " + post)));
    const QJsonObject enrichment = summary.value(u"enrichment"_s).toObject();
    QVERIFY(enrichment.value(u"tweets_from_previews"_s).toInt() > 0);
    QCOMPARE(enrichment.value(u"network_requests"_s).toInt(-1), 0);
    QCOMPARE(summary.value(u"enhanced_messages"_s).toInt(),
             enrichment.value(u"enhanced_messages"_s).toInt());

    const auto [okOff, plain, summaryOff] = generate(u"plain"_s, {u"--twitter"_s, u"off"_s});
    QVERIFY(okOff);
    QVERIFY(!plain.contains(post));
    QCOMPARE(summaryOff.value(u"enhanced_messages"_s).toInt(-1), 0);
}

QTEST_GUILESS_MAIN(TestEnrichCommand)
#include "tst_enrichcommand.moc"
