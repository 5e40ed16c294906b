// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot cache: every import format round-trips exactly, a changed export is noticed
// (mtime, same-size edits, added/removed files), broken snapshots (truncated, bad checksum,
// wrong version, garbage) are reported, deleted and rebuilt, and a tampered payload with a
// matching checksum is still validated before use.
#include "DemoGenerator.h"
#include "ExportCompare.h"
#include "common/FastHash.h"
#include "common/JobContext.h"
#include "generation/GenerationJob.h"
#include "import/ImportJob.h"
#include "snapshot/SnapshotCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::testing;

Q_DECLARE_METATYPE(idiolect::SnapshotStatus)

namespace {

constexpr qsizetype kHeaderSize = 48;
constexpr qsizetype kPayloadHashOffset = 32;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/** Stores a checksum that matches the (modified) payload, as a careful forger would. */
void fixChecksum(QByteArray &file)
{
    const quint64 hash = FastHash::of(QByteArrayView(file).sliced(kHeaderSize));
    std::memcpy(file.data() + kPayloadHashOffset, &hash, sizeof(hash));
}

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &f : QDir(from).entryInfoList(QDir::Files)) {
        if (!QFile::copy(f.absoluteFilePath(), QDir(to).filePath(f.fileName())))
            return false;
    }
    return true;
}

} // namespace

class TestSnapshotCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void generationIsByteIdentical();
    void staleExport_data();
    void staleExport();
    void optionsHaveTheirOwnSnapshot();
    void brokenSnapshot_data();
    void brokenSnapshot();
    void tamperedPayloadIsValidated();
    void keepsOnlyTheNewest();
    void cliReportsTheSnapshot();

private:
    ImportOptions options(const QString &path) const;
    ChatExportPtr open(const ImportOptions &o, SnapshotStatus *status) const;
    ChatExportPtr fresh(const QString &path) const;

    QTemporaryDir m_dir;
    QTemporaryDir m_cache;
    int m_copies = 0;
};

ImportOptions TestSnapshotCache::options(const QString &path) const
{
    ImportOptions o;
    o.path = path;
    o.useCache = true;
    o.cacheDir = m_cache.path();
    o.localZone = QTimeZone("Europe/Berlin");
    return o;
}

ChatExportPtr TestSnapshotCache::open(const ImportOptions &o, SnapshotStatus *status) const
{
    auto ex = ImportJob::run(o, JobContext::detached(), status);
    if (!ex)
        qWarning("%s", qPrintable(ex.error().toString()));
    return ex ? *ex : nullptr;
}

ChatExportPtr TestSnapshotCache::fresh(const QString &path) const
{
    ImportOptions o = options(path);
    o.useCache = false;
    SnapshotStatus status = SnapshotStatus::Hit;
    ChatExportPtr ex = open(o, &status);
    return status == SnapshotStatus::Missing ? ex : nullptr;
}

void TestSnapshotCache::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_cache.isValid());
    demogen::DemoOptions o;
    o.outDir = m_dir.path();
    o.format = demogen::DemoFormat::All;
    o.timeZone = "Europe/Berlin";
    QString error;
    QVERIFY2(demogen::DemoGenerator::run(o, nullptr, &error), qPrintable(error));
}

void TestSnapshotCache::roundTrip_data()
{
    QTest::addColumn<QString>("sub");
    QTest::newRow("signalbackup-tools csv") << u"csv"_s;
    QTest::newRow("database.sqlite") << u"sqlite"_s;
    QTest::newRow("main.jsonl folder") << u"plaintext"_s;
    QTest::newRow("main.jsonl zip") << u"plaintext.zip"_s;
    QTest::newRow("signal-export") << u"sigexport"_s;
}

