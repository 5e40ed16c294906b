// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile inputs the importer tests (tests/core/import) do not cover, across every format: a
// 50 MB field, a self id that is not in the export, dates at the ends of the 64-bit range through
// the whole pipeline, and the defects fuzzing found (tests/fuzz/regressions). Each must end in a
// specific error or a documented repair with bounded memory — docs/reliability.md has the table.
#include "HostileExport.h"

#include "common/JobContext.h"
#include "enrich/EnrichmentEdits.h"
#include "enrich/FxTwitterProvider.h"
#include "export/DatasetValidator.h"
#include "generation/GenerationJob.h"
#include "import/ImportJob.h"
#include "import/plaintext/SignalPlaintextImporter.h"
#include "import/sigexport/SignalDesktopExportImporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::testing;

namespace {

constexpr qsizetype kHugeField = 50 * 1024 * 1024;
constexpr qint64 kDate = 1700000000000;

/** 50 MB of text: words with a few multi-byte characters, as pasted logs or books would be. */
QByteArray hugeText()
{
    QByteArray text;
    text.reserve(kHugeField);
    const QByteArray words = "lorem ipsum dolor sit amet, consectetur adipiscing ümlaut €uro\n";
    while (text.size() + words.size() <= kHugeField)
        text.append(words);
    return text;
}

QByteArray jsonString(const QByteArray &utf8)
{
    QByteArray out = "\"";
    for (char c : utf8) {
        if (c == '\n')
            out.append("\\n");
        else if (c == '"' || c == '\\')
            out.append('\\').append(c);
        else
            out.append(c);
    }
    return out + '"';
}

qint64 longestBody(const ChatExport &ex)
{
    qint64 longest = 0;
    for (quint32 i = 0; i < ex.messages.size(); ++i)
        longest = std::max<qint64>(longest, ex.messages.body(i).size());
    return longest;
}

} // namespace

class TestHostileInputs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hugeField_data();
    void hugeField();
    void unknownSelf_data();
    void unknownSelf();
    void extremeDatesThroughPipeline();
    void secondsWithAnAbsurdDate();
    void legacySmsIdAtInt64Min();
    void hugeNumbersInJson();
};

void TestHostileInputs::hugeField_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("maxBody"); ///< Longest body the import may keep (UTF-16 units).
    QTest::addColumn<QString>("warning"); ///< Repair warning, if the body is cut.
    // The Signal importers cut bodies at 1 MiB of UTF-8 and say so; the JSON formats keep a
    // body whole up to their 64 MiB line limit (a longer line is an error with its number).
    QTest::newRow("CSV, quoted") << u"csv"_s << qint64(1 << 20) << u"oversized_text"_s;
    QTest::newRow("CSV, unquoted") << u"csv-unquoted"_s << qint64(1 << 20) << u"oversized_text"_s;
    QTest::newRow("SQLite") << u"sqlite"_s << qint64(1 << 20) << u"oversized_text"_s;
    QTest::newRow("main.jsonl") << u"plaintext"_s << qint64(kHugeField) << QString();
    QTest::newRow("signal-export") << u"sigexport"_s << qint64(kHugeField) << QString();
}

void TestHostileInputs::hugeField()
{
    QFETCH(QString, format);
    QFETCH(qint64, maxBody);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.path();
    {
        const QByteArray text = format == u"csv-unquoted"_s
            ? hugeText().replace('\n', ' ').replace(',', ';')
            : hugeText();
        if (format.startsWith(u"csv"_s)) {
            CsvExportWriter csv(path);
            csv.message(1, kDate, "before");
            csv.message(2, kDate + 1000, text, format == u"csv"_s);
            csv.message(3, kDate + 2000, "after");
            QVERIFY(csv.finish());
        } else if (format == u"sqlite"_s) {
            const QString error = writeSqliteExport(path, {"before", text, "after"});
            QVERIFY2(error.isEmpty(), qPrintable(error));
        } else if (format == u"plaintext"_s) {
            QFile f(dir.filePath(u"main.jsonl"_s));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(plaintextExport({"\"before\"", jsonString(text), "\"after\""}));
        } else {
            QVERIFY(QDir().mkpath(dir.filePath(u"Ana"_s)));
            QFile f(dir.filePath(u"Ana/data.json"_s));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(sigexportLine(1, false, "\"before\""));
            f.write(sigexportLine(2, true, jsonString(text)));
            f.write(sigexportLine(3, false, "\"after\""));
        }
    }
    const PeakMemory memory;
    const auto result = importExport(path);
    const qint64 growth = memory.growth();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const ChatExport &ex = **result;
    QCOMPARE(ex.textMessages(), 3);
    const qint64 longest = longestBody(ex);
    QVERIFY2(longest > 1000 && longest <= maxBody, qPrintable(QString::number(longest)));
    if (!warning.isEmpty())
        QVERIFY(hasWarning(ex, warning));
    qInfo("%s: 50 MB field, peak memory growth %lld MB", qPrintable(format), growth >> 20);
    if (!kSanitized) {
        // Bounded: the mapped file plus a few copies of the one field, never more.
        QVERIFY2(growth < 8 * kHugeField, qPrintable(QString::number(growth >> 20)));
    }
}

