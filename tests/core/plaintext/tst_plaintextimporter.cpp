// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDump.h"
#include "common/JobContext.h"
#include "import/FormatDetector.h"
#include "import/ImportJob.h"
#include "import/plaintext/PlaintextModelBuilder.h"
#include "import/plaintext/SignalPlaintextImporter.h"
#include "import/plaintext/ZipWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace idiolect;
using namespace idiolect::testing;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(IDIOLECT_TEST_DATA_DIR "/import/plaintext/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Expected<ChatExportPtr> importPath(const QString &path, bool lenient = false,
                                   const QString &cacheDir = {})
{
    ImportOptions options;
    options.path = path;
    options.lenient = lenient;
    options.cacheDir = cacheDir;
    return ImportJob::run(options, JobContext::detached());
}

/** Zips a fixture folder (every file, relative names) under @p prefix. */
QString zipFolder(const QString &folder, const QString &target, const QString &prefix = {})
{
    ZipWriter writer;
    const QDir root(folder);
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(root.relativeFilePath(it.next()));
    files.sort();
    for (const QString &f : std::as_const(files))
        writer.addFile(prefix + f, readFile(root.filePath(f)),
                       f.endsWith(u".png"_s) ? ZipWriter::Method::Stored
                                             : ZipWriter::Method::Deflate);
    return writer.save(target) ? target : QString();
}

/** The line of @p file (1-based) and the 1-based column where @p needle starts in it. */
qint64 columnIn(const QString &file, int line, const QByteArray &needle)
{
    const QByteArray text = readFile(file).split('\n').value(line - 1);
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -2 : qint64(at) + 1;
}

} // namespace

class TestPlaintextImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constructedExample();
    void fullGolden();
    void semantics();
    void detection_data();
    void detection();
    void zipMatchesFolder_data();
    void zipMatchesFolder();
    void mainJsonlAlone();
    void parseBytes();
    void editStaysWhereItWasFirstSent();
    void longTextKeepsItsMentions();
    void errors_data();
    void errors();
    void lenientSkips_data();
    void lenientSkips();
    void warnings_data();
    void warnings();
    void overlongLine();
    void loneSurrogatesAreRepaired();
    void selfOverride();
    void canceled();
};

