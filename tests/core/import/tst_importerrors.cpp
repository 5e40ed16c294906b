// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every error path and repair of the Signal CSV/SQLite importer, one broken fixture each
// (tests/data/import/broken, made by tests/data/import/generate-signal.py).
#include "ImportTestSupport.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::testing;

namespace {

const QString kData = QStringLiteral(IDIOLECT_TEST_DATA_DIR "/import");

bool hasWarning(const ChatExport &ex, const QString &code)
{
    for (const ImportWarning &w : ex.warnings) {
        if (w.code == code)
            return true;
    }
    return false;
}

} // namespace

class TestImportErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimalExportImports();
    void errors_data();
    void errors();
    void repairs_data();
    void repairs();
    void secondsAreDecidedByTheMedian_data();
    void secondsAreDecidedByTheMedian();
    void lenientRepairsInvalidUtf8();
    void selfOverride();
    void emptyFolder();
    void missingPath();
    void lockedDatabase();
    void unreadableDatabase();
};

void TestImportErrors::minimalExportImports()
{
    Error error;
    const ChatExportPtr ex = importPath(kData + u"/minimal"_s, &error);
    QVERIFY2(ex, qPrintable(error.toString()));
    QCOMPARE(ex->self.id, 3);
    QCOMPARE(ex->textMessages(), 3);
    QCOMPARE(ex->outgoingTextMessages(), 1);
    QVERIFY(ex->warnings.isEmpty());
}

void TestImportErrors::errors_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("columnName");
    // line/column: the physical position in the file (column in bytes), -1 = not applicable.
    QTest::newRow("truncated quoted field")
        << u"truncated-quote"_s << u"unterminated_quote"_s << u"message.csv"_s << qint64(5)
        << qint64(46) << u"body"_s;
    QTest::newRow("too many fields") << u"too-many-fields"_s << u"field_count"_s << u"message.csv"_s
                                     << qint64(4) << qint64(59) << QString();
    QTest::newRow("too few fields") << u"too-few-fields"_s << u"field_count"_s << u"message.csv"_s
                                    << qint64(3) << qint64(45) << u"body"_s;
    QTest::newRow("missing body column")
        << u"missing-body-column"_s << u"missing_column"_s << u"message.csv"_s << qint64(1)
        << qint64(-1) << u"body"_s;
    QTest::newRow("missing sender column")
        << u"missing-sender-column"_s << u"missing_column"_s << u"message.csv"_s << qint64(1)
        << qint64(-1) << u"from_recipient_id"_s;
    QTest::newRow("invalid UTF-8 in a body")
        << u"invalid-utf8"_s << u"invalid_utf8"_s << u"message.csv"_s << qint64(4) << qint64(49)
        << u"body"_s;
    QTest::newRow("invalid UTF-8 in a name")
        << u"invalid-utf8-name"_s << u"invalid_utf8"_s << u"recipient.csv"_s << qint64(3)
        << qint64(61) << u"profile_given_name"_s;
    QTest::newRow("PNG renamed to .csv") << u"png-as-csv"_s << u"not_csv"_s << u"message.csv"_s
                                         << qint64(1) << qint64(1) << QString();
    QTest::newRow("0-byte message table")
        << u"empty-message-table"_s << u"missing_table"_s << u"message.csv"_s << qint64(-1)
        << qint64(-1) << QString();
    QTest::newRow("not a number") << u"not-a-number"_s << u"invalid_value"_s << u"message.csv"_s
                                  << qint64(4) << qint64(31) << u"thread_id"_s;
    QTest::newRow("text after a closing quote")
        << u"text-after-quote"_s << u"invalid_value"_s << u"message.csv"_s << qint64(3)
        << qint64(55) << u"body"_s;
    QTest::newRow("no header line") << u"header-is-data"_s << u"not_csv"_s << u"message.csv"_s
                                    << qint64(1) << qint64(1) << QString();
    QTest::newRow("SQLite, not Signal")
        << u"sqlite-not-signal"_s << u"unknown_format"_s << u"database.sqlite"_s << qint64(-1)
        << qint64(-1) << QString();
    QTest::newRow("encrypted database.sqlite")
        << u"sqlite-encrypted"_s << u"unknown_format"_s << u"database.sqlite"_s << qint64(-1)
        << qint64(-1) << QString();
}

