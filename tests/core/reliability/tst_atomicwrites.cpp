// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every writer of user files is atomic: on a full disk (RLIMIT_FSIZE) or a cancel half-way the
// old file is untouched and no partial or temporary file is left behind.
#include "FileSizeLimit.h"
#include "HostileExport.h"

#include "CliApp.h"
#include "common/JobContext.h"
#include "export/DatasetInfo.h"
#include "export/DatasetWriter.h"
#include "generation/GenerationJob.h"
#include "import/plaintext/ZipWriter.h"
#include "privacy/PseudonymMap.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::testing;

namespace {

const QString kDemo = QStringLiteral(IDIOLECT_SOURCE_DIR "/resources/demo");
const QByteArray kOld = "the user's previous dataset, which must survive\n";
constexpr rlim_t kLimit = 16 * 1024;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeOld(const QString &path, const QByteArray &bytes = kOld)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestAtomicWrites final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void datasetOnFullDisk_data();
    void datasetOnFullDisk();
    void datasetCanceledHalfWay_data();
    void datasetCanceledHalfWay();
    void datasetInfoOnFullDisk();
    void pseudonymMapOnFullDisk();
    void zipOnFullDisk();
    void generateCommandOnFullDisk();

private:
    GenerationResult m_generated;
    TextLayerPtr m_layer;
};

void TestAtomicWrites::initTestCase()
{
    const auto imported = importExport(kDemo);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    m_layer = std::make_shared<const TextLayer>(*imported);
    GenerationParams params;
    params.layer = m_layer;
    params.options.strategies = {kAllStrategies.begin(), kAllStrategies.end()};
    auto generated = GenerationJob::run(params, JobContext::detached());
    QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().toString()));
    m_generated = std::move(*generated);
    QVERIFY(m_generated.examples.size() > 500);
}

void TestAtomicWrites::datasetOnFullDisk_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("hadOldFile");
    QTest::newRow("jsonl over an old file") << u"out.jsonl"_s << true;
    QTest::newRow("json over an old file") << u"out.json"_s << true;
    QTest::newRow("jsonl.gz over an old file") << u"out.jsonl.gz"_s << true;
    QTest::newRow("jsonl, no old file") << u"out.jsonl"_s << false;
}

void TestAtomicWrites::datasetOnFullDisk()
{
    QFETCH(QString, name);
    QFETCH(bool, hadOldFile);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    if (hadOldFile)
        QVERIFY(writeOld(path));
    const QStringList before = folderEntries(dir.path());
    DatasetWriteOptions options;
    options.path = path;
    Expected<DatasetWriteResult> result = Error::make(ErrorCode::Internal, u"not run"_s);
    {
        const FileSizeLimit full(kLimit);
        QVERIFY(full.isActive());
        result
            = DatasetWriter::write(m_generated.examples, m_layer, options, JobContext::detached());
    }
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::WriteFailed);
    QCOMPARE(result.error().file, path);
    QCOMPARE(folderEntries(dir.path()), before);
    if (hadOldFile)
        QCOMPARE(readAll(path), kOld);
    // With room on the disk the same write succeeds.
    QVERIFY(DatasetWriter::write(m_generated.examples, m_layer, options, JobContext::detached()));
    QVERIFY(readAll(path).size() > qsizetype(kLimit));
}

