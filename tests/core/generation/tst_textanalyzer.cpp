// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/TextAnalyzer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestTextAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void graphemes_data();
    void graphemes();
    void emoji_data();
    void emoji();
    void positions_data();
    void positions();
    void emojiKeys();
    void words_data();
    void words();
    void flags();
};

void TestTextAnalyzer::graphemes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << u"hello"_s << 5;
    QTest::newRow("crlf is one cluster") << u"a\r\nb"_s << 3;
    QTest::newRow("lone cr and lf") << u"a\rb\nc"_s << 5;
    QTest::newRow("precomposed e acute") << u"caf\u00e9"_s << 4;
    QTest::newRow("decomposed e acute") << u"cafe\u0301"_s << 4;
    QTest::newRow("emoji outside BMP") << u"\U0001F602"_s << 1;
    QTest::newRow("thumbs up medium skin") << u"\U0001F44D\U0001F3FD"_s << 1;
    QTest::newRow("heart with VS16") << u"\u2764\uFE0F"_s << 1;
    QTest::newRow("family ZWJ") << u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s << 1;
    QTest::newRow("flag DE") << u"\U0001F1E9\U0001F1EA"_s << 1;
    QTest::newRow("two flags") << u"\U0001F1E9\U0001F1EA\U0001F1EB\U0001F1F7"_s << 2;
    QTest::newRow("keycap one") << u"1\uFE0F\u20E3"_s << 1;
    QTest::newRow("CJK") << u"\u4F60\u597D"_s << 2;
    QTest::newRow("Hangul syllables") << u"\uC548\uB155"_s << 2;
    QTest::newRow("Hangul jamo L V") << u"\u1100\u1161"_s << 1;
    QTest::newRow("Devanagari with vowel sign") << u"\u0915\u093F"_s << 1;
    QTest::newRow("Cyrillic") << u"\u041F\u0440\u0438\u0432\u0435\u0442"_s << 6;
}

void TestTextAnalyzer::graphemes()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(int(TextAnalyzer::graphemeCount(text)), expected);
}

void TestTextAnalyzer::emoji_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << u"plain text"_s << QStringList();
    QTest::newRow("face with tears") << u"hello world \U0001F602"_s << QStringList{u"\U0001F602"_s};
    QTest::newRow("thinking (U+1F914, missed by the reference)")
        << u"thinking \U0001F914\U0001F914"_s << QStringList{u"\U0001F914"_s, u"\U0001F914"_s};
    QTest::newRow("CJK is not emoji") << u"\u4F60\u597D\u4F60\u597D"_s << QStringList();
    QTest::newRow("Hangul is not emoji") << u"\uC548\uB155"_s << QStringList();
    QTest::newRow("skin tone is one")
        << u"ok \U0001F44D\U0001F3FD"_s << QStringList{u"\U0001F44D\U0001F3FD"_s};
    QTest::newRow("ZWJ family is one")
        << u"\U0001F468\u200D\U0001F469\u200D\U0001F467!"_s
        << QStringList{u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s};
    QTest::newRow("flag is one") << u"go \U0001F1E9\U0001F1EA"_s
                                 << QStringList{u"\U0001F1E9\U0001F1EA"_s};
    QTest::newRow("keycap is one") << u"press 1\uFE0F\u20E3"_s << QStringList{u"1\uFE0F\u20E3"_s};
    QTest::newRow("heart with VS16") << u"love \u2764\uFE0F"_s << QStringList{u"\u2764\uFE0F"_s};
    QTest::newRow("bare heart (text default, typed as emoji)")
        << u"love \u2764"_s << QStringList{u"\u2764"_s};
    QTest::newRow("copyright and trademark are text")
        << u"\u00A9 2024 Brand\u2122"_s << QStringList();
    QTest::newRow("copyright with VS16 is emoji")
        << u"\u00A9\uFE0F"_s << QStringList{u"\u00A9\uFE0F"_s};
    QTest::newRow("digits and hash are text") << u"#1 and 2*3"_s << QStringList();
    QTest::newRow("lone regional indicator is text") << u"\U0001F1E9"_s << QStringList();
    QTest::newRow("run counts each")
        << u"\U0001F602\U0001F602\U0001F602"_s
        << QStringList{u"\U0001F602"_s, u"\U0001F602"_s, u"\U0001F602"_s};
    QTest::newRow("tag sequence flag")
        << u"\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"_s
        << QStringList{u"\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"_s};
}

