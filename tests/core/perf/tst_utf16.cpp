// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// utf16: the four-units-at-a-time surrogate check against a plain loop, the repair of lone
// surrogates, and MessageStore::append, which repairs what JSON importers hand it.
#include "common/Utf16.h"
#include "model/MessageStore.h"

#include <QRandomGenerator>
#include <QTest>

using namespace idiolect;
using namespace Qt::StringLiterals;

class TestUtf16 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void surrogateCheckMatchesALoop();
    void repairKeepsPairs_data();
    void repairKeepsPairs();
    void storeRepairsWhatItIsGiven();
};

void TestUtf16::surrogateCheckMatchesALoop()
{
    QRandomGenerator rng(7);
    for (int round = 0; round < 20000; ++round) {
        QString text(rng.bounded(0, 24), QChar(u'a'));
        for (QChar &c : text) {
            const quint32 pick = rng.bounded(8u);
            c = pick == 0   ? QChar(char16_t(0xD800 + rng.bounded(0x800u)))
                : pick == 1 ? QChar(char16_t(0xE000 + rng.bounded(0x1000u)))
                            : QChar(char16_t(0x20 + rng.bounded(0x7000u)));
        }
        bool loop = true;
        for (const QChar c : text)
            loop = loop && !c.isSurrogate();
        QCOMPARE(utf16::hasNoSurrogates(text), loop);
        // After the repair every surrogate left is half of a pair.
        QVERIFY(utf16::withoutLoneSurrogates(text).isValidUtf16());
    }
}

void TestUtf16::repairKeepsPairs_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addColumn<int>("repaired");
    const QChar high(char16_t(0xD83D)), low(char16_t(0xDE00));
    QTest::newRow("none") << u"plain"_s << u"plain"_s << 0;
    QTest::newRow("pair") << u"a\U0001F600b"_s << u"a\U0001F600b"_s << 0;
    QTest::newRow("high alone") << (u"a"_s + high + u"b"_s) << u"a\uFFFDb"_s << 1;
    QTest::newRow("low alone") << (u"a"_s + low) << u"a\uFFFD"_s << 1;
    QTest::newRow("reversed") << (QString(low) + high) << u"\uFFFD\uFFFD"_s << 2;
    QTest::newRow("high at the end") << (u"\U0001F600"_s + high) << u"\U0001F600\uFFFD"_s << 1;
    QTest::newRow("two highs, one low")
        << (QString(high) + high + low) << u"\uFFFD\U0001F600"_s << 1;
}

void TestUtf16::repairKeepsPairs()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QFETCH(int, repaired);
    QString text = in;
    QCOMPARE(utf16::repairLoneSurrogates(text.data(), text.size()), qsizetype(repaired));
    QCOMPARE(text, out);
    QCOMPARE(utf16::withoutLoneSurrogates(in), out);
}

void TestUtf16::storeRepairsWhatItIsGiven()
{
    MessageStore store;
    qsizetype lone = 0;
    const QChar high(char16_t(0xD83D));
    store.append(MessageRecord{}, u"ok \U0001F600"_s, {}, &lone);
    QCOMPARE(lone, qsizetype(0));
    const QString body = u"x"_s + high;
    const QString quote = u"quote "_s + high + high;
    store.append(MessageRecord{}, body, quote, &lone);
    QCOMPARE(lone, qsizetype(3));
    QCOMPARE(store.body(0), u"ok \U0001F600");
    QCOMPARE(store.body(1), u"x\uFFFD");
    QCOMPARE(store.quoteBody(1), u"quote \uFFFD\uFFFD");
    store.append(MessageRecord{}, QString(high)); // no counter: repaired all the same
    QCOMPARE(store.body(2), u"\uFFFD");
}

QTEST_GUILESS_MAIN(TestUtf16)
#include "tst_utf16.moc"
