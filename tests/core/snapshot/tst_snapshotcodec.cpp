// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SnapshotCodec on hand-built models: a valid one round-trips field by field, and every
// structural rule the decoder checks has a broken model that it must refuse (an index out
// of range, an unknown enum value, a mention outside its message, an unsorted side table,
// a truncated payload).
#include "ExportCompare.h"
#include "snapshot/ByteReader.h"
#include "snapshot/ByteWriter.h"
#include "snapshot/SnapshotCodec.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::testing;

namespace {

/** Two recipients, one thread, three messages with every side table used. */
ChatExport validExport()
{
    ChatExport ex;
    ex.source.format = ExportFormat::SignalCsv;
    ex.source.path = u"/exports/signal"_s;
    ex.source.files = {u"message.csv"_s, u"recipient.csv"_s};
    ex.source.bytes = 1234;
    ex.self.id = 1;
    ex.self.method = SelfMethod::OutgoingSender;
    ex.self.candidates = {1, 2};
    Recipient me;
    me.id = 1;
    me.isSelf = true;
    me.profileGiven = u"Me"_s;
    me.displayName = u"Me"_s;
    Recipient friend_;
    friend_.id = 2;
    friend_.kind = RecipientKind::GroupV2;
    friend_.groupTitle = u"Climbing 🧗"_s;
    friend_.memberIds = {1, 2, 3};
    ex.recipients = {me, friend_};
    Thread t;
    t.id = 7;
    t.recipientId = 2;
    t.isGroup = true;
    t.title = u"Climbing 🧗"_s;
    t.messages = {0, 1, 2};
    t.textMessages = 3;
    ex.threads = {t};
    const QStringList bodies = {u"Hallo @Sam"_s, u"Grüße aus Köln"_s, u"ok"_s};
    for (int i = 0; i < 3; ++i) {
        MessageRecord r;
        r.id = 100 + i;
        r.dateSent = 1700000000000 + i;
        r.thread = 0;
        r.senderId = 1 + i % 2;
        r.direction = i % 2 ? Direction::Incoming : Direction::Outgoing;
        r.flags = quint32(i);
        ex.messages.append(r, bodies[i], i == 2 ? u"quoted"_s : QString());
    }
    ex.messages.addAttachment(Attachment{
        0, 5, -1, u"image/jpeg"_s, u"a.jpg"_s, {}, {}, {}, 2048, 640, 480, false, false});
    ex.messages.addReaction(Reaction{1, 2, u"👍"_s, 1700000000500});
    ex.messages.addLinkPreview(LinkPreview{2, u"https://example.org"_s, u"Title"_s, {}, 0});
    ex.messages.addMention(Mention{0, 3, 6, 4});
    ex.messages.finalize();
    ex.counts[MessageKind::Text] = 3;
    ex.addWarning(u"blank_lines"_s, u"Blank lines were skipped."_s, u"message.csv"_s, 4);
    ex.rebuildIndexes();
    return ex;
}

bool decodes(const ChatExport &ex, ChatExport *out = nullptr, QString *why = nullptr)
{
    ByteWriter writer;
    SnapshotCodec::encode(ex, writer);
    ByteReader reader(writer.buffer());
    ChatExport decoded;
    QString reason;
    const bool ok = SnapshotCodec::decode(reader, decoded, &reason);
    if (why)
        *why = reason;
    if (out)
        *out = std::move(decoded);
    return ok;
}

} // namespace

class TestSnapshotCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void brokenModels_data();
    void brokenModels();
    void everyTruncationIsRefused();
};

void TestSnapshotCodec::roundTrip()
{
    const ChatExport ex = validExport();
    ChatExport decoded;
    QString why;
    QVERIFY2(decodes(ex, &decoded, &why), qPrintable(why));
    QCOMPARE(exportDifference(ex, decoded), QString());
    QCOMPARE(decoded.messages.body(1), u"Grüße aus Köln");
    QCOMPARE(decoded.messages.mentions(0).size(), size_t(1));
}

void TestSnapshotCodec::brokenModels_data()
{
    using Breaker = std::function<void(ChatExport &)>;
    QTest::addColumn<Breaker>("breaker");
    QTest::addColumn<QString>("reason");
    QTest::newRow("thread lists a missing message")
        << Breaker([](ChatExport &ex) { ex.threads[0].messages.push_back(3); })
        << u"thread refers to a missing message"_s;
    QTest::newRow("message in a missing thread")
        << Breaker([](ChatExport &ex) { ex.messages.setThread(1, 1); })
        << u"message refers to a missing thread"_s;
    QTest::newRow("unknown message kind")
        << Breaker([](ChatExport &ex) { ex.messages.setKind(2, MessageKind(42)); })
        << u"unknown message kind or direction"_s;
    QTest::newRow("unknown recipient kind")
        << Breaker([](ChatExport &ex) { ex.recipients[1].kind = RecipientKind(200); })
        << u"recipient table"_s;
    QTest::newRow("unknown export format")
        << Breaker([](ChatExport &ex) { ex.source.format = ExportFormat(77); })
        << u"source or self section"_s;
    QTest::newRow("mention past the end of its body") << Breaker([](ChatExport &ex) {
        ex.messages.addMention(Mention{2, 3, 1, 5});
    }) << u"mention outside its message"_s;
    QTest::newRow("attachment of a missing message") << Breaker([](ChatExport &ex) {
        Attachment orphan;
        orphan.message = 9;
        ex.messages.addAttachment(orphan);
    }) << u"side table of attachments, reactions, previews or mentions"_s;
    QTest::newRow("side table out of order") << Breaker([](ChatExport &ex) {
        ex.messages.addReaction(Reaction{0, 1, {}, 0});
    }) << u"side table of attachments, reactions, previews or mentions"_s;
}

void TestSnapshotCodec::brokenModels()
{
    using Breaker = std::function<void(ChatExport &)>;
    QFETCH(Breaker, breaker);
    QFETCH(QString, reason);
    ChatExport ex = validExport();
    breaker(ex);
    QString why;
    QVERIFY(!decodes(ex, nullptr, &why));
    QCOMPARE(why, reason);
}

void TestSnapshotCodec::everyTruncationIsRefused()
{
    ByteWriter writer;
    SnapshotCodec::encode(validExport(), writer);
    const QByteArray full = writer.buffer();
    for (qsizetype size = 0; size < full.size(); ++size) {
        ByteReader reader(QByteArrayView(full).first(size));
        ChatExport decoded;
        QString why;
        QVERIFY2(!SnapshotCodec::decode(reader, decoded, &why), qPrintable(QString::number(size)));
    }
    ByteWriter longer;
    SnapshotCodec::encode(validExport(), longer);
    longer.value(quint8(0));
    ByteReader reader(longer.buffer());
    ChatExport decoded;
    QString why;
    QVERIFY(!SnapshotCodec::decode(reader, decoded, &why));
}

QTEST_GUILESS_MAIN(TestSnapshotCodec)
#include "tst_snapshotcodec.moc"
