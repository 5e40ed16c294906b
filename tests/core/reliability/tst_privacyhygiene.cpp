// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// No message text, names or phone numbers in logs, error output or temporary files: every CLI
// command runs on the demo export (and on broken copies of it) with --verbose and all Qt logging
// categories on; stderr, everything Qt logged and every file left in the temporary, cache and data
// folders are searched for each value of tests/data/demo-pii.json, every recipient name and number,
// and every message body. (stdout is the commands' product — reports and datasets — and is not.)
#include "HostileExport.h"

#include "CliApp.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::testing;

namespace {

const QString kDemo = QStringLiteral(IDIOLECT_SOURCE_DIR "/resources/demo");

QMutex g_logMutex;
QString g_log;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const QMutexLocker lock(&g_logMutex);
    g_log += message + u'\n';
}

/** A secret that must not leak, and why it is one (for the failure message). */
struct Secret
{
    QString value;
    QString kind;
};

void addName(QList<Secret> &out, const QString &name, const QString &kind)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() >= 4)
        out.append({trimmed, kind});
    // Single words of a name too ("Lena" of "Lena Hoffmann"), if long enough to be specific.
    for (const QString &word : trimmed.split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() >= 4 && word != trimmed)
            out.append({word, kind});
    }
}

} // namespace

class TestPrivacyHygiene final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commands_data();
    void commands();
    void brokenExports_data();
    void brokenExports();
    void leftoverFiles();
    void cleanupTestCase();

