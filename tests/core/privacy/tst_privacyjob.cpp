// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole privacy stage: anonymized TextLayer, stable pseudonyms, operators, report, job rules.
#include "PrivacyTestExport.h"
#include "common/JobContext.h"
#include "privacy/PrivacyJob.h"

#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::test;

namespace {

struct Fixture
{
    ChatExportPtr ex;
    quint32 greeting = 0, reply = 0, quoting = 0, password = 0, mention = 0, possessive = 0,
            group = 0;
};

Fixture makeFixture()
{
    PrivacyTestExport b;
    const int chat = b.addThread(kAnna);
    const int crew = b.addThread(kCrew);
    Fixture f;
    f.greeting = b.add(chat, kSelf, u"Hi Anna, call me at 0151 23456789"_s);
    f.reply = b.add(chat, kAnna, u"Sure Max! Mail me: anna.schmidt@example.org"_s);
    f.quoting = b.add(chat, kSelf, u"Or +49 176 12345678, see https://example.org/p/42"_s,
                      u"Sure Max! Mail me: anna.schmidt@example.org"_s);
    f.password = b.add(chat, kAnna, u"my password is hunter2"_s);
    f.mention = b.add(crew, kWilliam, u"@Anna Schmidt look at this"_s);
    b.mention(f.mention, kAnna, 0, 13);
    f.possessive = b.add(crew, kSelf, u"ANNAS Fahrrad steht bei Will"_s);
    f.group = b.add(crew, kAnna, u"Climbing Crew rocks, Max"_s);
    f.ex = b.finish();
    return f;
}

PrivacyResult runJob(const Fixture &f, const PrivacyConfig &config, const PseudonymMap &map = {})
{
    PrivacyParams params;
    params.input = std::make_shared<TextLayer>(f.ex);
    params.config = config;
    params.config.region = u"DE"_s;
    params.mapping = map;
    auto result = PrivacyJob::run(params, JobContext::detached());
    if (!result)
        qFatal("privacy job: %s", qPrintable(result.error().toString()));
    return std::move(result).value();
}

/** Every text the layer exposes: bodies, quotes, names, titles. */
QString everything(const TextLayer &layer)
{
    QString all;
    const ChatExport &ex = layer.chatExport();
    for (quint32 m = 0; m < ex.messages.size(); ++m) {
        if (layer.isDropped(m))
            continue;
        all += layer.body(m) + u'\n' + layer.quoteBody(m) + u'\n';
    }
    for (const Recipient &r : ex.recipients)
        all += layer.displayName(r.id) + u'\n';
    for (size_t t = 0; t < ex.threads.size(); ++t)
        all += layer.threadTitle(int(t)) + u'\n';
    return all;
}

} // namespace

class TestPrivacyJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsPseudonymizeConsistently();
    void noRealValueLeaks();
    void nameInALinkTakesTheDomainAlong();
    void rerunWithMappingIsIdentical();
    void userChosenPseudonym();
    void numberedStyle();
    void operators_data();
    void operators();
    void keepReportsButDoesNotChange();
    void reportCounts();
    void findingsAddressBothTexts();
    void unknownRegionFails();
    void canceledBeforeStart();
    void progressReachesTotal();
};