void TestPlaintextImporter::constructedExample()
{
    const auto ex = importPath(fixture(u"constructed"_s));
    QVERIFY2(ex, qPrintable(ex ? QString() : ex.error().toString()));
    const ChatExport &e = **ex;
    QCOMPARE(e.source.format, ExportFormat::SignalPlaintext);
    QCOMPARE(e.source.schema, u"Backup.proto JSON, version 1 (Android 8.11.0)"_s);
    QCOMPARE(e.self.id, 1);
    QCOMPARE(e.self.method, SelfMethod::ExportMarker);

    const Recipient *self = e.recipient(1);
    QVERIFY(self && self->isSelf);
    QCOMPARE(self->displayName, u"Ada Quill"_s);
    QCOMPARE(self->username, u"ada.07"_s);
    QCOMPARE(self->aci, u"a1c3e5f7-0b2d-4e6f-8a9b-c1d2e3f40516"_s); // the member no contact has
    const Recipient *ben = e.recipient(7);
    QVERIFY(ben);
    QCOMPARE(ben->displayName, u"Benny"_s); // nickname wins
    QCOMPARE(ben->profileJoined + ben->profileGiven + u' ' + ben->profileFamily, u"Ben Ort"_s);
    QCOMPARE(ben->e164, u"+4915112345678"_s);
    QCOMPARE(ben->aci, u"5b2f8c1e-7d3a-4f60-9e21-0c4d8a7b6f13"_s);
    const Recipient *group = e.recipient(9);
    QVERIFY(group && group->isGroup());
    QCOMPARE(group->displayName, u"Climbing crew"_s);
    QCOMPARE(group->memberIds, (QList<qint64>{7, 1}));

    QCOMPARE(e.threads.size(), size_t(2));
    const Thread &chat = e.threads[size_t(e.threadIndexById(3))];
    QCOMPARE(chat.title, u"Benny"_s);
    QVERIFY(!chat.isGroup);
    QCOMPARE(chat.textMessages, 3);
    QCOMPARE(chat.outgoingTextMessages, 1);
    const MessageStore &s = e.messages;
    QCOMPARE(chat.messages.size(), size_t(4));
    const quint32 question = chat.messages[0];
    QCOMPARE(s.body(question), u"Bouldering tonight?"_s);
    QCOMPARE(s.senderId(question), 7);
    QCOMPARE(s.dateReceived(question), 1767225700950);
    QCOMPARE(s.reactions(question).size(), size_t(1));
    QCOMPARE(s.reactions(question)[0].authorId, 1);
    const quint32 reply = chat.messages[1];
    QCOMPARE(s.body(reply), u"Yes, 7pm"_s);
    QVERIFY(s.isOutgoing(reply));
    QCOMPARE(s.quoteId(reply), s.dateSent(question));
    QCOMPARE(s.quoteAuthorId(reply), 7);
    QCOMPARE(s.quoteBody(reply), u"Bouldering tonight?"_s);
    QVERIFY(s.hasFlag(reply, HasImage));
    QCOMPARE(s.attachments(reply).size(), size_t(1));
    const Attachment &photo = s.attachments(reply)[0];
    QCOMPARE(photo.size, 18);
    QVERIFY(photo.localPath.endsWith(
        u"files/ef/ef1b03d04c9e1a1ded78e5f5c207254cacc7eadfb313234c6f8f42e71f5e9d99.jpg"_s));
    QVERIFY(QFileInfo::exists(photo.localPath));
    QCOMPARE(s.kind(chat.messages[2]), MessageKind::EditRevision);
    QCOMPARE(s.body(chat.messages[2]), u"See you at 7"_s);
    QCOMPARE(s.body(chat.messages[3]), u"See you at 7:30"_s);
    QVERIFY(s.hasFlag(chat.messages[3], Edited));

    const Thread &crew = e.threads[size_t(e.threadIndexById(4))];
    QVERIFY(crew.isGroup);
    QCOMPARE(crew.textMessages, 0);
    QCOMPARE(s.kind(crew.messages[0]), MessageKind::GroupUpdate);
    QVERIFY(s.body(crew.messages[0]).isEmpty());
    QCOMPARE(s.kind(crew.messages[1]), MessageKind::Deleted);
    QCOMPARE(e.counts[MessageKind::Text], 3);
    QVERIFY(e.warnings.isEmpty());
}

void TestPlaintextImporter::fullGolden()
{
    const auto ex = importPath(fixture(u"full"_s));
    QVERIFY2(ex, qPrintable(ex ? QString() : ex.error().toString()));
    QString difference;
    QVERIFY2(matchesGolden(dumpExport(**ex), fixture(u"full.golden.txt"_s), &difference),
             qPrintable(difference));
}

