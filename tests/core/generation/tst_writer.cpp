// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Generated.h"
#include "analysis/StyleJson.h"
#include "export/DatasetFileValidator.h"
#include "export/DatasetInfo.h"
#include "export/DatasetWriter.h"
#include "export/Gzip.h"
#include "export/JsonWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::test;

namespace {

const QString kFixtures = QStringLiteral(IDIOLECT_TEST_DATA_DIR "/generation/validate/");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** @p rounds exchanges in one chat: Ann asks, you answer twice. */
struct Data
{
    TextLayerPtr layer;
    std::vector<Example> examples;
    QJsonObject style;
};

Data makeData(int rounds, QList<Strategy> strategies = {Strategy::Conversational})
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann \"A\" Lee"_s);
    const int t = b.thread(ann);
    for (int i = 0; i < rounds; ++i) {
        const qint64 at = kT0 + i * 10 * kMinute;
        b.from(t, ann, at, u"question %1: how are you? \U0001F914"_s.arg(i));
        b.you(t, at + 30 * kSecond, u"fine, thanks! \u00FCmlaut \\ \"quoted\"\ttab %1"_s.arg(i));
        b.you(t, at + 40 * kSecond, u"and you?\nsecond line %1"_s.arg(i));
    }
    Data d;
    d.layer = b.layer();
    GenerationOptions options;
    options.strategies = strategies;
    Generated g = Generated::of(d.layer, options);
    d.examples = std::move(g.examples);
    d.style = StyleJson::toJson(g.style, false);
    return d;
}

DatasetWriteOptions writeOptions(const QString &path, DatasetFormat format = DatasetFormat::Alpaca)
{
    DatasetWriteOptions o;
    o.path = path;
    o.render.format = format;
    o.createdAt = QDateTime::fromString(u"2024-01-01T00:00:00Z"_s, Qt::ISODate);
    return o;
}

QList<QJsonObject> rows(const QByteArray &jsonl)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : jsonl.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        out.append(doc.object());
    }
    return out;
}

} // namespace

class TestWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonStrings_data();
    void jsonStrings();
    void jsonNumbers();
    void gzipRoundTrip();
    void jsonlFormats_data();
    void jsonlFormats();
    void fullMetadataSchema();
    void jsonDocument();
    void gzipMembers();
    void refusesInvalid();
    void dropsInvalid();
    void datasetInfo();
    void datasetInfoNeedsJsonl();
    void nothingToWrite();
    void badExtension();
    void fileValidator_data();
    void fileValidator();
    void fileValidatorErrors_data();
    void fileValidatorErrors();
};

void TestWriter::jsonStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("plain") << u"hi"_s << QByteArray("\"hi\"");
    QTest::newRow("quote and backslash") << u"a\"b\\c"_s << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("controls") << u"\n\r\t\b\f\u0001"_s << QByteArray("\"\\n\\r\\t\\b\\f\\u0001\"");
    QTest::newRow("utf-8 two and three bytes")
        << u"\u00FC\u20AC"_s << QByteArray("\"\xC3\xBC\xE2\x82\xAC\"");
    QTest::newRow("surrogate pair") << u"\U0001F602"_s << QByteArray("\"\xF0\x9F\x98\x82\"");
    QTest::newRow("lone surrogate becomes U+FFFD")
        << QString(QChar(0xDC00)) << QByteArray("\"\xEF\xBF\xBD\"");
}

void TestWriter::jsonStrings()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, json);
    QByteArray out;
    JsonWriter::appendString(out, text);
    QCOMPARE(out, json);
}

void TestWriter::jsonNumbers()
{
    QByteArray out;
    JsonWriter w(out);
    w.beginArray();
    w.value(120.0);
    w.value(0.1);
    w.value(-1.0);
    w.value(qint64(-7));
    w.value(std::numeric_limits<double>::quiet_NaN());
    w.value(std::numeric_limits<double>::infinity());
    w.value(1e300);
    w.value(true);
    w.null();
    w.endArray();
    // Doubles always look like doubles so Arrow infers one column type.
    QCOMPARE(out, QByteArray("[120.0,0.1,-1.0,-7,null,null,1e+300,true,null]"));
}

