// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestExport.h"

#include "common/JobContext.h"
#include "import/ImportJob.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace idiolect::test {

namespace {

struct ThreadSpec
{
    qint64 threadId;
    qint64 recipientId;
    int messages;
    QList<qint64> groupSenders; ///< Empty for 1:1 chats.
};

const QList<ThreadSpec> &threads()
{
    static const QList<ThreadSpec> specs = {
        {1, 3, 120, {}}, {2, 4, 60, {}}, {3, 5, 8, {}}, {4, 6, 40, {}}, {5, 8, 50, {3, 4}},
    };
    return specs;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("TestExport: cannot write a fixture file");
    f.write(data);
}

QByteArray recipients()
{
    return "_id,type,e164,aci,group_id,blocked,profile_given_name,profile_family_name,"
           "profile_joined_name\n"
           "2,0,+491510000002,,,0,Alex,Self,Alex Self\n"
           "3,0,+491510000003,,,0,Bea,Brandt,Bea Brandt\n"
           "4,0,+491510000004,,,0,Carl,Chen,Carl Chen\n"
           "5,0,+491510000005,,,0,Dora,Diaz,Dora Diaz\n"
           "6,0,+491510000006,,,1,Emil,Eng,Emil Eng\n"
           "7,0,+491510000007,,,0,Fritz,Fox,Fritz Fox\n"
           "8,3,,,__signal_group__v2__!crew,0,,,\n";
}

QByteArray threadTable()
{
    QByteArray out = "_id,recipient_id,meaningful_messages,archived\n";
    for (const ThreadSpec &t : threads())
        out += QByteArray::number(t.threadId) + ',' + QByteArray::number(t.recipientId) + ",1,0\n";
    return out;
}

/** @p header must name the columns the row writer emits, in order. */
QByteArray messages(bool withFrom, bool withDateSent, const QByteArray &badBody = {})
{
    QByteArray out = "_id,thread_id,";
    if (withDateSent)
        out += "date_sent,";
    out += "date_received,type,body,";
    out += withFrom ? "from_recipient_id,to_recipient_id\n" : "recipient_id\n";
    qint64 id = 1;
    for (const ThreadSpec &t : threads()) {
        for (int i = 0; i < t.messages; ++i, ++id) {
            const qint64 date = TestExport::kStartMs + (id - 1) * TestExport::kStepMs;
            const bool outgoing = i % 2 == 1;
            const qint64 sender = outgoing ? TestExport::kSelfId
                : t.groupSenders.isEmpty() ? t.recipientId
                                           : t.groupSenders[i / 2 % t.groupSenders.size()];
            QByteArray body = "message " + QByteArray::number(i) + " in chat "
                + QByteArray::number(t.threadId) + (outgoing ? " from me" : " to me");
            if (id == 5 && !badBody.isEmpty())
                body = badBody;
            out += QByteArray::number(id) + ',' + QByteArray::number(t.threadId) + ',';
            if (withDateSent)
                out += QByteArray::number(date) + ',';
            out += QByteArray::number(date + 900) + ',' + (outgoing ? "10485783" : "10485780")
                + ",\"" + body + "\",";
            if (withFrom)
                out += QByteArray::number(sender) + ','
                    + QByteArray::number(outgoing ? t.recipientId : TestExport::kSelfId) + '\n';
            else
                out += QByteArray::number(outgoing ? t.recipientId : sender) + '\n';
        }
    }
    return out;
}

void writeCommon(const QString &dir)
{
    QDir().mkpath(dir);
    writeFile(dir + u"/recipient.csv"_s, recipients());
    writeFile(dir + u"/thread.csv"_s, threadTable());
    writeFile(dir + u"/groups.csv"_s,
              "_id,group_id,title,recipient_id,members,active\n"
              "1,__signal_group__v2__!crew,Climbing crew,8,\"2,3,4\",1\n");
}

} // namespace

QString TestExport::writeDefault(const QString &dir)
{
    writeCommon(dir);
    writeFile(dir + u"/message.csv"_s, messages(true, true));
    return dir;
}

QString TestExport::writeMissingColumn(const QString &dir)
{
    writeCommon(dir);
    writeFile(dir + u"/message.csv"_s, messages(true, false));
    return dir;
}

QString TestExport::writeInvalidUtf8(const QString &dir)
{
    writeCommon(dir);
    writeFile(dir + u"/message.csv"_s, messages(true, true, QByteArray("broken \xff byte")));
    return dir;
}

QString TestExport::writeUnknownSelf(const QString &dir)
{
    writeCommon(dir);
    // Without member lists the "silent group member" evidence is gone too.
    writeFile(
        dir + u"/groups.csv"_s,
        "_id,group_id,title,recipient_id,active\n1,__signal_group__v2__!crew,Climbing crew,8,1\n");
    writeFile(dir + u"/message.csv"_s, messages(false, true));
    return dir;
}

ChatExportPtr TestExport::load(const QString &dir)
{
    ImportOptions options;
    options.path = dir;
    JobContext job;
    auto result = ImportJob::run(options, job);
    if (!result)
        qFatal("TestExport: the fixture did not import: %s", qPrintable(result.error().toString()));
    return *result;
}

QList<int> TestExport::defaultThreadSizes()
{
    QList<int> sizes;
    for (const ThreadSpec &t : threads())
        sizes.append(t.messages);
    return sizes;
}

} // namespace idiolect::test
