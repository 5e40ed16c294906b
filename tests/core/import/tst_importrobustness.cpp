// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input: a 50 MB field, an unterminated 50 MB quote, thousands of mutated exports,
// corrupted databases; plus cancellation and progress. Nothing may crash or hang.
#include "ImportTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::testing;

namespace {

const QString kMinimal = QStringLiteral(IDIOLECT_TEST_DATA_DIR "/import/minimal");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kHeader = "_id,date_sent,date_received,thread_id,from_recipient_id,"
                           "to_recipient_id,type,body\n";

} // namespace

class TestImportRobustness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hugeFieldIsCut();
    void hugeUnterminatedQuote();
    void mutatedCsvNeverCrashes();
    void corruptedDatabaseNeverCrashes();
    void cancellation();
    void progressIsMonotonic();
};

void TestImportRobustness::hugeFieldIsCut()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // 50 MB in one quoted field, with escaped quotes and line breaks along the way.
    QByteArray chunk = "lorem ipsum \"\"dolor\"\" sit amet,\nconsectetur ";
    QByteArray field;
    field.reserve(50 * 1024 * 1024 + chunk.size());
    while (field.size() < 50 * 1024 * 1024)
        field += chunk;
    QByteArray csv = kHeader + "1,1700000000000,1700000000100,1,1,3,10485780,\"" + field
        + "\"\n2,1700000060000,1700000060010,1,3,1,10485783,short\n";
    QVERIFY(writeFiles(dir.path(),
                       {{u"message.csv"_s, csv},
                        {u"recipient.csv"_s, readAll(kMinimal + u"/recipient.csv"_s)},
                        {u"thread.csv"_s, readAll(kMinimal + u"/thread.csv"_s)}}));
    csv.clear();
    field.clear();
    Error error;
    const ChatExportPtr ex = importPath(dir.path(), &error);
    QVERIFY2(ex, qPrintable(error.toString()));
    QCOMPARE(ex->messages.size(), 2u);
    const QStringView body = ex->messages.body(0);
    QVERIFY(body.size() <= 1024 * 1024);
    QVERIFY(body.size() > 1000 * 1000);
    QVERIFY(body.startsWith(u"lorem ipsum \"dolor\" sit amet,\nconsectetur"_s));
    bool warned = false;
    for (const ImportWarning &w : ex->warnings)
        warned = warned || w.code == u"oversized_text"_s;
    QVERIFY(warned);
    QCOMPARE(ex->messages.body(1), u"short"_s);
}

void TestImportRobustness::hugeUnterminatedQuote()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray csv = kHeader + "1,1700000000000,1700000000100,1,1,3,10485780,ok\n"
        + "2,1700000060000,1700000060010,1,3,1,10485783,\"" + QByteArray(50 * 1024 * 1024, 'x');
    QVERIFY(writeFiles(dir.path(), {{u"message.csv"_s, csv}}));
    csv.clear();
    Error error;
    QVERIFY(!importPath(dir.path(), &error));
    QCOMPARE(error.code, ErrorCode::UnterminatedQuote);
    QCOMPARE(error.line, 3);
    QCOMPARE(error.column, 46); // the opening quote
}

void TestImportRobustness::mutatedCsvNeverCrashes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray original = readAll(kMinimal + u"/message.csv"_s);
    const QByteArray recipients = readAll(kMinimal + u"/recipient.csv"_s);
    const QByteArray threads = readAll(kMinimal + u"/thread.csv"_s);
    const char inserts[] = {'"', ',', '\n', '\r', '\0', '\xFF', '\xC3', ' ', '-', '9'};
    std::mt19937 rng(20240521);
    int ok = 0, failed = 0;
    for (int round = 0; round < 1500; ++round) {
        QByteArray m = original;
        const int edits = 1 + int(rng() % 4);
        for (int e = 0; e < edits && !m.isEmpty(); ++e) {
            const qsizetype at = qsizetype(rng() % quint32(m.size()));
            switch (rng() % 4) {
            case 0: m[at] = inserts[rng() % sizeof(inserts)]; break;
            case 1: m.insert(at, inserts[rng() % sizeof(inserts)]); break;
            case 2: m.remove(at, 1 + qsizetype(rng() % 8)); break;
            case 3: m.truncate(at); break;
            }
        }
        const QString sub = dir.filePath(QString::number(round));
        QVERIFY(writeFiles(sub,
                           {{u"message.csv"_s, m},
                            {u"recipient.csv"_s, round % 3 ? recipients : m},
                            {u"thread.csv"_s, threads}}));
        Error error;
        if (importPath(sub, &error)) {
            ++ok;
        } else {
            ++failed;
            QVERIFY(error.isError());
            QVERIFY(!error.message.isEmpty());
        }
        QDir(sub).removeRecursively();
    }
    QVERIFY(ok > 0);
    QVERIFY(failed > 0);
}

void TestImportRobustness::corruptedDatabaseNeverCrashes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString clean = dir.filePath(u"clean"_s);
    QVERIFY(
        generateDemo(clean, demogen::SchemaGeneration::Current, demogen::DemoFormat::Sqlite, 200));
    const QByteArray db = readAll(clean + u"/database.sqlite"_s);
    QVERIFY(db.size() > 4096);
    std::mt19937 rng(7);
    for (int round = 0; round < 60; ++round) {
        QByteArray m = db;
        // Damage whole pages after the header: what a half-copied or bit-rotted file looks like.
        for (int e = 0; e < 8; ++e) {
            const qsizetype at = 100 + qsizetype(rng() % quint32(m.size() - 200));
            for (int k = 0; k < 64 && at + k < m.size(); ++k)
                m[at + k] = char(rng());
        }
        const QString sub = dir.filePath(QString::number(round));
        QVERIFY(writeFiles(sub, {{u"database.sqlite"_s, m}}));
        Error error;
        if (!importPath(sub, &error))
            QVERIFY(!error.message.isEmpty());
    }
}

void TestImportRobustness::cancellation()
{
    ImportOptions options;
    options.path = QStringLiteral(IDIOLECT_SOURCE_DIR "/resources/demo");
    JobContext job;
    job.cancel();
    const auto result = ImportJob::run(options, job);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Canceled);
}

void TestImportRobustness::progressIsMonotonic()
{
    ImportOptions options;
    options.path = QStringLiteral(IDIOLECT_SOURCE_DIR "/resources/demo");
    qint64 last = -1;
    bool monotonic = true;
    qint64 finalDone = 0, finalTotal = 0;
    JobContext job([&](qint64 done, qint64 total) {
        monotonic = monotonic && done >= last && done <= total;
        last = done;
        finalDone = done;
        finalTotal = total;
    });
    QVERIFY(ImportJob::run(options, job));
    QVERIFY(monotonic);
    QVERIFY(finalTotal > 0);
    QCOMPARE(finalDone, finalTotal);
}

QTEST_GUILESS_MAIN(TestImportRobustness)
#include "tst_importrobustness.moc"
