// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The classification table of signal-formats.md §2.3-2.4: every base type and flag, and the
// precedence between old revisions, stories, deletions, calls, group updates and status rows.
#include "import/SignalTypes.h"

#include <QTest>

using namespace idiolect;
using namespace idiolect::signaltypes;

Q_DECLARE_METATYPE(idiolect::MessageKind)
Q_DECLARE_METATYPE(idiolect::Direction)

namespace {

constexpr qint64 kSecurePush = 0x800000 | 0x200000;

} // namespace

class TestSignalTypes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void pendingScheduledMessagesWereNotSent();
};

void TestSignalTypes::classify_data()
{
    QTest::addColumn<qint64>("type");
    QTest::addColumn<bool>("body");
    QTest::addColumn<bool>("oldRevision");
    QTest::addColumn<int>("storyType");
    QTest::addColumn<qint64>("parentStory");
    QTest::addColumn<bool>("deleted");
    QTest::addColumn<MessageKind>("kind");
    QTest::addColumn<Direction>("direction");

    using K = MessageKind;
    using D = Direction;
    auto row = [](const char *name, qint64 type, K kind, D direction, bool body = true) {
        QTest::newRow(name) << type << body << false << 0 << qint64(0) << false << kind
                            << direction;
    };
    // Base types 20-27: messages.
    row("incoming 0xA00014", 0xA00014, K::Text, D::Incoming);
    row("sent 0xA00017", 0xA00017, K::Text, D::Outgoing);
    row("outbox 21", 21 | kSecurePush, K::Text, D::Outgoing);
    row("sending 22", 22 | kSecurePush, K::Text, D::Outgoing);
    row("pending secure SMS 25", 25, K::Text, D::Outgoing);
    row("pending insecure SMS 26", 26, K::Text, D::Outgoing);
    row("plain SMS inbox", 20, K::Text, D::Incoming);
    row("sent failed 24", 24 | kSecurePush, K::DraftFailed, D::Outgoing);
    row("draft 27", 27, K::DraftFailed, D::None);
    row("no body: media only", 0xA00014, K::MediaOnly, D::Incoming, false);
    row("remote-decrypted bit is still text", 0xA00014 | 0x20000000, K::Text, D::Incoming);
    // Calls compare the whole value.
    row("incoming audio call 1", 1, K::Call, D::Incoming);
    row("outgoing audio call 2", 2, K::Call, D::Outgoing);
    row("missed audio call 3", 3, K::Call, D::Incoming);
    row("missed video call 8", 8, K::Call, D::Incoming);
    row("incoming video call 10", 10, K::Call, D::Incoming);
    row("outgoing video call 11", 11, K::Call, D::Outgoing);
    row("group call 12", 12, K::Call, D::Incoming);
    row("call base with other bits", 1 | 0x200000, K::System, D::Incoming);
    // Other event base types.
    row("joined 4", 4, K::System, D::Incoming);
    row("unsupported 5", 5, K::System, D::Incoming);
    row("invalid 6", 6, K::System, D::Incoming);
    row("profile change 7", 7, K::System, D::Incoming);
    row("GV1 migration 9", 9, K::GroupUpdate, D::Incoming);
    row("bad decrypt 13", 13, K::System, D::Incoming);
    row("change number 14", 14, K::System, D::Incoming);
    row("donation request 15", 15, K::System, D::Incoming);
    row("thread merge 16", 16, K::System, D::Incoming);
    row("SMS export 17", 17, K::System, D::Incoming);
    row("session switchover 18", 18, K::System, D::Incoming);
    // Flags.
    row("group update", 20 | kSecurePush | 0x10000, K::GroupUpdate, D::Incoming);
    row("GV2 update sent", 23 | kSecurePush | 0x10000 | 0x80000, K::GroupUpdate, D::Outgoing);
    row("GV1 quit", 23 | kSecurePush | 0x20000, K::GroupUpdate, D::Outgoing);
    row("GV2 leave bits", 20 | kSecurePush | 0x80000 | 0x20000 | 0x10000, K::GroupUpdate,
        D::Incoming);
    row("timer update", 20 | kSecurePush | 0x40000, K::System, D::Incoming);
    row("end session", 20 | kSecurePush | 0x400000, K::System, D::Incoming);
    row("identity update 0x200", 20 | 0x200, K::System, D::Incoming);
    row("identity verified 0x4000", 20 | 0x4000, K::System, D::Incoming);
    row("identity default 0x2000", 20 | 0x2000, K::System, D::Incoming);
    row("key exchange 0x8000", 20 | 0x8000, K::System, D::Incoming);
    row("decrypt failed 0x10000000", 20 | 0x10000000, K::System, D::Incoming);
    row("no session 0x08000000", 20 | 0x08000000, K::System, D::Incoming);
    row("duplicate 0x04000000", 20 | 0x04000000, K::System, D::Incoming);
    // Special types (bits 32-35).
    row("story reaction", 20 | kSecurePush | 0x100000000LL, K::Story, D::Incoming);
    row("gift badge", 20 | kSecurePush | 0x200000000LL, K::System, D::Incoming);
    row("payment", 23 | kSecurePush | 0x300000000LL, K::System, D::Outgoing);
    row("message request accepted", 20 | 0x600000000LL, K::System, D::Incoming);
    row("blocked", 23 | 0xA00000000LL, K::System, D::Outgoing);
    row("pinned message", 20 | kSecurePush | 0xD00000000LL, K::System, D::Incoming);

    // Precedence: old revision > story > deleted > call > group update > status > draft.
    auto facts = [](const char *name, qint64 type, bool oldRevision, int storyType,
                    qint64 parentStory, bool deleted, K kind, D direction) {
        QTest::newRow(name) << type << true << oldRevision << storyType << parentStory << deleted
                            << kind << direction;
    };
    facts("old revision", 0xA00017, true, 0, 0, false, K::EditRevision, D::Outgoing);
    facts("old revision of a deleted message", 0xA00014, true, 0, 0, true, K::EditRevision,
          D::Incoming);
    facts("story post", 0xA00017, false, 1, 0, false, K::Story, D::Outgoing);
    facts("text story", 0xA00014, false, 3, 0, false, K::Story, D::Incoming);
    facts("deleted story", 0xA00014, false, 1, 0, true, K::Story, D::Incoming);
    facts("group story reply", 0xA00014, false, 0, 42, false, K::Story, D::Incoming);
    facts("direct story reply is chat", 0xA00017, false, 0, -42, false, K::Text, D::Outgoing);
    facts("deleted text", 0xA00014, false, 0, 0, true, K::Deleted, D::Incoming);
    facts("deleted call", 1, false, 0, 0, true, K::Deleted, D::Incoming);
    facts("deleted draft", 27, false, 0, 0, true, K::Deleted, D::None);
}

