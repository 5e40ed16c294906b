// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Data-driven tests of the pattern detectors: hard positives and hard negatives per kind.
#include "privacy/EmailDetector.h"
#include "privacy/IbanDetector.h"
#include "privacy/IpAddressDetector.h"
#include "privacy/PaymentCardDetector.h"
#include "privacy/PhoneDetector.h"
#include "privacy/PiiScanner.h"
#include "privacy/SecretDetector.h"
#include "privacy/StreetAddressDetector.h"
#include "privacy/UrlDetector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;

namespace {

/** The matched substrings, in text order, of the hits of one kind. */
QStringList found(const PiiDetector &detector, const QString &text, PiiKind kind)
{
    std::vector<PiiHit> hits;
    detector.detect(text, ScanContext{}, hits);
    PiiScanner::resolveOverlaps(hits);
    QStringList out;
    for (const PiiHit &h : hits) {
        if (h.kind != kind)
            continue;
        // Offsets must address the text exactly (UTF-16, inside the string).
        if (h.start < 0 || h.end() > text.size() || h.length <= 0)
            return {u"<bad span>"_s};
        out.append(text.mid(h.start, h.length));
    }
    return out;
}

} // namespace

class TestPiiDetectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phone_data();
    void phone();
    void phoneOffsetsAfterEmoji();
    void phoneKnownContactNumber();
    void email_data();
    void email();
    void url_data();
    void url();
    void ip_data();
    void ip();
    void card_data();
    void card();
    void iban_data();
    void iban();
    void address_data();
    void address();
    void secret_data();
    void secret();
    void schemeAndHost();
};

void TestPiiDetectors::phone_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const auto row
        = [](const char *name, const QString &region, const QString &text,
             const QStringList &expected) { QTest::newRow(name) << region << text << expected; };
    // Hard positives: national and international formats with spaces, dots, dashes, brackets.
    row("de mobile spaced", u"DE"_s, u"ruf mich an: 0151 23456789!"_s, {u"0151 23456789"_s});
    row("de mobile intl", u"DE"_s, u"Handy +49 151 23456789"_s, {u"+49 151 23456789"_s});
    row("de landline slash", u"DE"_s, u"Büro 030/12345678."_s, {u"030/12345678"_s});
    row("de (0) trunk", u"DE"_s, u"+49 (0)30 1234567"_s, {u"+49 (0)30 1234567"_s});
    row("de 0049", u"DE"_s, u"0049 89 12345678 anrufen"_s, {u"0049 89 12345678"_s});
    row("de dashes", u"DE"_s, u"Tel. 0221-9876543"_s, {u"0221-9876543"_s});
    row("us brackets", u"US"_s, u"call (415) 867-5309 tonight"_s, {u"(415) 867-5309"_s});
    row("us dots", u"US"_s, u"it's 415.867.5309"_s, {u"415.867.5309"_s});
    row("us intl", u"DE"_s, u"my US cell is +1 415-867-5309"_s, {u"+1 415-867-5309"_s});
    row("uk mobile", u"GB"_s, u"text 07911 123456 pls"_s, {u"07911 123456"_s});
    row("uk intl", u"DE"_s, u"+44 7911 123456"_s, {u"+44 7911 123456"_s});
    row("uk london", u"GB"_s, u"office 020 7946 0018"_s, {u"020 7946 0018"_s});
    row("fr pairs", u"FR"_s, u"mon numéro 06 12 34 56 78"_s, {u"06 12 34 56 78"_s});
    row("fr dots", u"FR"_s, u"06.12.34.56.78"_s, {u"06.12.34.56.78"_s});
    row("fr intl", u"DE"_s, u"+33 6 12 34 56 78"_s, {u"+33 6 12 34 56 78"_s});
    row("in intl", u"DE"_s, u"WhatsApp +91 98765 43210"_s, {u"+91 98765 43210"_s});
    row("in national", u"IN"_s, u"call 098765 43210"_s, {u"098765 43210"_s});
    row("fictional intl range", u"DE"_s, u"+44 7700 900123"_s, {u"+44 7700 900123"_s});
    row("fictional national range", u"GB"_s, u"07700 900461 ok"_s, {u"07700 900461"_s});
    row("us fictional 555", u"US"_s, u"(415) 555-0132"_s, {u"(415) 555-0132"_s});
    row("two numbers", u"DE"_s, u"0151 23456789 oder 030 1234567"_s,
        {u"0151 23456789"_s, u"030 1234567"_s});
    // A separator with spaces around it, as people type them.
    row("de spaced slash", u"DE"_s, u"Handy: 0151 / 23456789"_s, {u"0151 / 23456789"_s});
    row("de spaced dash", u"DE"_s, u"ruf an 0170 - 123 45 67 bitte"_s, {u"0170 - 123 45 67"_s});
    row("de landline spaced slash", u"DE"_s, u"Praxis 089 / 123 456 78"_s, {u"089 / 123 456 78"_s});
    // Label words count only as words: these are ordinary numbers.
    row("I mean", u"DE"_s, u"I mean 0176 98765432, not the other"_s, {u"0176 98765432"_s});
    row("Ausflug", u"DE"_s, u"zum Ausflug: 0176 98765432"_s, {u"0176 98765432"_s});
    row("Sekunden", u"DE"_s, u"in zehn Sekunden 0176 98765432"_s, {u"0176 98765432"_s});
    row("Taxi", u"DE"_s, u"Taxi: 0176 98765432"_s, {u"0176 98765432"_s});
    // Hard negatives: dates, times, prices, order numbers, scores, versions, timestamps.
    row("date", u"DE"_s, u"am 12.05.2024 um 14:30"_s, {});
    row("iso datetime", u"DE"_s, u"2024-05-12 14:30:59"_s, {});
    row("price", u"DE"_s, u"kostet 1.234.567,00 €"_s, {});
    row("price plain", u"US"_s, u"I paid 1234567 dollars"_s, {});
    row("score plus", u"DE"_s, u"score +10 points"_s, {});
    row("football score", u"DE"_s, u"2:1 in der 90+3"_s, {});
    row("order number", u"DE"_s, u"Bestellnummer 0301234567 ist unterwegs"_s, {});
    row("order hash", u"US"_s, u"order #4158675309 shipped"_s, {});
    row("tracking", u"DE"_s, u"Tracking 00340434161094042557"_s, {});
    row("version", u"DE"_s, u"Version 10.0.19045 installiert"_s, {});
    row("ms timestamp", u"DE"_s, u"ts=1700000000000"_s, {});
    row("unix timestamp", u"US"_s, u"at 1715520000"_s, {});
    row("year range", u"DE"_s, u"von 2019 bis 2024"_s, {});
    row("postcode", u"DE"_s, u"PLZ 10115 Berlin"_s, {});
    row("short code", u"DE"_s, u"schick STOP an 12345"_s, {});
    row("dotted date time", u"DE"_s, u"01.05.2024 12 Uhr"_s, {});
    row("customer number", u"DE"_s, u"Kundennummer 0123 4567 890"_s, {});
    row("tax word", u"US"_s, u"tax id 4158675309"_s, {});
    row("two spaces end a number", u"DE"_s, u"Zimmer 12  3456 Gäste"_s, {});
    row("solid zero number", u"DE"_s, u"Code 0123456789012"_s, {});
}

