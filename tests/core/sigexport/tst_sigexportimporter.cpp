// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../plaintext/ExportDump.h"
#include "common/JobContext.h"
#include "import/FormatDetector.h"
#include "import/ImportJob.h"
#include "import/sigexport/SigexportModelBuilder.h"
#include "import/sigexport/SignalDesktopExportImporter.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

using namespace idiolect;
using namespace idiolect::testing;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(IDIOLECT_TEST_DATA_DIR "/import/sigexport/") + name;
}

Expected<ChatExportPtr> importPath(const QString &path, bool lenient = false,
                                   const QByteArray &zone = "Europe/Berlin")
{
    ImportOptions options;
    options.path = path;
    options.lenient = lenient;
    options.localZone = QTimeZone(zone);
    return ImportJob::run(options, JobContext::detached());
}

const Thread &threadTitled(const ChatExport &ex, const QString &title)
{
    for (const Thread &t : ex.threads) {
        if (t.title == title)
            return t;
    }
    static const Thread none;
    return none;
}

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestSigexportImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden();
    void semantics();
    void daylightSaving();
    void timeZoneOption();
    void detection_data();
    void detection();
    void oneConversation_data();
    void oneConversation();
    void parseBytes();
    void quoteOfALoneSurrogateStillLinks();
    void errors_data();
    void errors();
    void lenient();
};

void TestSigexportImporter::golden()
{
    const auto ex = importPath(fixture(u"export"_s));
    QVERIFY2(ex, qPrintable(ex ? QString() : ex.error().toString()));
    QString difference;
    QVERIFY2(matchesGolden(dumpExport(**ex), fixture(u"export.golden.txt"_s), &difference),
             qPrintable(difference));
}

void TestSigexportImporter::semantics()
{
    const auto ex = importPath(fixture(u"export"_s));
    QVERIFY(ex);
    const ChatExport &e = **ex;
    const MessageStore &s = e.messages;
    QCOMPARE(e.source.format, ExportFormat::SignalDesktopExport);
    QCOMPARE(e.self.method, SelfMethod::ExportMarker);
    QCOMPARE(e.threads.size(), size_t(5)); // NoJson has no data.json

    const Thread &ben = threadTitled(e, u"BenOrt"_s);
    QVERIFY(!ben.isGroup);
    QCOMPARE(ben.recipientId, SigexportModelBuilder::stableId(u"name", u"BenOrt"));
    const quint32 first = ben.messages[0];
    QCOMPARE(s.body(first), u"Morning! Coffee?"_s); // the two trailing spaces are gone
    // 09:00:01.25 in Berlin (winter) is 08:00:01.25 UTC.
    QCOMPARE(s.dateSent(first), utc("2026-01-01T08:00:01Z") + 250);
    QCOMPARE(s.reactions(first).size(), size_t(2));
    QCOMPARE(s.reactions(first)[0].authorId, e.self.id); // "NotetoSelf" reacting is the user
    const quint32 reply = ben.messages[1];
    QVERIFY(s.isOutgoing(reply));
    QCOMPARE(s.senderId(reply), e.self.id);
    QCOMPARE(s.quoteId(reply), s.dateSent(first)); // linked by the quoted text
    QCOMPARE(s.quoteAuthorId(reply), s.senderId(first));
    QCOMPARE(s.quoteBody(reply), u"Morning! Coffee?"_s);

    const auto files = s.attachments(ben.messages[2]);
    QCOMPARE(files.size(), size_t(2));
    QCOMPARE(files[0].contentType, u"image/jpeg"_s);
    QVERIFY(QFile::exists(files[0].localPath));
    QVERIFY(files[1].localPath.isEmpty()); // not in media/
    QVERIFY(s.attachments(ben.messages[3])[0].localPath.endsWith(u"media/voice note.m4a"_s));

    // Calls are excluded from text whether flagged or recognised by their synthesized text.
    int calls = 0;
    for (quint32 m : ben.messages)
        calls += s.kind(m) == MessageKind::Call ? 1 : 0;
    QCOMPARE(calls, 2);

    const Thread &crew = threadTitled(e, u"ClimbingCrew"_s);
    QVERIFY(crew.isGroup);
    QCOMPARE(crew.memberIds.size(), 3); // me, BenOrt, Cara
    QCOMPARE(s.kind(crew.messages[4]), MessageKind::Call);
    // Two earlier messages say "me!": the quote goes to the latest (BenOrt's), not Cara's.
    QCOMPARE(s.quoteId(crew.messages[6]), s.dateSent(crew.messages[5]));
    QCOMPARE(s.quoteAuthorId(crew.messages[6]),
             SigexportModelBuilder::stableId(u"name", u"BenOrt"));
    const auto nts = std::find_if(e.threads.begin(), e.threads.end(),
                                  [](const Thread &t) { return t.isNoteToSelf; });
    QVERIFY(nts != e.threads.end());
    QCOMPARE(nts->recipientId, e.self.id);
    QCOMPARE(nts->textMessages, 1);
    const Thread &cara = threadTitled(e, u"Cara"_s);
    QVERIFY(!cara.isGroup);
    QCOMPARE(cara.recipientId, SigexportModelBuilder::stableId(u"name", u"Cara")); // same person
    QCOMPARE(threadTitled(e, u"Dan"_s).textMessages, 2); // JSON array form
}