void TestSignalTypes::pendingScheduledMessagesWereNotSent()
{
    // scheduled_date > 0: still waiting to be sent at backup time, so nobody has read it; its
    // date_sent is when it was written. Sending sets scheduled_date back to -1.
    RowFacts f;
    f.type = 0xA00017; // sent (Signal gives a scheduled message its outgoing type)
    f.hasBodyText = true;
    QCOMPARE(messageKindName(signaltypes::classify(f)), messageKindName(MessageKind::Text));
    f.scheduled = true;
    QCOMPARE(messageKindName(signaltypes::classify(f)), messageKindName(MessageKind::DraftFailed));
    f.deleted = true;
    QCOMPARE(messageKindName(signaltypes::classify(f)), messageKindName(MessageKind::Deleted));
}

void TestSignalTypes::classify()
{
    QFETCH(qint64, type);
    QFETCH(bool, body);
    QFETCH(bool, oldRevision);
    QFETCH(int, storyType);
    QFETCH(qint64, parentStory);
    QFETCH(bool, deleted);
    QFETCH(MessageKind, kind);
    QFETCH(Direction, direction);
    RowFacts f;
    f.type = type;
    f.hasBodyText = body;
    f.oldRevision = oldRevision;
    f.storyType = storyType;
    f.parentStoryId = parentStory;
    f.deleted = deleted;
    QCOMPARE(messageKindName(signaltypes::classify(f)), messageKindName(kind));
    QCOMPARE(int(signaltypes::direction(type)), int(direction));
}

QTEST_GUILESS_MAIN(TestSignalTypes)
#include "tst_signaltypes.moc"
