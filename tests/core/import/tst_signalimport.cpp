// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Signal CSV and SQLite importers on the demo export: golden files, CSV = SQLite,
// every schema generation, and the features the demo contains.
#include "ExportDump.h"
#include "ImportTestSupport.h"
#include "report/InspectReport.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::testing;
using demogen::DemoFormat;
using demogen::SchemaGeneration;

namespace {

const QString kDemo = QStringLiteral(IDIOLECT_SOURCE_DIR "/resources/demo");
const QString kGolden = QStringLiteral(IDIOLECT_TEST_DATA_DIR "/import/golden");

/** The dump without its first line (which names the format). */
QString modelDump(const ChatExport &ex, bool warnings = false)
{
    DumpOptions o;
    o.files = false;
    o.warnings = warnings;
    o.hashText = true;
    const QString dump = dumpExport(ex, o);
    return dump.mid(dump.indexOf(u'\n') + 1);
}

/**
 * (thread, date, sender-is-self, text digest) of every Text message, sorted. Mentions
 * become "@<id>": the names they resolve to differ between schema generations. Long
 * messages are only compared by presence: SQLite exports carry their full text, CSV does not.
 */
QStringList textMessages(const ChatExport &ex)
{
    QStringList out;
    const MessageStore &s = ex.messages;
    for (const Thread &t : ex.threads) {
        for (quint32 m : t.messages) {
            if (s.kind(m) != MessageKind::Text)
                continue;
            QString body = s.body(m).toString();
            const auto mentions = s.mentions(m);
            for (auto it = mentions.rbegin(); it != mentions.rend(); ++it)
                body.replace(it->start, it->length, u"@"_s + QString::number(it->recipientId));
            const bool longText = s.hasFlag(m, LongTextResolved | LongTextTruncated);
            out.append(u"%1 %2 %3 %4"_s.arg(t.id)
                           .arg(s.dateSent(m))
                           .arg(int(s.isOutgoing(m)))
                           .arg(longText ? u"long"_s : textOrDigest(body, true)));
        }
    }
    out.sort();
    return out;
}

/** Empty if equal, else the first differing line of two dumps. */
QString firstDifference(const QString &a, const QString &b)
{
    const QStringList x = a.split(u'\n'), y = b.split(u'\n');
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        if (x.value(i) != y.value(i))
            return u"line %1\n  %2\n  %3"_s.arg(i + 1).arg(x.value(i), y.value(i));
    }
    return {};
}

const Thread *threadTitled(const ChatExport &ex, const QString &title)
{
    for (const Thread &t : ex.threads) {
        if (t.title == title)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestSignalImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoMatchesGoldenFiles();
    void csvAndSqliteGiveTheSameModel();
    void schemaGenerations_data();
    void schemaGenerations();
    void threadsAndRecipients();
    void mentionAfterEmoji();
    void placeholdersWithoutMentionTableAreReported();
    void longTextFromAttachmentFile();
    void linkPreviewsAndUrls();
    void editsAndDeletes();
    void editStaysWhereItWasFirstSent();
    void storiesAndStoryReplies();
    void attachmentsAndMediaOnly();
    void legacyReactionBlobsMatchReactionTable();
    void legacySeparateIdSpaces();
    void dbv150ReactionTableWithIsMms();
    void displayNamePriority_data();
    void displayNamePriority();
    void reactionsFindTheirMessage_data();
    void reactionsFindTheirMessage();

private:
    QTemporaryDir m_dir;
    ChatExportPtr m_csv;
};

void TestSignalImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Error error;
    m_csv = importPath(kDemo, &error);
    QVERIFY2(m_csv, qPrintable(error.toString()));
}

void TestSignalImport::demoMatchesGoldenFiles()
{
    // Regenerate with IDIOLECT_UPDATE_GOLDEN=1 after an intended change; review the diff.
    QJsonObject report = InspectReport::toJson(*m_csv);
    report.insert(u"details"_s, InspectReport::details(*m_csv));
    QString difference;
    QVERIFY2(matchesGolden(QString::fromUtf8(QJsonDocument(report).toJson()),
                           kGolden + u"/demo-inspect.json"_s, &difference),
             qPrintable(difference));
    DumpOptions o;
    o.files = false;
    o.hashText = true;
    QVERIFY2(matchesGolden(dumpExport(*m_csv, o), kGolden + u"/demo-messages.txt"_s, &difference),
             qPrintable(difference));
}

