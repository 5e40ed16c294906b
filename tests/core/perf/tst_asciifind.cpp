// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// asciifind gives exactly what QStringView::indexOf(…, Qt::CaseInsensitive) gives, including
// case-folding corner cases (U+017F LONG S folds to 's'), surrogates, overlaps and the ends,
// and the URL fact that the importers derive from it.
#include "common/AsciiFind.h"
#include "import/TextFacts.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestAsciiFind final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQt_data();
    void sameAsQt();
    void randomTextsSameAsQt();
    void containsUrl_data();
    void containsUrl();
};

void TestAsciiFind::sameAsQt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("anchor");
    QTest::newRow("empty") << QString() << u"www."_s << 3;
    QTest::newRow("needle only") << u"WwW."_s << u"www."_s << 3;
    QTest::newRow("at the end") << u"see www."_s << u"www."_s << 3;
    QTest::newRow("anchor too early") << u".www"_s << u"www."_s << 3;
    QTest::newRow("overlapping") << u"wwww.x"_s << u"www."_s << 3;
    QTest::newRow("two dots") << u"ww.www.de"_s << u"www."_s << 3;
    QTest::newRow("long s folds to s") << u"httpſ://x"_s << u"https://"_s << 5;
    QTest::newRow("kelvin is not k") << u"Kttp://"_s << u"http://"_s << 4;
    QTest::newRow("upper case") << u"HTTPS://EXAMPLE.ORG"_s << u"https://"_s << 5;
    QTest::newRow("colon without slashes") << u"http:/ http:x https://"_s << u"https://"_s << 5;
    QTest::newRow("surrogates around") << u"😀http://😀"_s << u"http://"_s << 4;
    QTest::newRow("umlaut neighbours") << u"ühttp://ä"_s << u"http://"_s << 4;
}

void TestAsciiFind::sameAsQt()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(int, anchor);
    for (qsizetype from = 0; from <= text.size(); ++from)
        QCOMPARE(asciifind::indexOf(text, needle, anchor, from),
                 QStringView(text).indexOf(needle, from, Qt::CaseInsensitive));
}

void TestAsciiFind::randomTextsSameAsQt()
{
    const QString alphabet = u"wW.hHtTpPsSſ:/ xä😀"_s;
    QRandomGenerator random{5};
    for (int round = 0; round < 5000; ++round) {
        QString text;
        const int length = int(random.bounded(24));
        for (int i = 0; i < length; ++i)
            text += alphabet[qsizetype(random.bounded(quint32(alphabet.size())))];
        QCOMPARE(asciifind::indexOf(text, u"www.", 3),
                 QStringView(text).indexOf(u"www.", 0, Qt::CaseInsensitive));
        QCOMPARE(asciifind::indexOf(text, u"https://", 5),
                 QStringView(text).indexOf(u"https://", 0, Qt::CaseInsensitive));
    }
}

void TestAsciiFind::containsUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("url");
    QTest::newRow("plain") << u"no link here"_s << false;
    QTest::newRow("http") << u"see http://example.org"_s << true;
    QTest::newRow("https upper") << u"HTTPS://EXAMPLE.ORG"_s << true;
    QTest::newRow("long s") << u"httpſ://x"_s << true;
    QTest::newRow("scheme only") << u"http: and https:"_s << false;
    QTest::newRow("www without scheme") << u"www.example.org"_s << false;
    QTest::newRow("httpx") << u"httpx://a"_s << false;
    QTest::newRow("later match") << u"http:/ no, but http://yes"_s << true;
}

void TestAsciiFind::containsUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, url);
    QCOMPARE(textfacts::containsUrl(text), url);
}

QTEST_GUILESS_MAIN(TestAsciiFind)
#include "tst_asciifind.moc"
