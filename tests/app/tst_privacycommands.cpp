// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// privacy-report and generate --anonymize on the demo export: no injected real value may
// reach any output file, pseudonyms are stable across runs, and every flag error is reported.
#include "CliTestRun.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

using test::CliRun;
using test::runCli;

QString demo()
{
    return test::demoExport();
}

struct PiiValue
{
    QString kind;
    QString value;
};

QList<PiiValue> demoPii()
{
    QFile file(QStringLiteral(IDIOLECT_TEST_DATA_DIR "/demo-pii.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("demo-pii.json missing");
    QList<PiiValue> out;
    const QJsonArray values
        = QJsonDocument::fromJson(file.readAll()).object()[u"values"_s].toArray();
    for (const QJsonValue &v : values)
        out.append({v[u"kind"_s].toString(), v[u"value"_s].toString()});
    return out;
}

/** "file: value" for every injected value found in any file under @p dir (whole words, any case). */
QStringList leaks(const QString &dir, const QList<PiiValue> &values)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const QString text = QString::fromUtf8(file.readAll());
        for (const PiiValue &v : values) {
            // Whole words only: the name "Sam" must not match "same".
            const QRegularExpression re(u"(?<!\\w)"_s + QRegularExpression::escape(v.value)
                                            + u"(?!\\w)"_s,
                                        QRegularExpression::CaseInsensitiveOption
                                            | QRegularExpression::UseUnicodePropertiesOption);
            if (re.match(text).hasMatch())
                found.append(QFileInfo(path).fileName() + u": "_s + v.kind + u' ' + v.value);
        }
    }
    return found;
}

QStringList generateAll(const QString &dir, const QStringList &extra)
{
    QStringList failures;
    for (const QString &format : {u"alpaca"_s, u"sharegpt"_s, u"messages"_s}) {
        const CliRun run = runCli(
            QStringList{u"generate"_s, demo(), u"-o"_s, dir + u"/out-"_s + format + u".jsonl"_s,
                        u"--format"_s, format, u"--strategies"_s,
                        u"conversational,burst,adaptive,completion,qa"_s, u"--drop-invalid"_s,
                        u"--summary"_s, dir + u"/summary-"_s + format + u".json"_s,
                        u"--dataset-info"_s, u"demo"_s, u"--created-at"_s,
                        u"2024-01-01T00:00:00Z"_s}
            + extra);
        if (run.code != 0)
            failures.append(format + u": "_s + run.err);
    }
    const CliRun json
        = runCli(QStringList{u"generate"_s, demo(), u"-o"_s, dir + u"/out.json"_s,
                             u"--drop-invalid"_s, u"--created-at"_s, u"2024-01-01T00:00:00Z"_s}
                 + extra);
    if (json.code != 0)
        failures.append(u"json: "_s + json.err);
    return failures;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPrivacyCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportJson();
    void reportText();
    void badFlags_data();
    void badFlags();
    void generatedFilesHoldNoInjectedValue_data();
    void generatedFilesHoldNoInjectedValue();
    void withoutAnonymizationTheValuesAreThere();
    void pseudonymMapMakesRerunsIdentical();
};

void TestPrivacyCommands::reportJson()
{
    const CliRun run = runCli({u"privacy-report"_s, demo(), u"--json"_s});
    QCOMPARE(run.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject counts = root[u"counts"_s].toObject();
    for (const QString &kind :
         {u"name"_s, u"phone"_s, u"email"_s, u"iban"_s, u"payment_card"_s, u"address"_s})
        QVERIFY2(counts[kind].toInt() > 0, qPrintable(kind));
    const QJsonArray hits = root[u"hits"_s].toArray();
    QVERIFY(!hits.isEmpty());
    QSet<QString> texts;
    for (const QJsonValue &v : hits) {
        const QJsonObject h = v.toObject();
        for (const QString &key :
             {u"message_id"_s, u"thread_id"_s, u"kind"_s, u"start"_s, u"length"_s, u"text"_s})
            QVERIFY2(h.contains(key), qPrintable(key));
        QCOMPARE(h[u"text"_s].toString().size(), h[u"length"_s].toInt());
        texts.insert(h[u"text"_s].toString());
    }
    // Every injected value that is in a message body is listed.
    for (const PiiValue &v : demoPii()) {
        if (v.kind == u"phone" || v.kind == u"email" || v.kind == u"iban" || v.kind == u"card"
            || v.kind == u"address") {
            if (v.value.startsWith(u'+') && !v.value.contains(u' '))
                continue; // recipient-table form of a number
            QVERIFY2(texts.contains(v.value) || texts.contains(v.value.mid(1)),
                     qPrintable(v.value));
        }
    }
}

void TestPrivacyCommands::reportText()
{
    const CliRun run = runCli({u"privacy-report"_s, demo(), u"--region"_s, u"de"_s});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(u"Phone region: DE"_s));
    QVERIFY(run.out.contains(u"iban.mod97"_s));
    QVERIFY(run.out.contains(u"<IBAN_1>"_s));
}