void TestImportErrors::errors()
{
    QFETCH(QString, fixture);
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, columnName);
    Error error;
    const ChatExportPtr ex = importPath(kData + u"/broken/"_s + fixture, &error);
    QVERIFY(!ex);
    QCOMPARE(errorCodeName(error.code), code);
    QCOMPARE(QFileInfo(error.file).fileName(), file);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.columnName, columnName);
    QVERIFY(!error.message.isEmpty());
    // The sentence never quotes message text.
    QVERIFY(!error.toString().contains(u"Caf"_s));
}

void TestImportErrors::repairs_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<qint64>("textMessages");
    QTest::newRow("UTF-8 BOM") << u"utf8-bom"_s << u"utf8_bom"_s << qint64(3);
    QTest::newRow("CRLF from a spreadsheet")
        << u"crlf-spreadsheet"_s << u"crlf_line_endings"_s << qint64(4);
    QTest::newRow("no recipient table")
        << u"no-recipient-table"_s << u"no_recipient_table"_s << qint64(3);
    QTest::newRow("duplicate _id") << u"duplicate-ids"_s << u"duplicate_ids"_s << qint64(3);
    QTest::newRow("seconds, not ms")
        << u"timestamps-in-seconds"_s << u"timestamps_in_seconds"_s << qint64(3);
    QTest::newRow("negative and far-future dates")
        << u"implausible-dates"_s << u"implausible_dates"_s << qint64(5);
}

void TestImportErrors::repairs()
{
    QFETCH(QString, fixture);
    QFETCH(QString, warning);
    QFETCH(qint64, textMessages);
    Error error;
    const ChatExportPtr ex = importPath(kData + u"/broken/"_s + fixture, &error);
    QVERIFY2(ex, qPrintable(error.toString()));
    QVERIFY2(hasWarning(*ex, warning), qPrintable(warning));
    QCOMPARE(ex->textMessages(), textMessages);
    if (fixture == u"timestamps-in-seconds"_s) {
        QCOMPARE(ex->threads.front().firstDateSent, 1700000000000); // multiplied by 1000
    } else if (fixture == u"crlf-spreadsheet"_s) {
        // The record terminator is CRLF; a CRLF inside a quoted field stays in the text.
        QCOMPARE(ex->messages.body(ex->threads.front().messages.back()), u"two\r\nlines"_s);
        QCOMPARE(ex->messages.body(ex->threads.front().messages.front()), u"Hello there"_s);
    } else if (fixture == u"duplicate-ids"_s) {
        // The first row with an id wins; the repeat leaves every thread.
        for (quint32 m : ex->threads.front().messages)
            QVERIFY(ex->messages.body(m) != u"I repeat an id"_s);
    } else if (fixture == u"no-recipient-table"_s) {
        QCOMPARE(ex->threads.front().title, u"#1"_s);
    }
}

void TestImportErrors::secondsAreDecidedByTheMedian_data()
{
    // Dates in seconds are multiplied by 1000 when the median of the positive dates is below
    // 1e11 (March 1973 in ms): at the boundary, with rows without a date that do not count.
    QTest::addColumn<QList<qint64>>("dates");
    QTest::addColumn<bool>("scaled");
    constexpr qint64 s = 1700000000;
    constexpr qint64 ms = 1700000000000;
    QTest::newRow("all seconds") << QList<qint64>{s, s + 1, s + 2} << true;
    QTest::newRow("all ms") << QList<qint64>{ms, ms + 1} << false;
    QTest::newRow("two of three in seconds") << QList<qint64>{ms, s, s + 1} << true;
    QTest::newRow("one of three in seconds") << QList<qint64>{s, ms, ms + 1} << false;
    QTest::newRow("half in seconds") << QList<qint64>{s, s + 1, ms, ms + 1} << false;
    QTest::newRow("no dates do not count") << QList<qint64>{0, 0, 0, s, s + 1, ms} << true;
}

