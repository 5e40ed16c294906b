// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class QTextStream;

namespace idiolect::bench {

/**
 * @brief The measurements of one benchmark run (one export size, one process).
 *
 * Stages are wall-clock milliseconds in the order they ran; counters are plain
 * numbers (messages, bytes, peak RSS). Serialised as one JSON object so that
 * scripts/bench.sh can collect runs of separate processes (peak RSS is per
 * process) and print them as one table.
 */
struct BenchReport
{
    QList<QPair<QString, double>> stages; ///< name → wall ms
    QJsonObject counters;

    void addStage(const QString &name, double ms) { stages.append({name, ms}); }
    [[nodiscard]] double stage(const QString &name) const;

    [[nodiscard]] QJsonObject toJson() const;
    static BenchReport fromJson(const QJsonObject &json);

    /** Prints the runs as a Markdown table: size, per-stage wall times, RSS, msg/s, MB/s. */
    static void printTable(const QList<BenchReport> &runs, QTextStream &out);
    /** Prints one run as "stage: ms" lines (for a single interactive run). */
    void printDetails(QTextStream &out) const;
};

/** Peak resident set size of this process so far, in bytes (VmHWM). */
qint64 peakRssBytes();

} // namespace idiolect::bench