void TestWriter::gzipRoundTrip()
{
    const QByteArray a = QByteArray("first member\n").repeated(1000);
    const QByteArray b = QByteArray("second \xE2\x82\xAC member\n").repeated(10);
    const QByteArray both = Gzip::compress(a) + Gzip::compress(b, 9);
    QVERIFY(Gzip::isGzip(both));
    QCOMPARE(Gzip::decompress(both).value_or(QByteArray()), a + b);
    QVERIFY(!Gzip::decompress(both.left(both.size() - 5)));
    QVERIFY(!Gzip::decompress("not gzip at all"));
    QCOMPARE(Gzip::decompress(Gzip::compress(QByteArray())).value_or("x"), QByteArray());
}

void TestWriter::jsonlFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("alpaca") << int(DatasetFormat::Alpaca);
    QTest::newRow("sharegpt") << int(DatasetFormat::ShareGpt);
    QTest::newRow("messages") << int(DatasetFormat::Messages);
}

void TestWriter::jsonlFormats()
{
    QFETCH(int, format);
    QTemporaryDir dir;
    const Data d = makeData(5);
    const QString path = dir.filePath(u"out.jsonl"_s);
    DatasetWriteOptions options = writeOptions(path, DatasetFormat(format));
    options.styleAnalysis = d.style;
    auto result = DatasetWriter::write(d.examples, d.layer, options, JobContext::detached());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->written, qint64(d.examples.size()));
    const QList<QJsonObject> lines = rows(readAll(path));
    QCOMPARE(lines.size(), qsizetype(d.examples.size()));
    for (const QJsonObject &row : lines) {
        const QJsonObject meta = row[u"metadata"_s].toObject();
        QCOMPARE(meta.keys(), (QStringList{u"id"_s, u"message_ids"_s, u"thread_id"_s, u"type"_s}));
        QCOMPARE(meta[u"type"_s].toString(), u"conversation_window"_s);
        switch (DatasetFormat(format)) {
        case DatasetFormat::Alpaca:
            QCOMPARE(row.keys(),
                     (QStringList{u"input"_s, u"instruction"_s, u"metadata"_s, u"output"_s}));
            QVERIFY(row[u"output"_s].toString().startsWith(u"fine, thanks"_s)
                    || row[u"output"_s].toString().startsWith(u"and you?"_s));
            break;
        case DatasetFormat::ShareGpt: {
            const QJsonArray turns = row[u"conversations"_s].toArray();
            QStringList from;
            for (const QJsonValue &t : turns)
                from.append(t[u"from"_s].toString());
            QCOMPARE(from.first(), u"system"_s);
            QCOMPARE(from.last(), u"gpt"_s);
            for (qsizetype i = 2; i < from.size(); ++i)
                QVERIFY(from[i] != from[i - 1]);
            break;
        }
        case DatasetFormat::Messages: {
            const QJsonArray turns = row[u"messages"_s].toArray();
            QCOMPARE(turns.first()[u"role"_s].toString(), u"system"_s);
            QCOMPARE(turns.last()[u"role"_s].toString(), u"assistant"_s);
            // Only the target is learned: your earlier turns are weight 0, users have none.
            QCOMPARE(turns.last()[u"weight"_s].toInt(-1), 1);
            for (qsizetype i = 1; i + 1 < turns.size(); ++i) {
                const QJsonObject turn = turns[i].toObject();
                if (turn[u"role"_s].toString() == u"assistant"_s)
                    QCOMPARE(turn[u"weight"_s].toInt(-1), 0);
                else
                    QVERIFY(!turn.contains(u"weight"_s));
            }
            break;
        }
        }
    }
    // The style analysis goes to the sidecar.
    const QJsonObject sidecar = QJsonDocument::fromJson(readAll(result->sidecarPath)).object();
    QCOMPARE(result->sidecarPath, dir.filePath(u"out.style.json"_s));
    QCOMPARE(sidecar[u"data_file"_s].toString(), u"out.jsonl"_s);
    QCOMPARE(sidecar[u"created_at"_s].toString(), u"2024-01-01T00:00:00Z"_s);
    QVERIFY(sidecar[u"style_analysis"_s].toObject().contains(u"avg_message_length"_s));
    // The file passes the file validator with the same rules.
    auto report = DatasetFileValidator::validateFile(path);
    QVERIFY(report);
    QVERIFY(report->validation.ok());
    QCOMPARE(report->rowsByFormat.value(datasetFormatName(DatasetFormat(format))),
             qint64(d.examples.size()));
}