void TestSnapshotCache::roundTrip()
{
    QFETCH(QString, sub);
    const QString path = m_dir.filePath(sub);
    const ChatExportPtr reference = fresh(path);
    QVERIFY(reference && reference->messages.size() > 0);

    SnapshotStatus status = SnapshotStatus::Hit;
    const ChatExportPtr first = open(options(path), &status);
    QCOMPARE(status, SnapshotStatus::Missing);
    QVERIFY(first);
    const QString file = SnapshotCache::snapshotPath(options(path));
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());

    const ChatExportPtr second = open(options(path), &status);
    QCOMPARE(status, SnapshotStatus::Hit);
    QVERIFY(second);
    QCOMPARE(exportDifference(*reference, *second), QString());
}

void TestSnapshotCache::generationIsByteIdentical()
{
    const QString path = m_dir.filePath(u"csv"_s);
    SnapshotStatus status = SnapshotStatus::Missing;
    open(options(path), &status);
    const ChatExportPtr cached = open(options(path), &status);
    QCOMPARE(status, SnapshotStatus::Hit);
    QList<QByteArray> outputs;
    for (const ChatExportPtr &ex : {fresh(path), cached}) {
        GenerationParams params;
        params.layer = std::make_shared<const TextLayer>(ex);
        params.options.strategies = QList<Strategy>(kAllStrategies.begin(), kAllStrategies.end());
        DatasetWriteOptions write;
        write.path = m_dir.filePath(u"out-%1.jsonl"_s.arg(outputs.size()));
        write.createdAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        params.output = write;
        auto result = GenerationJob::run(params, JobContext::detached());
        QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
        QVERIFY(result->summary.totalExamples > 0);
        outputs.append(readAll(write.path));
    }
    QVERIFY(!outputs[0].isEmpty());
    QVERIFY(outputs[0] == outputs[1]);
}

void TestSnapshotCache::staleExport_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("message.csv touched") << u"touch"_s;
    QTest::newRow("same size and mtime, other bytes") << u"edit"_s;
    QTest::newRow("a table added") << u"add"_s;
    QTest::newRow("a table removed") << u"remove"_s;
}

void TestSnapshotCache::staleExport()
{
    QFETCH(QString, change);
    const QString path = m_dir.filePath(u"stale-%1"_s.arg(++m_copies));
    QVERIFY(copyFolder(m_dir.filePath(u"csv"_s), path));
    SnapshotStatus status = SnapshotStatus::Hit;
    QVERIFY(open(options(path), &status));
    QCOMPARE(status, SnapshotStatus::Missing);

    const QString messages = QDir(path).filePath(u"message.csv"_s);
    if (change == u"touch"_s) {
        QFile f(messages);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(f.fileTime(QFileDevice::FileModificationTime).addSecs(5),
                              QFileDevice::FileModificationTime));
    } else if (change == u"edit"_s) {
        const QDateTime mtime = QFileInfo(messages).lastModified();
        QByteArray bytes = readAll(messages);
        const qsizetype at = bytes.indexOf('e', bytes.indexOf('\n') + 1); // a letter of a row
        QVERIFY(at > 0);
        bytes[at] = 'E';
        QVERIFY(writeAll(messages, bytes));
        QFile f(messages);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
    } else if (change == u"add"_s) {
        QVERIFY(writeAll(QDir(path).filePath(u"notes.txt"_s), "not a table\n"));
    } else {
        QVERIFY(QFile::remove(QDir(path).filePath(u"reaction.csv"_s)));
    }

    const ChatExportPtr reopened = open(options(path), &status);
    QCOMPARE(status, SnapshotStatus::Stale);
    QVERIFY(reopened);
    QCOMPARE(exportDifference(*fresh(path), *reopened), QString());
    QVERIFY(open(options(path), &status));
    QCOMPARE(status, SnapshotStatus::Hit);
}

void TestSnapshotCache::optionsHaveTheirOwnSnapshot()
{
    const QString path = m_dir.filePath(u"csv"_s);
    SnapshotStatus status = SnapshotStatus::Missing;
    QVERIFY(open(options(path), &status));
    ImportOptions lenient = options(path);
    lenient.lenient = true;
    QVERIFY(SnapshotCache::snapshotPath(lenient) != SnapshotCache::snapshotPath(options(path)));
    QVERIFY(open(lenient, &status));
    QCOMPARE(status, SnapshotStatus::Missing);
    QVERIFY(open(options(path), &status));
    QCOMPARE(status, SnapshotStatus::Hit);
}

