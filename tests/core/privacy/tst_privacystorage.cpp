// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pseudonym map, privacy settings and list files: round trips and every error path.
#include "privacy/PrivacyConfig.h"
#include "privacy/PseudonymMap.h"
#include "privacy/WordListFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(IDIOLECT_TEST_DATA_DIR "/privacy/") + name;
}

} // namespace

class TestPrivacyStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapAssignsStableNumbers();
    void mapAvoidsRealNames();
    void mapSaveLoadRoundTrip();
    void mapLoadsFixture();
    void mapLoadErrors_data();
    void mapLoadErrors();
    void mapContinuesNumbering();
    void configJsonRoundTrip();
    void configRejectsUnknownValues();
    void keywordLines();
    void listFile();
    void listFileErrors();
};

void TestPrivacyStorage::mapAssignsStableNumbers()
{
    PseudonymMap map;
    const auto &a = map.value(PiiKind::Phone, u"+491"_s);
    QCOMPARE(a.number, 1);
    QCOMPARE(map.value(PiiKind::Phone, u"+492"_s).number, 2);
    QCOMPARE(map.value(PiiKind::Phone, u"+491"_s).number, 1);
    QCOMPARE(map.value(PiiKind::Email, u"a@b.de"_s).number, 1); // numbered per kind
    QCOMPARE(PseudonymMap::pseudonym(*map.find(PiiKind::Phone, u"+492"_s), NamePart::None,
                                     NameStyle::Realistic),
             u"<PHONE_2>"_s);
    const auto &p = map.person(u"tel:+49"_s, u"Anna"_s, false);
    QCOMPARE(p.number, 1);
    QVERIFY(!p.given.isEmpty() && !p.family.isEmpty());
    QCOMPARE(PseudonymMap::pseudonym(p, NamePart::Full, NameStyle::Realistic),
             QString(p.given + u' ' + p.family));
    QCOMPARE(PseudonymMap::pseudonym(p, NamePart::Family, NameStyle::Realistic), p.family);
    QCOMPARE(PseudonymMap::pseudonym(p, NamePart::Given, NameStyle::Numbered), u"<PERSON_1>"_s);
    const auto &g = map.person(u"group:x"_s, u"Crew"_s, true);
    QCOMPARE(g.number, 1); // groups have their own numbers
    QCOMPARE(PseudonymMap::pseudonym(g, NamePart::Full, NameStyle::Numbered), u"<GROUP_1>"_s);
}

void TestPrivacyStorage::mapAvoidsRealNames()
{
    // Reserve every pool name but one given and one family name: that pair must be chosen.
    PseudonymMap reference;
    const auto &first = reference.person(u"k1"_s, u"X"_s, false);
    PseudonymMap map;
    map.reserveWords({first.given.toCaseFolded(), first.family.toCaseFolded()});
    const auto &chosen = map.person(u"k1"_s, u"X"_s, false);
    QVERIFY(chosen.given != first.given);
    QVERIFY(chosen.family != first.family);
    // Many persons never share a full pseudonym.
    QSet<QString> seen;
    for (int i = 0; i < 500; ++i) {
        const auto &e = map.person(u"p"_s + QString::number(i), QString(), false);
        const QString full = e.given + u' ' + e.family;
        QVERIFY2(!seen.contains(full), qPrintable(full));
        seen.insert(full);
    }
}

void TestPrivacyStorage::mapSaveLoadRoundTrip()
{
    PseudonymMap map;
    map.person(u"tel:+49"_s, u"Anna Schmidt"_s, false);
    map.person(u"group:g"_s, u"Crew"_s, true);
    map.value(PiiKind::Iban, u"DE89370400440532013000"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"map.json"_s);
    QVERIFY(map.save(path).ok());
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    const auto loaded = PseudonymMap::load(path);
    QVERIFY(loaded);
    QCOMPARE(loaded->toJson(), map.toJson());
}

void TestPrivacyStorage::mapLoadsFixture()
{
    const auto map = PseudonymMap::load(fixture(u"mapping-valid.json"_s));
    QVERIFY2(map, qPrintable(map ? QString() : map.error().toString()));
    QCOMPARE(map->size(), 3);
    const auto *anna = map->find(PiiKind::Name, u"tel:+4917612345678"_s);
    QVERIFY(anna);
    QCOMPARE(anna->given, u"Lena"_s);
    QCOMPARE(anna->number, 4);
    QVERIFY(map->find(PiiKind::Name, u"group:__signal_group__v2__!crew"_s)->group);
}