void TestWriter::fullMetadataSchema()
{
    QTemporaryDir dir;
    const Data d = makeData(
        6, {Strategy::Conversational, Strategy::Burst, Strategy::Completion, Strategy::Qa});
    DatasetWriteOptions options = writeOptions(dir.filePath(u"full.jsonl"_s));
    options.metadata = MetadataLevel::Full;
    QVERIFY(DatasetWriter::write(d.examples, d.layer, options, JobContext::detached()));
    const QList<QJsonObject> lines = rows(readAll(options.path));
    QVERIFY(lines.size() > 10);
    const QJsonObject first = lines.first()[u"metadata"_s].toObject();
    QSet<QString> types;
    for (const QJsonObject &row : lines) {
        const QJsonObject meta = row[u"metadata"_s].toObject();
        types.insert(meta[u"type"_s].toString());
        QCOMPARE(meta.keys(), first.keys());
        for (const QString &key : meta.keys())
            QCOMPARE(meta[key].type(), first[key].type());
    }
    QCOMPARE(types.size(), 4);
    QCOMPARE(first.keys().size(), 21);
}

void TestWriter::jsonDocument()
{
    QTemporaryDir dir;
    const Data d = makeData(4);
    DatasetWriteOptions options = writeOptions(dir.filePath(u"doc.json"_s));
    options.styleAnalysis = d.style;
    QVERIFY(DatasetWriter::write(d.examples, d.layer, options, JobContext::detached()));
    const QByteArray bytes = readAll(options.path);
    QVERIFY(bytes.startsWith("{\"version\":\"1.0\",\"created_at\":\"2024-01-01T00:00:00Z\","
                             "\"format\":\"alpaca\",\"total_examples\":"));
    const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(doc[u"total_examples"_s].toInt(), int(d.examples.size()));
    QCOMPARE(doc[u"examples"_s].toArray().size(), qsizetype(d.examples.size()));
    QVERIFY(doc[u"style_analysis"_s].toObject().contains(u"burst_patterns"_s));
    // The document carries full metadata.
    QVERIFY(doc[u"examples"_s][0][u"metadata"_s].toObject().contains(u"response_delay"_s));
    QVERIFY(!QFile::exists(dir.filePath(u"doc.style.json"_s)));
    auto report = DatasetFileValidator::validateFile(options.path);
    QVERIFY(report && report->validation.ok());
    QCOMPARE(report->container, DatasetContainer::Json);
}

void TestWriter::gzipMembers()
{
    QTemporaryDir dir;
    const Data d = makeData(1500); // Over 2048 examples: several gzip members.
    QVERIFY(d.examples.size() > 2048);
    const QString plain = dir.filePath(u"a.jsonl"_s);
    const QString packed = dir.filePath(u"a.jsonl.gz"_s);
    QVERIFY(DatasetWriter::write(d.examples, d.layer, writeOptions(plain), JobContext::detached()));
    QVERIFY(
        DatasetWriter::write(d.examples, d.layer, writeOptions(packed), JobContext::detached()));
    const QByteArray gz = readAll(packed);
    QVERIFY(Gzip::isGzip(gz));
    QVERIFY(gz.size() < readAll(plain).size() / 4);
    QCOMPARE(Gzip::decompress(gz).value_or(QByteArray()), readAll(plain));
    auto report = DatasetFileValidator::validateFile(packed);
    QVERIFY(report && report->validation.ok() && report->gzip);
    QCOMPARE(report->validation.checked, qint64(d.examples.size()));
}

void TestWriter::refusesInvalid()
{
    QTemporaryDir dir;
    Data d = makeData(3);
    const QString path = dir.filePath(u"keep.jsonl"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous dataset\n");
    }
    d.examples[1].outputOverride = u"   "_s;
    d.examples[2].meta.responseDelay = std::numeric_limits<double>::quiet_NaN();
    for (const QString &name : {u"keep.jsonl"_s, u"new.json"_s}) {
        const QString target = dir.filePath(name);
        auto result = DatasetWriter::write(d.examples, d.layer, writeOptions(target),
                                           JobContext::detached());
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Invalid);
        QVERIFY(result.error().message.contains(u"2 of"_s));
        QVERIFY(result.error().hint.contains(u"output is empty"_s));
        QVERIFY(result.error().hint.contains(u"response_delay is not a finite number"_s));
    }
    QCOMPARE(readAll(path), QByteArray("previous dataset\n")); // Untouched.
    QVERIFY(!QFile::exists(dir.filePath(u"new.json"_s)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"keep.jsonl"_s});
}