void TestSignalImport::csvAndSqliteGiveTheSameModel()
{
    const QString dir = m_dir.filePath(u"sqlite-newest"_s);
    QVERIFY(generateDemo(dir, SchemaGeneration::Newest, DemoFormat::Sqlite));
    Error error;
    const ChatExportPtr withFiles = importPath(dir, &error);
    QVERIFY2(withFiles, qPrintable(error.toString()));
    QCOMPARE(withFiles->source.format, ExportFormat::SignalSqlite);
    QCOMPARE(withFiles->source.databaseVersion, 302);

    // Without the Attachment_*.bin files (signalbackup-tools --onlydb) the models are equal.
    QDirIterator bins(dir, {u"Attachment_*.bin"_s}, QDir::Files);
    while (bins.hasNext())
        QVERIFY(QFile::remove(bins.next()));
    const ChatExportPtr onlyDb = importPath(dir, &error);
    QVERIFY2(onlyDb, qPrintable(error.toString()));
    const QString difference = firstDifference(modelDump(*onlyDb, true), modelDump(*m_csv, true));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // With them, exactly the long message differs: its full text replaced the truncated body.
    const QStringList a = modelDump(*withFiles).split(u'\n');
    const QStringList b = modelDump(*m_csv).split(u'\n');
    QCOMPARE(a.size(), b.size());
    int differing = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i]) {
            ++differing;
            QVERIFY2(a[i].contains(u"long_resolved"_s), qPrintable(a[i]));
            QVERIFY2(b[i].contains(u"long_truncated"_s), qPrintable(b[i]));
        }
    }
    QCOMPARE(differing, 1);
}

void TestSignalImport::schemaGenerations_data()
{
    QTest::addColumn<int>("generation");
    QTest::addColumn<QString>("selfMethod");
    QTest::addColumn<bool>("hasEdits");
    QTest::addColumn<bool>("hasStories");
    QTest::addColumn<QString>("aishaTitle");
    QTest::newRow("newest") << int(SchemaGeneration::Newest) << u"outgoing_sender"_s << true << true
                            << u"Aish"_s;
    QTest::newRow("current") << int(SchemaGeneration::Current) << u"outgoing_sender"_s << true
                             << true << u"Aish"_s;
    QTest::newRow("dbv185") << int(SchemaGeneration::Dbv185) << u"outgoing_sender"_s << true << true
                            << u"Aisha Rahman"_s;
    QTest::newRow("dbv170") << int(SchemaGeneration::Dbv170) << u"heuristic"_s << false << true
                            << u"Aisha Rahman"_s;
    QTest::newRow("legacy") << int(SchemaGeneration::Legacy) << u"heuristic"_s << false << false
                            << u"Aisha Rahman"_s;
}