void TestPlaintextImporter::semantics()
{
    const auto ex = importPath(fixture(u"full"_s));
    QVERIFY(ex);
    const ChatExport &e = **ex;
    const MessageStore &s = e.messages;
    const Thread &group = e.threads[size_t(e.threadIndexById(4))];
    // "😀 ￼ and ￼" with UTF-16 offsets: the emoji is two code units.
    const quint32 mentions = group.messages[0];
    QCOMPARE(s.body(mentions), u"😀 @Ada Quill and @Cara: 7pm?"_s);
    QCOMPARE(s.mentions(mentions).size(), size_t(2));
    QCOMPARE(s.mentions(mentions)[0].recipientId, 1);
    QCOMPARE(s.body(mentions).mid(s.mentions(mentions)[1].start, s.mentions(mentions)[1].length),
             u"@Cara"_s);
    // A mention of nobody keeps its placeholder and is counted.
    QCOMPARE(s.body(group.messages[1]), u"\uFFFC who?"_s);
    // The user's ACI was learned from group membership; Dan's group has no title.
    QCOMPARE(e.recipient(1)->aci, u"a1c3e5f7-0b2d-4e6f-8a9b-c1d2e3f40516"_s);
    QCOMPARE(e.threads[size_t(e.threadIndexById(14))].title, u"Unnamed group"_s);
    QVERIFY(e.threads[size_t(e.threadIndexById(5))].isNoteToSelf);
    QCOMPARE(e.threads[size_t(e.threadIndexById(6))].title, u"Signal Release Notes"_s);
    // The older writer's numbers and nulls read like pbjson strings and absent keys.
    QCOMPARE(e.recipient(10)->e164, u"+4917000000001"_s);
    QCOMPARE(e.recipient(10)->displayName, u"Dan"_s);
    QCOMPARE(s.body(e.threads[size_t(e.threadIndexById(13))].messages[0]), u"old writer"_s);

    const Thread &ben = e.threads[size_t(e.threadIndexById(3))];
    auto find = [&](QStringView prefix) -> qint64 {
        for (quint32 m : ben.messages) {
            if (s.body(m).startsWith(prefix))
                return m;
        }
        return -1;
    };
    const qint64 longText = find(u"This is the long message.");
    QVERIFY(longText >= 0);
    QVERIFY(s.hasFlag(quint32(longText), LongTextResolved));
    QVERIFY(s.body(quint32(longText)).endsWith(u"The end."_s));
    QVERIFY(s.hasFlag(quint32(find(u"Truncated start")), LongTextTruncated));
    const qint64 look = find(u"Look");
    const auto files = s.attachments(quint32(look));
    QCOMPARE(files.size(), size_t(3));
    QVERIFY(!files[0].localPath.isEmpty()); // by derived name
    QVERIFY(!files[1].localPath.isEmpty()); // by content hash (no localKey)
    QCOMPARE(readFile(files[1].localPath), QByteArray("\xff\xd8\xff\xe0second-image\xff\xd9"));
    QVERIFY(files[2].localPath.isEmpty()); // not exported
    QCOMPARE(files[2].fileName, u"clip.mp4"_s);
}

void TestPlaintextImporter::detection_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("folder") << fixture(u"constructed"_s);
    QTest::newRow("main.jsonl") << fixture(u"constructed/main.jsonl"_s);
    QTest::newRow("other name with header") << fixture(u"broken/newer-version.jsonl"_s);
}

void TestPlaintextImporter::detection()
{
    QFETCH(QString, path);
    const auto format = FormatDetector::detect(path);
    QVERIFY(format);
    QCOMPARE(*format, ExportFormat::SignalPlaintext);
    QVERIFY(ImportJob::importerFor(*format));
}

void TestPlaintextImporter::zipMatchesFolder_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("entries at the top") << QString();
    QTest::newRow("inside one folder") << u"signal-export-2026-01-02-10-00-00/"_s;
}

void TestPlaintextImporter::zipMatchesFolder()
{
    QFETCH(QString, prefix);
    QTemporaryDir dir;
    const QString zip = zipFolder(fixture(u"full"_s), dir.filePath(u"export.zip"_s), prefix);
    QVERIFY(!zip.isEmpty());
    QCOMPARE(*FormatDetector::detect(zip), ExportFormat::SignalPlaintext);
    const QString cache = dir.filePath(u"cache"_s);
    const auto fromZip = importPath(zip, false, cache);
    QVERIFY2(fromZip, qPrintable(fromZip ? QString() : fromZip.error().toString()));
    const auto fromFolder = importPath(fixture(u"full"_s));
    QVERIFY(fromFolder);
    DumpOptions o;
    o.files = false;
    o.warnings = false;
    const QStringList zipLines = dumpExport(**fromZip, o).split(u'\n');
    const QStringList folderLines = dumpExport(**fromFolder, o).split(u'\n');
    for (qsizetype i = 0; i < std::min(zipLines.size(), folderLines.size()); ++i)
        QCOMPARE(zipLines[i], folderLines[i]);
    QCOMPARE(zipLines.size(), folderLines.size());
    QCOMPARE((*fromZip)->warnings.size(), (*fromFolder)->warnings.size());

    // Images are unpacked into the cache; other files are not.
    int images = 0;
    for (const Attachment &a : (*fromZip)->messages.allAttachments()) {
        if (a.isImage() && !a.plaintextHash.isEmpty() && a.size > 0 && !a.localPath.isEmpty()) {
            ++images;
            QVERIFY(a.localPath.startsWith(cache));
            QCOMPARE(
                QCryptographicHash::hash(readFile(a.localPath), QCryptographicHash::Sha256).toHex(),
                a.plaintextHash.toLatin1());
        } else if (!a.isImage()) {
            QVERIFY(a.localPath.isEmpty());
        }
    }
    QCOMPARE(images, 2);
    // A second import reuses the unpacked files.
    QVERIFY(importPath(zip, false, cache));
}

