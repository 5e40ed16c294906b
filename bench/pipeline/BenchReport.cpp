// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchReport.h"

#include <QFile>
#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace idiolect::bench {

namespace {

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString megabytes(double bytes)
{
    return fixed(bytes / (1024.0 * 1024.0), 0);
}

} // namespace

double BenchReport::stage(const QString &name) const
{
    for (const auto &[n, ms] : stages) {
        if (n == name)
            return ms;
    }
    return -1;
}

QJsonObject BenchReport::toJson() const
{
    QJsonArray list;
    for (const auto &[name, ms] : stages)
        list.append(QJsonObject{{u"name"_s, name}, {u"ms"_s, ms}});
    QJsonObject json = counters;
    json.insert(u"stages"_s, list);
    return json;
}

BenchReport BenchReport::fromJson(const QJsonObject &json)
{
    BenchReport report;
    report.counters = json;
    report.counters.remove(u"stages"_s);
    for (const QJsonValue &v : json.value(u"stages"_s).toArray()) {
        const QJsonObject stage = v.toObject();
        report.addStage(stage.value(u"name"_s).toString(), stage.value(u"ms"_s).toDouble());
    }
    return report;
}

void BenchReport::printTable(const QList<BenchReport> &runs, QTextStream &out)
{
    QStringList stageNames;
    for (const BenchReport &run : runs) {
        for (const auto &stage : run.stages) {
            if (!stageNames.contains(stage.first))
                stageNames.append(stage.first);
        }
    }
    QStringList header{u"messages"_s, u"input MB"_s};
    for (const QString &name : std::as_const(stageNames))
        header.append(name + u" ms"_s);
    header << u"pipeline ms"_s << u"pipeline CPU ms"_s << u"CPU µs/msg"_s << u"import ÷ read"_s
           << u"peak RSS MiB"_s << u"messages/s"_s << u"import MB/s"_s;
    out << "| " << header.join(u" | "_s) << " |\n|";
    for (qsizetype i = 0; i < header.size(); ++i)
        out << "---:|";
    out << '\n';
    for (const BenchReport &run : runs) {
        const double messages = run.counters.value(u"messages"_s).toDouble();
        const double bytes = run.counters.value(u"input_bytes"_s).toDouble();
        const double pipeline = run.counters.value(u"pipeline_ms"_s).toDouble();
        const double cpu = run.counters.value(u"pipeline_cpu_ms"_s).toDouble();
        const double import = run.stage(u"import"_s);
        const double read = run.stage(u"read"_s);
        QStringList row{QString::number(qint64(messages)), megabytes(bytes)};
        for (const QString &name : std::as_const(stageNames)) {
            const double ms = run.stage(name);
            row.append(ms < 0 ? u"–"_s : fixed(ms, 0));
        }
        row << fixed(pipeline, 0) << fixed(cpu, 0)
            << fixed(messages > 0 ? cpu * 1000.0 / messages : 0, 2)
            << (read > 0 ? fixed(import / read, 1) : u"–"_s)
            << megabytes(run.counters.value(u"peak_rss_bytes"_s).toDouble())
            << QString::number(qint64(pipeline > 0 ? messages * 1000.0 / pipeline : 0))
            << fixed(import > 0 ? bytes / (1024.0 * 1024.0) / (import / 1000.0) : 0, 0);
        out << "| " << row.join(u" | "_s) << " |\n";
    }
}

void BenchReport::printDetails(QTextStream &out) const
{
    for (const auto &[name, ms] : stages)
        out << "  " << name.leftJustified(16) << fixed(ms, 1).rightJustified(10) << " ms\n";
    for (auto it = counters.constBegin(); it != counters.constEnd(); ++it)
        out << "  " << it.key().leftJustified(16) << ' ' << it.value().toVariant().toString()
            << '\n';
}

qint64 peakRssBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = status.readAll();
    const qsizetype at = text.indexOf("VmHWM:");
    if (at < 0)
        return -1;
    const qsizetype end = text.indexOf('\n', at);
    const QByteArray value = text.mid(at + 6, end - at - 6).trimmed(); // "123456 kB"
    return value.left(value.indexOf(' ')).toLongLong() * 1024;
}

} // namespace idiolect::bench
