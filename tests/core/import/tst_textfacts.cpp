// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The facts every importer decides about a body (Text vs MediaOnly, HasUrl, the mention
// placeholder) and the raw-byte hints that let the CSV importer skip searching most bodies:
// a hint may say "maybe" too often, never "no" when the decoded text has the thing.
#include "import/TextFacts.h"

#include <QRandomGenerator>
#include <QTest>

using namespace idiolect;

class TestTextFacts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasNonSpace();
    void containsUrl();
    void hints_data();
    void hints();
    void hintsNeverMissWhatTheTextHas();
};

void TestTextFacts::hasNonSpace()
{
    QVERIFY(!textfacts::hasNonSpace(u""));
    QVERIFY(!textfacts::hasNonSpace(u" \t\n\u00A0\u2003"));
    QVERIFY(textfacts::hasNonSpace(u"  x "));
    QVERIFY(textfacts::hasNonSpace(u"\uFFFC"));
}

void TestTextFacts::containsUrl()
{
    QVERIFY(textfacts::containsUrl(u"see https://example.org"));
    QVERIFY(textfacts::containsUrl(u"HTTP://EXAMPLE.ORG"));
    QVERIFY(!textfacts::containsUrl(u"http:/example.org"));
    QVERIFY(!textfacts::containsUrl(u"at 12:30, ftp://x"));
    QVERIFY(!textfacts::containsUrl(u""));
}

void TestTextFacts::hints_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("url");
    QTest::addColumn<bool>("placeholder");

    QTest::newRow("empty") << QByteArray() << false << false;
    QTest::newRow("plain") << QByteArray("see you at noon") << false << false;
    QTest::newRow("colon") << QByteArray("at 12:30") << true << false;
    QTest::newRow("url") << QByteArray("https://example.org") << true << false;
    QTest::newRow("placeholder") << QByteArray("hi \xEF\xBF\xBC!") << false << true;
    QTest::newRow("placeholder at the end") << QByteArray("hi \xEF\xBF\xBC") << false << true;
    // U+FE0F (EF B8 8F) after an emoji and U+FFFD (EF BF BD) share the lead byte only.
    QTest::newRow("variation selector") << QByteArray("\xE2\x9D\xA4\xEF\xB8\x8F") << false << false;
    QTest::newRow("replacement character") << QByteArray("\xEF\xBF\xBD") << false << false;
    QTest::newRow("cut placeholder") << QByteArray("x\xEF\xBF") << false << false;
    QTest::newRow("lead bytes before placeholder")
        << QByteArray("\xEF\xEF\xEF\xBF\xBC") << false << true;
}

void TestTextFacts::hints()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, url);
    QFETCH(bool, placeholder);
    const textfacts::Utf8Hints h = textfacts::utf8Hints(bytes);
    QCOMPARE(h.mayHaveUrl, url);
    QCOMPARE(h.mayHavePlaceholder, placeholder);
}

void TestTextFacts::hintsNeverMissWhatTheTextHas()
{
    // Random bytes from an alphabet dense in the interesting ones, valid UTF-8 or not:
    // whenever the text the bytes decode to has a URL or U+FFFC, the hint must say so.
    static const char alphabet[]
        = {':',    '/',    'h',    't',    'p',    's',    'H',    'S',    ' ',    'a',   '\xEF',
           '\xBF', '\xBC', '\xBD', '\xB8', '\xE2', '\x80', '\xC5', '\xBF', '\xF0', '\x9F'};
    QRandomGenerator rng(20261125);
    int urls = 0;
    int placeholders = 0;
    for (int round = 0; round < 200000; ++round) {
        QByteArray bytes;
        const int length = int(rng.bounded(12));
        for (int i = 0; i < length; ++i)
            bytes.append(alphabet[rng.bounded(int(sizeof alphabet))]);
        if (rng.bounded(8) == 0)
            bytes.insert(int(rng.bounded(length + 1)), QByteArrayView("http://"));
        if (rng.bounded(8) == 0)
            bytes.insert(int(rng.bounded(length + 1)), QByteArrayView("\xEF\xBF\xBC"));
        const QString text = QString::fromUtf8(bytes);
        const textfacts::Utf8Hints h = textfacts::utf8Hints(bytes);
        if (textfacts::containsUrl(text)) {
            ++urls;
            QVERIFY2(h.mayHaveUrl, bytes.toHex().constData());
        }
        if (text.contains(QChar(0xFFFC))) {
            ++placeholders;
            QVERIFY2(h.mayHavePlaceholder, bytes.toHex().constData());
        }
    }
    // The generator must have produced both, or the property was never tested.
    QVERIFY(urls > 1000);
    QVERIFY(placeholders > 1000);
}

QTEST_APPLESS_MAIN(TestTextFacts)
#include "tst_textfacts.moc"