void TestPiiDetectors::phone()
{
    QFETCH(QString, region);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const PhoneDetector detector(region, {}, {});
    QCOMPARE(found(detector, text, PiiKind::Phone), expected);
}

void TestPiiDetectors::phoneOffsetsAfterEmoji()
{
    // libphonenumber reports UTF-8 byte offsets; emoji (4 bytes, 2 UTF-16 units) come first.
    const QString text = u"🎉😀 ñ call 🙂 0151 23456789 🙂"_s;
    const PhoneDetector detector(u"DE"_s, {}, {});
    std::vector<PiiHit> hits;
    detector.detect(text, ScanContext{}, hits);
    QCOMPARE(hits.size(), size_t(1));
    QCOMPARE(text.mid(hits[0].start, hits[0].length), u"0151 23456789"_s);
    QCOMPARE(hits[0].canonical, u"+4915123456789"_s);
    QCOMPARE(hits[0].rule, QLatin1StringView("phone.valid"));
}

void TestPiiDetectors::phoneKnownContactNumber()
{
    // A contact's own number is found in any formatting, even where the plan says "invalid".
    const PhoneDetector detector(u"DE"_s, {u"GB"_s},
                                 {{u"+447700900123"_s, 7}, {u"+4915123456789"_s, 8}});
    std::vector<PiiHit> hits;
    const QString text = u"07700 900123 or 0151-2345-6789, am 12.05. 0151 23456789"_s;
    detector.detect(text, ScanContext{}, hits);
    QCOMPARE(hits.size(), size_t(3));
    QCOMPARE(text.mid(hits[0].start, hits[0].length), u"07700 900123"_s);
    QCOMPARE(hits[0].recipientId, 7);
    QCOMPARE(hits[0].canonical, u"+447700900123"_s);
    QCOMPARE(text.mid(hits[1].start, hits[1].length), u"0151-2345-6789"_s);
    QCOMPARE(hits[1].recipientId, 8);
    QCOMPARE(text.mid(hits[2].start, hits[2].length), u"0151 23456789"_s);
    QCOMPARE(hits[2].rule, QLatin1StringView("phone.contact_number"));
}