void TestImportErrors::secondsAreDecidedByTheMedian()
{
    QFETCH(QList<qint64>, dates);
    QFETCH(bool, scaled);
    QByteArray messages = "_id,date_sent,date_received,thread_id,from_recipient_id,"
                          "to_recipient_id,type,body\n";
    for (qsizetype i = 0; i < dates.size(); ++i)
        messages += QByteArray::number(i + 1) + "," + QByteArray::number(dates[i])
            + ",0,1,1,2,10485780,text\n";
    QTemporaryDir dir;
    QVERIFY(writeFiles(dir.path(),
                       {{u"recipient.csv"_s, "_id,blocked,profile_given_name\n1,0,Ana\n2,0,Me\n"},
                        {u"thread.csv"_s, "_id,recipient_id,meaningful_messages\n1,1,1\n"},
                        {u"message.csv"_s, messages}}));
    Error error;
    const ChatExportPtr ex = importPath(dir.path(), &error);
    QVERIFY2(ex, qPrintable(error.toString()));
    QCOMPARE(hasWarning(*ex, u"timestamps_in_seconds"_s), scaled);
    const qint64 last = dates.back();
    QCOMPARE(ex->messages.dateSent(quint32(dates.size() - 1)), scaled ? last * 1000 : last);
}

void TestImportErrors::lenientRepairsInvalidUtf8()
{
    ImportOptions options;
    options.lenient = true;
    Error error;
    const ChatExportPtr ex = importPath(kData + u"/broken/invalid-utf8"_s, &error, options);
    QVERIFY2(ex, qPrintable(error.toString()));
    QVERIFY(hasWarning(*ex, u"invalid_utf8_repaired"_s));
    const quint32 last = ex->threads.front().messages.back();
    QCOMPARE(ex->messages.body(last), u"Caf\uFFFD later?"_s);
    QVERIFY(ex->messages.hasFlag(last, InvalidTextRepaired));
    const ChatExportPtr names = importPath(kData + u"/broken/invalid-utf8-name"_s, &error, options);
    QVERIFY2(names, qPrintable(error.toString()));
    QCOMPARE(names->recipient(3)->profileGiven, u"B\uFFFDrn"_s);
}

void TestImportErrors::selfOverride()
{
    ImportOptions options;
    options.selfOverride = 1; // make Ana "self": a valid, if odd, choice
    Error error;
    const ChatExportPtr ex = importPath(kData + u"/minimal"_s, &error, options);
    QVERIFY2(ex, qPrintable(error.toString()));
    QCOMPARE(ex->self.id, 1);
    QCOMPARE(ex->self.method, SelfMethod::Override);
    options.selfOverride = 99;
    QVERIFY(!importPath(kData + u"/minimal"_s, &error, options));
    QCOMPARE(error.code, ErrorCode::UnknownSelf);
    QVERIFY(error.message.contains(u"99"_s));
}

void TestImportErrors::emptyFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Error error;
    QVERIFY(!importPath(dir.path(), &error));
    QCOMPARE(error.code, ErrorCode::UnknownFormat);
    QCOMPARE(error.file, dir.path());
    QVERIFY(!error.hint.isEmpty());
}

void TestImportErrors::missingPath()
{
    Error error;
    QVERIFY(!importPath(kData + u"/does-not-exist"_s, &error));
    QCOMPARE(error.code, ErrorCode::NotFound);
}

void TestImportErrors::lockedDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(generateDemo(dir.path(), demogen::SchemaGeneration::Current,
                         demogen::DemoFormat::Sqlite, 50));
    const QString path = dir.filePath(u"database.sqlite"_s);
    {
        // Another program holds an exclusive lock (rollback journal): readers must wait.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode = DELETE"_s));
        QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(q.exec(u"UPDATE message SET read = 1"_s));
        Error error;
        QVERIFY(!importPath(path, &error));
        QCOMPARE(error.code, ErrorCode::Unreadable);
        QVERIFY2(error.message.contains(u"locked"_s), qPrintable(error.message));
        QVERIFY(!error.hint.isEmpty());
        q.exec(u"ROLLBACK"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    Error error;
    QVERIFY2(importPath(path, &error), qPrintable(error.toString()));
}

void TestImportErrors::unreadableDatabase()
{
    if (::geteuid() == 0)
        QSKIP("root reads files regardless of their permissions");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(generateDemo(dir.path(), demogen::SchemaGeneration::Current,
                         demogen::DemoFormat::Sqlite, 50));
    const QString path = dir.filePath(u"database.sqlite"_s);
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    Error error;
    QVERIFY(!importPath(path, &error));
    QCOMPARE(error.code, ErrorCode::Unreadable);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QTEST_GUILESS_MAIN(TestImportErrors)
#include "tst_importerrors.moc"