void TestPrivacyCommands::badFlags_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    const QString missing = QStringLiteral(IDIOLECT_TEST_DATA_DIR "/privacy/nope.txt");
    const QString badUtf8
        = QStringLiteral(IDIOLECT_TEST_DATA_DIR "/privacy/names-invalid-utf8.txt");
    const QString brokenMap
        = QStringLiteral(IDIOLECT_TEST_DATA_DIR "/privacy/mapping-broken-json.json");
    QTest::newRow("unknown region")
        << QStringList{u"privacy-report"_s, demo(), u"--region"_s, u"XX"_s} << 3 << u"XX"_s;
    QTest::newRow("missing names file")
        << QStringList{u"privacy-report"_s, demo(), u"--names-file"_s, missing} << 3
        << u"nope.txt"_s;
    QTest::newRow("keywords not utf-8")
        << QStringList{u"privacy-report"_s, demo(), u"--keywords-file"_s, badUtf8} << 3
        << u"names-invalid-utf8.txt:3:5"_s;
    QTest::newRow("anonymize mode") << QStringList{u"generate"_s,     demo(),           u"-o"_s,
                                                   u"/tmp/x.jsonl"_s, u"--anonymize"_s, u"hide"_s}
                                    << 2 << u"--anonymize"_s;
    QTest::newRow("broken pseudonym map")
        << QStringList{u"generate"_s,        demo(),   u"-o"_s, u"/tmp/x.jsonl"_s,
                       u"--pseudonym-map"_s, brokenMap}
        << 3 << u"mapping-broken-json.json:5:"_s;
}

void TestPrivacyCommands::badFlags()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const CliRun run = runCli(args);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void TestPrivacyCommands::generatedFilesHoldNoInjectedValue_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("default pseudonymize") << QStringList{};
    QTest::newRow("redact") << QStringList{u"--anonymize"_s, u"redact"_s};
}

void TestPrivacyCommands::generatedFilesHoldNoInjectedValue()
{
    QFETCH(QStringList, extra);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList failures = generateAll(dir.path(), extra);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).size() >= 10);
    const QStringList found = leaks(dir.path(), demoPii());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestPrivacyCommands::withoutAnonymizationTheValuesAreThere()
{
    // The leak check must be able to fail: with --anonymize off the values are in the output.
    QTemporaryDir dir;
    const QStringList failures = generateAll(dir.path(), {u"--anonymize"_s, u"off"_s});
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    const QStringList found = leaks(dir.path(), demoPii());
    QVERIFY(found.size() >= 10);
}

void TestPrivacyCommands::pseudonymMapMakesRerunsIdentical()
{
    QTemporaryDir out1;
    QTemporaryDir out2;
    QTemporaryDir keep;
    const QString map = keep.filePath(u"names.pseudonyms.json"_s);
    QVERIFY(generateAll(out1.path(), {u"--pseudonym-map"_s, map}).isEmpty());
    QVERIFY(QFile::exists(map));
    const QByteArray mapAfterFirst = readAll(map);
    QVERIFY(generateAll(out2.path(), {u"--pseudonym-map"_s, map}).isEmpty());
    QCOMPARE(readAll(map), mapAfterFirst);
    for (const QString &name : QDir(out1.path()).entryList(QDir::Files)) {
        if (name.startsWith(u"summary"))
            continue; // holds the processing time
        QCOMPARE(readAll(out2.filePath(name)), readAll(out1.filePath(name)));
    }
    // The map holds real names; none of the output files do, and the map is not beside them.
    QVERIFY(readAll(map).contains("Lena Hoffmann"));
    QVERIFY(!QFile::exists(out1.filePath(u"names.pseudonyms.json"_s)));
}

QTEST_GUILESS_MAIN(TestPrivacyCommands)
#include "tst_privacycommands.moc"
