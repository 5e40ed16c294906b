// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvCellEncoder.h"
#include "DemoClock.h"
#include "DemoGenerator.h"
#include "Scenario.h"
#include "SignalSchema.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect::demogen;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

} // namespace

class TestDemogen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvCell_data();
    void csvCell();
    void csvRecordAndHeader();
    void createTableParsing();
    void schemaGenerations_data();
    void schemaGenerations();
    void berlinDaylightSaving_data();
    void berlinDaylightSaving();
    void committedDemoMatchesGenerator();
    void piiManifestMatches();
    void streamEqualsSqliteExport_data();
    void streamEqualsSqliteExport();
    void sqliteLayoutHasAttachmentFiles();
    void emptyTablesAreZeroByteFiles();
    void demoShowsEveryFeature_data();
    void demoShowsEveryFeature();
    void exactMessageCount();
};

void TestDemogen::csvCell_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("integer");
    QTest::addColumn<double>("real");
    QTest::addColumn<QByteArray>("expected");
    const int null = int(Cell::Type::Null), integer = int(Cell::Type::Integer),
              real = int(Cell::Type::Real), text = int(Cell::Type::Text),
              blob = int(Cell::Type::Blob);
    QTest::newRow("null") << null << QByteArray() << qint64(0) << 0.0 << QByteArray();
    QTest::newRow("empty text") << text << QByteArray("") << qint64(0) << 0.0 << QByteArray();
    QTest::newRow("int64 large") << integer << QByteArray() << qint64(0xF00A00017LL) << 0.0
                                 << QByteArray("64434995223");
    QTest::newRow("negative") << integer << QByteArray() << qint64(-1) << 0.0 << QByteArray("-1");
    QTest::newRow("real 17 digits")
        << real << QByteArray() << qint64(0) << (4.0 / 3.0) << QByteArray("1.3333333333333333");
    QTest::newRow("real integral") << real << QByteArray() << qint64(0) << 2.0 << QByteArray("2");
    QTest::newRow("real tenth") << real << QByteArray() << qint64(0) << 0.1
                                << QByteArray("0.10000000000000001");
    QTest::newRow("plain text") << text << QByteArray("hello world") << qint64(0) << 0.0
                                << QByteArray("hello world");
    QTest::newRow("comma") << text << QByteArray("a,b") << qint64(0) << 0.0
                           << QByteArray("\"a,b\"");
    QTest::newRow("quote") << text << QByteArray("say \"hi\"") << qint64(0) << 0.0
                           << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << text << QByteArray("a\nb") << qint64(0) << 0.0
                             << QByteArray("\"a\nb\"");
    QTest::newRow("bare CR unquoted")
        << text << QByteArray("a\rb") << qint64(0) << 0.0 << QByteArray("a\rb");
    QTest::newRow("CRLF quoted") << text << QByteArray("a\r\nb") << qint64(0) << 0.0
                                 << QByteArray("\"a\r\nb\"");
    QTest::newRow("all spaces quoted")
        << text << QByteArray("   ") << qint64(0) << 0.0 << QByteArray("\"   \"");
    QTest::newRow("tab only quoted")
        << text << QByteArray("\t") << qint64(0) << 0.0 << QByteArray("\"\t\"");
    QTest::newRow("padded not quoted")
        << text << QByteArray("  ok  ") << qint64(0) << 0.0 << QByteArray("  ok  ");
    QTest::newRow("nbsp is not space")
        << text << QByteArray("\xC2\xA0") << qint64(0) << 0.0 << QByteArray("\xC2\xA0");
    QTest::newRow("cut at NUL") << text << QByteArray("ab\0cd", 5) << qint64(0) << 0.0
                                << QByteArray("ab");
    QTest::newRow("blob base64") << blob << QByteArray("\x00\xFF\x10", 3) << qint64(0) << 0.0
                                 << QByteArray("AP8Q");
    QTest::newRow("blob padding") << blob << QByteArray("a") << qint64(0) << 0.0
                                  << QByteArray("YQ==");
    QTest::newRow("empty blob") << blob << QByteArray("") << qint64(0) << 0.0 << QByteArray();
}

void TestDemogen::csvCell()
{
    QFETCH(int, type);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, integer);
    QFETCH(double, real);
    QFETCH(QByteArray, expected);
    Cell cell;
    cell.type = Cell::Type(type);
    cell.bytes = bytes;
    cell.integer = integer;
    cell.real = real;
    QByteArray out;
    CsvCellEncoder::appendCell(out, cell);
    QCOMPARE(out, expected);
}

