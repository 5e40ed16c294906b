// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Joining the parts of a message table: MessageStore::appendStore() and the variant that
// copies the text on a worker while the importer goes on. After the join (and the wait) the
// store must be exactly one store that was appended to row by row.
#include "model/MessageStore.h"

#include <QFuture>
#include <QTest>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

/** Row @p i of a made-up table: a body (some non-ASCII, some empty), every 7th quotes. */
void appendRow(MessageStore &store, int i)
{
    MessageRecord r;
    r.id = 1000 + i;
    r.dateSent = 1'700'000'000'000LL + i;
    r.thread = i % 5;
    r.senderId = i % 3;
    r.flags = quint32(i % 4);
    r.quoteId = i % 7 == 0 ? r.dateSent - 1 : 0;
    const QString body = i % 11 == 0 ? QString() : u"message %1 — é 🙂"_s.arg(i);
    const QString quote = i % 7 == 0 ? u"quoted %1"_s.arg(i - 1) : QString();
    const quint32 index = store.append(r, body, quote);
    if (i % 9 == 0) {
        Attachment a;
        a.message = index;
        a.fileName = u"file%1.jpg"_s.arg(i);
        store.addAttachment(std::move(a));
    }
}

MessageStore rows(int from, int to)
{
    MessageStore store;
    for (int i = from; i < to; ++i)
        appendRow(store, i);
    return store;
}

void compareStores(const MessageStore &got, const MessageStore &want)
{
    QCOMPARE(got.size(), want.size());
    QCOMPARE(got.textUnits(), want.textUnits());
    for (quint32 i = 0; i < want.size(); ++i) {
        QCOMPARE(got.id(i), want.id(i));
        QCOMPARE(got.dateSent(i), want.dateSent(i));
        QCOMPARE(got.thread(i), want.thread(i));
        QCOMPARE(got.flags(i), want.flags(i));
        QCOMPARE(got.quoteId(i), want.quoteId(i));
        QCOMPARE(got.body(i), want.body(i));
        QCOMPARE(got.quoteBody(i), want.quoteBody(i));
    }
    QCOMPARE(got.allAttachments().size(), want.allAttachments().size());
    for (size_t k = 0; k < want.allAttachments().size(); ++k) {
        QCOMPARE(got.allAttachments()[k].message, want.allAttachments()[k].message);
        QCOMPARE(got.allAttachments()[k].fileName, want.allAttachments()[k].fileName);
    }
}

} // namespace

class TestMessageStoreJoin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendStoreEqualsOneStore();
    void textLaterEqualsOneStore_data();
    void textLaterEqualsOneStore();
    void intoAnEmptyStoreTakesItOver();
};

void TestMessageStoreJoin::appendStoreEqualsOneStore()
{
    MessageStore joined = rows(0, 500);
    joined.appendStore(rows(500, 1200));
    compareStores(joined, rows(0, 1200));
}

void TestMessageStoreJoin::textLaterEqualsOneStore_data()
{
    QTest::addColumn<QList<int>>("cuts");
    QTest::newRow("two parts") << QList<int>{0, 3000, 7000};
    QTest::newRow("four parts") << QList<int>{0, 10, 2000, 2001, 6000};
    QTest::newRow("an empty part") << QList<int>{0, 1500, 1500, 4000};
}

// Each join waits for the text of the one before (as the importer does) and the
// columns, side tables and shifted text ranges are right before the text has arrived.
void TestMessageStoreJoin::textLaterEqualsOneStore()
{
    QFETCH(QList<int>, cuts);
    MessageStore joined;
    QFuture<void> text;
    for (qsizetype k = 0; k + 1 < cuts.size(); ++k) {
        text.waitForFinished();
        const quint32 before = joined.size();
        text = joined.appendStoreTextLater(rows(cuts[k], cuts[k + 1]));
        QCOMPARE(joined.size(), before + quint32(cuts[k + 1] - cuts[k]));
        if (joined.size() > 0)
            QCOMPARE(joined.id(joined.size() - 1), qint64(1000 + cuts[k + 1] - 1));
    }
    text.waitForFinished();
    compareStores(joined, rows(cuts.first(), cuts.last()));
}

void TestMessageStoreJoin::intoAnEmptyStoreTakesItOver()
{
    MessageStore joined;
    QFuture<void> text = joined.appendStoreTextLater(rows(0, 300));
    QVERIFY(text.isFinished()); // nothing to copy: the store was moved in
    compareStores(joined, rows(0, 300));
}

QTEST_GUILESS_MAIN(TestMessageStoreJoin)
#include "tst_messagestorejoin.moc"