void TestSnapshotCache::brokenSnapshot_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<SnapshotStatus>("expected");
    QTest::newRow("empty file") << u"empty"_s << SnapshotStatus::Corrupt;
    QTest::newRow("shorter than the header") << u"header"_s << SnapshotStatus::Corrupt;
    QTest::newRow("truncated payload") << u"truncate"_s << SnapshotStatus::Corrupt;
    QTest::newRow("one byte appended") << u"append"_s << SnapshotStatus::Corrupt;
    QTest::newRow("bad checksum (bit flip)") << u"flip"_s << SnapshotStatus::Corrupt;
    QTest::newRow("not a snapshot (magic)") << u"magic"_s << SnapshotStatus::Corrupt;
    QTest::newRow("other format version") << u"version"_s << SnapshotStatus::WrongVersion;
    QTest::newRow("other byte order") << u"byteorder"_s << SnapshotStatus::WrongVersion;
    QTest::newRow("garbage with a valid checksum") << u"garbage"_s << SnapshotStatus::Corrupt;
    QTest::newRow("truncated with a valid checksum") << u"cut"_s << SnapshotStatus::Corrupt;
}

void TestSnapshotCache::brokenSnapshot()
{
    QFETCH(QString, damage);
    QFETCH(SnapshotStatus, expected);
    const QString path = m_dir.filePath(u"csv"_s);
    const ChatExportPtr reference = fresh(path);
    SnapshotStatus status = SnapshotStatus::Hit;
    QVERIFY(open(options(path), &status));
    const QString file = SnapshotCache::snapshotPath(options(path));
    QByteArray bytes = readAll(file);
    QVERIFY(bytes.size() > 100000);

    if (damage == u"empty"_s) {
        bytes.clear();
    } else if (damage == u"header"_s) {
        bytes.truncate(20);
    } else if (damage == u"truncate"_s) {
        bytes.chop(1000);
    } else if (damage == u"append"_s) {
        bytes.append('\0');
    } else if (damage == u"flip"_s) {
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10);
    } else if (damage == u"magic"_s) {
        bytes[0] = 'X';
    } else if (damage == u"version"_s) {
        const quint32 version = SnapshotCache::kFormatVersion + 1;
        std::memcpy(bytes.data() + 8, &version, sizeof(version));
    } else if (damage == u"byteorder"_s) {
        const quint32 order = 0x04030201;
        std::memcpy(bytes.data() + 12, &order, sizeof(order));
    } else if (damage == u"garbage"_s) {
        QRandomGenerator random(7);
        for (qsizetype i = kHeaderSize; i < bytes.size(); ++i)
            bytes[i] = char(random.bounded(256));
        fixChecksum(bytes);
    } else if (damage == u"cut"_s) {
        bytes.chop(bytes.size() / 3);
        const quint64 size = quint64(bytes.size() - kHeaderSize);
        std::memcpy(bytes.data() + 24, &size, sizeof(size));
        fixChecksum(bytes);
    }
    QVERIFY(writeAll(file, bytes));

    const ChatExportPtr reopened = open(options(path), &status);
    QCOMPARE(status, expected);
    QVERIFY(reopened);
    QCOMPARE(exportDifference(*reference, *reopened), QString());
    // The broken file was replaced by a good one.
    QVERIFY(open(options(path), &status));
    QCOMPARE(status, SnapshotStatus::Hit);
}