void TestTextAnalyzer::emoji()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    TextAnalyzer analyzer;
    QStringList found;
    const TextStats stats
        = analyzer.analyze(text, [&](QStringView e, EmojiPosition) { found.append(e.toString()); });
    QCOMPARE(found, expected);
    QCOMPARE(int(stats.emoji), int(expected.size()));
}

void TestTextAnalyzer::positions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("middle");
    QTest::addColumn<int>("end");
    QTest::newRow("end") << u"nice \U0001F602"_s << 0 << 0 << 1;
    QTest::newRow("start") << u"\U0001F602 nice"_s << 1 << 0 << 0;
    QTest::newRow("middle") << u"so \U0001F602 nice"_s << 0 << 1 << 0;
    QTest::newRow("emoji only counts as end") << u"\U0001F602\U0001F44D"_s << 0 << 0 << 2;
    QTest::newRow("spaces do not count as text")
        << u"  \U0001F602  hi  \U0001F44D  "_s << 1 << 0 << 1;
    QTest::newRow("punctuation counts as text") << u"\U0001F602!"_s << 1 << 0 << 0;
}

void TestTextAnalyzer::positions()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, middle);
    QFETCH(int, end);
    TextAnalyzer analyzer;
    const TextStats stats = analyzer.analyze(text);
    QCOMPARE(int(stats.emojiAtStart), start);
    QCOMPARE(int(stats.emojiInMiddle), middle);
    QCOMPARE(int(stats.emojiAtEnd), end);
}

void TestTextAnalyzer::emojiKeys()
{
    QCOMPARE(TextAnalyzer::emojiKey(u"\u2764"_s), u"\u2764\uFE0F"_s);
    QCOMPARE(TextAnalyzer::emojiKey(u"\u2764\uFE0F"_s), u"\u2764\uFE0F"_s);
    QCOMPARE(TextAnalyzer::emojiKey(u"\U0001F602"_s), u"\U0001F602"_s);
}

void TestTextAnalyzer::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("count");
    QTest::newRow("english") << u"Hey, how are you?"_s
                             << QStringList{u"Hey"_s, u"how"_s, u"are"_s, u"you"_s} << 4;
    QTest::newRow("apostrophe stays in the word")
        << u"don't stop"_s << QStringList{u"don't"_s, u"stop"_s} << 2;
    QTest::newRow("numbers count but are not letter words")
        << u"at 3.14 pm"_s << QStringList{u"at"_s, u"pm"_s} << 3;
    QTest::newRow("URL is skipped")
        << u"look https://example.com/a?b=c now"_s << QStringList{u"look"_s, u"now"_s} << 2;
    QTest::newRow("german umlauts")
        << u"Grüße aus München"_s << QStringList{u"Grüße"_s, u"aus"_s, u"München"_s} << 3;
    QTest::newRow("CJK dictionary words")
        << u"\u6211\u559C\u6B22\u732B"_s << QStringList{u"\u6211"_s, u"\u559C\u6B22"_s, u"\u732B"_s}
        << 3;
    QTest::newRow("emoji are not words") << u"\U0001F602 lol"_s << QStringList{u"lol"_s} << 1;
}

void TestTextAnalyzer::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(int, count);
    TextAnalyzer analyzer;
    QStringList found;
    const int n = analyzer.words(text, [&](QStringView w, bool letters) {
        if (letters)
            found.append(w.toString());
    });
    QCOMPARE(found, expected);
    QCOMPARE(n, count);
}

void TestTextAnalyzer::flags()
{
    TextAnalyzer analyzer;
    QVERIFY(analyzer.analyze(u"what?"_s).question);
    QVERIFY(analyzer.analyze(u"\u4F60\u597D\uFF1F"_s).question);
    QVERIFY(!analyzer.analyze(u"no question"_s).question);
    QVERIFY(analyzer.analyze(u"see https://signal.org"_s).url);
    QVERIFY(analyzer.analyze(u"HTTP://EXAMPLE.COM"_s).url);
    QVERIFY(!analyzer.analyze(u"http is a protocol"_s).url);
}

QTEST_GUILESS_MAIN(TestTextAnalyzer)
#include "tst_textanalyzer.moc"
