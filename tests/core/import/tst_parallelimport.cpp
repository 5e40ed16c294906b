// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV message table read in parts on several threads gives exactly the model (or the error)
// of one sequential pass: fixtures, demo exports of every schema generation, and random files
// with quoted line breaks, quotes, CRLF and fake records near the part boundaries.
#include "ExportCompare.h"
#include "ImportTestSupport.h"
#include "import/CsvSplitter.h"
#include "import/CsvTableReader.h"
#include "snapshot/ByteWriter.h"
#include "snapshot/SnapshotCodec.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::testing;

namespace {

const QString kData = QStringLiteral(IDIOLECT_TEST_DATA_DIR "/import");

struct Outcome
{
    ChatExportPtr model;
    Error error;
};

Outcome importWith(const QString &path, int threads, qsizetype minPartBytes, bool lenient = false)
{
    ImportOptions options;
    options.threads = threads;
    options.minPartBytes = minPartBytes;
    options.lenient = lenient;
    Outcome out;
    out.model = importPath(path, &out.error, options);
    return out;
}

QByteArray encoded(const ChatExport &ex)
{
    ByteWriter out;
    SnapshotCodec::encode(ex, out);
    return out.take();
}

QString errorText(const Error &e)
{
    return u"%1|%2|%3|%4|%5|%6|%7|%8"_s.arg(int(e.code))
        .arg(e.message, e.file)
        .arg(e.line)
        .arg(e.column)
        .arg(e.record)
        .arg(e.columnName, e.hint);
}

/** Empty when both outcomes are the same model or the same error; else what differs. */
QString difference(const Outcome &a, const Outcome &b)
{
    if (bool(a.model) != bool(b.model))
        return u"one failed: %1 / %2"_s.arg(errorText(a.error), errorText(b.error));
    if (!a.model)
        return errorText(a.error) == errorText(b.error)
            ? QString()
            : u"errors differ: %1 / %2"_s.arg(errorText(a.error), errorText(b.error));
    const QString fields = exportDifference(*a.model, *b.model);
    if (!fields.isEmpty())
        return fields;
    return encoded(*a.model) == encoded(*b.model) ? QString() : u"encoded models differ"_s;
}

/** A random message table with the corner cases of signalbackup-tools CSV. */
class RandomCsv final
{
public:
    explicit RandomCsv(quint32 seed) : m_rng(seed) { }

    QByteArray messageTable(bool crlf, bool withError, bool *lenientFixes)
    {
        const QByteArray eol = crlf ? "\r\n" : "\n";
        QByteArray csv = "_id,date_sent,date_received,thread_id,from_recipient_id,"
                         "to_recipient_id,type,body,quote_id,quote_body"
            + eol;
        const int rows = 20 + int(m_rng.bounded(120));
        const int errorRow = withError ? int(m_rng.bounded(rows)) : -1;
        const int errorKind = int(m_rng.bounded(6));
        *lenientFixes = withError && errorKind == 4;
        for (int r = 0; r < rows; ++r) {
            if (m_rng.bounded(40) == 0)
                csv += eol; // a blank line
            QByteArray id = QByteArray::number(r + 1);
            if (m_rng.bounded(25) == 0)
                id.clear(); // numbered by position
            const qint64 date = 1700000000000 + qint64(r) * 60000;
            const char *types[] = {"10485780", "10485783", "10485784", "2", "87", "10485783"};
            QByteArray body = randomText();
            if (r == errorRow && errorKind == 4)
                body.insert(qsizetype(m_rng.bounded(qint32(body.size()) + 1)), "\xff\xfe");
            QByteArrayList fields{id,
                                  QByteArray::number(date),
                                  QByteArray::number(date + 50),
                                  m_rng.bounded(30) == 0 ? QByteArray()
                                                         : QByteArray::number(m_rng.bounded(6)),
                                  QByteArray::number(1 + m_rng.bounded(4)),
                                  QByteArray::number(1 + m_rng.bounded(4)),
                                  types[m_rng.bounded(6)],
                                  quoted(body),
                                  m_rng.bounded(5) == 0 ? QByteArray::number(date - 1000) : "0",
                                  m_rng.bounded(5) == 0 ? quoted(randomText()) : QByteArray()};
            if (r == errorRow) {
                switch (errorKind) {
                case 0: fields[0] = "12a"; break; // not a number
                case 1: fields.append("extra"); break; // too many fields
                case 2: fields.removeLast(); break; // too few fields
                case 3: fields[7] = "\"closed\"then text"; break; // text after a quote
                default: break;
                }
            }
            csv += fields.join(',');
            if (r == errorRow && errorKind == 5) {
                csv += ",\"runs to the end of the file, " + randomText();
                return csv; // the export is cut inside a quoted field
            }
            if (r + 1 < rows || m_rng.bounded(3) != 0)
                csv += eol;
        }
        return csv;
    }

private:
    QByteArray quoted(const QByteArray &text)
    {
        const bool needs = text.contains(',') || text.contains('"') || text.contains('\n')
            || text.contains('\r') || text.startsWith('"');
        if (!needs && m_rng.bounded(4) != 0)
            return text;
        QByteArray escaped = text;
        escaped.replace("\"", "\"\"");
        return '"' + escaped + '"';
    }

