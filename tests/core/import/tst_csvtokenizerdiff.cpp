// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CsvTokenizer against ReferenceCsvTokenizer (the field-by-field tokenizer it replaced): every
// record, field, status, position and error must be the same, read from the start or after a
// seek(), in and out of CRLF mode, over every CSV fixture, a demo export, the benchmark export
// and thousands of random inputs.
#include "CsvTokenizerPair.h"
#include "ImportTestSupport.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace idiolect;
using idiolect::test::CsvTokenizerPair;

namespace {

/** The input in a heap block of exactly its size, so ASan sees any read past its end. */
class ExactBuffer final
{
public:
    explicit ExactBuffer(QByteArrayView bytes) : m_size(bytes.size())
    {
        m_bytes = std::make_unique<char[]>(size_t(std::max<qsizetype>(m_size, 1)));
        if (m_size > 0)
            std::memcpy(m_bytes.get(), bytes.data(), size_t(m_size));
    }
    [[nodiscard]] QByteArrayView view() const { return {m_bytes.get(), m_size}; }

private:
    std::unique_ptr<char[]> m_bytes;
    qsizetype m_size;
};

/**
 * Everything from the start in one mode, then seeks: to record starts (as CsvTableReader's
 * parts do), to arbitrary offsets (CsvSplitter probes after any '\n'), backwards and forwards,
 * on the same tokenizers and on fresh ones. Empty when all agree.
 */
QString compareAll(QByteArrayView data, bool crlf, QRandomGenerator &random, int seeks)
{
    std::vector<qsizetype> starts{0};
    {
        CsvTokenizerPair whole(data, crlf);
        const QString diff = whole.read(std::numeric_limits<qsizetype>::max(), &starts);
        if (!diff.isEmpty())
            return u"sequential: "_s + diff;
    }
    CsvTokenizerPair reused(data, crlf);
    for (int s = 0; s < seeks; ++s) {
        const bool recordStart = random.bounded(3) != 0;
        const qsizetype offset = recordStart ? starts[random.bounded(qsizetype(starts.size()))]
                                             : random.bounded(data.size() + 1);
        const qsizetype records = 1 + random.bounded(4);
        reused.seek(offset);
        QString diff = reused.read(records);
        if (diff.isEmpty()) {
            CsvTokenizerPair fresh(data, crlf);
            fresh.seek(offset);
            diff = fresh.read(records);
        }
        if (!diff.isEmpty())
            return u"after seek(%1): "_s.arg(offset) + diff;
    }
    return {};
}

/** Random bytes from the characters that matter to the tokenizer, in runs that cross blocks. */
QByteArray randomCsv(QRandomGenerator &random)
{
    static const char *const pieces[] = {"a",
                                         ",",
                                         "\"",
                                         "\n",
                                         "\r",
                                         "\"\"",
                                         "\r\n",
                                         ",\"",
                                         "\",",
                                         "\xC3\xA9",
                                         "\xF0\x9F\x98\x80",
                                         "\xEF\xBB\xBF"};
    QByteArray out;
    if (random.bounded(8) == 0)
        out += "\xEF\xBB\xBF";
    const int length = random.bounded(1, 300);
    while (out.size() < length) {
        if (random.bounded(6) == 0)
            out += QByteArray(random.bounded(1, 90), 'a'); // a long field across a block end
        else
            out += pieces[random.bounded(int(std::size(pieces)))];
    }
    return out;
}

/** Random records as signalbackup-tools writes them, then sometimes one byte changed. */
QByteArray randomRecords(QRandomGenerator &random, bool crlf)
{
    QByteArray out;
    const int records = random.bounded(1, 12);
    const int columns = random.bounded(1, 40);
    for (int r = 0; r < records; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out += ',';
            QByteArray value = randomCsv(random).left(random.bounded(1, 12));
            if (random.bounded(4) == 0)
                value.clear();
            if (value.contains(',') || value.contains('"') || value.contains('\n')
                || value.contains('\r'))
                out += '"' + value.replace("\"", "\"\"") + '"';
            else
                out += value;
        }
        out += crlf ? "\r\n" : "\n";
    }
    if (random.bounded(2) == 0 && !out.isEmpty())
        out[random.bounded(out.size())] = ",\"\n\rx"[random.bounded(5)];
    if (random.bounded(4) == 0)
        out.chop(random.bounded(1, 3));
    return out;
}

QStringList csvFilesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, {u"*.csv"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

void compareFile(const QString &path, int seeks)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const ExactBuffer data(file.readAll());
    QRandomGenerator random(quint32(qHash(QFileInfo(path).fileName())));
    for (const bool crlf : {false, true}) {
        const QString diff = compareAll(data.view(), crlf, random, seeks);
        QVERIFY2(diff.isEmpty(), qPrintable(u"%1 (crlf %2): %3"_s.arg(path).arg(crlf).arg(diff)));
    }
}

} // namespace

class TestCsvTokenizerDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures();
    void demoExport();
    void benchmarkExport();
    void randomInputs_data();
    void randomInputs();
};

void TestCsvTokenizerDiff::fixtures()
{
    const QStringList files = csvFilesUnder(QStringLiteral(IDIOLECT_SOURCE_DIR "/tests"));
    QVERIFY(files.size() > 20);
    for (const QString &path : files)
        compareFile(path, 200);
}

void TestCsvTokenizerDiff::demoExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(testing::generateDemo(dir.path(), demogen::SchemaGeneration::Newest,
                                  demogen::DemoFormat::Csv, 3000));
    const QStringList files = csvFilesUnder(dir.path());
    QVERIFY(files.size() > 5);
    for (const QString &path : files)
        compareFile(path, 500);
}

void TestCsvTokenizerDiff::benchmarkExport()
{
    // scripts/bench.sh writes it once; IDIOLECT_BENCH_EXPORT names another one.
    QString dir = qEnvironmentVariable("IDIOLECT_BENCH_EXPORT");
    if (dir.isEmpty())
        dir = QStringLiteral(IDIOLECT_BENCH_DATA_DIR "/signal-csv-20000");
    if (!QFileInfo(dir).isDir())
        QSKIP("no benchmark export (scripts/bench.sh 20000 writes one)");
    for (const QString &path : csvFilesUnder(dir))
        compareFile(path, 2000);
}

void TestCsvTokenizerDiff::randomInputs_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("records");
    for (quint32 seed = 1; seed <= 8; ++seed) {
        QTest::addRow("alphabet %u", seed) << seed << false;
        QTest::addRow("records %u", seed) << seed << true;
    }
}

void TestCsvTokenizerDiff::randomInputs()
{
    QFETCH(quint32, seed);
    QFETCH(bool, records);
    QRandomGenerator random(seed);
    for (int i = 0; i < 1000; ++i) {
        const bool crlf = random.bounded(2) == 1;
        const ExactBuffer data(records ? randomRecords(random, crlf) : randomCsv(random));
        const QString diff = compareAll(data.view(), crlf, random, 20);
        QVERIFY2(diff.isEmpty(),
                 qPrintable(u"input %1 (crlf %2) %3: %4"_s.arg(i).arg(crlf).arg(
                     QString::fromLatin1(data.view().toByteArray().toHex()), diff)));
    }
}

QTEST_GUILESS_MAIN(TestCsvTokenizerDiff)
#include "tst_csvtokenizerdiff.moc"