void TestSignalImport::schemaGenerations()
{
    QFETCH(int, generation);
    QFETCH(QString, selfMethod);
    QFETCH(bool, hasEdits);
    QFETCH(bool, hasStories);
    QFETCH(QString, aishaTitle);
    const QString dir = m_dir.filePath(u"gen-%1"_s.arg(generation));
    QVERIFY(generateDemo(dir, SchemaGeneration(generation), DemoFormat::Both));
    Error error;
    const ChatExportPtr csv = importPath(dir + u"/csv"_s, &error);
    QVERIFY2(csv, qPrintable(error.toString()));
    const ChatExportPtr sqlite = importPath(dir + u"/sqlite"_s, &error);
    QVERIFY2(sqlite, qPrintable(error.toString()));

    for (const ChatExportPtr &ex : {csv, sqlite}) {
        QCOMPARE(ex->self.id, 6); // never 2: recipient 2 is Marco
        QCOMPARE(selfMethodName(ex->self.method), selfMethod);
        // The same conversations whatever the schema: every text message, sender and date.
        QCOMPARE(textMessages(*ex), textMessages(*m_csv));
        QCOMPARE(ex->counts[MessageKind::Text], m_csv->counts[MessageKind::Text]);
        QCOMPARE(ex->counts[MessageKind::Call], m_csv->counts[MessageKind::Call]);
        QCOMPARE(ex->counts[MessageKind::GroupUpdate], m_csv->counts[MessageKind::GroupUpdate]);
        QCOMPARE(ex->counts[MessageKind::System], m_csv->counts[MessageKind::System]);
        QCOMPARE(ex->counts[MessageKind::Deleted], m_csv->counts[MessageKind::Deleted]);
        QCOMPARE(ex->counts[MessageKind::MediaOnly], m_csv->counts[MessageKind::MediaOnly]);
        QCOMPARE(ex->counts[MessageKind::EditRevision] > 0, hasEdits);
        QCOMPARE(ex->counts[MessageKind::Story] > 0, hasStories);
        QCOMPARE(ex->messages.allReactions().size(), m_csv->messages.allReactions().size());
        QCOMPARE(ex->messages.allMentions().size(), m_csv->messages.allMentions().size());
        QVERIFY(threadTitled(*ex, aishaTitle));
        QVERIFY(threadTitled(*ex, u"Climbing crew 🧗"_s));
    }
    // CSV and SQLite of one generation agree on everything but the long text.
    QCOMPARE(textMessages(*csv).size(), textMessages(*sqlite).size());
}

void TestSignalImport::threadsAndRecipients()
{
    const ChatExport &ex = *m_csv;
    const Thread *climbing = threadTitled(ex, u"Climbing crew 🧗"_s);
    QVERIFY(climbing);
    QVERIFY(climbing->isGroup);
    QCOMPARE(climbing->memberIds.size(), 5);
    QVERIFY(climbing->memberIds.contains(6));
    const Thread *spam = threadTitled(ex, u"+447700900999"_s); // number only: e164 shown
    QVERIFY(spam);
    QVERIFY(spam->blocked);
    QVERIFY(!spam->isGroup);
    const Thread *note = threadTitled(ex, u"Sam Becker"_s);
    QVERIFY(note);
    QVERIFY(note->isNoteToSelf);
    QVERIFY(threadTitled(ex, u"My Story"_s)); // distribution list with the all-zero UUID name
    QVERIFY(threadTitled(ex, u"noah.07"_s)); // username only
    QVERIFY(threadTitled(ex, u"由紀 田中"_s)); // profile name only
    QVERIFY(threadTitled(ex, u"Omar Haddad"_s)); // contact name beats the Arabic profile name
    QVERIFY(threadTitled(ex, u"Aish"_s)); // nickname beats everything
    const Recipient *self = ex.recipient(6);
    QVERIFY(self && self->isSelf);
    QVERIFY(!ex.recipient(2)->isSelf);
    // Outgoing messages are attributed to self, incoming group messages to their author.
    const MessageStore &s = ex.messages;
    for (quint32 m : climbing->messages) {
        if (s.isOutgoing(m))
            QCOMPARE(s.senderId(m), 6);
        else if (s.kind(m) == MessageKind::Text)
            QVERIFY(s.senderId(m) != 6 && s.senderId(m) > 0);
    }
}

void TestSignalImport::mentionAfterEmoji()
{
    const ChatExport &ex = *m_csv;
    const qint64 m = findMessage(ex, u"🧗‍♀️ @"_s);
    QVERIFY(m >= 0);
    const QStringView body = ex.messages.body(quint32(m));
    QVERIFY(ex.messages.hasFlag(quint32(m), HasMention));
    QVERIFY(!body.contains(QChar(0xFFFC)));
    const auto mentions = ex.messages.mentions(quint32(m));
    QCOMPARE(mentions.size(), size_t(2));
    // U+1F9D7 U+200D U+2640 U+FE0F and a space: 6 UTF-16 units before the first mention.
    QCOMPARE(mentions[0].start, 6);
    const QString first = body.mid(mentions[0].start, mentions[0].length).toString();
    QCOMPARE(first, u"@"_s + ex.displayName(mentions[0].recipientId));
    const QString second = body.mid(mentions[1].start, mentions[1].length).toString();
    QCOMPARE(second, u"@"_s + ex.displayName(mentions[1].recipientId));
}