void TestSigexportImporter::daylightSaving()
{
    const auto ex = importPath(fixture(u"dst"_s));
    QVERIFY(ex);
    const ChatExport &e = **ex;
    const Thread &kim = e.threads[0];
    QStringList got;
    for (quint32 m : kim.messages)
        got.append(QDateTime::fromMSecsSinceEpoch(e.messages.dateSent(m), QTimeZone::utc())
                       .toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s)
                   + u' ' + e.messages.body(m));
    const QStringList expected = {
        u"2023-03-26T00:59:00Z before the gap"_s,
        u"2023-03-26T01:01:00Z after the gap"_s,
        u"2023-03-26T01:30:00Z inside the gap"_s, // read as 03:30 summer time
        u"2023-10-29T00:30:00Z first pass, summer time"_s,
        u"2023-10-29T00:45:00Z still summer time"_s,
        u"2023-10-29T01:15:00Z second pass, winter time"_s,
        u"2023-10-29T01:40:00Z winter time"_s,
        u"2023-10-29T02:10:00Z after"_s,
    };
    QCOMPARE(got, expected);
    QStringList codes;
    for (const ImportWarning &w : e.warnings)
        codes.append(w.code + u'=' + QString::number(w.count));
    QVERIFY2(codes.contains(u"dst_gap_times=1"_s), qPrintable(codes.join(u' ')));
    QVERIFY2(codes.contains(u"dst_ambiguous_times=4"_s), qPrintable(codes.join(u' ')));
}

void TestSigexportImporter::timeZoneOption()
{
    // The same wall time is a different instant in another zone.
    const auto berlin = importPath(fixture(u"export/NotetoSelf"_s));
    const auto tokyo = importPath(fixture(u"export/NotetoSelf"_s), false, "Asia/Tokyo");
    QVERIFY(berlin && tokyo);
    QCOMPARE((*berlin)->messages.dateSent(0) - (*tokyo)->messages.dateSent(0),
             qint64(8) * 3600 * 1000);
}

void TestSigexportImporter::detection_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("output folder") << fixture(u"export"_s);
    QTest::newRow("conversation folder") << fixture(u"export/BenOrt"_s);
    QTest::newRow("data.json") << fixture(u"export/BenOrt/data.json"_s);
}

void TestSigexportImporter::detection()
{
    QFETCH(QString, path);
    const auto format = FormatDetector::detect(path);
    QVERIFY(format);
    QCOMPARE(*format, ExportFormat::SignalDesktopExport);
}

void TestSigexportImporter::oneConversation_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("folder") << fixture(u"export/BenOrt"_s);
    QTest::newRow("data.json") << fixture(u"export/BenOrt/data.json"_s);
}

void TestSigexportImporter::oneConversation()
{
    QFETCH(QString, path);
    const auto one = importPath(path);
    const auto all = importPath(fixture(u"export"_s));
    QVERIFY(one && all);
    QCOMPARE((*one)->threads.size(), size_t(1));
    // Ids derive from names, so a chat keeps its ids whether imported alone or with the rest.
    const Thread &alone = (*one)->threads[0];
    const Thread &within = threadTitled(**all, u"BenOrt"_s);
    QCOMPARE(alone.id, within.id);
    QCOMPARE(alone.recipientId, within.recipientId);
    QCOMPARE(alone.messages.size(), within.messages.size());
    // The sticker file lives beside the conversation folders and is still found.
    bool sticker = false;
    for (const Attachment &a : (*one)->messages.allAttachments())
        sticker
            = sticker || (a.sticker && a.localPath.endsWith(u"exported_stickers/abcd/3.webp"_s));
    QVERIFY(sticker);
}

