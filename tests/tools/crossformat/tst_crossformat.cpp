// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One demo scenario written as CSV, SQLite, main.jsonl (folder and ZIP) and signal-export,
// imported back: the text messages agree except where a format lacks something
// (docs/import-formats.md, "Differences between the four formats").
#include "DemoGenerator.h"
#include "common/JobContext.h"
#include "import/ImportJob.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

/** A text message as the formats can agree on it. */
struct TextRow
{
    qint64 dateSent = 0;
    bool outgoing = false;
    qint64 sender = 0; ///< 0 when ids are not comparable (signal-export)
    QString body;
    QString quote; ///< quoted text
    qint64 quoteId = 0;
    QStringList reactions; ///< emoji, sorted
    quint32 flags = 0;

    [[nodiscard]] QString describe() const
    {
        return u"%1 %2 %3 \"%4\" quote=%5/\"%6\" reactions=%7 flags=%8"_s.arg(dateSent)
            .arg(outgoing ? u"out"_s : u"in"_s)
            .arg(sender)
            .arg(body, QString::number(quoteId), quote, reactions.join(u','))
            .arg(flags, 0, 16);
    }
    bool operator==(const TextRow &o) const { return describe() == o.describe(); }
};

enum Normalize : quint8 {
    Exact = 0,
    AsSignalExport = 1, ///< backticks removed, "@Name" mentions back to U+FFFC, no sender ids
};

/**
 * The part of a body every format carries: Signal keeps at most 2000 bytes of a long message in
 * the database (the rest is a text/x-signal-plain attachment), and CSV has only that part.
 */
QString comparablePrefix(const QString &body)
{
    QByteArray utf8 = body.toUtf8();
    if (utf8.size() <= 2000)
        return body;
    qsizetype end = 2000;
    while (end > 0 && (quint8(utf8[end]) & 0xC0) == 0x80)
        --end;
    return QString::fromUtf8(utf8.left(end));
}

/** Flags every format can state. */
constexpr quint32 kComparableFlags = HasQuote | HasImage | Edited | StoryReply;

QList<TextRow> textRows(const ChatExport &ex, Normalize how, bool includeFailed)
{
    const MessageStore &s = ex.messages;
    QList<TextRow> rows;
    for (quint32 i = 0; i < s.size(); ++i) {
        const bool failed = s.kind(i) == MessageKind::DraftFailed && !s.body(i).trimmed().isEmpty();
        if ((s.kind(i) != MessageKind::Text && !(failed && includeFailed))
            || s.hasFlag(i, Expiring))
            continue;
        TextRow r;
        r.dateSent = s.dateSent(i);
        r.outgoing = s.isOutgoing(i);
        r.sender = how == AsSignalExport ? 0 : s.senderId(i);
        QString body = s.body(i).toString();
        if (how == AsSignalExport) {
            const auto mentions = s.mentions(i);
            for (auto it = mentions.rbegin(); it != mentions.rend(); ++it)
                body.replace(it->start, it->length, QChar(0xFFFC));
            body.remove(u'`');
            if (body.trimmed().isEmpty())
                continue; // a message of backticks only is empty in signal-export
        }
        r.body = comparablePrefix(body);
        if (s.hasFlag(i, HasQuote)) {
            r.quote = s.quoteBody(i).toString();
            r.quoteId = s.quoteId(i);
        }
        for (const Reaction &reaction : s.reactions(i))
            r.reactions.append(reaction.emoji);
        r.reactions.sort();
        // signal-export does not say that a message answers a story.
        r.flags
            = s.flags(i) & kComparableFlags & (how == AsSignalExport ? ~quint32(StoryReply) : ~0u);
        rows.append(r);
    }
    std::sort(rows.begin(), rows.end(), [](const TextRow &a, const TextRow &b) {
        return a.dateSent != b.dateSent ? a.dateSent < b.dateSent : a.body < b.body;
    });
    return rows;
}

/** Empty if equal, else the first difference. */
QString firstDifference(const QList<TextRow> &a, const QList<TextRow> &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (!(a[i] == b[i]))
            return u"row %1\n  expected: %2\n       got: %3"_s.arg(i).arg(a[i].describe(),
                                                                          b[i].describe());
    }
    if (a.size() != b.size())
        return u"%1 rows expected, %2 got"_s.arg(a.size()).arg(b.size());
    return {};
}

} // namespace

class TestCrossFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sqliteMatchesCsv();
    void plaintextMatchesCsv_data();
    void plaintextMatchesCsv();
    void signalExportMatchesCsv();
    void differences();

