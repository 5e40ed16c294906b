// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// utf8::parseInt64 (every integer cell of a CSV import) skips the overflow check for up to 18
// digits; it must accept and reject exactly what a checked decimal parse does. The CSV
// reader's inline decimal::parseShort (eight digits per step) must agree with it wherever
// it answers, and answer for every plain decimal it is given.
#include "common/ShortDecimal.h"
#include "common/Utf8.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace idiolect;

namespace {

/** The checked reference: optional sign, decimal digits only, in range. */
bool reference(const QByteArray &text, qint64 *out)
{
    if (text.isEmpty() || text == "-" || text == "+")
        return false;
    for (qsizetype i = (text[0] == '-' || text[0] == '+') ? 1 : 0; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
    }
    bool ok = false;
    const qint64 v = (text.startsWith('+') ? text.mid(1) : text).toLongLong(&ok, 10);
    if (ok)
        *out = v;
    return ok;
}

} // namespace

class TestParseInt64 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edges_data();
    void edges();
    void randomTexts();
    void eightDigits_data();
    void eightDigits();
    void shortDecimals();
};

void TestParseInt64::edges_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("value");
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    QTest::newRow("empty") << QByteArray() << false << qint64(0);
    QTest::newRow("sign only") << QByteArray("-") << false << qint64(0);
    QTest::newRow("plus") << QByteArray("+12") << true << qint64(12);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("leading zeros") << QByteArray("0000000000000000000000042") << true << qint64(42);
    QTest::newRow("18 nines") << QByteArray("999999999999999999") << true
                              << qint64(999999999999999999);
    QTest::newRow("-18 nines") << QByteArray("-999999999999999999") << true
                               << qint64(-999999999999999999);
    QTest::newRow("max") << QByteArray("9223372036854775807") << true << max;
    QTest::newRow("max + 1") << QByteArray("9223372036854775808") << false << qint64(0);
    QTest::newRow("min") << QByteArray("-9223372036854775808") << true << min;
    QTest::newRow("min - 1") << QByteArray("-9223372036854775809") << false << qint64(0);
    QTest::newRow("20 digits") << QByteArray("18446744073709551616") << false << qint64(0);
    QTest::newRow("space") << QByteArray("12 ") << false << qint64(0);
    QTest::newRow("real") << QByteArray("1.0") << false << qint64(0);
    QTest::newRow("timestamp") << QByteArray("1700000000000") << true << qint64(1700000000000);
}

void TestParseInt64::edges()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(qint64, value);
    qint64 out = -1;
    QCOMPARE(utf8::parseInt64(text, &out), valid);
    if (valid)
        QCOMPARE(out, value);
    else
        QCOMPARE(out, qint64(-1)); // untouched
}

void TestParseInt64::randomTexts()
{
    static const char alphabet[] = "0123456789-+ x.";
    QRandomGenerator rng(11);
    for (int round = 0; round < 200000; ++round) {
        QByteArray text;
        const int length = int(rng.bounded(22));
        const bool digitsOnly = rng.bounded(4) != 0;
        for (int i = 0; i < length; ++i)
            text += digitsOnly && (i > 0 || rng.bounded(3) != 0)
                ? char('0' + rng.bounded(10))
                : alphabet[rng.bounded(int(sizeof alphabet) - 1)];
        qint64 a = 0;
        qint64 b = 0;
        const bool ok = utf8::parseInt64(text, &a);
        QCOMPARE(ok, reference(text, &b));
        if (ok)
            QCOMPARE(a, b);
    }
}

void TestParseInt64::eightDigits_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("value");
    QTest::newRow("zeros") << QByteArray("00000000") << qint64(0);
    QTest::newRow("ascending") << QByteArray("12345678") << qint64(12345678);
    QTest::newRow("nines") << QByteArray("99999999") << qint64(99999999);
    QTest::newRow("leading zeros") << QByteArray("00000042") << qint64(42);
    QTest::newRow("type bits") << QByteArray("10485780") << qint64(10485780);
    // One byte just outside '0'..'9' anywhere, and bytes far outside: -1.
    QTest::newRow("slash") << QByteArray("1234/678") << qint64(-1);
    QTest::newRow("colon") << QByteArray("1234567:") << qint64(-1);
    QTest::newRow("minus first") << QByteArray("-1234567") << qint64(-1);
    QTest::newRow("high byte") << QByteArray("123\xB4"
                                             "5678")
                               << qint64(-1);
    QTest::newRow("NUL") << QByteArray("1234567\0", 8) << qint64(-1);
    QTest::newRow("0xFF") << QByteArray("\xFF"
                                        "2345678")
                          << qint64(-1);
}

void TestParseInt64::eightDigits()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, value);
    QCOMPARE(text.size(), 8);
    QCOMPARE(decimal::eightDigits(text.constData()), value);
}

void TestParseInt64::shortDecimals()
{
    // Every byte value can appear, digits most often; lengths 0..18 (parseShort's range).
    QRandomGenerator rng(25);
    int answered = 0;
    for (int round = 0; round < 400000; ++round) {
        QByteArray text;
        const int length = int(rng.bounded(19));
        const int noise = int(rng.bounded(4)); // 0: digits only
        for (int i = 0; i < length; ++i) {
            if (i == 0 && rng.bounded(6) == 0)
                text += '-';
            else if (noise != 0 && rng.bounded(12) == 0)
                text += char(rng.bounded(256));
            else
                text += char('0' + rng.bounded(10));
        }
        qint64 expected = 0;
        const bool valid = utf8::parseInt64(text, &expected) && !text.startsWith('+');
        qint64 out = -7;
        const bool ok = decimal::parseShort(text.constData(), text.size(), &out);
        QVERIFY2(ok == valid, text.toHex().constData());
        if (ok) {
            ++answered;
            QCOMPARE(out, expected);
        } else {
            QCOMPARE(out, qint64(-7)); // untouched
        }
    }
    QVERIFY(answered > 100000);
}

QTEST_GUILESS_MAIN(TestParseInt64)
#include "tst_parseint64.moc"
