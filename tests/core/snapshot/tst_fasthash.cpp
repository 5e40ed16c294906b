// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FastHash: streaming in any pieces equals one shot, every single-bit change and every
// length change gives another value, seeds separate, and the values are stable (they are
// part of the snapshot format).
#include "common/FastHash.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace idiolect;

class TestFastHash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamingEqualsOneShot_data();
    void streamingEqualsOneShot();
    void everyBitFlipChangesTheHash();
    void twoBitChangesChangeTheHash();
    void lengthMatters();
    void seedMatters();
    void valuesAreStable();
};

void TestFastHash::streamingEqualsOneShot_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("piece");
    for (int size : {0, 1, 7, 8, 31, 32, 33, 63, 64, 65, 1000, 4099}) {
        for (int piece : {1, 3, 8, 31, 32, 100}) {
            QTest::addRow("%d bytes in pieces of %d", size, piece) << size << piece;
        }
    }
}

void TestFastHash::streamingEqualsOneShot()
{
    QFETCH(int, size);
    QFETCH(int, piece);
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random{quint32(size)};
    for (char &c : data)
        c = char(random.bounded(256));
    FastHash streamed(11);
    for (qsizetype at = 0; at < data.size(); at += piece)
        streamed.add(QByteArrayView(data).sliced(at, std::min<qsizetype>(piece, size - at)));
    QCOMPARE(streamed.result(), FastHash::of(data, 11));
}

void TestFastHash::everyBitFlipChangesTheHash()
{
    QByteArray data(200, 'a');
    const quint64 base = FastHash::of(data);
    QSet<quint64> seen{base};
    for (qsizetype byte = 0; byte < data.size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray flipped = data;
            flipped[byte] = char(flipped[byte] ^ (1 << bit));
            seen.insert(FastHash::of(flipped));
        }
    }
    QCOMPARE(seen.size(), qsizetype(1 + 200 * 8));
}

void TestFastHash::twoBitChangesChangeTheHash()
{
    // Pairs of flips in neighbouring words of one lane and across lanes: a weak round
    // function lets the second flip cancel the first.
    QByteArray data(256, 'b');
    const quint64 base = FastHash::of(data);
    QSet<quint64> seen{base};
    QRandomGenerator random{99};
    int pairs = 0;
    for (int i = 0; i < 3000; ++i) {
        const auto first = int(random.bounded(256 * 8));
        const int second
            = (first + 8 * int(random.bounded(1, 64)) + int(random.bounded(8))) % (256 * 8);
        if (second == first)
            continue;
        QByteArray flipped = data;
        flipped[first / 8] = char(flipped[first / 8] ^ (1 << (first % 8)));
        flipped[second / 8] = char(flipped[second / 8] ^ (1 << (second % 8)));
        const quint64 h = FastHash::of(flipped);
        QVERIFY(h != base);
        seen.insert(h);
        ++pairs;
    }
    QVERIFY(seen.size() > pairs * 9 / 10); // repeats only where the same pair came twice
}

void TestFastHash::lengthMatters()
{
    QSet<quint64> seen;
    for (int n = 0; n < 100; ++n)
        seen.insert(FastHash::of(QByteArray(n, '\0')));
    QCOMPARE(seen.size(), qsizetype(100));
}

void TestFastHash::seedMatters()
{
    const QByteArray data("snapshot");
    QVERIFY(FastHash::of(data, 1) != FastHash::of(data, 2));
    QCOMPARE(FastHash::of(data, 1), FastHash::of(data, 1));
}

void TestFastHash::valuesAreStable()
{
    // Changing these means every existing snapshot becomes stale: bump
    // SnapshotCache::kFormatVersion together with them.
    QCOMPARE(FastHash::of(QByteArray()), Q_UINT64_C(9678016272566466853));
    QCOMPARE(FastHash::of(QByteArray("idiolect")), Q_UINT64_C(17801949557620206184));
}

QTEST_GUILESS_MAIN(TestFastHash)
#include "tst_fasthash.moc"
