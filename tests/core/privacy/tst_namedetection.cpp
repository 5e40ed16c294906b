// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Names from the recipient table in any script, keywords and labelled secrets.
#include "PrivacyTestExport.h"
#include "privacy/PiiScanner.h"
#include "privacy/PrivacyConfig.h"
#include "privacy/WordTokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::test;

namespace {

QStringList spans(const PiiScanner &scanner, const QString &text,
                  std::initializer_list<PiiKind> kinds, const ScanContext &context = {})
{
    QStringList out;
    for (const PiiHit &h : scanner.scan(text, context)) {
        if (std::find(kinds.begin(), kinds.end(), h.kind) == kinds.end())
            continue;
        out.append(text.mid(h.start, h.length));
    }
    return out;
}

PiiScanner makeScanner(const PrivacyConfig &config = PrivacyConfig::defaults())
{
    PrivacyTestExport builder;
    const ChatExportPtr ex = builder.finish();
    auto scanner = PiiScanner::create(*ex, config);
    if (!scanner)
        qFatal("scanner: %s", qPrintable(scanner.error().toString()));
    return std::move(scanner).value();
}

} // namespace

class TestNameDetection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void namePartsAndRecipients();
    void nearestContactWins();
    void allowListAndUserNames();
    void keywords_data();
    void keywords();
    void tokenizer();
};

void TestNameDetection::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << expected;
    };
    row("plain", u"Hi Anna!"_s, {u"Anna"_s});
    row("upper case", u"ANNA, come here"_s, {u"ANNA"_s});
    row("lower case", u"(anna)"_s, {u"anna"_s});
    row("emoji after", u"Anna🎉🎉"_s, {u"Anna"_s});
    row("emoji before", u"🎉Anna"_s, {u"Anna"_s});
    row("full name", u"Anna Schmidt called"_s, {u"Anna Schmidt"_s});
    row("hyphenated full", u"Anna-Schmidt"_s, {u"Anna-Schmidt"_s});
    row("apostrophe possessive", u"Anna's bike"_s, {u"Anna"_s});
    row("typographic possessive", u"Anna’s bike"_s, {u"Anna"_s});
    row("german possessive", u"Annas Fahrrad"_s, {u"Anna"_s});
    row("family alone", u"Schmidt said so."_s, {u"Schmidt"_s});
    row("diminutive", u"Annie is late"_s, {u"Annie"_s});
    row("other name", u"Hannah is late"_s, {});
    row("longer word", u"Annabelle and Annapolis"_s, {});
    row("ambiguous lower", u"will you come?"_s, {});
    row("ambiguous capitalized", u"I talked to Will yesterday"_s, {u"Will"_s});
    row("full with ambiguous family", u"William Brown is here"_s, {u"William Brown"_s});
    row("ambiguous family lower", u"brown shoes"_s, {});
    row("accent folded", u"Jose is here"_s, {u"Jose"_s});
    row("accented", u"josé!"_s, {u"josé"_s});
    row("accented full", u"José García"_s, {u"José García"_s});
    row("decomposed accent", u"Jose\u0301 is here"_s, {u"Jose\u0301"_s});
    row("arabic", u"مرحبا أحمد"_s, {u"أحمد"_s});
    row("arabic prefixed", u"أنا وأحمد"_s, {u"أحمد"_s});
    row("hebrew", u"שלום דנה!"_s, {u"דנה"_s});
    row("hebrew prefixed", u"אני ודנה"_s, {u"דנה"_s});
    row("chinese", u"我和王小明去北京"_s, {u"王小明"_s});
    row("latin in chinese", u"我和Anna去"_s, {u"Anna"_s});
    row("japanese", u"さくらちゃん元気?"_s, {u"さくら"_s});
    row("korean particle", u"민수가 왔어"_s, {u"민수"_s});
    row("kinship", u"Mom is calling"_s, {});
    row("group title", u"see you at Climbing Crew tonight"_s, {u"Climbing Crew"_s});
    row("group title word", u"the crew is climbing"_s, {});
    row("self", u"Max Mustermann here"_s, {u"Max Mustermann"_s});
    row("self ambiguous lower", u"max 5 people"_s, {});
    row("two names", u"Anna und José"_s, {u"Anna"_s, u"José"_s});
    row("username", u"add me: sam.72!"_s, {u"sam.72"_s});
    row("username word alone", u"sam said"_s, {});
    row("newline breaks full name", u"Anna\nSchmidt"_s, {u"Anna"_s, u"Schmidt"_s});
}

void TestNameDetection::names()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    static const PiiScanner scanner = makeScanner();
    QCOMPARE(spans(scanner, text, {PiiKind::Name}), expected);
}

void TestNameDetection::namePartsAndRecipients()
{
    const PiiScanner scanner = makeScanner();
    const QString text = u"Anna Schmidt, Schmidt, Annas"_s;
    const std::vector<PiiHit> hits = scanner.scan(text, {});
    QCOMPARE(hits.size(), size_t(3));
    QCOMPARE(hits[0].part, NamePart::Full);
    QCOMPARE(hits[0].recipientId, kAnna);
    QCOMPARE(hits[0].confidence, 1.0f);
    QCOMPARE(hits[1].part, NamePart::Family);
    QCOMPARE(hits[2].part, NamePart::Given);
    QCOMPARE(hits[2].rule, QLatin1StringView("name.possessive"));
    QVERIFY(hits[2].confidence < 1.0f);
    // Every Anna Schmidt hit has the same key (one pseudonym for the person).
    QCOMPARE(hits[0].canonical, hits[1].canonical);
    QCOMPARE(hits[0].canonical, hits[2].canonical);
}