void TestSignalImport::placeholdersWithoutMentionTableAreReported()
{
    // The minimal export (message, recipient, thread) has no mention table: the placeholders
    // stay, and the user is told why (it was silent).
    const QString dir = m_dir.filePath(u"no-mention-table"_s);
    QVERIFY(writeFiles(
        dir,
        {{u"recipient.csv"_s, "_id,blocked,profile_given_name\n1,0,Ana\n2,0,Me\n"},
         {u"thread.csv"_s, "_id,recipient_id,meaningful_messages\n1,1,2\n"},
         {u"message.csv"_s,
          "_id,date_sent,date_received,thread_id,from_recipient_id,to_recipient_id,type,"
          "body\n"
          "1,1700000000000,1700000000100,1,1,2,10485780,hi \xEF\xBF\xBC and \xEF\xBF\xBC!\n"
          "2,1700000060000,1700000060000,1,2,1,10485783,ok see you\n"}}));
    Error error;
    const ChatExportPtr ex = importPath(dir, &error);
    QVERIFY2(ex, qPrintable(error.toString()));
    const auto warning
        = std::find_if(ex->warnings.cbegin(), ex->warnings.cend(),
                       [](const ImportWarning &w) { return w.code == u"unresolved_mentions"_s; });
    QVERIFY(warning != ex->warnings.cend());
    QVERIFY(warning->message.contains(u"mention"_s));
}

void TestSignalImport::longTextFromAttachmentFile()
{
    const qint64 truncated = findMessage(*m_csv, u"Okay, the promised trip report"_s);
    QVERIFY(truncated >= 0);
    QVERIFY(m_csv->messages.hasFlag(quint32(truncated), LongTextTruncated));
    QVERIFY(m_csv->messages.body(quint32(truncated)).toUtf8().size() <= 2000);
    bool warned = false;
    for (const ImportWarning &w : m_csv->warnings)
        warned = warned || w.code == u"long_text_truncated"_s;
    QVERIFY(warned);

    const QString dir = m_dir.filePath(u"sqlite-long"_s);
    QVERIFY(generateDemo(dir, SchemaGeneration::Dbv185, DemoFormat::Sqlite));
    Error error;
    const ChatExportPtr ex = importPath(dir, &error);
    QVERIFY2(ex, qPrintable(error.toString()));
    const qint64 full = findMessage(*ex, u"Okay, the promised trip report"_s);
    QVERIFY(full >= 0);
    QVERIFY(ex->messages.hasFlag(quint32(full), LongTextResolved));
    QVERIFY(ex->messages.body(quint32(full)).toUtf8().size() > 2000);
    QVERIFY(ex->messages.body(quint32(full)).endsWith(u"ranked, with notes."_s));
    // The full text starts with the truncated copy.
    QVERIFY(ex->messages.body(quint32(full)).startsWith(m_csv->messages.body(quint32(truncated))));
}

void TestSignalImport::linkPreviewsAndUrls()
{
    const ChatExport &ex = *m_csv;
    QStringList urls;
    for (const LinkPreview &p : ex.messages.allLinkPreviews()) {
        urls.append(p.url);
        QVERIFY(ex.messages.hasFlag(p.message, HasLinkPreview));
        QVERIFY(ex.messages.hasFlag(p.message, HasUrl));
        QVERIFY(!p.title.isEmpty());
    }
    QVERIFY(urls.contains(
        u"https://twitter.com/climbing_daily/status/1625123456789012345?s=20&t=Xy3kP0mQ8vR2"_s));
    QVERIFY(urls.contains(
        u"https://x.com/berlinbuses/status/1788234567890123456?s=46&t=q2W9zLmN4bV7"_s));
}