void TestPiiDetectors::email_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << u"mail anna.schmidt@example.org now"_s
                           << QStringList{u"anna.schmidt@example.org"_s};
    QTest::newRow("plus tag") << u"<max+news@mail.example.co.uk>"_s
                              << QStringList{u"max+news@mail.example.co.uk"_s};
    QTest::newRow("trailing dot") << u"write to a@b.de."_s << QStringList{u"a@b.de"_s};
    QTest::newRow("unicode") << u"jürgen@müller.de"_s << QStringList{u"jürgen@müller.de"_s};
    QTest::newRow("in brackets") << u"(x_y@z.io)"_s << QStringList{u"x_y@z.io"_s};
    QTest::newRow("two") << u"a@b.de, c@d.fr"_s << QStringList{u"a@b.de"_s, u"c@d.fr"_s};
    QTest::newRow("mention") << u"@Anna see you"_s << QStringList{};
    QTest::newRow("no tld") << u"root@localhost"_s << QStringList{};
    QTest::newRow("numeric tld") << u"a@1.2"_s << QStringList{};
    QTest::newRow("at sign alone") << u"meet @ 5"_s << QStringList{};
}

void TestPiiDetectors::email()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(found(EmailDetector(), text, PiiKind::Email), expected);
}

void TestPiiDetectors::url_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("https") << u"see https://example.org/a?b=c."_s
                           << QStringList{u"https://example.org/a?b=c"_s};
    QTest::newRow("www") << u"(www.example.com/path)"_s << QStringList{u"www.example.com/path"_s};
    QTest::newRow("wiki parens") << u"https://en.wikipedia.org/wiki/Foo_(bar) ok"_s
                                 << QStringList{u"https://en.wikipedia.org/wiki/Foo_(bar)"_s};
    QTest::newRow("no scheme letters") << u"look ://nothing"_s << QStringList{};
    QTest::newRow("inside word") << u"awww.so cute"_s << QStringList{};
    // Pasted without a scheme: a common top-level domain and a path.
    QTest::newRow("bare t.me") << u"schreib mir: t.me/thomasmueller!"_s
                               << QStringList{u"t.me/thomasmueller"_s};
    QTest::newRow("bare profile") << u"(linkedin.com/in/thomas-mueller-8a1b2c)"_s
                                  << QStringList{u"linkedin.com/in/thomas-mueller-8a1b2c"_s};
    QTest::newRow("bare wa.me") << u"wa.me/4917623456789 ok"_s
                                << QStringList{u"wa.me/4917623456789"_s};
    QTest::newRow("bare and scheme") << u"https://a.org/x and paypal.me/sam88"_s
                                     << QStringList{u"https://a.org/x"_s, u"paypal.me/sam88"_s};
    QTest::newRow("no path") << u"check example.com later"_s << QStringList{};
    QTest::newRow("and/or") << u"tea and/or coffee, 1.5/2 km/h, e.g./i.e."_s << QStringList{};
    QTest::newRow("e-mail before slash") << u"me@mail.de/ok"_s << QStringList{};
}

void TestPiiDetectors::url()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(found(UrlDetector(), text, PiiKind::Url), expected);
}

void TestPiiDetectors::ip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("v4") << u"router at 192.168.178.1."_s << QStringList{u"192.168.178.1"_s};
    QTest::newRow("v6") << u"ssh 2001:db8::ff00:42:8329 now"_s
                        << QStringList{u"2001:db8::ff00:42:8329"_s};
    QTest::newRow("mac") << u"MAC 00:1A:2B:3C:4D:5E"_s << QStringList{u"00:1A:2B:3C:4D:5E"_s};
    QTest::newRow("octet > 255") << u"300.1.1.1"_s << QStringList{};
    QTest::newRow("version v") << u"update to v1.2.3.4"_s << QStringList{};
    QTest::newRow("version word") << u"Version 10.0.0.1 out"_s << QStringList{};
    QTest::newRow("five parts") << u"1.2.3.4.5"_s << QStringList{};
    QTest::newRow("time") << u"at 12:30:45"_s << QStringList{};
    QTest::newRow("date") << u"12.05.2024"_s << QStringList{};
    QTest::newRow("double colon") << u"C:: and ::"_s << QStringList{};
}

void TestPiiDetectors::ip()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(found(IpAddressDetector(), text, PiiKind::IpAddress), expected);
}

void TestPiiDetectors::card_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("visa spaced") << u"card 4111 1111 1111 1111 exp 12/27"_s
                                 << QStringList{u"4111 1111 1111 1111"_s};
    QTest::newRow("mastercard dashes")
        << u"5555-5555-5555-4444"_s << QStringList{u"5555-5555-5555-4444"_s};
    QTest::newRow("amex") << u"3782 822463 10005"_s << QStringList{u"3782 822463 10005"_s};
    QTest::newRow("solid") << u"6011111111111117"_s << QStringList{u"6011111111111117"_s};
    QTest::newRow("luhn fails") << u"4111 1111 1111 1112"_s << QStringList{};
    QTest::newRow("unknown issuer") << u"9999 9999 9999 9995"_s << QStringList{};
    QTest::newRow("mixed separators") << u"4111 1111-1111 1111"_s << QStringList{};
    QTest::newRow("in longer number") << u"41111111111111110"_s << QStringList{};
}