void TestPrivacyJob::defaultsPseudonymizeConsistently()
{
    const Fixture f = makeFixture();
    const PrivacyResult r = runJob(f, PrivacyConfig::defaults());
    const TextLayer &l = *r.layer;
    const QString annaFull = l.displayName(kAnna);
    const QString annaGiven = annaFull.section(u' ', 0, 0);
    QVERIFY(!annaFull.contains(u"Anna"));
    QCOMPARE(annaFull.count(u' '), 1); // realistic "Given Family"
    QCOMPARE(l.body(f.greeting), QString(u"Hi "_s + annaGiven + u", call me at <PHONE_1>"_s));
    // Anna's own number (contact) and the e-mail, and the URL keeps only its domain.
    QCOMPARE(l.body(f.quoting), u"Or <PHONE_2>, see https://example.org/…"_s);
    // The quote becomes exactly what the quoted message became.
    QCOMPARE(l.quoteBody(f.quoting), l.body(f.reply));
    QVERIFY(l.body(f.reply).contains(u"<EMAIL_1>"));
    // The mention is the same person: the full pseudonym after the '@'.
    QCOMPARE(l.body(f.mention), QString(u'@' + annaFull + u" look at this"_s));
    // Possessive keeps its 's', the case follows the original, the diminutive of William maps.
    QCOMPARE(l.body(f.possessive),
             QString(annaGiven.toUpper() + u"S Fahrrad steht bei "_s
                     + l.displayName(kWilliam).section(u' ', 0, 0)));
    // Keyword "password" drops the message by default.
    QVERIFY(l.isDropped(f.password));
    QVERIFY(!l.isDropped(f.greeting));
    // Group title, thread titles, self.
    QCOMPARE(l.displayName(kCrew), u"Group 1"_s);
    QCOMPARE(l.threadTitle(1), u"Group 1"_s);
    QCOMPARE(l.threadTitle(0), annaFull);
    QVERIFY(l.body(f.group).startsWith(u"Group 1 rocks, "_s));
    QVERIFY(l.body(f.group).endsWith(l.displayName(kSelf).section(u' ', 0, 0)));
    // The export itself is untouched.
    QCOMPARE(f.ex->messages.body(f.greeting), u"Hi Anna, call me at 0151 23456789"_s);
}

void TestPrivacyJob::noRealValueLeaks()
{
    const Fixture f = makeFixture();
    const PrivacyResult r = runJob(f, PrivacyConfig::defaults());
    const QString all = everything(*r.layer);
    for (const Recipient &rec : f.ex->recipients) {
        for (const QString &name : rec.nameValues()) {
            if (name == u"Mom")
                continue; // a kinship word identifies nobody and stays in text
            QVERIFY2(!all.contains(name, Qt::CaseInsensitive), qPrintable(name));
        }
    }
    for (const QString &value :
         {u"0151 23456789"_s, u"+49 176 12345678"_s, u"anna.schmidt"_s, u"hunter2"_s, u"/p/42"_s})
        QVERIFY2(!all.contains(value), qPrintable(value));
}

void TestPrivacyJob::nameInALinkTakesTheDomainAlong()
{
    // Links keep their domain by default; a domain made of a contact's name is the name.
    PrivacyTestExport b;
    const int chat = b.addThread(kAnna);
    const quint32 own = b.add(chat, kAnna, u"new site: https://anna-schmidt.de/kontakt :)"_s);
    const quint32 other = b.add(chat, kSelf, u"nice, like https://example.org/p/42"_s);
    Fixture f;
    f.ex = b.finish();
    const PrivacyResult r = runJob(f, PrivacyConfig::defaults());
    const QString anna = r.layer->body(own).toString();
    QVERIFY2(!anna.contains(u"anna"_s, Qt::CaseInsensitive), qPrintable(anna));
    QVERIFY2(!anna.contains(u"schmidt"_s, Qt::CaseInsensitive), qPrintable(anna));
    QVERIFY2(anna.startsWith(u"new site: "_s) && anna.endsWith(u" :)"_s), qPrintable(anna));
    QCOMPARE(r.layer->body(other).toString(), u"nice, like https://example.org/…"_s);
}

void TestPrivacyJob::rerunWithMappingIsIdentical()
{
    const Fixture f = makeFixture();
    const PrivacyResult first = runJob(f, PrivacyConfig::defaults());
    const PrivacyResult second = runJob(f, PrivacyConfig::defaults());
    QCOMPARE(everything(*first.layer), everything(*second.layer));
    // With the saved mapping a run on a reordered subset still uses the same pseudonyms.
    PrivacyTestExport b;
    const int chat = b.addThread(kAnna);
    b.add(chat, kSelf, u"+49 176 12345678 and 0151 23456789, Anna"_s);
    Fixture g;
    g.ex = b.finish();
    const PrivacyResult third = runJob(g, PrivacyConfig::defaults(), first.mapping);
    QCOMPARE(third.layer->body(0),
             QString(u"<PHONE_2> and <PHONE_1>, "_s
                     + first.layer->displayName(kAnna).section(u' ', 0, 0)));
    QCOMPARE(third.mapping.size(), first.mapping.size());
}