void TestSignalImport::editsAndDeletes()
{
    const ChatExport &ex = *m_csv;
    const MessageStore &s = ex.messages;
    qint64 edited = 0;
    for (quint32 m = 0; m < s.size(); ++m) {
        if (s.hasFlag(m, Edited)) {
            ++edited;
            QCOMPARE(s.kind(m), MessageKind::Text);
        }
        if (s.kind(m) == MessageKind::Deleted)
            QVERIFY(s.body(m).isEmpty());
    }
    QCOMPARE(edited, ex.counts[MessageKind::EditRevision]); // one older revision per edit here
    const qint64 fixed = findMessage(ex, u"I'll be there at 7:30"_s);
    QVERIFY(fixed >= 0);
    QVERIFY(s.hasFlag(quint32(fixed), Edited));
    QCOMPARE(s.kind(quint32(fixed)), MessageKind::Text);
    const qint64 old = findMessage(ex, u"Ill be thre at 6:30"_s);
    QVERIFY(old >= 0);
    QCOMPARE(s.kind(quint32(old)), MessageKind::EditRevision);
}

void TestSignalImport::editStaysWhereItWasFirstSent()
{
    // I answer "yes, at 8", Ana writes twice, and 24 minutes later I edit my answer: the new
    // revision's date_sent is the edit's, its date_received the first version's.
    const QString dir = m_dir.filePath(u"edit-order"_s);
    QVERIFY(
        writeFiles(dir,
                   {{u"recipient.csv"_s, "_id,blocked,profile_given_name\n1,0,Ana\n2,0,Me\n"},
                    {u"thread.csv"_s, "_id,recipient_id,meaningful_messages\n1,1,4\n"},
                    {u"message.csv"_s,
                     "_id,date_sent,date_received,thread_id,from_recipient_id,to_recipient_id,type,"
                     "body,latest_revision_id,original_message_id\n"
                     "1,1700000000000,1700000000100,1,1,2,10485780,pizza tonight?,,\n"
                     "2,1700000060000,1700000060000,1,2,1,10485783,\"yes, at 8\",5,\n"
                     "3,1700000120000,1700000120100,1,1,2,10485780,great,,\n"
                     "4,1700000180000,1700000180100,1,1,2,10485780,where do we meet?,,\n"
                     "5,1700001500000,1700000060000,1,2,1,10485783,\"yes, at 9\",,2\n"}}));
    Error error;
    const ChatExportPtr ex = importPath(dir, &error);
    QVERIFY2(ex, qPrintable(error.toString()));
    const MessageStore &s = ex->messages;
    QCOMPARE(ex->threads.size(), size_t(1));
    QStringList texts;
    for (const quint32 m : ex->threads[0].messages) {
        if (s.kind(m) == MessageKind::Text)
            texts.append(s.body(m).toString());
    }
    QCOMPARE(
        texts,
        (QStringList{u"pizza tonight?"_s, u"yes, at 9"_s, u"great"_s, u"where do we meet?"_s}));
    const qint64 edited = findMessage(*ex, u"yes, at 9"_s);
    QVERIFY(edited >= 0);
    QVERIFY(s.hasFlag(quint32(edited), Edited));
    QCOMPARE(s.dateSent(quint32(edited)), 1700000060000); // the first version's send time
}

void TestSignalImport::storiesAndStoryReplies()
{
    const ChatExport &ex = *m_csv;
    const MessageStore &s = ex.messages;
    const qint64 reply = findMessage(ex, u"gorgeous!! where is that?"_s);
    QVERIFY(reply >= 0);
    QCOMPARE(s.kind(quint32(reply)), MessageKind::Text); // a direct story reply is chat
    QVERIFY(s.hasFlag(quint32(reply), StoryReply));
    const qint64 story = findMessage(ex, u"sunset run"_s);
    QVERIFY(story >= 0);
    QCOMPARE(s.kind(quint32(story)), MessageKind::Story);
    const qint64 groupReply = findMessage(ex, u"that wall looks impossible"_s);
    QVERIFY(groupReply >= 0);
    QCOMPARE(s.kind(quint32(groupReply)), MessageKind::Story); // replies in a group story thread
    const Thread *myStory = threadTitled(ex, u"My Story"_s);
    QVERIFY(myStory);
    QCOMPARE(myStory->textMessages, 0);
}