void TestDemogen::csvRecordAndHeader()
{
    QByteArray out;
    CsvCellEncoder::appendHeader(out, {u"_id"_s, u"body"_s, u"type"_s});
    CsvCellEncoder::appendRow(out, {Cell::fromInt(1), Cell::fromText(u"x, y"_s), Cell::null()});
    QCOMPARE(out, QByteArray("_id,body,type\n1,\"x, y\",\n"));
}

void TestDemogen::createTableParsing()
{
    const TableDef t = SignalSchema::parseCreateTable(
        u"CREATE TABLE part (_id INTEGER PRIMARY KEY, unique_id INTEGER NOT NULL, "
        u"sticker_pack_key DEFAULT NULL, date_server INTEGER DEFAULT -1, name TEXT DEFAULT 'x,y', "
        u"UNIQUE(_id, unique_id) ON CONFLICT REPLACE, CHECK (pni LIKE 'PNI:%'))"_s);
    QCOMPARE(t.name, u"part"_s);
    QStringList names;
    for (const ColumnDef &c : t.columns)
        names.append(c.name);
    QCOMPARE(names,
             QStringList(
                 {u"_id"_s, u"unique_id"_s, u"sticker_pack_key"_s, u"date_server"_s, u"name"_s}));
    QCOMPARE(t.columns[3].defaultValue.type, Cell::Type::Integer);
    QCOMPARE(t.columns[3].defaultValue.integer, -1);
    QCOMPARE(t.columns[2].defaultValue.type, Cell::Type::Null);
    QCOMPARE(t.columns[4].defaultValue.bytes, QByteArray("x,y"));
}

void TestDemogen::schemaGenerations_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("tables");
    QTest::addColumn<QStringList>("messageColumns");
    QTest::addColumn<QStringList>("absentColumns");
    QTest::addColumn<int>("userVersion");
    QTest::newRow("newest") << u"newest"_s
                            << QStringList{u"recipient"_s, u"message"_s, u"attachment"_s,
                                           u"group_membership"_s, u"reaction"_s}
                            << QStringList{u"from_recipient_id"_s, u"deleted_by"_s,
                                           u"message_extras"_s, u"latest_revision_id"_s}
                            << QStringList{u"remote_deleted"_s, u"recipient_id"_s} << 302;
    QTest::newRow("current") << u"current"_s << QStringList{u"message"_s, u"attachment"_s}
                             << QStringList{u"remote_deleted"_s, u"to_recipient_id"_s,
                                            u"has_delivery_receipt"_s}
                             << QStringList{u"deleted_by"_s} << 223;
    QTest::newRow("dbv185") << u"dbv185"_s << QStringList{u"message"_s, u"part"_s}
                            << QStringList{u"from_recipient_id"_s, u"delivery_receipt_count"_s,
                                           u"original_message_id"_s}
                            << QStringList{u"message_extras"_s} << 185;
    QTest::newRow("dbv170") << u"dbv170"_s << QStringList{u"mms"_s, u"part"_s, u"reaction"_s}
                            << QStringList{u"recipient_id"_s, u"story_type"_s}
                            << QStringList{u"from_recipient_id"_s, u"latest_revision_id"_s} << 170;
    QTest::newRow("legacy") << u"legacy"_s << QStringList{u"sms"_s, u"mms"_s, u"part"_s}
                            << QStringList{u"address"_s, u"msg_box"_s, u"date"_s, u"reactions"_s,
                                           u"previews"_s}
                            << QStringList{u"date_sent"_s, u"story_type"_s} << 100;
}

void TestDemogen::schemaGenerations()
{
    QFETCH(QString, name);
    QFETCH(QStringList, tables);
    QFETCH(QStringList, messageColumns);
    QFETCH(QStringList, absentColumns);
    QFETCH(int, userVersion);
    SchemaGeneration g;
    QVERIFY(parseSchemaGeneration(name, &g));
    const SignalSchema schema = SignalSchema::forGeneration(g);
    QCOMPARE(schema.userVersion(), userVersion);
    for (const QString &t : tables)
        QVERIFY2(schema.table(t), qPrintable(t));
    const TableDef *message = schema.table(schema.messageTable());
    QVERIFY(message);
    for (const QString &c : messageColumns)
        QVERIFY2(message->column(c) >= 0, qPrintable(c));
    for (const QString &c : absentColumns)
        QVERIFY2(message->column(c) < 0, qPrintable(c));
}