void TestPrivacyJob::userChosenPseudonym()
{
    // The UI renames a person through the finding's key; a re-run uses the new name.
    const Fixture f = makeFixture();
    const PrivacyResult first = runJob(f, PrivacyConfig::defaults());
    const auto anna = std::find_if(first.report.findings.begin(), first.report.findings.end(),
                                   [&](const PrivacyFinding &x) {
                                       return x.message == f.greeting && x.kind == PiiKind::Name;
                                   });
    QVERIFY(anna != first.report.findings.end());
    QVERIFY(!anna->canonical.isEmpty());
    QVERIFY(first.mapping.find(PiiKind::Name, anna->canonical));
    PseudonymMap map = first.mapping;
    QVERIFY(map.setPersonName(anna->canonical, u"Greta"_s, u"Sommer"_s));
    QVERIFY(!map.setPersonName(u"no such key"_s, u"X"_s, {}));
    const PrivacyResult second = runJob(f, PrivacyConfig::defaults(), map);
    QVERIFY(second.layer->body(f.greeting).startsWith(u"Hi Greta, "_s));
    QCOMPARE(second.layer->displayName(kAnna), u"Greta Sommer"_s);
    QCOMPARE(second.mapping.size(), first.mapping.size());

    // One word: every part of the name becomes that word.
    QVERIFY(map.setPersonName(anna->canonical, u"Greta"_s, {}));
    const PrivacyResult third = runJob(f, PrivacyConfig::defaults(), map);
    QCOMPARE(third.layer->displayName(kAnna), u"Greta"_s);
    const auto round = PseudonymMap::fromJson(map.toJson());
    QVERIFY(round);
    QCOMPARE(round->find(PiiKind::Name, anna->canonical)->given, u"Greta"_s);
}

void TestPrivacyJob::numberedStyle()
{
    const Fixture f = makeFixture();
    PrivacyConfig config = PrivacyConfig::defaults();
    config.nameStyle = NameStyle::Numbered;
    const PrivacyResult r = runJob(f, config);
    // Recipients are numbered in table order: self 1, Anna 2.
    QCOMPARE(r.layer->displayName(kSelf), u"<PERSON_1>"_s);
    QCOMPARE(r.layer->displayName(kAnna), u"<PERSON_2>"_s);
    QCOMPARE(r.layer->displayName(kCrew), u"<GROUP_1>"_s);
    QCOMPARE(r.layer->body(f.greeting), u"Hi <PERSON_2>, call me at <PHONE_1>"_s);
}

void TestPrivacyJob::operators_data()
{
    QTest::addColumn<PiiKind>("kind");
    QTest::addColumn<PrivacyOperator>("op");
    QTest::addColumn<QString>("expected");
    QTest::newRow("phone redact") << PiiKind::Phone << PrivacyOperator::Redact
                                  << u"Hi Anna, call me at <PHONE>"_s;
    QTest::newRow("phone mask") << PiiKind::Phone << PrivacyOperator::Mask
                                << u"Hi Anna, call me at **** ******89"_s;
    QTest::newRow("phone keep") << PiiKind::Phone << PrivacyOperator::Keep
                                << u"Hi Anna, call me at 0151 23456789"_s;
    QTest::newRow("name redact") << PiiKind::Name << PrivacyOperator::Redact
                                 << u"Hi <PERSON>, call me at 0151 23456789"_s;
    QTest::newRow("name mask") << PiiKind::Name << PrivacyOperator::Mask
                               << u"Hi A***, call me at 0151 23456789"_s;
    QTest::newRow("phone drop") << PiiKind::Phone << PrivacyOperator::DropMessage << QString();
}

void TestPrivacyJob::operators()
{
    QFETCH(PiiKind, kind);
    QFETCH(PrivacyOperator, op);
    QFETCH(QString, expected);
    const Fixture f = makeFixture();
    PrivacyConfig config = PrivacyConfig::defaults();
    config.setAllOperators(PrivacyOperator::Keep);
    config.setOperator(kind, op);
    const PrivacyResult r = runJob(f, config);
    if (expected.isNull()) {
        QVERIFY(r.layer->isDropped(f.greeting));
        QVERIFY(r.layer->isDropped(f.quoting));
        QVERIFY(!r.layer->isDropped(f.reply));
    } else {
        QCOMPARE(r.layer->body(f.greeting), expected);
    }
}