void TestPrivacyStorage::mapLoadErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<qint64>("line");
    QTest::newRow("missing") << u"does-not-exist.json"_s << ErrorCode::NotFound << qint64(-1);
    QTest::newRow("broken json") << u"mapping-broken-json.json"_s << ErrorCode::InvalidJson
                                 << qint64(5);
    QTest::newRow("wrong format") << u"mapping-wrong-format.json"_s << ErrorCode::Invalid
                                  << qint64(-1);
    QTest::newRow("newer version")
        << u"mapping-newer-version.json"_s << ErrorCode::Invalid << qint64(-1);
    QTest::newRow("incomplete") << u"mapping-incomplete.json"_s << ErrorCode::Invalid << qint64(-1);
    QTest::newRow("duplicate") << u"mapping-duplicate.json"_s << ErrorCode::Invalid << qint64(-1);
    QTest::newRow("name without pseudonym")
        << u"mapping-name-without-pseudonym.json"_s << ErrorCode::Invalid << qint64(-1);
}

void TestPrivacyStorage::mapLoadErrors()
{
    QFETCH(QString, file);
    QFETCH(ErrorCode, code);
    QFETCH(qint64, line);
    const auto map = PseudonymMap::load(fixture(file));
    QVERIFY(!map);
    QCOMPARE(map.error().code, code);
    QCOMPARE(map.error().line, line);
    QVERIFY(map.error().file.endsWith(file));
    QVERIFY(!map.error().message.isEmpty());
}

void TestPrivacyStorage::mapContinuesNumbering()
{
    auto map = PseudonymMap::load(fixture(u"mapping-valid.json"_s));
    QVERIFY(map);
    QCOMPARE(map->value(PiiKind::Phone, u"+4930123456"_s).number, 8);
    QCOMPARE(map->person(u"tel:+1"_s, u"New"_s, false).number, 5);
    QCOMPARE(map->person(u"group:new"_s, u"New"_s, true).number, 3);
}

void TestPrivacyStorage::configJsonRoundTrip()
{
    PrivacyConfig c = PrivacyConfig::defaults();
    c.region = u"GB"_s;
    c.extraRegions = {u"IE"_s};
    c.nameStyle = NameStyle::Numbered;
    c.extraNames = {u"Bob Kelso"_s};
    c.allowList = {u"Will"_s};
    c.setOperator(PiiKind::Phone, PrivacyOperator::Mask);
    c.setDetected(PiiKind::Address, false);
    c.keywords = {{u"Arzt"_s, KeywordAction::Flag}};
    const auto back = PrivacyConfig::fromJson(c.toJson());
    QVERIFY(back);
    QVERIFY(*back == c);
    QVERIFY(*PrivacyConfig::fromJson(QJsonObject()) == PrivacyConfig::defaults());
}

void TestPrivacyStorage::configRejectsUnknownValues()
{
    QJsonObject o = PrivacyConfig::defaults().toJson();
    o.insert(u"operators"_s, QJsonObject{{u"phone"_s, u"shred"_s}});
    QCOMPARE(PrivacyConfig::fromJson(o).error().code, ErrorCode::Invalid);
    o = PrivacyConfig::defaults().toJson();
    o.insert(u"name_style"_s, u"fancy"_s);
    QCOMPARE(PrivacyConfig::fromJson(o).error().code, ErrorCode::Invalid);
    o = PrivacyConfig::defaults().toJson();
    o.insert(u"detectors"_s, QJsonArray{u"dna"_s});
    QCOMPARE(PrivacyConfig::fromJson(o).error().code, ErrorCode::Invalid);
}

void TestPrivacyStorage::keywordLines()
{
    const auto k = PrivacyConfig::keywordsFromLines(
        {u"password"_s, u"drop: Konto nummer"_s, u"flag:Arzt"_s, u"note: x"_s, u"password"_s},
        KeywordAction::Flag);
    QCOMPARE(k.size(), 4);
    QCOMPARE(k[0], (SensitiveKeyword{u"password"_s, KeywordAction::Flag}));
    QCOMPARE(k[1], (SensitiveKeyword{u"Konto nummer"_s, KeywordAction::DropMessage}));
    QCOMPARE(k[2], (SensitiveKeyword{u"Arzt"_s, KeywordAction::Flag}));
    QCOMPARE(k[3].term, u"note: x"_s); // unknown action prefix: part of the term
}

void TestPrivacyStorage::listFile()
{
    const auto names = WordListFile::read(fixture(u"names.txt"_s));
    QVERIFY(names);
    QCOMPARE(*names, (QStringList{u"Bob Kelso"_s, u"Elliot Reid"_s}));
    const auto keywords = WordListFile::read(fixture(u"keywords.txt"_s));
    QVERIFY(keywords);
    QCOMPARE(keywords->size(), 3);
}

void TestPrivacyStorage::listFileErrors()
{
    const auto missing = WordListFile::read(fixture(u"nope.txt"_s));
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    const auto bad = WordListFile::read(fixture(u"names-invalid-utf8.txt"_s));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::InvalidUtf8);
    QCOMPARE(bad.error().line, 3);
    QCOMPARE(bad.error().column, 5);
}

QTEST_GUILESS_MAIN(TestPrivacyStorage)
#include "tst_privacystorage.moc"