void TestSigexportImporter::parseBytes()
{
    QFile f(fixture(u"export/ClimbingCrew/data.json"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.localZone = QTimeZone("Europe/Berlin");
    const auto ex
        = SignalDesktopExportImporter::parseBytes(f.readAll(), u"ClimbingCrew"_s, options);
    QVERIFY(ex);
    QCOMPARE((*ex)->threads.size(), size_t(1));
    QVERIFY((*ex)->threads[0].isGroup);
    QCOMPARE((*ex)->messages.size(), 7);
    QVERIFY(!SignalDesktopExportImporter::parseBytes("{not json", u"x"_s, options));
}

// A lone surrogate becomes U+FFFD in the store; the quote that repeats the text must still
// find the message it quotes (the match compares the text as stored).
void TestSigexportImporter::quoteOfALoneSurrogateStillLinks()
{
    const QByteArray json
        = R"({"date": "2026-01-01T10:00:00", "sender": "BenOrt", "body": "half \ud83d  ", "quote": "", "sticker": null, "reactions": [], "attachments": []}
{"date": "2026-01-01T10:00:01", "sender": "Me", "body": "what?  ", "quote": "\n\n> half \ud83d\n\n", "sticker": null, "reactions": [], "attachments": []}
)";
    ImportOptions options;
    options.localZone = QTimeZone("Europe/Berlin");
    const auto ex = SignalDesktopExportImporter::parseBytes(json, u"BenOrt"_s, options);
    QVERIFY2(ex, qPrintable(ex ? QString() : ex.error().toString()));
    const MessageStore &s = (*ex)->messages;
    QCOMPARE(s.size(), 2u);
    QCOMPARE(s.body(0), u"half \uFFFD");
    QCOMPARE(s.quoteBody(1), u"half \uFFFD");
    QCOMPARE(s.quoteId(1), s.dateSent(0));
}

void TestSigexportImporter::errors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("code");
    QTest::addColumn<qint64>("line");
    QTest::newRow("bad json") << fixture(u"broken/bad-json"_s) << int(ErrorCode::InvalidJson)
                              << qint64(2);
    QTest::newRow("bad date") << fixture(u"broken/bad-date"_s) << int(ErrorCode::InvalidValue)
                              << qint64(2);
    QTest::newRow("not an object")
        << fixture(u"broken/not-object"_s) << int(ErrorCode::InvalidJson) << qint64(2);
    QTest::newRow("invalid utf-8")
        << fixture(u"broken/invalid-utf8"_s) << int(ErrorCode::InvalidUtf8) << qint64(2);
    QTest::newRow("bad array") << fixture(u"broken/bad-array"_s) << int(ErrorCode::InvalidJson)
                               << qint64(-1);
    QTest::newRow("no conversations")
        << fixture(u"broken/no-conversations"_s) << int(ErrorCode::NotFound) << qint64(-1);
}

void TestSigexportImporter::errors()
{
    QFETCH(QString, path);
    QFETCH(int, code);
    QFETCH(qint64, line);
    ImportOptions options;
    options.path = path;
    SignalDesktopExportImporter importer;
    const auto ex = importer.run(options, JobContext::detached());
    QVERIFY(!ex);
    QCOMPARE(int(ex.error().code), code);
    QCOMPARE(ex.error().line, line);
    QVERIFY(ex.error().file.isEmpty() == false);
    if (line > 0) {
        QVERIFY(ex.error().column > 0);
        QVERIFY(ex.error().hint.contains(u"--lenient"_s));
    }
}

void TestSigexportImporter::lenient()
{
    for (const QString &name : {u"bad-json"_s, u"bad-date"_s, u"not-object"_s}) {
        const auto ex = importPath(fixture(u"broken/"_s + name), true);
        QVERIFY(ex);
        QCOMPARE((*ex)->messages.size(), name == u"bad-json"_s ? 2 : 1);
        QCOMPARE((*ex)->warnings.value(0).code, u"invalid_lines"_s);
        QCOMPARE((*ex)->warnings.value(0).line, 2);
    }
    const auto repaired = importPath(fixture(u"broken/invalid-utf8"_s), true);
    QVERIFY(repaired);
    QCOMPARE((*repaired)->messages.body(1), u"caf\uFFFD"_s);
}

QTEST_GUILESS_MAIN(TestSigexportImporter)
#include "tst_sigexportimporter.moc"
