// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectCommand.h"

#include "CliSupport.h"
#include "report/InspectReport.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace idiolect::cli {

namespace {

QString formatDate(const QJsonValue &ms)
{
    if (ms.isNull())
        return u"-"_s;
    return QDateTime::fromMSecsSinceEpoch(qint64(ms.toDouble()), QTimeZone::utc())
        .toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

QString InspectCommand::name() const
{
    return u"inspect"_s;
}

QString InspectCommand::summary() const
{
    return tr("Show the format, who you are, message counts and the chats of an export.");
}

void InspectCommand::configure(QCommandLineParser &parser) const
{
    ExportOptions::add(parser);
    parser.addOption(QCommandLineOption(u"json"_s, tr("Print one JSON object instead of text.")));
    parser.addOption(
        QCommandLineOption(u"details"_s,
                           tr("With --json: add a \"details\" object (schema, self candidates, "
                              "warnings, per-thread extras).")));
}

int InspectCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    int exitCode = ExitOk;
    const ChatExportPtr ex = loadExport(parser, io, &exitCode);
    if (!ex)
        return exitCode;
    QJsonObject report = InspectReport::toJson(*ex);
    const QJsonObject details = InspectReport::details(*ex);
    if (parser.isSet(u"json"_s)) {
        if (parser.isSet(u"details"_s))
            report.insert(u"details"_s, details);
        io.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    QTextStream &out = io.out;
    out << tr("Format:") << ' ' << report.value(u"format"_s).toString() << " ("
        << details.value(u"schema"_s).toString() << ")\n";
    if (ex->self.isKnown()) {
        out << tr("Self:") << ' ' << ex->self.id << " (" << selfMethodName(ex->self.method) << ": "
            << ex->self.detail << ")\n";
    } else {
        out << tr("Self:") << ' ' << tr("not detected") << " - " << ex->self.detail;
        if (!ex->self.candidates.isEmpty()) {
            QStringList ids;
            for (qint64 c : ex->self.candidates)
                ids.append(QString::number(c));
            out << ' ' << tr("Candidates: %1. Choose one with --self ID.").arg(ids.join(u", "_s));
        }
        out << '\n';
    }
    out << tr("Rows by class:") << '\n';
    const QJsonObject counts = report.value(u"counts"_s).toObject();
    for (MessageKind kind : kAllMessageKinds) {
        const QString key = messageKindName(kind);
        out << "  " << key.leftJustified(14) << qint64(counts.value(key).toDouble()) << '\n';
    }
    out << tr("Text messages:") << ' ' << qint64(report.value(u"text_messages"_s).toDouble())
        << " (" << tr("in") << ' ' << qint64(details.value(u"incoming_text_messages"_s).toDouble())
        << ", " << tr("out") << ' ' << qint64(report.value(u"outgoing_text_messages"_s).toDouble())
        << ")\n";
    for (const QJsonValue &w : details.value(u"warnings"_s).toArray()) {
        const QJsonObject o = w.toObject();
        out << tr("Warning:") << ' ' << o.value(u"message"_s).toString();
        if (!o.value(u"file"_s).toString().isEmpty())
            out << " [" << o.value(u"file"_s).toString() << ']';
        out << '\n';
    }
    out << tr("Threads:") << '\n';
    out << "  " << u"ID"_s.leftJustified(8) << tr("Type").leftJustified(7)
        << tr("Blocked").leftJustified(8) << tr("Text").rightJustified(8) << "  "
        << tr("First (UTC)").leftJustified(18) << tr("Last (UTC)").leftJustified(18)
        << tr("Partner") << '\n';
    for (const QJsonValue &v : report.value(u"threads"_s).toArray()) {
        const QJsonObject t = v.toObject();
        out << "  " << QString::number(qint64(t.value(u"thread_id"_s).toDouble())).leftJustified(8)
            << (t.value(u"is_group"_s).toBool() ? u"group"_s : u"1:1"_s).leftJustified(7)
            << (t.value(u"blocked"_s).toBool() ? tr("yes") : tr("no")).leftJustified(8)
            << QString::number(qint64(t.value(u"text_messages"_s).toDouble())).rightJustified(8)
            << "  " << formatDate(t.value(u"first_date_sent"_s)).leftJustified(18)
            << formatDate(t.value(u"last_date_sent"_s)).leftJustified(18)
            << t.value(u"partner"_s).toString() << '\n';
    }
    return ExitOk;
}

} // namespace idiolect::cli