void TestWriter::dropsInvalid()
{
    QTemporaryDir dir;
    Data d = makeData(3);
    d.examples[0].outputOverride = QString();
    for (const QString &name : {u"d.jsonl"_s, u"d.json"_s}) {
        DatasetWriteOptions options = writeOptions(dir.filePath(name));
        options.dropInvalid = true;
        auto result = DatasetWriter::write(d.examples, d.layer, options, JobContext::detached());
        QVERIFY(result);
        QCOMPARE(result->invalidDropped, qint64(1));
        QCOMPARE(result->written, qint64(d.examples.size()) - 1);
        auto report = DatasetFileValidator::validateFile(options.path);
        QVERIFY(report && report->validation.ok());
        QCOMPARE(report->validation.checked, qint64(d.examples.size()) - 1);
    }
}

void TestWriter::datasetInfo()
{
    QTemporaryDir dir;
    const Data d = makeData(2);
    {
        QFile existing(dir.filePath(u"dataset_info.json"_s));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write(R"({"alpaca_en": {"file_name": "alpaca_en.json"}})");
    }
    DatasetWriteOptions options
        = writeOptions(dir.filePath(u"chat.jsonl"_s), DatasetFormat::Messages);
    options.writeDatasetInfo = true;
    options.datasetName = u"my_texts"_s;
    auto result = DatasetWriter::write(d.examples, d.layer, options, JobContext::detached());
    QVERIFY(result);
    const QJsonObject info = QJsonDocument::fromJson(readAll(result->datasetInfoPath)).object();
    QCOMPARE(info.keys(), (QStringList{u"alpaca_en"_s, u"my_texts"_s}));
    const QJsonObject entry = info[u"my_texts"_s].toObject();
    QCOMPARE(entry[u"file_name"_s].toString(), u"chat.jsonl"_s);
    QCOMPARE(entry[u"formatting"_s].toString(), u"sharegpt"_s);
    QCOMPARE(entry[u"columns"_s].toObject(), (QJsonObject{{u"messages"_s, u"messages"_s}}));
    QCOMPARE(entry[u"tags"_s][u"role_tag"_s].toString(), u"role"_s);
    QCOMPARE(entry[u"tags"_s][u"assistant_tag"_s].toString(), u"assistant"_s);
    QCOMPARE(DatasetInfo::entry(u"x.jsonl"_s, DatasetFormat::Alpaca, true)[u"columns"_s].toObject(),
             (QJsonObject{{u"prompt"_s, u"instruction"_s},
                          {u"query"_s, u"input"_s},
                          {u"response"_s, u"output"_s},
                          {u"system"_s, u"system"_s}}));
}

void TestWriter::datasetInfoNeedsJsonl()
{
    QTemporaryDir dir;
    const Data d = makeData(2);
    for (const QString &name : {u"x.json"_s, u"x.jsonl.gz"_s}) {
        DatasetWriteOptions options = writeOptions(dir.filePath(name));
        options.writeDatasetInfo = true;
        auto result = DatasetWriter::write(d.examples, d.layer, options, JobContext::detached());
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidValue);
        QVERIFY(!QFile::exists(options.path));
    }
    // Separate burst turns put assistant turns in a row: LLaMA-Factory would skip those rows.
    DatasetWriteOptions options = writeOptions(dir.filePath(u"separate.jsonl"_s));
    options.writeDatasetInfo = true;
    options.render.format = DatasetFormat::Messages;
    options.render.burstTurns = BurstTurns::Separate;
    auto result = DatasetWriter::write(d.examples, d.layer, options, JobContext::detached());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidValue);
    QVERIFY(!QFile::exists(options.path));
    QVERIFY(!QFile::exists(dir.filePath(u"dataset_info.json"_s)));
    options.render.burstTurns = BurstTurns::Merge;
    QVERIFY(DatasetWriter::write(d.examples, d.layer, options, JobContext::detached()));
    QVERIFY(QFile::exists(dir.filePath(u"dataset_info.json"_s)));
}

