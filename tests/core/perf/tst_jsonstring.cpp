// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// JsonWriter::appendString copies plain ASCII eight units at a time; it must give exactly the
// bytes of the plain one-unit-at-a-time encoding for every kind of text, at every alignment.
#include "export/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;

namespace {

/** The JSON string rules written out plainly, one UTF-16 unit at a time. */
QByteArray reference(QStringView text)
{
    QByteArray out = "\"";
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        case '\b': out += "\\b"; continue;
        case '\f': out += "\\f"; continue;
        default: break;
        }
        if (c < 0x20) {
            out += "\\u00" + QByteArray::number(c, 16).rightJustified(2, '0');
            continue;
        }
        char32_t cp = c;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, text[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            cp = 0xFFFD;
        }
        out += QString::fromUcs4(&cp, 1).toUtf8();
    }
    return out + '"';
}

} // namespace

class TestJsonString final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsReference_data();
    void sameAsReference();
    void randomTexts();
};

void TestJsonString::sameAsReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("seven") << u"abcdefg"_s;
    QTest::newRow("eight") << u"abcdefgh"_s;
    QTest::newRow("nine") << u"abcdefghi"_s;
    QTest::newRow("quote in block") << u"abc\"defghijklmnop"_s;
    QTest::newRow("backslash last of block") << u"abcdefg\\hijklmnop"_s;
    QTest::newRow("control first") << u"\u0001bcdefghijklmnop"_s;
    QTest::newRow("DEL is plain") << u"abc\u007Fdefghijklmnop"_s;
    QTest::newRow("latin-1") << u"Grüße aus Köln, schönen Tag"_s;
    QTest::newRow("emoji") << u"ok 😀😀 and more text after it"_s;
    QTest::newRow("lone high surrogate") << (u"abcdefgh"_s + QChar(0xD83D) + u"ijklmnop"_s);
    QTest::newRow("lone low surrogate") << (u"abcdefghijklmno"_s + QChar(0xDE00));
    QTest::newRow("U+8000 and up") << u"abcdefg\u8000\uFFFFxyzxyzxyz"_s;
    QTest::newRow("newlines") << u"line one\nline two\r\nline three\tend"_s;
}

void TestJsonString::sameAsReference()
{
    QFETCH(QString, text);
    for (qsizetype offset = 0; offset <= std::min<qsizetype>(text.size(), 9); ++offset) {
        const QStringView view = QStringView(text).sliced(offset);
        QByteArray out = "prefix";
        JsonWriter::appendString(out, view);
        QCOMPARE(out, "prefix" + reference(view));
    }
}

void TestJsonString::randomTexts()
{
    static const char16_t alphabet[] = {u'a', u'Z', u' ', u'0', u'"',   u'\\',  u'\n',  u'\t', 0x01,
                                        0x1F, 0x7F, 0x80, 0xE4, 0x20AC, 0xD83D, 0xDE00, 0xFFFD};
    QRandomGenerator rng(7);
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int length = int(rng.bounded(40));
        const bool mostlyAscii = rng.bounded(2) == 0;
        for (int i = 0; i < length; ++i) {
            const quint32 pick = rng.bounded(quint32(std::size(alphabet)));
            text += QChar(mostlyAscii && rng.bounded(8) != 0 ? char16_t(u'a' + rng.bounded(26))
                                                             : alphabet[pick]);
        }
        QByteArray out;
        JsonWriter::appendString(out, text);
        QCOMPARE(out, reference(text));
        // And it is JSON that reads back as the text (where the text is valid UTF-16).
        if (text.isValidUtf16()) {
            const QJsonDocument doc = QJsonDocument::fromJson("[" + out + "]");
            QCOMPARE(doc.array().at(0).toString(), text);
        }
    }
}

QTEST_GUILESS_MAIN(TestJsonString)
#include "tst_jsonstring.moc"