void TestAtomicWrites::datasetCanceledHalfWay_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 6; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestAtomicWrites::datasetCanceledHalfWay()
{
    QFETCH(quint32, seed);
    // Enough examples for many write batches, so a cancel can land between any two of them.
    std::vector<Example> many;
    while (many.size() < 60000)
        many.insert(many.end(), m_generated.examples.begin(), m_generated.examples.end());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DatasetWriteOptions options;
    options.path = dir.filePath(u"out.jsonl"_s);
    options.validate = false;

    // How many progress reports does a full write make?
    int reports = 0;
    {
        JobContext counting([&reports](qint64, qint64) { ++reports; });
        QVERIFY(DatasetWriter::write(many, m_layer, options, counting));
    }
    QVERIFY2(reports >= 3, qPrintable(QString::number(reports)));
    QVERIFY(writeOld(options.path));
    const QStringList before = folderEntries(dir.path());

    // Cancel at a seeded report strictly before the last one: the write must not complete.
    QRandomGenerator rng(seed);
    const int cancelAt = 1 + int(rng.bounded(quint32(reports - 1)));
    int seen = 0;
    JobContext job;
    job.setCallback([&](qint64, qint64) {
        if (++seen == cancelAt)
            job.cancel();
    });
    const auto result = DatasetWriter::write(many, m_layer, options, job);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Canceled);
    QCOMPARE(readAll(options.path), kOld);
    QCOMPARE(folderEntries(dir.path()), before);
}

void TestAtomicWrites::datasetInfoOnFullDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString info = dir.filePath(u"dataset_info.json"_s);
    const QByteArray old = "{\"mine\": {}}";
    QVERIFY(writeOld(info, old));
    const QStringList before = folderEntries(dir.path());
    Expected<QString> result = QString();
    {
        const FileSizeLimit full(old.size());
        result = DatasetInfo::write(dir.filePath(u"out.jsonl"_s), u"idiolect"_s,
                                    DatasetFormat::ShareGpt, false);
    }
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::WriteFailed);
    QCOMPARE(readAll(info), old);
    QCOMPARE(folderEntries(dir.path()), before);
}

void TestAtomicWrites::pseudonymMapOnFullDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"pseudonyms.json"_s);
    PseudonymMap map;
    for (int i = 0; i < 200; ++i)
        map.value(PiiKind::Phone, u"+4915100%1"_s.arg(i, 4, 10, QChar(u'0')));
    QVERIFY(writeOld(path));
    const QStringList before = folderEntries(dir.path());
    Status saved;
    {
        const FileSizeLimit full(1024);
        saved = map.save(path);
    }
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::WriteFailed);
    QCOMPARE(readAll(path), kOld);
    QCOMPARE(folderEntries(dir.path()), before);
}

void TestAtomicWrites::zipOnFullDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"export.zip"_s);
    ZipWriter zip;
    QByteArray noise(256 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (char &c : noise)
        c = char(rng.bounded(256));
    zip.addFile(u"main.jsonl"_s, noise, ZipWriter::Method::Stored);
    QVERIFY(writeOld(path));
    const QStringList before = folderEntries(dir.path());
    Status saved;
    {
        const FileSizeLimit full(kLimit);
        saved = zip.save(path);
    }
    QVERIFY(!saved);
    QCOMPARE(readAll(path), kOld);
    QCOMPARE(folderEntries(dir.path()), before);
}

void TestAtomicWrites::generateCommandOnFullDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(u"out.jsonl"_s);
    const QString summary = dir.filePath(u"summary.json"_s);
    QVERIFY(writeOld(out));
    QVERIFY(writeOld(summary));
    const QStringList before = folderEntries(dir.path());
    QString stdoutText, stderrText;
    QTextStream outStream(&stdoutText), errStream(&stderrText);
    cli::CliIo io{outStream, errStream};
    int code = 0;
    {
        const FileSizeLimit full(kLimit);
        cli::CliApp app;
        code = app.run(
            {u"idiolect-cli"_s, u"generate"_s, kDemo, u"--output"_s, out, u"--summary"_s, summary},
            io);
    }
    errStream.flush();
    QVERIFY2(code != 0, qPrintable(stderrText));
    QVERIFY2(stderrText.contains(out), qPrintable(stderrText));
    QCOMPARE(readAll(out), kOld);
    QCOMPARE(readAll(summary), kOld);
    QCOMPARE(folderEntries(dir.path()), before);
}

QTEST_GUILESS_MAIN(TestAtomicWrites)
#include "tst_atomicwrites.moc"