    /** Text with commas, quotes, CR, LF, CRLF, UTF-8 and lines that look like records. */
    QByteArray randomText()
    {
        static const char *pieces[] = {
            "hello",
            " ",
            "world",
            ",",
            "\"",
            "\n",
            "\r\n",
            "\r",
            "\"\"",
            "ä",
            "😀",
            "www.example.org",
            "  ",
            "\n\n",
            "\n7,1700000000000,1700000000050,1,1,2,10485780,fake,0,",
            "\n\"8\",1,1,1,1,1,1,\"x\n\",0,\r\n",
            "a\"b",
        };
        constexpr int kPieces = int(std::size(pieces));
        QByteArray text;
        const int n = int(m_rng.bounded(12));
        for (int i = 0; i < n; ++i)
            text += pieces[m_rng.bounded(kPieces)];
        if (m_rng.bounded(20) == 0)
            text += QByteArray(int(m_rng.bounded(3000)), 'x');
        if (m_rng.bounded(15) == 0) {
            // Enough lines that look like records to fool the splitter inside a quoted body.
            for (int i = 0; i < 24; ++i)
                text += "\n9,1700000000000,1700000000050,2,1,2,10485780,fake,0,";
        }
        return text;
    }

    QRandomGenerator m_rng;
};

} // namespace

class TestParallelImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void demoExports_data();
    void demoExports();
    void randomFiles();
    void splitterFindsBoundaries();
};

void TestParallelImport::fixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("minimal") << kData + u"/minimal"_s;
    QDirIterator it(kData + u"/broken"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    QStringList dirs;
    while (it.hasNext())
        dirs.append(it.next());
    dirs.sort();
    for (const QString &dir : dirs) {
        if (!QDir(dir).entryList({u"*.csv"_s}, QDir::Files).isEmpty())
            QTest::newRow(qPrintable(QFileInfo(dir).fileName())) << dir;
    }
}

void TestParallelImport::fixtures()
{
    QFETCH(QString, path);
    for (const bool lenient : {false, true}) {
        const Outcome one = importWith(path, 1, 0, lenient);
        for (const int threads : {2, 3, 8}) {
            for (const qsizetype minPart : {1, 5, 40, 200}) {
                const QString diff = difference(one, importWith(path, threads, minPart, lenient));
                QVERIFY2(
                    diff.isEmpty(),
                    qPrintable(u"threads %1, parts of %2 bytes: %3"_s.arg(threads).arg(minPart).arg(
                        diff)));
            }
        }
    }
}

void TestParallelImport::demoExports_data()
{
    QTest::addColumn<int>("schema");
    QTest::newRow("newest") << int(demogen::SchemaGeneration::Newest);
    QTest::newRow("dbv185") << int(demogen::SchemaGeneration::Dbv185);
    QTest::newRow("dbv170") << int(demogen::SchemaGeneration::Dbv170);
    QTest::newRow("legacy") << int(demogen::SchemaGeneration::Legacy);
}