void TestWriter::nothingToWrite()
{
    // No examples (every one rejected, or filters that match nothing): an error, and a file
    // written before keeps its rows instead of becoming an empty file trainers refuse.
    QTemporaryDir dir;
    const Data d = makeData(2);
    const DatasetWriteOptions options = writeOptions(dir.filePath(u"kept.jsonl"_s));
    QVERIFY(DatasetWriter::write(d.examples, d.layer, options, JobContext::detached()));
    const QByteArray before = readAll(options.path);
    QVERIFY(!before.isEmpty());
    auto result = DatasetWriter::write({}, d.layer, options, JobContext::detached());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QCOMPARE(readAll(options.path), before);
}

void TestWriter::badExtension()
{
    const Data d = makeData(1);
    auto result = DatasetWriter::write(d.examples, d.layer, writeOptions(u"/tmp/out.csv"_s),
                                       JobContext::detached());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidValue);
}

void TestWriter::fileValidator_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("checked");
    QTest::addColumn<int>("invalid");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("broken JSON line")
        << u"broken_json.jsonl"_s << 3 << 1 << QStringList{u"line 2: not valid JSON"_s};
    QTest::newRow("bad roles") << u"bad_roles.jsonl"_s << 3 << 2
                               << QStringList{u"line 2: the first turn after the system prompt"_s,
                                              u"line 3: turns 1 and 2 do not alternate"_s};
    QTest::newRow("bad alpaca") << u"bad_alpaca.jsonl"_s << 4 << 4
                                << QStringList{u"line 1: instruction and output must be strings"_s,
                                               u"line 2: instruction is empty"_s,
                                               u"line 3: output is empty"_s,
                                               u"line 4: instruction and output must be strings"_s};
    QTest::newRow("bad shapes") << u"bad_shapes.jsonl"_s << 4 << 4
                                << QStringList{u"line 1: unknown row shape"_s,
                                               u"line 2: the row is not a JSON object"_s,
                                               u"line 3: turn 1 needs a role"_s,
                                               u"line 4: turn 2 has a weight other than 0/1"_s};
    QTest::newRow("bad metadata") << u"bad_metadata.jsonl"_s << 1 << 1
                                  << QStringList{u"line 1 (abc): metadata.type is not a known"_s};
    QTest::newRow("array document") << u"good_array.json"_s << 2 << 0 << QStringList{};
}

void TestWriter::fileValidator()
{
    QFETCH(QString, file);
    QFETCH(int, checked);
    QFETCH(int, invalid);
    QFETCH(QStringList, messages);
    auto report = DatasetFileValidator::validateFile(kFixtures + file);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(int(report->validation.checked), checked);
    QCOMPARE(int(report->validation.invalidExamples), invalid);
    const QString all = report->validation.lines(100).join(u'\n');
    for (const QString &m : messages)
        QVERIFY2(all.contains(m), qPrintable(all));
}

void TestWriter::fileValidatorErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::newRow("missing") << u"does_not_exist.jsonl"_s << int(ErrorCode::NotFound);
    QTest::newRow("empty") << u"empty.jsonl"_s << int(ErrorCode::InvalidValue);
    QTest::newRow("document without examples")
        << u"no_examples.json"_s << int(ErrorCode::InvalidJson);
    QTest::newRow("corrupt gzip") << u"corrupt.jsonl.gz"_s << int(ErrorCode::InvalidValue);
    // Found by fuzz_dataset_validator: an empty JSON list used to validate as an ok dataset.
    QTest::newRow("empty list") << u"empty_array.json"_s << int(ErrorCode::InvalidValue);
    QTest::newRow("empty examples list")
        << u"empty_examples.json"_s << int(ErrorCode::InvalidValue);
}

void TestWriter::fileValidatorErrors()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    auto report = DatasetFileValidator::validateFile(kFixtures + file);
    QVERIFY(!report);
    QCOMPARE(int(report.error().code), code);
    QCOMPARE(report.error().file, kFixtures + file);
}

QTEST_GUILESS_MAIN(TestWriter)
#include "tst_writer.moc"