void TestPlaintextImporter::mainJsonlAlone()
{
    // main.jsonl on its own still finds files/ beside it.
    const auto single = importPath(fixture(u"full/main.jsonl"_s));
    const auto folder = importPath(fixture(u"full"_s));
    QVERIFY(single && folder);
    QCOMPARE(dumpExport(**single), dumpExport(**folder));
}

void TestPlaintextImporter::parseBytes()
{
    ImportOptions options;
    const auto ex
        = SignalPlaintextImporter::parseBytes(readFile(fixture(u"full/main.jsonl"_s)), options);
    QVERIFY(ex);
    for (const Attachment &a : (*ex)->messages.allAttachments())
        QVERIFY(a.localPath.isEmpty()); // pure: no files
    const auto folder = importPath(fixture(u"full"_s));
    DumpOptions o;
    o.files = false;
    o.warnings = false;
    QString a = dumpExport(**ex, o), b = dumpExport(**folder, o);
    // Without files the long text stays truncated; everything else is identical.
    QCOMPARE(a.count(u'\n'), b.count(u'\n'));

    QTemporaryDir dir;
    const QString zip = zipFolder(fixture(u"constructed"_s), dir.filePath(u"c.zip"_s));
    const auto zipped = SignalPlaintextImporter::parseBytes(readFile(zip), options);
    QVERIFY(zipped);
    QCOMPARE((*zipped)->messages.size(), 6);
}

void TestPlaintextImporter::editStaysWhereItWasFirstSent()
{
    // Ben edits his message an hour later; the outer dateSent is the edit's. The line stays
    // where the message was first sent, and so must the message.
    const QByteArray jsonl = R"({"version":"1","backupTimeMs":"1767312000000"}
{"recipient":{"id":"1","self":{}}}
{"recipient":{"id":"7","contact":{"profileGivenName":"Ben","registered":{}}}}
{"chat":{"id":"3","recipientId":"7"}}
{"chatItem":{"chatId":"3","authorId":"7","dateSent":"1767225700000","incoming":{"dateReceived":"1767225700500"},"standardMessage":{"text":{"body":"Dinner at 7?"}}}}
{"chatItem":{"chatId":"3","authorId":"1","dateSent":"1767225760000","outgoing":{},"standardMessage":{"text":{"body":"Sounds good"}}}}
{"chatItem":{"chatId":"3","authorId":"7","dateSent":"1767229300000","incoming":{"dateReceived":"1767229300500"},"standardMessage":{"text":{"body":"Running late, 7:45"}},"revisions":[{"chatId":"3","authorId":"7","dateSent":"1767225820000","incoming":{"dateReceived":"1767225820500"},"standardMessage":{"text":{"body":"Running late, maybe 7:30"}}}]}}
{"chatItem":{"chatId":"3","authorId":"1","dateSent":"1767225880000","outgoing":{},"standardMessage":{"text":{"body":"No problem, I will wait at the bar"}}}}
)";
    const auto ex = SignalPlaintextImporter::parseBytes(jsonl, ImportOptions{});
    QVERIFY2(ex, qPrintable(ex ? QString() : ex.error().toString()));
    const ChatExport &e = **ex;
    const MessageStore &s = e.messages;
    const Thread &chat = e.threads[size_t(e.threadIndexById(3))];
    QStringList texts;
    for (const quint32 m : chat.messages) {
        if (s.kind(m) == MessageKind::Text)
            texts.append(s.body(m).toString());
    }
    QCOMPARE(texts,
             (QStringList{u"Dinner at 7?"_s, u"Sounds good"_s, u"Running late, 7:45"_s,
                          u"No problem, I will wait at the bar"_s}));
    for (const quint32 m : chat.messages) {
        if (s.hasFlag(m, Edited))
            QCOMPARE(s.dateSent(m), 1767225820000); // the first version's time
    }
}