void TestParallelImport::demoExports()
{
    QFETCH(int, schema);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(generateDemo(dir.path(), demogen::SchemaGeneration(schema), demogen::DemoFormat::Csv,
                         4000));
    const Outcome one = importWith(dir.path(), 1, 0);
    QVERIFY2(one.model, qPrintable(one.error.toString()));
    for (const int threads : {2, 4}) {
        for (const qsizetype minPart : {4096, 65536}) {
            const QString diff = difference(one, importWith(dir.path(), threads, minPart));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }
}

void TestParallelImport::randomFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray recipients;
    {
        QFile f(kData + u"/minimal/recipient.csv"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        recipients = f.readAll();
    }
    int failures = 0;
    for (quint32 seed = 1; seed <= 80; ++seed) {
        RandomCsv gen(seed);
        bool lenientFixes = false;
        const QByteArray messages = gen.messageTable(seed % 3 == 0, seed % 4 == 0, &lenientFixes);
        const QString path = dir.filePath(u"r%1"_s.arg(seed));
        QVERIFY(writeFiles(path, {{u"message.csv"_s, messages}, {u"recipient.csv"_s, recipients}}));
        const Outcome one = importWith(path, 1, 0, lenientFixes);
        failures += one.model ? 0 : 1;
        for (const int threads : {2, 3, 5}) {
            for (const qsizetype minPart : {1, 16, 100, 700}) {
                const QString diff
                    = difference(one, importWith(path, threads, minPart, lenientFixes));
                QVERIFY2(diff.isEmpty(),
                         qPrintable(u"seed %1, threads %2, parts of %3: %4"_s.arg(seed)
                                        .arg(threads)
                                        .arg(minPart)
                                        .arg(diff)));
            }
        }
    }
    // Both outcomes were compared: some files are broken, most import.
    QVERIFY(failures > 0);
    QVERIFY(failures < 40);
}

void TestParallelImport::splitterFindsBoundaries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int joinedAll = 0;
    int skipped = 0;
    for (quint32 seed = 100; seed < 160; ++seed) {
        RandomCsv gen(seed);
        bool lenientFixes = false;
        const QByteArray messages = gen.messageTable(seed % 2 == 0, false, &lenientFixes);
        const QString path = dir.filePath(u"s%1.csv"_s.arg(seed));
        QVERIFY(writeFiles(dir.path(), {{u"s%1.csv"_s.arg(seed), messages}}));

        auto reader = CsvTableReader::open(path);
        QVERIFY(reader);
        auto parts = (*reader)->split(4, 64);
        QVERIFY2(parts.size() >= 2, "a file of several KiB splits");
        std::vector<qint64> sequential;
        while ((*reader)->next())
            sequential.push_back((*reader)->line());
        QVERIFY(!(*reader)->error().isError());

        // Every part reads on its own; joining them by their stops gives the sequential records.
        std::vector<std::vector<qint64>> lines(parts.size());
        for (size_t i = 0; i < parts.size(); ++i) {
            while (parts[i]->next())
                lines[i].push_back(parts[i]->line());
        }
        std::vector<qint64> joined;
        size_t used = 0;
        for (size_t i = 0; i < parts.size();) {
            ++used;
            joined.insert(joined.end(), lines[i].begin(), lines[i].end());
            if (!parts[i]->stoppedAtPart())
                break;
            size_t next = i + 1;
            while (next < parts.size() && parts[next]->startOffset() != parts[i]->endOffset())
                ++next;
            QVERIFY(next < parts.size());
            i = next;
        }
        QCOMPARE(joined, sequential);
        if (used == parts.size())
            ++joinedAll;
        else
            ++skipped;
        // A guessed start is a real record start exactly when the chain reached it.
        for (size_t i = 1; i < parts.size(); ++i)
            QVERIFY(CsvSplitter::looksLikeRecordStart(messages, parts[i]->startOffset(),
                                                      (*reader)->columns().size(),
                                                      (*reader)->crlfMode()));
    }
    QVERIFY(joinedAll > 0);
    qInfo("%d files joined all parts, %d skipped a wrongly guessed part", joinedAll, skipped);
}

QTEST_GUILESS_MAIN(TestParallelImport)
#include "tst_parallelimport.moc"