void TestSignalImport::attachmentsAndMediaOnly()
{
    const ChatExport &ex = *m_csv;
    const MessageStore &s = ex.messages;
    bool voice = false, sticker = false, image = false;
    for (const Attachment &a : s.allAttachments()) {
        QVERIFY(a.contentType != u"text/x-signal-plain"_s); // long text is not an attachment
        voice = voice || (a.voiceNote && s.hasFlag(a.message, HasVoiceNote));
        sticker = sticker || (a.sticker && s.hasFlag(a.message, HasSticker));
        image = image || (a.isImage() && s.hasFlag(a.message, HasImage));
    }
    QVERIFY(voice && sticker && image);
    qint64 mediaOnly = 0;
    for (quint32 m = 0; m < s.size(); ++m) {
        if (s.kind(m) == MessageKind::MediaOnly) {
            ++mediaOnly;
            QVERIFY(s.hasFlag(m, HasAttachment));
        }
    }
    QCOMPARE(mediaOnly, ex.counts[MessageKind::MediaOnly]);
    QVERIFY(mediaOnly >= 3);
}

void TestSignalImport::legacyReactionBlobsMatchReactionTable()
{
    const QString dir = m_dir.filePath(u"legacy-reactions"_s);
    QVERIFY(generateDemo(dir, SchemaGeneration::Legacy, DemoFormat::Csv));
    Error error;
    const ChatExportPtr legacy = importPath(dir, &error);
    QVERIFY2(legacy, qPrintable(error.toString()));
    auto reactions = [](const ChatExport &ex) {
        QStringList out;
        for (const Reaction &r : ex.messages.allReactions())
            out.append(u"%1 %2 %3 %4"_s.arg(ex.messages.dateSent(r.message))
                           .arg(r.authorId)
                           .arg(r.emoji)
                           .arg(r.dateSent));
        out.sort();
        return out;
    };
    QVERIFY(!reactions(*m_csv).isEmpty());
    QCOMPARE(reactions(*legacy), reactions(*m_csv));
}

void TestSignalImport::legacySeparateIdSpaces()
{
    const QString dir = m_dir.filePath(u"legacy-ids"_s);
    QVERIFY(generateDemo(dir, SchemaGeneration::Legacy, DemoFormat::Csv, 400));
    Error error;
    const ChatExportPtr ex = importPath(dir, &error);
    QVERIFY2(ex, qPrintable(error.toString()));
    QVERIFY(ex->source.schema.startsWith(u"sms + mms"_s));
    // sms row 1 and mms row 1 are different messages; both are kept.
    const MessageStore &s = ex->messages;
    bool smsOne = false, mmsOne = false;
    for (quint32 m = 0; m < s.size(); ++m) {
        smsOne = smsOne || s.id(m) == -1;
        mmsOne = mmsOne || s.id(m) == 1;
    }
    QVERIFY(smsOne && mmsOne);
    bool duplicateWarning = false;
    for (const ImportWarning &w : ex->warnings)
        duplicateWarning = duplicateWarning || w.code == u"duplicate_ids"_s;
    QVERIFY(!duplicateWarning);
    // Attachments (part.mid) point into mms only.
    for (const Attachment &a : s.allAttachments())
        QVERIFY(s.id(a.message) > 0);
}