void TestNameDetection::nearestContactWins()
{
    // Two contacts are called Anna; in a chat with Anna Müller, "Anna" is her.
    PrivacyTestExport builder;
    const int thread = builder.addThread(kAnnaMueller);
    const ChatExportPtr ex = builder.finish();
    const auto scanner = PiiScanner::create(*ex, PrivacyConfig::defaults());
    QVERIFY(scanner);
    ScanContext context;
    context.thread = &ex->threads[size_t(thread)];
    context.senderId = kAnnaMueller;
    auto hits = scanner->scan(u"Anna here", context);
    QCOMPARE(hits.size(), size_t(1));
    QCOMPARE(hits[0].recipientId, kAnnaMueller);
    hits = scanner->scan(u"Anna here", {});
    QCOMPARE(hits[0].recipientId, kAnna); // no context: the lower id, deterministically
}

void TestNameDetection::allowListAndUserNames()
{
    PrivacyConfig config = PrivacyConfig::defaults();
    config.allowList = {u"schmidt"_s};
    config.extraNames = {u"Bob Kelso"_s};
    const PiiScanner scanner = makeScanner(config);
    QCOMPARE(spans(scanner, u"Schmidt said"_s, {PiiKind::Name}), QStringList());
    QCOMPARE(spans(scanner, u"Anna Schmidt said"_s, {PiiKind::Name}),
             QStringList{u"Anna Schmidt"_s});
    QCOMPARE(spans(scanner, u"ask Kelso or Bob Kelso"_s, {PiiKind::Name}),
             (QStringList{u"Kelso"_s, u"Bob Kelso"_s}));
}

void TestNameDetection::keywords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keywords");
    QTest::addColumn<QStringList>("secrets");
    QTest::newRow("password is") << u"my password is hunter2"_s << QStringList{u"password"_s}
                                 << QStringList{u"hunter2"_s};
    QTest::newRow("colon") << u"Passwort: geheim42!"_s << QStringList{u"Passwort"_s}
                           << QStringList{u"geheim42"_s};
    QTest::newRow("colon long word") << u"password: correcthorse"_s << QStringList{u"password"_s}
                                     << QStringList{u"correcthorse"_s};
    QTest::newRow("colon instruction")
        << u"sudo password: type yours"_s << QStringList{u"password"_s} << QStringList{};
    QTest::newRow("PIN digits") << u"die PIN 4711, ok?"_s << QStringList{u"PIN"_s}
                                << QStringList{u"4711"_s};
    QTest::newRow("pin verb") << u"pin the message"_s << QStringList{} << QStringList{};
    QTest::newRow("no value") << u"password reset link"_s << QStringList{u"password"_s}
                              << QStringList{};
    QTest::newRow("wrong") << u"the password is wrong"_s << QStringList{u"password"_s}
                           << QStringList{};
    QTest::newRow("phrase") << u"the seed phrase: alpha bravo \nok"_s
                            << QStringList{u"seed phrase"_s} << QStringList{u"alpha bravo"_s};
    QTest::newRow("french") << u"mot de passe = x9y8"_s << QStringList{u"mot de passe"_s}
                            << QStringList{u"x9y8"_s};
    QTest::newRow("pw shorthand") << u"pw: Hunter2024"_s << QStringList{u"pw"_s}
                                  << QStringList{u"Hunter2024"_s};
    QTest::newRow("one-time code")
        << u"Dein Bestätigungscode: 482913"_s << QStringList{u"Bestätigungscode"_s}
        << QStringList{u"482913"_s};
    QTest::newRow("code alone") << u"the code is 482913 lines long"_s << QStringList{}
                                << QStringList{};
}

void TestNameDetection::keywords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keywords);
    QFETCH(QStringList, secrets);
    static const PiiScanner scanner = makeScanner();
    QCOMPARE(spans(scanner, text, {PiiKind::Keyword}), keywords);
    QCOMPARE(spans(scanner, text, {PiiKind::Secret}), secrets);
}

void TestNameDetection::tokenizer()
{
    const QString text = u"Ça va? 我和Anna去 l'Ami🎉x"_s;
    WordTokenizer tokenizer(text);
    WordToken t;
    QStringList words;
    while (tokenizer.next(&t))
        words.append(text.mid(t.start, t.length()));
    QCOMPARE(
        words,
        (QStringList{u"Ça"_s, u"va"_s, u"我和"_s, u"Anna"_s, u"去"_s, u"l"_s, u"Ami"_s, u"x"_s}));
    QString folded;
    WordTokenizer::fold(u"STRAßE", false, &folded);
    QCOMPARE(folded, u"straße"_s);
}

QTEST_GUILESS_MAIN(TestNameDetection)
#include "tst_namedetection.moc"
