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
    void randomNonAsciiTextsSameAsIcu();
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
    QTest::newRow("latin") << u"Grüße aus Köln, schöne Straße! Ça va? naïve café"_s;
    QTest::newRow("emoji") << u"ok 😀 👍🏽 👨‍👩‍👧 🇩🇪🇫🇷 done"_s;
    QTest::newRow("combining after space") << u"e \u0301x a \u200Db c \u00ADd"_s;
    QTest::newRow("ideographic space") << u"a\u3000b a \u3000 b"_s;
    QTest::newRow("cjk and thai") << u"我们 今天 去 北京 สวัสดีครับ ありがとう カタカナ"_s;
    QTest::newRow("hebrew and arabic") << u"שלום עולם ג\"ג مرحبا ١٢٣"_s;
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

void TestTextAnalyzerWords::randomNonAsciiTextsSameAsIcu()
{
    // Non-ASCII text is chunked too, except where UAX #29 joins across a separator. Every
    // Word_Break class: ALetter (Latin, Hebrew), Numeric (Arabic-Indic), Katakana, Hiragana and
    // Han (dictionary), Thai (dictionary), Extend, Format, ZWJ, Extended_Pictographic with
    // modifiers, Regional_Indicator, MidLetter, MidNumLet, MidNum, ExtendNumLet, WSegSpace
    // (U+3000), Newline (U+2028, U+0085), Double_Quote, Single_Quote, and the separators.
    const QStringList alphabet = {
        u"a"_s,           u"Z"_s,         u"é"_s,  u"ß"_s,    u"ש"_s,      u"١"_s,      u"7"_s,
        u"カ"_s,          u"ひ"_s,        u"中"_s, u"国"_s,   u"ก"_s,      u"า"_s,      u"\u0301"_s,
        u"\u00AD"_s,      u"\u200D"_s,    u"😀"_s,  u"🏽"_s, u"🇩"_s,      u"🇪"_s,      u"\u00B7"_s,
        u"\u2019"_s,      u"."_s,         u","_s,  u"_"_s,    u"\u3000"_s, u"\u2028"_s, u"\u0085"_s,
        u"\""_s,          u"'"_s,         u" "_s,  u" "_s,    u"\n"_s,     u"\r"_s,     u"\u000B"_s,
        u"https://x.y"_s, u"\U000E0100"_s};
    QRandomGenerator random{2027};
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int length = int(random.bounded(25));
        for (int i = 0; i < length; ++i)
            text += alphabet[qsizetype(random.bounded(quint32(alphabet.size())))];
        compare(text);
        compare(text); // and from the cache
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