private:
    ChatExportPtr import(const QString &sub) const;

    QTemporaryDir m_dir;
    ChatExportPtr m_csv;
};

ChatExportPtr TestCrossFormat::import(const QString &sub) const
{
    ImportOptions options;
    options.path = m_dir.filePath(sub);
    options.localZone = QTimeZone("Europe/Berlin");
    options.cacheDir = m_dir.filePath(u"cache"_s);
    auto ex = ImportJob::run(options, JobContext::detached());
    if (!ex)
        qWarning("%s", qPrintable(ex.error().toString()));
    return ex ? *ex : nullptr;
}

void TestCrossFormat::initTestCase()
{
    demogen::DemoOptions options;
    options.outDir = m_dir.path();
    options.format = demogen::DemoFormat::All;
    options.timeZone = "Europe/Berlin";
    QString error;
    QVERIFY2(demogen::DemoGenerator::run(options, nullptr, &error), qPrintable(error));
    m_csv = import(u"csv"_s);
    QVERIFY(m_csv);
}

void TestCrossFormat::sqliteMatchesCsv()
{
    const ChatExportPtr sqlite = import(u"sqlite"_s);
    QVERIFY(sqlite);
    const QString diff
        = firstDifference(textRows(*m_csv, Exact, false), textRows(*sqlite, Exact, false));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestCrossFormat::plaintextMatchesCsv_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("folder") << u"plaintext"_s;
    QTest::newRow("zip") << u"plaintext.zip"_s;
}

void TestCrossFormat::plaintextMatchesCsv()
{
    QFETCH(QString, path);
    const ChatExportPtr plaintext = import(path);
    QVERIFY(plaintext);
    QCOMPARE(plaintext->self.id, m_csv->self.id); // same recipient ids as the database
    const QString diff
        = firstDifference(textRows(*m_csv, Exact, false), textRows(*plaintext, Exact, false));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // Images keep a path to their bytes, so the description enrichment can use them.
    int images = 0;
    for (const Attachment &a : plaintext->messages.allAttachments()) {
        if (a.isImage() && !a.sticker) {
            QVERIFY2(!a.localPath.isEmpty(), qPrintable(a.plaintextHash));
            ++images;
        }
    }
    QVERIFY(images > 0);
}

void TestCrossFormat::signalExportMatchesCsv()
{
    const ChatExportPtr sig = import(u"sigexport"_s);
    QVERIFY(sig);
    // signal-export keeps failed sends as ordinary outgoing messages.
    const QString diff = firstDifference(textRows(*m_csv, AsSignalExport, true),
                                         textRows(*sig, AsSignalExport, false));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestCrossFormat::differences()
{
    // What the formats lack, pinned so a change in the writers or importers is noticed.
    qint64 expiring = 0, stories = 0;
    const MessageStore &s = m_csv->messages;
    for (quint32 i = 0; i < s.size(); ++i) {
        expiring += s.kind(i) == MessageKind::Text && s.hasFlag(i, Expiring) ? 1 : 0;
        stories += s.kind(i) == MessageKind::Story ? 1 : 0;
    }
    QVERIFY(expiring > 0);
    QVERIFY(stories > 0);
    const ChatExportPtr plaintext = import(u"plaintext"_s);
    const ChatExportPtr sig = import(u"sigexport"_s);
    QVERIFY(plaintext && sig);
    QCOMPARE(plaintext->textMessages(), m_csv->textMessages() - expiring);
    QCOMPARE(plaintext->counts[MessageKind::Story], 0);
    QCOMPARE(sig->counts[MessageKind::Story], 0);
    QCOMPARE(sig->counts[MessageKind::GroupUpdate], 0); // kept as empty status rows
    QCOMPARE(plaintext->counts[MessageKind::Call], m_csv->counts[MessageKind::Call]);
    QCOMPARE(sig->counts[MessageKind::Call], m_csv->counts[MessageKind::Call]);
    QCOMPARE(plaintext->counts[MessageKind::EditRevision],
             m_csv->counts[MessageKind::EditRevision]);
    QCOMPARE(sig->counts[MessageKind::EditRevision], m_csv->counts[MessageKind::EditRevision]);
    QCOMPARE(plaintext->counts[MessageKind::Deleted], m_csv->counts[MessageKind::Deleted]);
    QCOMPARE(sig->counts[MessageKind::Deleted], m_csv->counts[MessageKind::Deleted]);
}

QTEST_GUILESS_MAIN(TestCrossFormat)
#include "tst_crossformat.moc"
