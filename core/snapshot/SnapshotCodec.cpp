// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotCodec.h"

#include "ByteReader.h"
#include "ByteWriter.h"
#include "model/ChatExport.h"

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr quint8 kLastFormat = quint8(ExportFormat::SignalDesktopExport);
constexpr quint8 kLastSelfMethod = quint8(SelfMethod::ExportMarker);
constexpr quint8 kLastRecipientKind = quint8(RecipientKind::Unknown);
constexpr quint8 kLastDirection = quint8(Direction::None);

/** The name fields of a Recipient in snapshot order. */
template<typename R>
auto recipientStrings(R &r)
{
    return std::array{&r.displayName,   &r.nicknameJoined, &r.nicknameGiven, &r.nicknameFamily,
                      &r.systemJoined,  &r.systemGiven,    &r.systemFamily,  &r.systemNickname,
                      &r.profileJoined, &r.profileGiven,   &r.profileFamily, &r.username,
                      &r.e164,          &r.email,          &r.aci,           &r.groupId,
                      &r.groupTitle};
}

void encodeRecipient(const Recipient &r, ByteWriter &out)
{
    out.value(r.id);
    out.value(quint8(r.kind));
    for (const QString *s : recipientStrings(r))
        out.string(*s);
    out.boolean(r.blocked);
    out.boolean(r.isSelf);
    out.ids(r.memberIds);
}

bool decodeRecipient(ByteReader &in, Recipient &r)
{
    r.id = in.value<qint64>();
    const auto kind = in.value<quint8>();
    for (QString *s : recipientStrings(r))
        *s = in.string();
    r.blocked = in.boolean();
    r.isSelf = in.boolean();
    r.memberIds = in.ids();
    r.kind = RecipientKind(kind);
    return in.ok() && kind <= kLastRecipientKind;
}

void encodeThread(const Thread &t, ByteWriter &out)
{
    out.value(t.id);
    out.value(t.recipientId);
    out.boolean(t.isGroup);
    out.boolean(t.isNoteToSelf);
    out.boolean(t.blocked);
    out.string(t.title);
    out.ids(t.memberIds);
    out.column(t.messages);
    out.value(t.textMessages);
    out.value(t.outgoingTextMessages);
    out.value(t.firstDateSent);
    out.value(t.lastDateSent);
}

bool decodeThread(ByteReader &in, Thread &t)
{
    t.id = in.value<qint64>();
    t.recipientId = in.value<qint64>();
    t.isGroup = in.boolean();
    t.isNoteToSelf = in.boolean();
    t.blocked = in.boolean();
    t.title = in.string();
    t.memberIds = in.ids();
    in.column(t.messages);
    t.textMessages = in.value<qint64>();
    t.outgoingTextMessages = in.value<qint64>();
    t.firstDateSent = in.value<qint64>();
    t.lastDateSent = in.value<qint64>();
    return in.ok();
}

void encodeSource(const ChatExport &ex, ByteWriter &out)
{
    out.value(quint8(ex.source.format));
    out.string(ex.source.path);
    out.string(ex.source.schema);
    out.value(qint32(ex.source.databaseVersion));
    out.strings(ex.source.files);
    out.value(ex.source.bytes);
    out.value(ex.self.id);
    out.value(quint8(ex.self.method));
    out.ids(ex.self.candidates);
    out.string(ex.self.detail);
}

bool decodeSource(ByteReader &in, ChatExport &ex)
{
    const auto format = in.value<quint8>();
    ex.source.path = in.string();
    ex.source.schema = in.string();
    ex.source.databaseVersion = in.value<qint32>();
    ex.source.files = in.strings();
    ex.source.bytes = in.value<qint64>();
    ex.self.id = in.value<qint64>();
    const auto method = in.value<quint8>();
    ex.self.candidates = in.ids();
    ex.self.detail = in.string();
    ex.source.format = ExportFormat(format);
    ex.self.method = SelfMethod(method);
    return in.ok() && format <= kLastFormat && method <= kLastSelfMethod;
}

template<typename T, typename Fn>
bool decodeList(ByteReader &in, std::vector<T> &out, size_t minBytes, Fn decodeOne)
{
    const auto count = in.value<quint32>();
    if (!in.fits(count, minBytes))
        return in.fail();
    out.resize(count);
    for (T &item : out) {
        if (!decodeOne(item))
            return in.fail();
    }
    return in.ok();
}

} // namespace

qsizetype SnapshotCodec::estimateSize(const ChatExport &ex)
{
    const qsizetype n = ex.messages.size();
    return n * 96 + ex.messages.memoryUsage() / 2 + qsizetype(ex.recipients.size()) * 256 + 4096;
}

void SnapshotCodec::encode(const ChatExport &ex, ByteWriter &out)
{
    encodeSource(ex, out);
    out.value(quint32(ex.recipients.size()));
    for (const Recipient &r : ex.recipients)
        encodeRecipient(r, out);
    out.value(quint32(ex.threads.size()));
    for (const Thread &t : ex.threads)
        encodeThread(t, out);
    encodeStore(ex.messages, out);
    for (qint64 v : ex.counts.values)
        out.value(v);
    out.value(ex.reactionRows);
    out.value(quint32(ex.warnings.size()));
    for (const ImportWarning &w : ex.warnings) {
        out.string(w.code);
        out.string(w.message);
        out.string(w.file);
        out.value(w.line);
        out.value(w.count);
    }
}

bool SnapshotCodec::decode(ByteReader &in, ChatExport &ex, QString *why)
{
    const auto failed = [&](const QString &reason) {
        *why = reason;
        return in.fail();
    };
    if (!decodeSource(in, ex))
        return failed(u"source or self section"_s);
    if (!decodeList(in, ex.recipients, 8, [&](Recipient &r) { return decodeRecipient(in, r); }))
        return failed(u"recipient table"_s);
    if (!decodeList(in, ex.threads, 8, [&](Thread &t) { return decodeThread(in, t); }))
        return failed(u"thread table"_s);
    if (!decodeStore(in, ex.messages, why))
        return in.fail();
    for (qint64 &v : ex.counts.values)
        v = in.value<qint64>();
    ex.reactionRows = in.value<qint64>();
    const auto warnings = in.value<quint32>();
    if (!in.fits(warnings, 8))
        return failed(u"warning list"_s);
    for (quint32 i = 0; i < warnings && in.ok(); ++i) {
        ImportWarning w;
        w.code = in.string();
        w.message = in.string();
        w.file = in.string();
        w.line = in.value<qint64>();
        w.count = in.value<qint64>();
        ex.warnings.append(w);
    }
    if (!in.ok() || !in.atEnd())
        return failed(u"trailing or missing bytes"_s);

    // Cross references: every index must point at something that exists.
    const quint32 messages = ex.messages.size();
    const auto threads = qint32(ex.threads.size());
    for (const Thread &t : ex.threads) {
        for (quint32 m : t.messages) {
            if (m >= messages)
                return failed(u"thread refers to a missing message"_s);
        }
    }
    for (quint32 m = 0; m < messages; ++m) {
        const qint32 t = ex.messages.thread(m);
        if (t < -1 || t >= threads)
            return failed(u"message refers to a missing thread"_s);
    }
    ex.rebuildIndexes();
    return true;
}

} // namespace idiolect