private:
    struct Run
    {
        int code = -1;
        QString err;
    };
    Run cli(const QStringList &args);
    void verifyClean(const QString &text, const QString &where) const;

    QTemporaryDir m_root; ///< Created before TMPDIR moves into it.
    QList<Secret> m_secrets;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestPrivacyHygiene::initTestCase()
{
    QVERIFY(m_root.isValid());
    for (const char *dir : {"tmp", "cache", "data", "config", "out"})
        QVERIFY(QDir().mkpath(m_root.filePath(QString::fromLatin1(dir))));
    // Everything the commands may create lands under m_root.
    qputenv("TMPDIR", QFile::encodeName(m_root.filePath(u"tmp"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_root.filePath(u"cache"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_root.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_root.filePath(u"config"_s)));
    QLoggingCategory::setFilterRules(u"*.debug=true\n*.info=true"_s);
    m_previousHandler = qInstallMessageHandler(captureMessage);

    QFile pii(QStringLiteral(IDIOLECT_TEST_DATA_DIR "/demo-pii.json"));
    QVERIFY(pii.open(QIODevice::ReadOnly));
    for (const QJsonValue &v : QJsonDocument::fromJson(pii.readAll())[u"values"_s].toArray())
        m_secrets.append({v[u"value"_s].toString(), u"PII "_s + v[u"kind"_s].toString()});
    QVERIFY(m_secrets.size() > 20);

    const auto imported = importExport(kDemo);
    QVERIFY(imported);
    const ChatExport &ex = **imported;
    for (const Recipient &r : ex.recipients) {
        for (const QString &name :
             {r.displayName, r.profileGiven, r.profileFamily, r.profileJoined, r.systemJoined,
              r.systemGiven, r.systemFamily, r.nicknameJoined, r.username})
            addName(m_secrets, name, u"recipient name"_s);
        if (!r.e164.isEmpty())
            m_secrets.append({r.e164, u"phone number"_s});
    }
    for (const Thread &t : ex.threads)
        addName(m_secrets, t.title, u"thread title"_s);
    for (quint32 i = 0; i < ex.messages.size(); ++i) {
        const QString body = ex.messages.body(i).trimmed().toString();
        if (body.size() >= 16) // shorter bodies ("ok", "haha") are not specific
            m_secrets.append({body.left(40), u"message text"_s});
    }
    QVERIFY(m_secrets.size() > 1000);
}

void TestPrivacyHygiene::cleanupTestCase()
{
    qInstallMessageHandler(m_previousHandler);
}

TestPrivacyHygiene::Run TestPrivacyHygiene::cli(const QStringList &args)
{
    Run r;
    QString out;
    QTextStream outStream(&out), errStream(&r.err);
    cli::CliIo io{outStream, errStream};
    cli::CliApp app;
    r.code = app.run(QStringList{u"idiolect-cli"_s} + args, io);
    errStream.flush();
    return r;
}

void TestPrivacyHygiene::verifyClean(const QString &text, const QString &where) const
{
    for (const Secret &s : m_secrets) {
        if (text.contains(s.value))
            QFAIL(qPrintable(
                u"%1 contains a %2 (%3 characters)"_s.arg(where, s.kind).arg(s.value.size())));
    }
}

void TestPrivacyHygiene::commands_data()
{
    const QString out = m_root.filePath(u"out/"_s);
    QTest::addColumn<QStringList>("args");
    const QStringList common = {kDemo, u"--verbose"_s};
    QTest::newRow("inspect") << QStringList{u"inspect"_s} + common;
    QTest::newRow("inspect --json") << QStringList{u"inspect"_s, u"--json"_s} + common;
    QTest::newRow("style") << QStringList{u"style"_s} + common;
    QTest::newRow("episodes") << QStringList{u"episodes"_s} + common;
    QTest::newRow("windows") << QStringList{u"windows"_s} + common;
    QTest::newRow("privacy-report") << QStringList{u"privacy-report"_s} + common;
    QTest::newRow("enrich") << QStringList{u"enrich"_s} + common;
    QTest::newRow("generate") << QStringList{u"generate"_s,
                                             u"--output"_s,
                                             out + u"data.jsonl"_s,
                                             u"--summary"_s,
                                             out + u"summary.json"_s,
                                             u"--strategies"_s,
                                             u"conversational,burst,adaptive,completion,qa"_s,
                                             u"--anonymize"_s,
                                             u"off"_s}
            + common;
    QTest::newRow("generate --anonymize redact")
        << QStringList{u"generate"_s, u"--anonymize"_s, u"redact"_s, u"--output"_s,
                       out + u"anon.json.gz"_s}
            + common;
    QTest::newRow("validate") << QStringList{u"validate"_s, out + u"data.jsonl"_s};
}

void TestPrivacyHygiene::commands()
{
    QFETCH(QStringList, args);
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    const Run r = cli(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    verifyClean(r.err, u"stderr"_s);
    const QMutexLocker lock(&g_logMutex);
    verifyClean(g_log, u"the Qt log"_s);
}

void TestPrivacyHygiene::brokenExports_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("cut inside a message") << u"truncate"_s;
    QTest::newRow("invalid UTF-8 in a message") << u"utf8"_s;
    QTest::newRow("a message id that is text") << u"id"_s;
    QTest::newRow("an extra field in a message row") << u"field"_s;
}

void TestPrivacyHygiene::brokenExports()
{
    // Errors name files, lines, columns and counts — never the text they are about.
    QFETCH(QString, damage);
    QTemporaryDir dir(m_root.filePath(u"out/broken-XXXXXX"_s));
    QVERIFY(dir.isValid());
    for (const QString &name : QDir(kDemo).entryList({u"*.csv"_s}, QDir::Files))
        QVERIFY(QFile::copy(QDir(kDemo).filePath(name), dir.filePath(name)));
    QFile message(dir.filePath(u"message.csv"_s));
    QVERIFY(message.open(QIODevice::ReadOnly));
    QByteArray bytes = message.readAll();
    message.close();
    // The 200th record's body: find a line with a quoted body and damage it.
    qsizetype at = 0;
    for (int i = 0; i < 200; ++i)
        at = bytes.indexOf('\n', at) + 1;
    const qsizetype end = bytes.indexOf('\n', at);
    if (damage == u"truncate"_s) {
        const qsizetype quote = bytes.indexOf(",\"", at);
        bytes.truncate(quote + 20); // inside a quoted body
    } else if (damage == u"utf8"_s) {
        bytes.insert(bytes.indexOf(",\"", at) + 5, "\xC3\x28");
    } else if (damage == u"id"_s) {
        bytes.insert(at, "Lena Hoffmann says");
    } else {
        bytes.insert(end, ",+4915123456789");
    }
    QVERIFY(message.open(QIODevice::WriteOnly | QIODevice::Truncate));
    message.write(bytes);
    message.close();
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    const Run r = cli({u"inspect"_s, dir.path(), u"--verbose"_s});
    QVERIFY2(r.code != 0, qPrintable(r.err));
    QVERIFY(r.err.contains(u"message.csv"_s));
    verifyClean(r.err, u"the error"_s);
    const QMutexLocker lock(&g_logMutex);
    verifyClean(g_log, u"the Qt log"_s);
}

void TestPrivacyHygiene::leftoverFiles()
{
    // After everything above: whatever is left in the temporary, cache, data and config folders
    // must not hold any of it either (the outputs in out/ are the product and may).
    for (const char *sub : {"tmp", "cache", "data", "config"}) {
        QDirIterator it(m_root.filePath(QString::fromLatin1(sub)), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            verifyClean(QString::fromUtf8(f.readAll()), path);
        }
    }
}

QTEST_GUILESS_MAIN(TestPrivacyHygiene)
#include "tst_privacyhygiene.moc"