void TestSignalImport::dbv150ReactionTableWithIsMms()
{
    // dbv 108-165: sms and mms tables, thread.thread_recipient_id, and a reaction table whose
    // is_mms says which table message_id points into; part.mid points into mms.
    const QString dir = m_dir.filePath(u"dbv150"_s);
    QVERIFY(writeFiles(dir,
                       {{u"recipient.csv"_s,
                         "_id,phone,uuid,group_id,group_type,blocked,signal_profile_name,"
                         "system_display_name\n"
                         "1,+4915100000001,,,0,0,Ana,Ana Silva\n"
                         "2,+4915100000002,,,0,0,Me,\n"},
                        {u"thread.csv"_s, "_id,thread_recipient_id,message_count\n5,1,4\n"},
                        {u"sms.csv"_s,
                         "_id,thread_id,address,date,date_sent,protocol,type,body,"
                         "reply_path_present,service_center\n"
                         "1,5,1,1600000000500,1600000000000,31337,10485780,morning!,1,GCM\n"
                         "2,5,1,1600000060000,1600000060000,,10485783,hey you,,\n"},
                        {u"mms.csv"_s,
                         "_id,thread_id,date,date_received,msg_box,body,address,m_type\n"
                         "1,5,1600000120000,1600000120100,10485780,,1,132\n"
                         "2,5,1600000180000,1600000180100,10485783,look,1,128\n"},
                        {u"part.csv"_s,
                         "_id,mid,ct,unique_id,data_size,file_name,quote\n"
                         "1,1,image/jpeg,1600000120100,1234,,0\n"
                         "2,2,image/png,1600000180100,99,shot.png,0\n"},
                        {u"reaction.csv"_s,
                         "_id,message_id,is_mms,author_id,emoji,date_sent,date_received\n"
                         "1,1,0,2,❤️,1600000001000,1600000001100\n"
                         "2,1,1,2,😂,1600000121000,1600000121100\n"}}));
    Error error;
    const ChatExportPtr ex = importPath(dir, &error);
    QVERIFY2(ex, qPrintable(error.toString()));
    QCOMPARE(ex->threads.size(), size_t(1));
    QCOMPARE(ex->threads[0].title, u"Ana Silva"_s); // system_display_name
    const MessageStore &s = ex->messages;
    QCOMPARE(s.size(), 4u);
    const qint64 morning = findMessage(*ex, u"morning!"_s);
    QVERIFY(morning >= 0);
    QCOMPARE(s.reactions(quint32(morning)).size(), size_t(1)); // is_mms = 0: the sms row
    QCOMPARE(s.reactions(quint32(morning))[0].emoji, u"❤️"_s);
    QCOMPARE(s.dateReceived(quint32(morning)), 1600000000500); // sms.date is the receive time
    for (quint32 m = 0; m < s.size(); ++m) {
        if (s.id(m) == 1) { // mms row 1: a photo without text, with the other reaction
            QCOMPARE(s.kind(m), MessageKind::MediaOnly);
            QCOMPARE(s.reactions(m).size(), size_t(1));
            QCOMPARE(s.reactions(m)[0].emoji, u"😂"_s);
            QCOMPARE(s.dateSent(m), 1600000120000); // mms.date is the send time
        }
    }
    QCOMPARE(s.allAttachments().size(), size_t(2));
    QCOMPARE(ex->self.id, 2); // reacting in the 1:1 chat with Ana makes 2 the only candidate
}

void TestSignalImport::displayNamePriority_data()
{
    // recipient columns: nickname_joined, system_joined, system_given, profile_joined,
    // profile_given, profile_family, username, e164, aci
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nickname first") << QByteArray("Nick,Sys Name,Sys,Prof J,Prof,Fam,user.1,"
                                                  "+491,abc")
                                    << u"Nick"_s;
    QTest::newRow("contact name") << QByteArray(",Sys Name,Sys,Prof J,Prof,Fam,user.1,+491,abc")
                                  << u"Sys Name"_s;
    QTest::newRow("profile joined")
        << QByteArray(",,,Prof J,Prof,Fam,user.1,+491,abc") << u"Prof J"_s;
    QTest::newRow("profile given and family")
        << QByteArray(",,,,Prof,Fam,user.1,+491,abc") << u"Prof Fam"_s;
    QTest::newRow("phone number") << QByteArray(",,,,,,user.1,+491,abc") << u"+491"_s;
    QTest::newRow("username") << QByteArray(",,,,,,user.1,,abc") << u"user.1"_s;
    QTest::newRow("aci") << QByteArray(",,,,,,,,abc") << u"abc"_s;
    QTest::newRow("nothing: the id") << QByteArray(",,,,,,,,") << u"#1"_s;
    QTest::newRow("blank names are skipped") << QByteArray(" , ,,\"  \",Prof,,,,") << u"Prof"_s;
}