void TestPiiDetectors::card()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(found(PaymentCardDetector(), text, PiiKind::PaymentCard), expected);
}

void TestPiiDetectors::iban_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("de grouped") << u"IBAN: DE89 3704 0044 0532 0130 00, danke"_s
                                << QStringList{u"DE89 3704 0044 0532 0130 00"_s};
    QTest::newRow("gb solid") << u"GB82WEST12345698765432"_s
                              << QStringList{u"GB82WEST12345698765432"_s};
    QTest::newRow("lower case") << u"de89370400440532013000"_s
                                << QStringList{u"de89370400440532013000"_s};
    QTest::newRow("bad checksum") << u"DE89 3704 0044 0532 0130 01"_s << QStringList{};
    QTest::newRow("wrong length") << u"DE89 3704 0044 0532 0130"_s << QStringList{};
    QTest::newRow("unknown country") << u"ZZ89 3704 0044 0532 0130 00"_s << QStringList{};
}

void TestPiiDetectors::iban()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(found(IbanDetector(), text, PiiKind::Iban), expected);
}

void TestPiiDetectors::address_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("de suffix") << u"wohne jetzt in der Hauptstraße 12a, 3. Stock"_s
                               << QStringList{u"Hauptstraße 12a"_s};
    QTest::newRow("de two words") << u"Berliner Str. 5"_s << QStringList{u"Berliner Str. 5"_s};
    QTest::newRow("de with city") << u"Lindenallee 3, 10115 Berlin"_s
                                  << QStringList{u"Lindenallee 3, 10115 Berlin"_s};
    QTest::newRow("en") << u"at 221B Baker Street!"_s << QStringList{u"221B Baker Street"_s};
    QTest::newRow("en abbrev") << u"5 Main St."_s << QStringList{u"5 Main St."_s};
    QTest::newRow("en ordinal") << u"350 5th Avenue"_s << QStringList{u"350 5th Avenue"_s};
    QTest::newRow("fr") << u"au 12 rue de la Paix"_s << QStringList{u"12 rue de la Paix"_s};
    QTest::newRow("it") << u"in Via Roma 12"_s << QStringList{u"Via Roma 12"_s};
    QTest::newRow("nl") << u"Keizersgracht 123"_s << QStringList{u"Keizersgracht 123"_s};
    QTest::newRow("unit after") << u"Treffen am Hamburger Ring 3 Uhr"_s << QStringList{};
    QTest::newRow("bring") << u"Bring 5 Leute mit"_s << QStringList{};
    QTest::newRow("place in race") << u"auf Platz 1 gelandet"_s << QStringList{};
    QTest::newRow("lower case street") << u"the 3 main points"_s << QStringList{};
    QTest::newRow("year") << u"Im Jahr 2020"_s << QStringList{};
    QTest::newRow("acronym") << u"530 SATA Drive"_s << QStringList{};
    QTest::newRow("quantity") << u"a 120GB Drive"_s << QStringList{};
    QTest::newRow("product") << u"VIA Technologies, Inc VT8378"_s << QStringList{};
}

void TestPiiDetectors::address()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(found(StreetAddressDetector(), text, PiiKind::Address), expected);
}

void TestPiiDetectors::secret_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("openai") << u"key sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345 ok"_s
                            << QStringList{u"sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345"_s};
    QTest::newRow("github") << u"ghp_0123456789abcdefghijABCDEFGHIJ012345."_s
                            << QStringList{u"ghp_0123456789abcdefghijABCDEFGHIJ012345"_s};
    QTest::newRow("aws") << u"AKIAIOSFODNN7EXAMPLE"_s << QStringList{u"AKIAIOSFODNN7EXAMPLE"_s};
    QTest::newRow("short sk") << u"sk-short"_s << QStringList{};
    QTest::newRow("word") << u"skeleton-keys-are-not-secrets-at-all"_s << QStringList{};
}

void TestPiiDetectors::secret()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(found(SecretDetector(), text, PiiKind::Secret), expected);
}

void TestPiiDetectors::schemeAndHost()
{
    QCOMPARE(UrlDetector::schemeAndHost(u"https://user:pw@example.org:8080/a?b"),
             u"https://example.org:8080"_s);
    QCOMPARE(UrlDetector::schemeAndHost(u"www.example.com/x"), u"www.example.com"_s);
}

QTEST_GUILESS_MAIN(TestPiiDetectors)
#include "tst_piidetectors.moc"