void TestHostileInputs::unknownSelf_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("CSV") << u"csv"_s;
    QTest::newRow("SQLite") << u"sqlite"_s;
    QTest::newRow("main.jsonl") << u"plaintext"_s;
    QTest::newRow("signal-export") << u"sigexport"_s;
}

void TestHostileInputs::unknownSelf()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (format == u"csv"_s) {
        CsvExportWriter csv(dir.path());
        csv.message(1, kDate, "hi");
        csv.message(2, kDate + 1000, "hello");
        QVERIFY(csv.finish());
    } else if (format == u"sqlite"_s) {
        QVERIFY(writeSqliteExport(dir.path(), {"hi", "hello"}).isEmpty());
    } else if (format == u"plaintext"_s) {
        QFile f(dir.filePath(u"main.jsonl"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(plaintextExport({"\"hi\"", "\"hello\""}));
    } else {
        QVERIFY(QDir().mkpath(dir.filePath(u"Ana"_s)));
        QFile f(dir.filePath(u"Ana/data.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sigexportLine(1, false, "\"hi\"") + sigexportLine(2, true, "\"hello\""));
    }
    ImportOptions options;
    options.selfOverride = 987654321;
    const auto result = importExport(dir.path(), options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::UnknownSelf);
    QVERIFY2(result.error().message.contains(u"987654321"_s), qPrintable(result.error().message));
    QVERIFY(!result.error().hint.isEmpty());
    // Without the override the same export imports.
    QVERIFY(importExport(dir.path()));
}

void TestHostileInputs::extremeDatesThroughPipeline()
{
    // Dates at both ends of the 64-bit range, zero, negative and the year 10000, among ordinary
    // ones: the import keeps them (with a warning) and every later stage must cope with them —
    // gaps between such dates overflow a naive subtraction.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const qint64 dates[] = {std::numeric_limits<qint64>::min(),
                            std::numeric_limits<qint64>::min() + 1,
                            -86400000,
                            0,
                            kDate,
                            kDate + 20000,
                            kDate + 40000,
                            253402300800000, // 10000-01-01
                            std::numeric_limits<qint64>::max() - 1,
                            std::numeric_limits<qint64>::max()};
    {
        CsvExportWriter csv(dir.path());
        qint64 id = 0;
        for (qint64 date : dates) {
            csv.message(++id, date, "a message long enough to be a target");
            csv.message(++id, date, "and an answer long enough to be one too");
        }
        QVERIFY(csv.finish());
    }
    const auto imported = importExport(dir.path());
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    QVERIFY(hasWarning(**imported, u"implausible_dates"_s));
    QCOMPARE((*imported)->textMessages(), qint64(std::size(dates) * 2));

    GenerationParams params;
    params.layer = std::make_shared<const TextLayer>(*imported);
    params.options.strategies = {kAllStrategies.begin(), kAllStrategies.end()};
    params.options.style.timeZone = QTimeZone("Europe/Berlin");
    DatasetWriteOptions output;
    output.path = dir.filePath(u"out.jsonl"_s);
    params.output = output;
    const auto result = GenerationJob::run(params, JobContext::detached());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(result->summary.messagesAfterFilters > 0);
    QVERIFY(QFile::exists(output.path));
    // The month chart spans plausible years only: from INT64_MIN to INT64_MAX it used to hold
    // billions of empty months and ran out of memory.
    const auto &time = result->style.personal.timePatterns;
    QVERIFY(time.has_value());
    QVERIFY(!time->months.empty());
    QVERIFY(time->months.front().year >= 1970); // 1969 and earlier are left out
    QCOMPARE(time->months.back().year, 2023); // the year 10000 and beyond too
    QVERIFY(time->months.size() <= size_t(2200 - 1970 + 1) * 12);
}

