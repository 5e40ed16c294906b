// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Finding "self": every method of SelfDetector, ambiguity with candidates, overrides, and the
// heuristic on small exports without from_recipient_id.
#include "ImportTestSupport.h"
#include "import/SelfDetector.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::testing;

namespace {

SelfEvidence knowing(std::initializer_list<qint64> ids)
{
    SelfEvidence ev;
    for (qint64 id : ids)
        ev.knownRecipients.insert(id);
    return ev;
}

// An sms/mms-era export (no from_recipient_id): 1:1 with Ana (1), group with Ben (3) and Cy (4).
const QByteArray kRecipients = "_id,phone,group_id,group_type,blocked,signal_profile_name\n"
                               "1,+4915100000001,,0,0,Ana\n"
                               "3,+4915100000003,,0,0,Ben\n"
                               "4,+4915100000004,,0,0,Cy\n"
                               "7,+4915100000007,,0,0,Me\n"
                               "9,,__signal_group__v2__!aa,3,0,\n";
const QByteArray kThreads = "_id,recipient_ids,message_count,snippet\n1,1,3,\n2,9,2,\n";
const QByteArray kGroups = "_id,group_id,recipient_id,title,members,active\n"
                           "1,__signal_group__v2__!aa,9,Trio,\"7,3,4\",1\n";

/** Writes the legacy export above with @p mms as its message table (and reactions, if any). */
bool writeLegacyExport(const QString &dir, const QByteArray &mms, const QByteArray &reactions = {})
{
    QMap<QString, QByteArray> files{{u"recipient.csv"_s, kRecipients},
                                    {u"thread.csv"_s, kThreads},
                                    {u"groups.csv"_s, kGroups},
                                    {u"mms.csv"_s, mms}};
    if (!reactions.isEmpty())
        files.insert(u"reaction.csv"_s, reactions);
    return writeFiles(dir, files);
}

} // namespace

class TestSelfDetector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overrideAccepted();
    void overrideMustExist();
    void outgoingSender();
    void outgoingSenderNearlyUnanimous();
    void outgoingSendersSplitFallThrough();
    void incomingTarget();
    void heuristicFromQuotesAndReactions();
    void heuristicFromSilentGroupMembers();
    void heuristicIntersection();
    void dominantQuoteAuthor();
    void ambiguousListsCandidates();
    void noEvidenceNeverAssumesTwo();
    void legacyExportUsesTheHeuristic();
    void legacyExportWithoutEvidenceIsAmbiguous();
    void reactionsInAnyOrderAreEvidence();
};

void TestSelfDetector::overrideAccepted()
{
    const auto info = SelfDetector::detect(knowing({1, 2, 7}), 7);
    QVERIFY(info);
    QCOMPARE(info->id, 7);
    QCOMPARE(info->method, SelfMethod::Override);
}

void TestSelfDetector::overrideMustExist()
{
    const auto info = SelfDetector::detect(knowing({1, 2, 7}), 99);
    QVERIFY(!info);
    QCOMPARE(info.error().code, ErrorCode::UnknownSelf);
    QVERIFY(!info.error().hint.isEmpty());
}

void TestSelfDetector::outgoingSender()
{
    SelfEvidence ev = knowing({1, 2, 7});
    ev.hasFromColumn = true;
    ev.outgoingSenders = {{7, 120}};
    ev.incomingTargets = {{2, 50}}; // ignored: outgoing senders decide first
    const auto info = SelfDetector::detect(ev);
    QVERIFY(info);
    QCOMPARE(info->id, 7);
    QCOMPARE(info->method, SelfMethod::OutgoingSender);
    QVERIFY(info->detail.contains(u"120"_s));
}

void TestSelfDetector::outgoingSenderNearlyUnanimous()
{
    SelfEvidence ev = knowing({1, 7});
    ev.hasFromColumn = true;
    ev.outgoingSenders = {{7, 995}, {1, 5}}; // a few rows damaged by a merge
    const auto info = SelfDetector::detect(ev);
    QVERIFY(info);
    QCOMPARE(info->id, 7);
    QVERIFY(info->detail.contains(u"995"_s));
}

void TestSelfDetector::outgoingSendersSplitFallThrough()
{
    SelfEvidence ev = knowing({1, 7});
    ev.hasFromColumn = true;
    ev.outgoingSenders = {{7, 60}, {1, 40}};
    ev.incomingTargets = {{7, 300}};
    const auto info = SelfDetector::detect(ev);
    QVERIFY(info);
    QCOMPARE(info->id, 7);
    QCOMPARE(info->method, SelfMethod::IncomingTarget);
}

void TestSelfDetector::incomingTarget()
{
    SelfEvidence ev = knowing({1, 7});
    ev.hasFromColumn = true;
    ev.incomingTargets = {{7, 12}};
    const auto info = SelfDetector::detect(ev);
    QVERIFY(info);
    QCOMPARE(info->id, 7);
    QCOMPARE(info->method, SelfMethod::IncomingTarget);
}

void TestSelfDetector::heuristicFromQuotesAndReactions()
{
    SelfEvidence ev = knowing({1, 7});
    ev.oneToOneOthers = {{7, 3}};
    const auto info = SelfDetector::detect(ev);
    QVERIFY(info);
    QCOMPARE(info->id, 7);
    QCOMPARE(info->method, SelfMethod::Heuristic);
}

void TestSelfDetector::heuristicFromSilentGroupMembers()
{
    SelfEvidence ev = knowing({3, 4, 7, 9});
    ev.silentGroupMembers = {{7, 9}, {7, 4}};
    const auto info = SelfDetector::detect(ev);
    QVERIFY(info);
    QCOMPARE(info->id, 7);
    QCOMPARE(info->method, SelfMethod::Heuristic);
}