void TestPlaintextImporter::longTextKeepsItsMentions()
{
    // A long message of mine that mentions Ben at its start and after the cut: the body is a
    // truncated copy, the full text (with the same placeholders) is a file.
    const QString full = QString(QChar(0xFFFC)) + u" can you bring the rope? "_s
        + QString(u"We also need chalk. "_s).repeated(30) + u"Ask "_s + QChar(0xFFFC) + u" too."_s;
    const QString truncated = full.left(60);
    const qsizetype second = full.lastIndexOf(QChar(0xFFFC));
    const QByteArray plaintextHash
        = QCryptographicHash::hash(full.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray localKey(64, '\x07');
    const QByteArray stem
        = QCryptographicHash::hash(QByteArray(plaintextHash + localKey), QCryptographicHash::Sha256)
              .toHex();
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"files/"_s + QString::fromLatin1(stem.left(2))));
    QFile file(dir.filePath(u"files/"_s + QString::fromLatin1(stem.left(2) + '/' + stem)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(full.toUtf8());
    file.close();
    const QByteArray ben = "Wy+MHn06T2CeIQxNintvEw==";
    const QByteArray item
        = R"({"chatItem":{"chatId":"3","authorId":"1","dateSent":"1767225610000","outgoing":{},"standardMessage":{"text":{"body":")"
        + truncated.toUtf8() + R"(","bodyRanges":[{"length":1,"mentionAci":")" + ben
        + R"("},{"start":)" + QByteArray::number(second) + R"(,"length":1,"mentionAci":")" + ben
        + R"("}]},"longText":{"contentType":"text/x-signal-plain","locatorInfo":{"plaintextHash":")"
        + plaintextHash.toBase64() + R"(","localKey":")" + localKey.toBase64() + R"(","size":")"
        + QByteArray::number(full.toUtf8().size()) + R"("}}}}})";
    QFile jsonl(dir.filePath(u"main.jsonl"_s));
    QVERIFY(jsonl.open(QIODevice::WriteOnly));
    jsonl.write(R"({"version":"1","backupTimeMs":"1767312000000"}
{"recipient":{"id":"1","self":{}}}
{"recipient":{"id":"7","contact":{"aci":")"
                + ben + R"(","profileGivenName":"Ben","registered":{}}}}
{"chat":{"id":"3","recipientId":"7"}}
)" + item + '\n');
    jsonl.close();

    const auto ex = importPath(dir.path());
    QVERIFY2(ex, qPrintable(ex ? QString() : ex.error().toString()));
    const MessageStore &s = (*ex)->messages;
    QCOMPARE(s.size(), 1u);
    QVERIFY(s.hasFlag(0, LongTextResolved));
    const QString body = s.body(0).toString();
    QVERIFY2(!body.contains(QChar(0xFFFC)), qPrintable(body.left(80)));
    QVERIFY(body.startsWith(u"@Ben can you bring the rope?"_s));
    QVERIFY(body.endsWith(u"Ask @Ben too."_s));
    // The mentions point at the names in the full text (anonymization replaces them there).
    QCOMPARE(s.mentions(0).size(), size_t(2));
    for (const Mention &m : s.mentions(0))
        QCOMPARE(body.mid(m.start, m.length), u"@Ben"_s);
    for (const ImportWarning &w : (*ex)->warnings)
        QVERIFY2(w.code != u"unresolved_mentions"_s, qPrintable(w.message));
}

