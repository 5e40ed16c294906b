// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SignalSchema.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace idiolect::demogen {

class Scenario;

/** Which containers to write. */
enum class DemoFormat : quint8 {
    Csv, ///< signalbackup-tools --exportcsv folder.
    Sqlite, ///< signalbackup-tools -o folder: database.sqlite + Attachment_*.bin.
    Both, ///< DIR/csv and DIR/sqlite.
    Plaintext, ///< Signal Android's own chat export folder: main.jsonl, metadata.json, files/.
    PlaintextZip, ///< The same entries in DIR/signal-export.zip.
    SignalExport, ///< signal-export (Signal Desktop) output: one folder per chat.
    All, ///< DIR/csv, DIR/sqlite, DIR/plaintext, DIR/plaintext.zip and DIR/sigexport.
};

/** Parameters of one generator run. */
struct DemoOptions
{
    QString outDir;
    DemoFormat format = DemoFormat::Csv;
    qint64 messages = 3000;
    quint64 seed = 20240521;
    SchemaGeneration schema = SchemaGeneration::Newest;
    /** Also write the PII manifest (demo-pii.json) here. */
    QString piiPath;
    /** Make the CSV files by exporting the SQLite database instead of streaming them. */
    bool csvViaSqlite = false;
    /** Zone of the naive local dates signal-export writes. */
    QByteArray timeZone = "Europe/Berlin";
};

/** What a run wrote. */
struct DemoResult
{
    qint64 messages = 0;
    QStringList files; ///< Paths relative to outDir, sorted.
};

/**
 * @brief The deterministic demo/test export generator behind idiolect-demogen.
 *
 * Builds the scenario (Scenario::demo), streams its messages (MessageStream)
 * through SignalDatabaseWriter into CSV and/or SQLite, and writes
 * ATTRIBUTION.txt (the corpus licence) next to the data. The same options
 * always give byte-identical files.
 */
class DemoGenerator final
{
public:
    static bool run(const DemoOptions &options, DemoResult *result, QString *error);

    /** The PII manifest: every personal value the export contains, with its kind. */
    static QByteArray piiJson(const Scenario &scenario);
    /** The licence note shipped with every export (derived from CC BY 4.0 text). */
    static QByteArray attributionText();
};

} // namespace idiolect::demogen
