// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzSupport.h"

#include "common/Error.h"
#include "model/ChatExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace idiolect::fuzz {

namespace {

std::unique_ptr<QTemporaryDir> &scratch()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}

} // namespace

void initialize()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "idiolect-fuzz";
    static char *argv[] = {name, nullptr};
    // Never destroyed: Qt's own globals may already be gone when static destructors run.
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
    // Parsers must not log message text; the fuzzers keep their own output quiet.
    qSetMessagePattern(u"%{type}: %{message}"_s);
}

void check(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "idiolect fuzz invariant failed: %s\n", what);
    std::abort();
}

void checkError(const Error &error)
{
    check(error.isError(), "an error value has code None");
    check(!error.message.isEmpty(), "an error has no sentence");
    check(error.code != ErrorCode::Internal, "an importer reported an internal error");
}

void checkExport(const ChatExport &ex)
{
    const MessageStore &store = ex.messages;
    std::vector<quint8> seen(store.size(), 0);
    for (size_t t = 0; t < ex.threads.size(); ++t) {
        const Thread &thread = ex.threads[t];
        qint64 previousDate = 0;
        qint64 previousId = 0;
        bool first = true;
        qint64 text = 0;
        for (quint32 m : thread.messages) {
            check(m < store.size(), "a thread indexes a message past the store");
            check(store.thread(m) == qint32(t), "a thread lists another thread's message");
            check(!seen[m], "a message is listed twice");
            seen[m] = 1;
            const qint64 date = store.dateSent(m);
            const qint64 id = store.id(m);
            check(first || previousDate < date || (previousDate == date && previousId <= id),
                  "a thread is not sorted by (date_sent, _id)");
            first = false;
            previousDate = date;
            previousId = id;
            if (store.kind(m) == MessageKind::Text)
                ++text;
        }
        check(text == thread.textMessages, "a thread's text count does not match its messages");
        check(thread.outgoingTextMessages <= thread.textMessages,
              "more outgoing text messages than text messages");
    }
    for (quint32 m = 0; m < store.size(); ++m) {
        (void)store.body(m).size();
        (void)store.quoteBody(m).size();
        for (const Mention &mention : store.mentions(m)) {
            check(mention.message == m, "a mention is filed under another message");
            check(mention.start >= 0 && mention.length >= 0
                      && qint64(mention.start) + mention.length <= store.body(m).size(),
                  "a mention range lies outside its body");
        }
        for (const Attachment &a : store.attachments(m))
            check(a.message == m, "an attachment is filed under another message");
        for (const Reaction &r : store.reactions(m))
            check(r.message == m, "a reaction is filed under another message");
        for (const LinkPreview &p : store.linkPreviews(m))
            check(p.message == m, "a link preview is filed under another message");
    }
    for (const ImportWarning &w : ex.warnings)
        check(!w.code.isEmpty() && !w.message.isEmpty(), "a warning without code or sentence");
}

QString scratchDir()
{
    std::unique_ptr<QTemporaryDir> &dir = scratch();
    if (!dir) {
        const QString base = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath();
        dir = std::make_unique<QTemporaryDir>(base + u"/idiolect-fuzz-XXXXXX"_s);
        check(dir->isValid(), "cannot create the scratch folder");
    }
    return dir->path();
}

void writeScratchFile(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write a scratch file");
    check(file.write(bytes.data(), bytes.size()) == bytes.size(), "short scratch write");
}

QList<QByteArray> splitParts(QByteArrayView data, QByteArrayView separator)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = data.indexOf(separator, from);
        if (at < 0) {
            parts.append(data.sliced(from).toByteArray());
            return parts;
        }
        parts.append(data.sliced(from, at - from).toByteArray());
        from = at + separator.size();
    }
}

qint64 ByteReader::integer(int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value |= quint64(byte()) << (8 * i);
    if (bytes < 8 && bytes > 0) {
        const int shift = 64 - 8 * bytes;
        return qint64(value << shift) >> shift;
    }
    return qint64(value);
}

QByteArray ByteReader::bytes(int max)
{
    const int length = qMin(int(byte()), max);
    QByteArray out;
    out.reserve(length);
    for (int i = 0; i < length && !atEnd(); ++i)
        out.append(char(byte()));
    return out;
}

} // namespace idiolect::fuzz

// Every target starts the same way; libFuzzer (and FuzzReplayMain) call this once.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    idiolect::fuzz::initialize();
    return 0;
}