void TestDemogen::berlinDaylightSaving_data()
{
    QTest::addColumn<qint64>("utc");
    QTest::addColumn<qint64>("offsetHours");
    const qint64 h = DemoClock::kHour;
    QTest::newRow("winter") << DemoClock::utcDate(2024, 1, 15) << qint64(1);
    QTest::newRow("before spring change") << DemoClock::utcDate(2024, 3, 31) + h - 1 << qint64(1);
    QTest::newRow("after spring change") << DemoClock::utcDate(2024, 3, 31) + h << qint64(2);
    QTest::newRow("summer") << DemoClock::utcDate(2023, 7, 1) << qint64(2);
    QTest::newRow("before autumn change") << DemoClock::utcDate(2023, 10, 29) + h - 1 << qint64(2);
    QTest::newRow("after autumn change") << DemoClock::utcDate(2023, 10, 29) + h << qint64(1);
}

void TestDemogen::berlinDaylightSaving()
{
    QFETCH(qint64, utc);
    QFETCH(qint64, offsetHours);
    QCOMPARE(DemoClock::berlinOffset(utc), offsetHours * DemoClock::kHour);
}

void TestDemogen::committedDemoMatchesGenerator()
{
    // resources/demo is generated output; regenerate it with
    //   idiolect-demogen --out resources/demo --pii tests/data/demo-pii.json
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoOptions options;
    options.outDir = dir.path();
    QString error;
    QVERIFY2(DemoGenerator::run(options, nullptr, &error), qPrintable(error));
    const QString committed = QStringLiteral(IDIOLECT_SOURCE_DIR "/resources/demo");
    QCOMPARE(filesUnder(dir.path()), filesUnder(committed));
    for (const QString &file : filesUnder(committed)) {
        const QByteArray expected = readAll(committed + u'/' + file);
        const QByteArray actual = readAll(dir.filePath(file));
        QVERIFY2(!expected.isEmpty(), qPrintable(file));
        QVERIFY2(actual == expected, qPrintable(file + u" differs from the generator's output"_s));
    }
}

void TestDemogen::piiManifestMatches()
{
    const QByteArray committed = readAll(QStringLiteral(IDIOLECT_TEST_DATA_DIR "/demo-pii.json"));
    ScenarioOptions options;
    const QByteArray generated = DemoGenerator::piiJson(Scenario::demo(options));
    QCOMPARE(generated, committed);
    // Every "message" value really occurs in the committed messages.
    const QByteArray messages
        = readAll(QStringLiteral(IDIOLECT_SOURCE_DIR "/resources/demo/message.csv"));
    const QJsonArray values
        = QJsonDocument::fromJson(committed).object().value(u"values"_s).toArray();
    QVERIFY(values.size() > 20);
    QStringList kinds;
    for (const QJsonValue &v : values) {
        const QJsonObject o = v.toObject();
        kinds.append(o.value(u"kind"_s).toString());
        if (o.value(u"where"_s).toString() == u"message"_s)
            QVERIFY2(messages.contains(o.value(u"value"_s).toString().toUtf8()),
                     qPrintable(o.value(u"kind"_s).toString()));
    }
    for (const QString &kind :
         {u"phone"_s, u"email"_s, u"iban"_s, u"card"_s, u"address"_s, u"name"_s, u"username"_s})
        QVERIFY2(kinds.contains(kind), qPrintable(kind));
}

