// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// idiolect-demogen: writes the deterministic demo/test Signal export.
#include "CorpusExtractor.h"
#include "DemoGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace idiolect::demogen;

namespace {

int usageError(QTextStream &err, const QString &message)
{
    err << "idiolect-demogen: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"idiolect-demogen"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes a deterministic, fictional Signal export (signalbackup-tools CSV folder "
        u"and/or decrypted database.sqlite) for demos, tests and benchmarks."_s);
    parser.addHelpOption();
    const QCommandLineOption outOption(u"out"_s, u"Output folder (required)."_s, u"DIR"_s);
    const QCommandLineOption formatOption(
        u"format"_s,
        u"csv, sqlite, both, jsonl (Signal's own plaintext export), jsonl-zip, sigexport "
        u"(signal-export for Desktop) or all (default csv)."_s,
        u"FORMAT"_s, u"csv"_s);
    const QCommandLineOption messagesOption(
        u"messages"_s, u"Number of messages (default 3000, the demo)."_s, u"N"_s, u"3000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed (default 20240521)."_s, u"S"_s,
                                        u"20240521"_s);
    const QCommandLineOption schemaOption(
        u"schema"_s, u"newest, current, dbv185, dbv170 or legacy (default newest)."_s, u"SCHEMA"_s,
        u"newest"_s);
    const QCommandLineOption piiOption(u"pii"_s, u"Also write the PII manifest to FILE."_s,
                                       u"FILE"_s);
    const QCommandLineOption viaSqliteOption(
        u"csv-via-sqlite"_s, u"Make the CSV files by exporting a database (slower)."_s);
    const QCommandLineOption extractOption(
        u"extract-corpus"_s,
        u"Rebuild data/dialogues.txt from the irc-disentanglement data/train folder DIR "
        u"(written to --out)."_s,
        u"DIR"_s);
    const QCommandLineOption zoneOption(
        u"time-zone"_s, u"Zone of signal-export's local dates (default Europe/Berlin)."_s,
        u"ZONE"_s, u"Europe/Berlin"_s);
    parser.addOptions({outOption, formatOption, messagesOption, seedOption, schemaOption, piiOption,
                       viaSqliteOption, extractOption, zoneOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(err, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.isSet(outOption))
        return usageError(err, u"--out is required"_s);

    if (parser.isSet(extractOption)) {
        QString error;
        const QByteArray text = CorpusExtractor::extract(parser.value(extractOption), &error);
        QSaveFile file(parser.value(outOption));
        if (text.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(text) != text.size()
            || !file.commit()) {
            err << "idiolect-demogen: " << (error.isEmpty() ? file.errorString() : error) << '\n';
            return 3;
        }
        return 0;
    }

    DemoOptions options;
    options.outDir = parser.value(outOption);
    const QString format = parser.value(formatOption);
    if (format == u"csv"_s)
        options.format = DemoFormat::Csv;
    else if (format == u"sqlite"_s)
        options.format = DemoFormat::Sqlite;
    else if (format == u"both"_s)
        options.format = DemoFormat::Both;
    else if (format == u"jsonl"_s)
        options.format = DemoFormat::Plaintext;
    else if (format == u"jsonl-zip"_s)
        options.format = DemoFormat::PlaintextZip;
    else if (format == u"sigexport"_s)
        options.format = DemoFormat::SignalExport;
    else if (format == u"all"_s)
        options.format = DemoFormat::All;
    else
        return usageError(err, u"unknown --format "_s + format);
    options.timeZone = parser.value(zoneOption).toUtf8();
    bool ok = false;
    options.messages = parser.value(messagesOption).toLongLong(&ok);
    if (!ok || options.messages < 1)
        return usageError(err, u"--messages needs a positive number"_s);
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return usageError(err, u"--seed needs a number"_s);
    if (!parseSchemaGeneration(parser.value(schemaOption), &options.schema))
        return usageError(err, u"unknown --schema "_s + parser.value(schemaOption));
    options.piiPath = parser.value(piiOption);
    options.csvViaSqlite = parser.isSet(viaSqliteOption);

    QElapsedTimer timer;
    timer.start();
    DemoResult result;
    QString error;
    if (!DemoGenerator::run(options, &result, &error)) {
        err << "idiolect-demogen: " << error << '\n';
        return 1;
    }
    out << "wrote " << result.messages << " messages (" << schemaGenerationName(options.schema)
        << " schema) to " << options.outDir << " in " << timer.elapsed() << " ms\n";
    for (const QString &file : std::as_const(result.files)) {
        if (file.endsWith(u".csv"_s) || file.endsWith(u".sqlite"_s))
            out << "  " << file << "  " << QFileInfo(options.outDir + u'/' + file).size()
                << " bytes\n";
    }
    return 0;
}