void TestSelfDetector::heuristicIntersection()
{
    SelfEvidence ev = knowing({1, 3, 7});
    ev.oneToOneOthers = {{7, 2}, {3, 1}};
    ev.silentGroupMembers = {{7}};
    const auto info = SelfDetector::detect(ev);
    QVERIFY(info);
    QCOMPARE(info->id, 7);
}

void TestSelfDetector::dominantQuoteAuthor()
{
    SelfEvidence ev = knowing({1, 3, 7});
    ev.oneToOneOthers = {{7, 80}, {3, 1}};
    const auto info = SelfDetector::detect(ev);
    QVERIFY(info);
    QCOMPARE(info->id, 7);
    QCOMPARE(info->method, SelfMethod::Heuristic);
    QCOMPARE(info->candidates, QList<qint64>({3, 7}));
}

void TestSelfDetector::ambiguousListsCandidates()
{
    SelfEvidence ev = knowing({3, 4, 7});
    ev.silentGroupMembers = {{7, 4}};
    const auto info = SelfDetector::detect(ev);
    QVERIFY(info);
    QVERIFY(!info->isKnown());
    QCOMPARE(info->method, SelfMethod::Unknown);
    QCOMPARE(info->candidates, QList<qint64>({4, 7}));
    QVERIFY(info->detail.contains(u'2'));
}

void TestSelfDetector::noEvidenceNeverAssumesTwo()
{
    const auto info = SelfDetector::detect(knowing({1, 2, 3}));
    QVERIFY(info);
    QVERIFY(!info->isKnown());
    QVERIFY(info->candidates.isEmpty());
    QVERIFY(!info->detail.isEmpty());
}

void TestSelfDetector::legacyExportUsesTheHeuristic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Ana quotes one of self's messages (quote_author 7, quote_id = its date) in the 1:1 chat.
    const QByteArray mms = "_id,thread_id,date,date_received,msg_box,body,address,quote_id,"
                           "quote_author,quote_body\n"
                           "1,1,1600000000000,1600000000100,10485783,see you at 8,1,0,,\n"
                           "2,1,1600000060000,1600000060100,10485780,ok!,1,1600000000000,7,"
                           "see you at 8\n"
                           "3,2,1600000120000,1600000120100,10485780,hi all,3,0,,\n"
                           "4,2,1600000180000,1600000180100,10485780,hey,4,0,,\n";
    QVERIFY(writeLegacyExport(dir.path(), mms));
    Error error;
    const ChatExportPtr ex = importPath(dir.path(), &error);
    QVERIFY2(ex, qPrintable(error.toString()));
    QCOMPARE(ex->self.id, 7);
    QCOMPARE(ex->self.method, SelfMethod::Heuristic);
    QCOMPARE(ex->threads[0].title, u"Ana"_s); // thread.recipient_ids (dbv < 108)
    QVERIFY(ex->threads[1].isGroup);
    QCOMPARE(ex->threads[1].memberIds, QList<qint64>({3, 4, 7})); // groups.members (dbv < 172)
}

void TestSelfDetector::legacyExportWithoutEvidenceIsAmbiguous()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Only Ben writes in the group; self (7) and Cy (4) never do, and no quotes or reactions.
    const QByteArray mms = "_id,thread_id,date,date_received,msg_box,body,address\n"
                           "1,2,1600000120000,1600000120100,10485780,hi all,3\n"
                           "2,2,1600000180000,1600000180100,10485780,anyone?,3\n";
    QVERIFY(writeLegacyExport(dir.path(), mms));
    Error error;
    const ChatExportPtr ex = importPath(dir.path(), &error);
    QVERIFY2(ex, qPrintable(error.toString()));
    QVERIFY(!ex->self.isKnown());
    QCOMPARE(ex->self.candidates, QList<qint64>({4, 7}));
    // The user picks one; the import then attributes outgoing rows to it.
    ImportOptions options;
    options.selfOverride = 7;
    const ChatExportPtr chosen = importPath(dir.path(), &error, options);
    QVERIFY2(chosen, qPrintable(error.toString()));
    QCOMPARE(chosen->self.id, 7);
    QCOMPARE(chosen->self.method, SelfMethod::Override);
}

void TestSelfDetector::reactionsInAnyOrderAreEvidence()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Only Ben writes in the group, so self is 4 or 7 there. In the 1:1 chat with Ana, 7 reacts
    // to the last message; reaction.csv is in reaction order, not in message order, as real
    // exports are. A reaction by someone other than the partner is self's.
    QByteArray mms = "_id,thread_id,date,date_received,msg_box,body,address\n";
    for (int i = 1; i <= 6; ++i)
        mms += QByteArray::number(i) + ",1," + QByteArray::number(1600000000000LL + i * 60000)
            + ",1600000000100," + (i % 2 ? "10485783,me," : "10485780,ana,") + "1\n";
    mms += "7,2,1600000900000,1600000900100,10485780,hi all,3\n";
    const QByteArray reactions = "_id,message_id,is_mms,author_id,emoji,date_sent,date_received\n"
                                 "1,6,1,7,+1,1600001000000,1600001000100\n"
                                 "2,1,1,1,ok,1600001060000,1600001060100\n";
    QVERIFY(writeLegacyExport(dir.path(), mms, reactions));
    Error error;
    const ChatExportPtr ex = importPath(dir.path(), &error);
    QVERIFY2(ex, qPrintable(error.toString()));
    QCOMPARE(ex->messages.allReactions().size(), size_t(2));
    QCOMPARE(ex->self.id, 7);
    QCOMPARE(ex->self.method, SelfMethod::Heuristic);
}

QTEST_GUILESS_MAIN(TestSelfDetector)
#include "tst_selfdetector.moc"