void TestPlaintextImporter::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column"); ///< -2: only check that it is > 0.

    const QString number = fixture(u"broken/bad-number.jsonl"_s);
    QTest::newRow("bad json") << fixture(u"broken/bad-json.jsonl"_s) << int(ErrorCode::InvalidJson)
                              << qint64(4) << qint64(-2);
    QTest::newRow("not an object") << fixture(u"broken/not-object.jsonl"_s)
                                   << int(ErrorCode::InvalidJson) << qint64(4) << qint64(1);
    QTest::newRow("bad number") << number << int(ErrorCode::InvalidValue) << qint64(8)
                                << columnIn(number, 8, "\"dateSent\"");
    QTest::newRow("negative recipient id")
        << fixture(u"broken/bad-recipient-id.jsonl"_s) << int(ErrorCode::InvalidValue) << qint64(4)
        << qint64(15);
    QTest::newRow("invalid utf-8") << fixture(u"broken/invalid-utf8.jsonl"_s)
                                   << int(ErrorCode::InvalidUtf8) << qint64(8) << qint64(-2);
    QTest::newRow("frame not an object") << fixture(u"broken/bad-frame.jsonl"_s)
                                         << int(ErrorCode::InvalidValue) << qint64(2) << qint64(2);
    QTest::newRow("empty") << fixture(u"broken/empty.jsonl"_s) << int(ErrorCode::InvalidJson)
                           << qint64(-1) << qint64(-1);
    QTest::newRow("blank lines") << fixture(u"broken/blank-lines.jsonl"_s)
                                 << int(ErrorCode::InvalidJson) << qint64(-1) << qint64(-1);
    QTest::newRow("folder without main.jsonl")
        << fixture(u"broken/no-main"_s) << int(ErrorCode::UnknownFormat) << qint64(-1)
        << qint64(-1);
}

void TestPlaintextImporter::errors()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    ImportOptions options;
    options.path = file;
    SignalPlaintextImporter importer;
    Error e;
    if (file.endsWith(u"no-main"_s)) {
        const auto ex = importPath(file);
        QVERIFY(!ex);
        e = ex.error();
    } else {
        const auto ex = importer.run(options, JobContext::detached());
        QVERIFY(!ex);
        e = ex.error();
    }
    QCOMPARE(int(e.code), code);
    QCOMPARE(e.line, line);
    if (column == -2)
        QVERIFY(e.column > 0);
    else
        QCOMPARE(e.column, column);
    QVERIFY(!e.message.isEmpty());
    if (line > 0)
        QVERIFY(e.hint.contains(u"--lenient"_s));
}

void TestPlaintextImporter::lenientSkips_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<qint64>("line");
    QTest::newRow("bad json") << fixture(u"broken/bad-json.jsonl"_s) << u"invalid_lines"_s
                              << qint64(4);
    QTest::newRow("bad number") << fixture(u"broken/bad-number.jsonl"_s) << u"invalid_lines"_s
                                << qint64(8);
    QTest::newRow("invalid utf-8")
        << fixture(u"broken/invalid-utf8.jsonl"_s) << u"invalid_utf8_repaired"_s << qint64(-1);
}

void TestPlaintextImporter::lenientSkips()
{
    QFETCH(QString, file);
    QFETCH(QString, warning);
    QFETCH(qint64, line);
    const auto ex = importPath(file, true);
    QVERIFY2(ex, qPrintable(ex ? QString() : ex.error().toString()));
    bool found = false;
    for (const ImportWarning &w : (*ex)->warnings) {
        if (w.code == warning) {
            found = true;
            QCOMPARE(w.count, 1);
            QCOMPARE(w.line, line);
        }
    }
    QVERIFY(found);
    if (warning == u"invalid_utf8_repaired"_s) {
        QCOMPARE((*ex)->messages.size(), 1);
        QCOMPARE((*ex)->messages.body(0), u"caf\uFFFD"_s);
    }
}