void TestPrivacyJob::keepReportsButDoesNotChange()
{
    const Fixture f = makeFixture();
    PrivacyConfig config = PrivacyConfig::defaults();
    config.setAllOperators(PrivacyOperator::Keep);
    config.keywords = PrivacyConfig::keywordsFromLines({u"flag: password"_s}, KeywordAction::Flag);
    const PrivacyResult r = runJob(f, config);
    QCOMPARE(r.layer->bodyOverrideCount(), 0);
    QVERIFY(r.layer->droppedMessages().isEmpty());
    QCOMPARE(r.layer->displayName(kAnna), u"Anna Schmidt"_s);
    QVERIFY(r.report.totalHits() > 0);
    QCOMPARE(r.report.messagesFlagged, 1);
    QCOMPARE(r.report.messagesChanged, 0);
    for (const PrivacyFinding &finding : r.report.findings)
        QVERIFY(finding.action == FindingAction::Kept || finding.action == FindingAction::Flagged);
}

void TestPrivacyJob::reportCounts()
{
    const Fixture f = makeFixture();
    const PrivacyResult r = runJob(f, PrivacyConfig::defaults());
    const PrivacyReport &rep = r.report;
    QCOMPARE(rep.region, u"DE"_s);
    QVERIFY(rep.extraRegions.contains(u"US"_s)); // William's +1 number
    QCOMPARE(rep.hitsByKind[size_t(PiiKind::Phone)], 2);
    QCOMPARE(rep.hitsByKind[size_t(PiiKind::Email)], 2); // body and quote
    QCOMPARE(rep.hitsByKind[size_t(PiiKind::Url)], 1);
    QCOMPARE(rep.hitsByKind[size_t(PiiKind::Keyword)], 1);
    QCOMPARE(rep.hitsByKind[size_t(PiiKind::Secret)], 1);
    QCOMPARE(rep.messagesDropped, 1);
    QCOMPARE(rep.messagesScanned, qint64(f.ex->messages.size()));
    QCOMPARE(rep.threads.size(), f.ex->threads.size());
    QCOMPARE(rep.threads[0].messagesDropped, 1);
    QCOMPARE(rep.threads[1].hits[size_t(PiiKind::Name)], 5); // mention, ANNAS, Will, title, Max
    qint64 sum = 0;
    for (const ThreadPrivacyStats &t : rep.threads)
        for (qint64 v : t.hits)
            sum += v;
    QCOMPARE(sum, rep.totalHits());
    QCOMPARE(qint64(rep.findings.size()), rep.totalHits());
}

void TestPrivacyJob::findingsAddressBothTexts()
{
    const Fixture f = makeFixture();
    const PrivacyResult r = runJob(f, PrivacyConfig::defaults());
    int checked = 0;
    for (const PrivacyFinding &finding : r.report.findings) {
        if (finding.action != FindingAction::Replaced)
            continue;
        const QStringView before = finding.field == TextField::Body
            ? f.ex->messages.body(finding.message)
            : f.ex->messages.quoteBody(finding.message);
        const QStringView after = finding.field == TextField::Body
            ? r.layer->body(finding.message)
            : r.layer->quoteBody(finding.message);
        QCOMPARE(before.mid(finding.start, finding.length), finding.original);
        QCOMPARE(after.mid(finding.replacedStart, finding.replacedLength), finding.replacement);
        QCOMPARE(finding.messageId, f.ex->messages.id(finding.message));
        ++checked;
    }
    QVERIFY(checked >= 10);
}

void TestPrivacyJob::unknownRegionFails()
{
    const Fixture f = makeFixture();
    PrivacyParams params;
    params.input = std::make_shared<TextLayer>(f.ex);
    params.config.region = u"XX"_s;
    const auto result = PrivacyJob::run(params, JobContext::detached());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidValue);
    QVERIFY(!result.error().hint.isEmpty());
}

void TestPrivacyJob::canceledBeforeStart()
{
    const Fixture f = makeFixture();
    PrivacyParams params;
    params.input = std::make_shared<TextLayer>(f.ex);
    JobContext job;
    job.cancel();
    const auto result = PrivacyJob::run(params, job);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Canceled);
}

void TestPrivacyJob::progressReachesTotal()
{
    const Fixture f = makeFixture();
    PrivacyParams params;
    params.input = std::make_shared<TextLayer>(f.ex);
    params.config.region = u"DE"_s;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    JobContext job([&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY(PrivacyJob::run(params, job));
    QCOMPARE(lastDone, lastTotal);
}

QTEST_GUILESS_MAIN(TestPrivacyJob)
#include "tst_privacyjob.moc"
