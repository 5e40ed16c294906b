// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TextAnalyzer::words on ASCII text (chunks remembered by AsciiWordCache) gives exactly
// ICU's words on the whole text: the same words, in the same order, with the same
// letters flag and the same URL skipping — on hand-picked texts, on random texts built
// from every ASCII character class UAX #29 distinguishes, and with repeated chunks.
#include "analysis/TextAnalyzer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;

namespace {

QStringList wordsOf(TextAnalyzer &analyzer, QStringView text, int *count)
{
    QStringList out;
    *count = analyzer.words(text, [&](QStringView word, bool letters) {
        out.append(word.toString() + (letters ? u"|L"_s : u"|N"_s));
    });
    return out;
}

} // namespace

class TestTextAnalyzerWords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsIcu_data();
    void sameAsIcu();
    void randomTextsSameAsIcu();
    void cacheStaysCorrectWhenFull();

private:
    void compare(QStringView text);

    TextAnalyzer m_fast{TextAnalyzer::WordPath::Fast};
    TextAnalyzer m_icu{TextAnalyzer::WordPath::IcuOnly};
};

void TestTextAnalyzerWords::compare(QStringView text)
{
    int fastCount = 0;
    int icuCount = 0;
    const QStringList fast = wordsOf(m_fast, text, &fastCount);
    const QStringList icu = wordsOf(m_icu, text, &icuCount);
    QCOMPARE(fast, icu);
    QCOMPARE(fastCount, icuCount);
}

void TestTextAnalyzerWords::sameAsIcu_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces only") << u"   \n \r\n "_s;
    QTest::newRow("sentence") << u"Hey, are you coming tonight? I'll be there at 8:30."_s;
    QTest::newRow("numbers") << u"3.14 1,000,000 v2 2nd 10pm 1.5x a1.5 1a.b"_s;
    QTest::newRow("apostrophes and dots") << u"don't e.g. U.S.A. 'quoted' it's."_s;
    QTest::newRow("underscores") << u"_ __ a_b _1 1_ a_1 snake_case __init__"_s;
    QTest::newRow("colon and semicolon") << u"a:b 1:2 a;b 1;2 re:re"_s;
    QTest::newRow("url skipped") << u"look https://example.org/a_b?c=1 and www.x.de now"_s;
    QTest::newRow("two urls") << u"http://a.b http://c.d/e.f end"_s;
    QTest::newRow("tabs and symbols") << u"a\tb #tag @name 100% $5 a-b a/b (x) [y] {z}"_s;
    QTest::newRow("crlf lines") << u"line one\r\nline two\rline\vthree\ffour"_s;
    QTest::newRow("long chunk") << (u"word"_s.repeated(40) + u" "_s + u"a.b"_s.repeated(30)
                                    + u" end"_s);
}

void TestTextAnalyzerWords::sameAsIcu()
{
    QFETCH(QString, text);
    compare(text);
    compare(text); // the second time from the cache
}

void TestTextAnalyzerWords::randomTextsSameAsIcu()
{
    // Letters, digits, every joiner class (MidLetter, MidNum, MidNumLet, Single_Quote,
    // ExtendNumLet), separators, and others.
    const QString alphabet = u"aZkq09 \n\r\t.,;:'_\"-/@?!#%https:/www"_s;
    QRandomGenerator random{2026};
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int length = int(random.bounded(30));
        for (int i = 0; i < length; ++i)
            text += alphabet[qsizetype(random.bounded(quint32(alphabet.size())))];
        compare(text);
        if (QTest::currentTestFailed()) {
            qWarning("text: \"%s\"", qPrintable(text));
            return;
        }
    }
}

void TestTextAnalyzerWords::cacheStaysCorrectWhenFull()
{
    TextAnalyzer fast(TextAnalyzer::WordPath::Fast);
    TextAnalyzer icu(TextAnalyzer::WordPath::IcuOnly);
    for (int i = 0; i < 70000; ++i) {
        const QString text = u"w%1 x.%1 %1'a"_s.arg(i);
        int a = 0;
        int b = 0;
        QCOMPARE(wordsOf(fast, text, &a), wordsOf(icu, text, &b));
    }
}

QTEST_GUILESS_MAIN(TestTextAnalyzerWords)
#include "tst_textanalyzerwords.moc"