void TestSnapshotCache::tamperedPayloadIsValidated()
{
    const QString path = m_dir.filePath(u"csv"_s);
    SnapshotStatus status = SnapshotStatus::Hit;
    QVERIFY(open(options(path), &status));
    const QString file = SnapshotCache::snapshotPath(options(path));
    const QByteArray good = readAll(file);
    QRandomGenerator random(2024);
    int rejected = 0;
    for (int round = 0; round < 150; ++round) {
        QByteArray bytes = good;
        const auto at = qsizetype(random.bounded(quint32(kHeaderSize), quint32(bytes.size() - 4)));
        if (round % 2 == 0) {
            bytes[at] = char(bytes[at] ^ (1 << random.bounded(8)));
        } else {
            for (qsizetype i = at; i < at + 4; ++i)
                bytes[i] = char(0xff); // large counts, offsets and enum values
        }
        fixChecksum(bytes);
        QVERIFY(writeAll(file, bytes));
        const SnapshotLoad load = SnapshotCache::load(options(path));
        if (load.status != SnapshotStatus::Hit) {
            ++rejected;
            QVERIFY(!load.exported);
            QVERIFY(!QFileInfo::exists(file));
            continue;
        }
        // Whatever passed validation is safe to read in full.
        const MessageStore &m = load.exported->messages;
        qint64 units = 0;
        for (quint32 i = 0; i < m.size(); ++i)
            units += m.body(i).size() + m.quoteBody(i).size() + qint64(m.mentions(i).size());
        for (const Thread &t : load.exported->threads) {
            for (quint32 i : t.messages)
                QVERIFY(i < m.size());
        }
        QVERIFY(units >= 0);
    }
    // Most flips land in message text, which only the checksum could notice.
    QVERIFY2(rejected > 0, qPrintable(QString::number(rejected)));
}

void TestSnapshotCache::keepsOnlyTheNewest()
{
    QTemporaryDir cache;
    const ChatExportPtr ex = fresh(m_dir.filePath(u"csv"_s));
    QVERIFY(ex);
    for (qint64 self = 1; self <= SnapshotCache::kKeep + 2; ++self) {
        ImportOptions o = options(m_dir.filePath(u"csv"_s));
        o.cacheDir = cache.path();
        o.selfOverride = self;
        QVERIFY(SnapshotCache::save(o, *ex));
    }
    const QDir dir(QDir(cache.path()).filePath(u"snapshots"_s));
    QCOMPARE(dir.entryList({u"*.snapshot"_s}, QDir::Files).size(), SnapshotCache::kKeep);

    // What the preferences show and what "Clear" removes: every snapshot, nothing else.
    QFile other(dir.filePath(u"notes.txt"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("not a snapshot");
    other.close();
    const SnapshotCache::Usage before = SnapshotCache::usage(dir.path());
    QCOMPARE(before.files, SnapshotCache::kKeep);
    QVERIFY(before.bytes > 1000 * SnapshotCache::kKeep);
    QCOMPARE(SnapshotCache::clear(dir.path()), SnapshotCache::kKeep);
    QCOMPARE(SnapshotCache::usage(dir.path()).files, 0);
    QCOMPARE(SnapshotCache::usage(dir.path()).bytes, 0);
    QVERIFY(other.exists());
    QCOMPARE(SnapshotCache::clear(QString()), 0);

    // After clearing, the next import is a miss that parses again.
    ImportOptions o = options(m_dir.filePath(u"csv"_s));
    o.cacheDir = cache.path();
    SnapshotStatus status = SnapshotStatus::Hit;
    QVERIFY(open(o, &status));
    QCOMPARE(status, SnapshotStatus::Missing);
}

void TestSnapshotCache::cliReportsTheSnapshot()
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CACHE_HOME"_s, home.path());
    QStringList statuses;
    for (int run = 0; run < 2; ++run) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(IDIOLECT_CLI_PATH),
                {u"inspect"_s, m_dir.filePath(u"csv"_s), u"--cache"_s, u"--verbose"_s});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const qsizetype at = err.indexOf(u"snapshot "_s);
        QVERIFY2(at >= 0, qPrintable(err));
        statuses.append(err.mid(at + 9).section(u'\n', 0, 0).trimmed());
    }
    QCOMPARE(statuses, QStringList({u"missing"_s, u"hit"_s}));
}

QTEST_GUILESS_MAIN(TestSnapshotCache)
#include "tst_snapshotcache.moc"