void TestDemogen::streamEqualsSqliteExport_data()
{
    QTest::addColumn<QString>("schema");
    for (const char *s : {"newest", "current", "dbv185", "dbv170", "legacy"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestDemogen::streamEqualsSqliteExport()
{
    QFETCH(QString, schema);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoOptions options;
    options.messages = 700;
    options.seed = 99;
    QVERIFY(parseSchemaGeneration(schema, &options.schema));
    options.outDir = dir.filePath(u"stream"_s);
    QString error;
    QVERIFY2(DemoGenerator::run(options, nullptr, &error), qPrintable(error));
    options.outDir = dir.filePath(u"via"_s);
    options.csvViaSqlite = true;
    QVERIFY2(DemoGenerator::run(options, nullptr, &error), qPrintable(error));
    const QStringList files = filesUnder(dir.filePath(u"stream"_s));
    QCOMPARE(files, filesUnder(dir.filePath(u"via"_s)));
    QVERIFY(files.size() >= 8);
    for (const QString &file : files) {
        QVERIFY2(readAll(dir.filePath(u"stream/"_s + file))
                     == readAll(dir.filePath(u"via/"_s + file)),
                 qPrintable(file));
    }
}

void TestDemogen::sqliteLayoutHasAttachmentFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoOptions options;
    options.outDir = dir.path();
    options.format = DemoFormat::Sqlite;
    DemoResult result;
    QString error;
    QVERIFY2(DemoGenerator::run(options, &result, &error), qPrintable(error));
    QVERIFY(result.files.contains(u"database.sqlite"_s));
    const QStringList bins = result.files.filter(u"Attachment_"_s);
    QVERIFY(bins.size() > 10);
    // The long message's full text is one of them (text/x-signal-plain).
    bool found = false;
    for (const QString &bin : bins)
        found = found || readAll(dir.filePath(bin)).startsWith("Okay, the promised trip report");
    QVERIFY(found);
}

void TestDemogen::emptyTablesAreZeroByteFiles()
{
    // signalbackup-tools writes no header for a table without rows: the file has 0 bytes.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (bool viaSqlite : {false, true}) {
        DemoOptions options;
        options.outDir = dir.filePath(viaSqlite ? u"via"_s : u"stream"_s);
        options.messages = 1;
        options.csvViaSqlite = viaSqlite;
        QString error;
        QVERIFY2(DemoGenerator::run(options, nullptr, &error), qPrintable(error));
        for (const QString &table : {u"mention"_s, u"reaction"_s, u"attachment"_s}) {
            const QString path = options.outDir + u'/' + table + u".csv"_s;
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QCOMPARE(QFileInfo(path).size(), 0);
        }
        QVERIFY(readAll(options.outDir + u"/message.csv"_s).startsWith("_id,date_sent,"));
    }
}

void TestDemogen::demoShowsEveryFeature_data()
{
    QTest::addColumn<QString>("marker");
    // One marker per authored situation (AuthoredFeature): the demo must keep all of them.
    for (const char *m : {"👨‍👩‍👧‍👦",
                          "🇩🇪🇫🇷🇯🇵",
                          "#️⃣",
                          "👍🏿",
                          "shopping list:\n",
                          "ok got it\r\n",
                          "ok\rsorry",
                          "  nope, that's it  ",
                          "\"\"8, latest\"\"",
                          "Ill be thre",
                          "wrong chat",
                          "I got the job",
                          "view from the top",
                          "listening later",
                          "twitter.com/climbing_daily",
                          "x.com/berlinbuses",
                          "Okay, the promised",
                          "Lindenstraße 42",
                          "555-0132",
                          "07700 900461",
                          "06 12 34 56 78",
                          "+91 98765 43210",
                          "@example.org",
                          "@example.com",
                          "DE89 3704",
                          "4111 1111 1111 1111",
                          "surprise planning",
                          "new phone",
                          "still at the station",
                          "WHAT 😂",
                          "DON'T forget",
                          "sunset run",
                          "明日の予定は",
                          "مرحبا",
                          "שלום לכולם",
                          "made a group",
                          "hi all 👋",
                          "save me a spot",
                          "that wall looks impossible",
                          "Congratulations!",
                          "landlord:",
                          "Wiener Str. 3B",
                          "☐ passport photo"})
        QTest::newRow(m) << QString::fromUtf8(m);
}

void TestDemogen::demoShowsEveryFeature()
{
    QFETCH(QString, marker);
    static const QByteArray messages
        = readAll(QStringLiteral(IDIOLECT_SOURCE_DIR "/resources/demo/message.csv"));
    QVERIFY(messages.contains(marker.toUtf8()));
}

void TestDemogen::exactMessageCount()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (qint64 n : {1, 50, 1234}) {
        DemoOptions options;
        options.outDir = dir.filePath(QString::number(n));
        options.messages = n;
        DemoResult result;
        QString error;
        QVERIFY2(DemoGenerator::run(options, &result, &error), qPrintable(error));
        QCOMPARE(result.messages, n);
    }
}

QTEST_GUILESS_MAIN(TestDemogen)
#include "tst_demogen.moc"