void TestSignalImport::displayNamePriority()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, expected);
    const QString dir = m_dir.filePath(u"names-"_s + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(writeFiles(dir,
                       {{u"recipient.csv"_s,
                         "_id,blocked,nickname_joined_name,system_joined_name,"
                         "system_given_name,profile_joined_name,profile_given_name,"
                         "profile_family_name,username,e164,aci\n1,0,"
                             + row + "\n2,0,,,,,Me,,,,\n"},
                        {u"thread.csv"_s, "_id,recipient_id,meaningful_messages\n1,1,1\n"},
                        {u"message.csv"_s,
                         "_id,date_sent,date_received,thread_id,from_recipient_id,"
                         "to_recipient_id,type,body\n"
                         "1,1700000000000,1700000000100,1,2,1,10485783,hi\n"}}));
    Error error;
    const ChatExportPtr ex = importPath(dir, &error);
    QVERIFY2(ex, qPrintable(error.toString()));
    QCOMPARE(ex->threads[0].title, expected);
}

void TestSignalImport::reactionsFindTheirMessage_data()
{
    // Message ids in file order; a reaction names each id, plus ids no row has.
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("dense") << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("dense with gaps") << QList<qint64>{10, 11, 14, 15, 19};
    QTest::newRow("sparse") << QList<qint64>{3, 900000000000, 900000000001};
    QTest::newRow("unsorted") << QList<qint64>{5, 2, 9, 1};
    QTest::newRow("span beyond qint64")
        << QList<qint64>{-9223372036854775807LL, 0, 9223372036854775807LL};
}

void TestSignalImport::reactionsFindTheirMessage()
{
    QFETCH(QList<qint64>, ids);
    QByteArray messages = "_id,date_sent,date_received,thread_id,from_recipient_id,"
                          "to_recipient_id,type,body\n";
    QByteArray reactions = "_id,message_id,author_id,emoji,date_sent\n";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QByteArray id = QByteArray::number(ids[i]);
        messages += id + "," + QByteArray::number(1700000000000LL + i * 1000)
            + ",1700000000100,1,1,2,10485780,text " + id + "\n";
        reactions += QByteArray::number(i + 1) + "," + id + ",2," + id + ",1700000100000\n";
    }
    // Ids that belong to no message: below, between and above the ones there are.
    qint64 next = ids.size() + 1;
    for (const qint64 missing : {qint64(-42), qint64(7), qint64(16), qint64(1000000)}) {
        if (!ids.contains(missing))
            reactions += QByteArray::number(next++) + "," + QByteArray::number(missing)
                + ",2,x,1700000100000\n";
    }
    const QString dir = m_dir.filePath(u"ids-"_s + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(writeFiles(dir,
                       {{u"recipient.csv"_s, "_id,blocked,profile_given_name\n1,0,Ana\n2,0,Me\n"},
                        {u"thread.csv"_s, "_id,recipient_id,meaningful_messages\n1,1,1\n"},
                        {u"message.csv"_s, messages},
                        {u"reaction.csv"_s, reactions}}));
    Error error;
    const ChatExportPtr ex = importPath(dir, &error);
    QVERIFY2(ex, qPrintable(error.toString()));
    const MessageStore &s = ex->messages;
    QCOMPARE(s.size(), quint32(ids.size()));
    QCOMPARE(s.allReactions().size(), size_t(ids.size())); // the others name no message
    for (quint32 m = 0; m < s.size(); ++m) {
        QCOMPARE(s.reactions(m).size(), size_t(1));
        QCOMPARE(s.reactions(m)[0].emoji, QString::number(s.id(m))); // its own, nobody else's
    }
}

QTEST_GUILESS_MAIN(TestSignalImport)
#include "tst_signalimport.moc"