void TestHostileInputs::secondsWithAnAbsurdDate()
{
    // Found by fuzz_signal_rows: dates in seconds are multiplied by 1000, and a receive date
    // near the 64-bit limit overflowed (undefined behaviour). Now it saturates and stays flagged.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        CsvExportWriter csv(dir.path());
        csv.message(1, 1700000000, "in seconds");
        csv.message(2, 1700000060, "also in seconds");
        csv.raw("3,1700000120,9223372036854775807,1,1,3,10485780,received at the end of time");
        QVERIFY(csv.finish());
    }
    const auto result = importExport(dir.path());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const ChatExport &ex = **result;
    QVERIFY(hasWarning(ex, u"timestamps_in_seconds"_s));
    QCOMPARE(ex.textMessages(), 3);
    const quint32 last = ex.threads.front().messages.back();
    QCOMPARE(ex.messages.dateSent(last), 1700000120000);
    QCOMPARE(ex.messages.dateReceived(last), std::numeric_limits<qint64>::max());
}

void TestHostileInputs::legacySmsIdAtInt64Min()
{
    // Found by fuzz_signal_rows: legacy sms ids are negated to keep them apart from mms ids;
    // -INT64_MIN does not exist. Now such a row is an error at its place in the table.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeSqliteExport(dir.path(), {"hi"}).isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sms"_s);
        db.setDatabaseName(dir.filePath(u"database.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE sms (_id INTEGER, thread_id INTEGER, address INTEGER, "
                       "date INTEGER, date_sent INTEGER, type INTEGER, body TEXT, "
                       "protocol INTEGER)"_s));
        QVERIFY(q.exec(u"INSERT INTO sms VALUES (-9223372036854775808, 1, 1, 1700000000000, "
                       "1700000000000, 20, 'sms', 0)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"sms"_s);
    const auto result = importExport(dir.path());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidValue);
    QCOMPARE(result.error().record, 1);
    QVERIFY2(result.error().file.contains(u"sms"_s), qPrintable(result.error().file));
}

void TestHostileInputs::hugeNumbersInJson()
{
    // Found by review and confirmed with fuzz_link_previews / fuzz_enrich_responses: JSON numbers
    // like 1e300 were cast to qint64 (undefined behaviour) in stored link previews, enrichment
    // edits and FxTwitter answers. Now they count as absent.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        CsvExportWriter csv(dir.path());
        QVERIFY(csv.finish());
        QFile message(dir.filePath(u"message.csv"_s));
        QVERIFY(message.open(QIODevice::WriteOnly));
        message.write("_id,date_sent,date_received,thread_id,from_recipient_id,to_recipient_id,"
                      "type,body,link_previews\n"
                      "1,1700000000000,1700000000000,1,1,3,10485780,see https://example.org/a,"
                      "\"[{\"\"url\"\":\"\"https://example.org/a\"\",\"\"title\"\":\"\"A\"\","
                      "\"\"date\"\":1e300}]\"\n");
    }
    const auto result = importExport(dir.path());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const auto previews = (*result)->messages.allLinkPreviews();
    QCOMPARE(previews.size(), size_t(1));
    QCOMPARE(previews.front().title, u"A"_s);
    QCOMPARE(previews.front().date, 0);

    const QJsonArray edits{
        QJsonObject{{u"message_id"_s, 1e300}, {u"key"_s, u"url:x"_s}, {u"cleared"_s, true}}};
    qsizetype unmatched = 0;
    const auto parsed = EnrichmentEdits::fromJson(edits, (*result)->messages, &unmatched);
    QVERIFY(parsed);
    QCOMPARE(unmatched, 1);

    const FxTwitterProvider fx;
    const auto tweet = fx.parse(u"5"_s, 200, R"({"code":200,"tweet":{"id":1e300,"text":"x"}})");
    QVERIFY(tweet.verdict != TweetProvider::Verdict::Ok);
}

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