void TestPlaintextImporter::warnings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("warning");
    QTest::newRow("newer version")
        << fixture(u"broken/newer-version.jsonl"_s) << u"newer_version"_s;
    QTest::newRow("no header") << fixture(u"broken/no-header.jsonl"_s) << u"no_header"_s;
}

void TestPlaintextImporter::warnings()
{
    QFETCH(QString, file);
    QFETCH(QString, warning);
    const auto ex = importPath(file);
    QVERIFY(ex);
    QStringList codes;
    for (const ImportWarning &w : (*ex)->warnings)
        codes.append(w.code);
    QVERIFY2(codes.contains(warning), qPrintable(codes.join(u',')));
}

// "\ud83d" alone is valid JSON but no character: it becomes U+FFFD where it enters (so what
// the app shows is what it writes), a pair stays, and a warning says how many were replaced.
void TestPlaintextImporter::loneSurrogatesAreRepaired()
{
    const auto ex = importPath(fixture(u"broken/lone-surrogate.jsonl"_s));
    QVERIFY2(ex, qPrintable(ex ? QString() : ex.error().toString()));
    const MessageStore &store = (*ex)->messages;
    QCOMPARE(store.size(), 1u);
    QCOMPARE(store.body(0), u"half \ufffd of a pair, a whole \U0001F600 one");
    QVERIFY(store.body(0).isValidUtf16());
    const auto warning = std::find_if(
        (*ex)->warnings.cbegin(), (*ex)->warnings.cend(),
        [](const ImportWarning &w) { return w.code == u"lone_surrogates_repaired"_s; });
    QVERIFY(warning != (*ex)->warnings.cend());
    QCOMPARE(warning->count, qint64(1));
}

void TestPlaintextImporter::overlongLine()
{
    // JsonLinesReader skips lines over its bound; the builder reports them like bad JSON.
    for (const bool lenient : {false, true}) {
        ImportOptions options;
        options.lenient = lenient;
        PlaintextModelBuilder builder(options, u"main.jsonl"_s);
        QVERIFY(builder.addLine(R"({"version":"1"})", 1));
        QVERIFY(builder.addLine(R"({"recipient":{"id":"1","self":{}}})", 2));
        const Status s = builder.addOverlongLine(3);
        QCOMPARE(bool(s), lenient);
        if (!lenient) {
            QCOMPARE(s.error().line, 3);
            continue;
        }
        PlaintextMedia none;
        const auto ex = builder.finish(none, JobContext::detached());
        QVERIFY(ex);
        QCOMPARE((*ex)->warnings.value(0).code, u"invalid_lines"_s);
        QCOMPARE((*ex)->warnings.value(0).line, 3);
    }
}

void TestPlaintextImporter::selfOverride()
{
    // Without a "self" recipient, the single author of outgoing items is the user.
    const auto fallback = importPath(fixture(u"broken/no-self.jsonl"_s));
    QVERIFY(fallback);
    QCOMPARE((*fallback)->self.id, 5);
    QCOMPARE((*fallback)->self.method, SelfMethod::OutgoingSender);

    ImportOptions options;
    options.path = fixture(u"constructed"_s);
    options.selfOverride = 7;
    auto ex = ImportJob::run(options, JobContext::detached());
    QVERIFY(ex);
    QCOMPARE((*ex)->self.method, SelfMethod::Override);
    QVERIFY((*ex)->recipient(7)->isSelf);
    QVERIFY(!(*ex)->recipient(1)->isSelf);
    options.selfOverride = 12345;
    QCOMPARE(ImportJob::run(options, JobContext::detached()).error().code, ErrorCode::UnknownSelf);
}

void TestPlaintextImporter::canceled()
{
    JobContext job;
    job.cancel();
    ImportOptions options;
    options.path = fixture(u"full"_s);
    SignalPlaintextImporter importer;
    // The fixture is smaller than one cancel-check interval; cancel is seen before files.
    const auto ex = importer.run(options, job);
    QVERIFY(!ex);
    QCOMPARE(ex.error().code, ErrorCode::Canceled);
}

QTEST_GUILESS_MAIN(TestPlaintextImporter)
#include "tst_plaintextimporter.moc"
