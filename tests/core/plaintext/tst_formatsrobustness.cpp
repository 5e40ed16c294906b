// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged input never crashes the parsers: deterministic mutations of the fixtures through the
// pure entry points (the same ones a fuzzer drives), in strict and lenient mode.
#include "import/plaintext/SignalPlaintextImporter.h"
#include "import/plaintext/ZipArchive.h"
#include "import/plaintext/ZipWriter.h"
#include "import/sigexport/SignalDesktopExportImporter.h"

#include <QFile>
#include <QIODevice>
#include <QRandomGenerator>
#include <QTest>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &name)
{
    QFile f(QStringLiteral(IDIOLECT_TEST_DATA_DIR "/import/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Flips, inserts, deletes or duplicates a few bytes, or cuts the input. */
QByteArray mutate(QByteArray data, QRandomGenerator &rng)
{
    const int edits = int(rng.bounded(1, 8));
    for (int e = 0; e < edits && !data.isEmpty(); ++e) {
        const auto at = qsizetype(rng.bounded(quint32(data.size())));
        switch (rng.bounded(5)) {
        case 0: data[at] = char(rng.bounded(256)); break;
        case 1: data.insert(at, char(rng.bounded(256))); break;
        case 2: data.remove(at, qsizetype(rng.bounded(1, 64))); break;
        case 3: data.insert(at, data.mid(at, qsizetype(rng.bounded(1, 200)))); break;
        default: data.truncate(at); break;
        }
    }
    return data;
}

} // namespace

class TestFormatsRobustness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plaintextLines();
    void plaintextZip();
    void sigexportLines();
};

void TestFormatsRobustness::plaintextLines()
{
    const QByteArray seed = readFile(u"plaintext/full/main.jsonl"_s);
    QVERIFY(!seed.isEmpty());
    QRandomGenerator rng(20260101);
    int accepted = 0;
    for (int i = 0; i < 400; ++i) {
        ImportOptions options;
        options.lenient = i % 2 == 1;
        const auto ex = SignalPlaintextImporter::parseBytes(mutate(seed, rng), options);
        if (ex) {
            ++accepted;
            for (const Thread &t : (*ex)->threads) {
                for (quint32 m : t.messages)
                    QVERIFY(m < (*ex)->messages.size());
            }
        } else {
            QVERIFY(!ex.error().message.isEmpty());
        }
    }
    QVERIFY(accepted > 0); // lenient mode keeps most damaged exports usable
}

void TestFormatsRobustness::plaintextZip()
{
    ZipWriter writer;
    writer.addFile(u"main.jsonl"_s, readFile(u"plaintext/constructed/main.jsonl"_s));
    writer.addFile(u"files/ab/abcdef.jpg"_s, QByteArray(3000, 'j'), ZipWriter::Method::Stored);
    const QByteArray zip = writer.toBytes().value();
    QRandomGenerator rng(42);
    for (int i = 0; i < 400; ++i) {
        const QByteArray damaged = mutate(zip, rng);
        ImportOptions options;
        options.lenient = true;
        const auto ex = SignalPlaintextImporter::parseBytes(damaged, options);
        QVERIFY(ex || !ex.error().message.isEmpty());
        // Every entry of whatever directory survives reads to the end or to an error.
        auto archive = ZipArchive::fromBytes(damaged);
        if (!archive)
            continue;
        for (qsizetype e = 0; e < qsizetype((*archive)->entries().size()); ++e) {
            const auto bytes = (*archive)->readEntry(e, 1 << 20);
            if (bytes)
                QCOMPARE(bytes->size(), (*archive)->entries()[size_t(e)].size);
        }
    }
}

void TestFormatsRobustness::sigexportLines()
{
    const QByteArray seed = readFile(u"sigexport/export/BenOrt/data.json"_s);
    QVERIFY(!seed.isEmpty());
    QRandomGenerator rng(7);
    for (int i = 0; i < 400; ++i) {
        ImportOptions options;
        options.lenient = i % 2 == 0;
        options.localZone = QTimeZone("Europe/Berlin");
        const auto ex
            = SignalDesktopExportImporter::parseBytes(mutate(seed, rng), u"BenOrt"_s, options);
        QVERIFY(ex || !ex.error().message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestFormatsRobustness)
#include "tst_formatsrobustness.moc"
