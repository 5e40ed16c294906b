// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "Corpus.h"
#include "CorpusExtractor.h"
#include "CsvTableSink.h"
#include "MessageStream.h"
#include "PlaintextExportWriter.h"
#include "Scenario.h"
#include "SigexportWriter.h"
#include "SignalDatabaseWriter.h"
#include "SqliteCsvDumper.h"
#include "SqliteTableSink.h"
#include "StoredZip.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = path + u": "_s + file.errorString();
        return false;
    }
    return true;
}

bool stream(const Scenario &scenario, ScenarioWriter &writer, qint64 *count, QString *error)
{
    if (!writer.begin(scenario)) {
        *error = writer.errorString();
        return false;
    }
    MessageStream messages(scenario, Corpus::embedded());
    ScenarioMessage m;
    while (messages.next(m)) {
        if (!writer.write(m)) {
            *error = writer.errorString();
            return false;
        }
    }
    if (!writer.finish()) {
        *error = writer.errorString();
        return false;
    }
    *count = messages.produced();
    return true;
}

bool writeSqlite(const Scenario &scenario, const DemoOptions &o, const QString &dir, qint64 *count,
                 QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = u"cannot create "_s + dir;
        return false;
    }
    SqliteTableSink sink(QDir(dir).filePath(u"database.sqlite"_s));
    SignalDatabaseWriter writer(o.schema, sink, dir);
    return stream(scenario, writer, count, error);
}

bool writeCsv(const Scenario &scenario, const DemoOptions &o, const QString &dir, qint64 *count,
              QString *error)
{
    const QStringList tables = SignalSchema::forGeneration(o.schema).csvTables();
    if (!o.csvViaSqlite) {
        CsvTableSink sink(dir, tables);
        SignalDatabaseWriter writer(o.schema, sink);
        return stream(scenario, writer, count, error);
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = u"cannot create a temporary folder"_s;
        return false;
    }
    SqliteTableSink sink(scratch.filePath(u"database.sqlite"_s));
    SignalDatabaseWriter writer(o.schema, sink);
    return stream(scenario, writer, count, error)
        && SqliteCsvDumper::dump(scratch.filePath(u"database.sqlite"_s), tables, dir, error);
}

bool writePlaintext(const Scenario &scenario, const QString &dir, qint64 *count, QString *error)
{
    PlaintextExportWriter writer(dir);
    return stream(scenario, writer, count, error);
}

bool writePlaintextZip(const Scenario &scenario, const QString &zipPath, qint64 *count,
                       QString *error)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = u"cannot create a temporary folder"_s;
        return false;
    }
    return writePlaintext(scenario, scratch.path(), count, error)
        && StoredZip::pack(scratch.path(), zipPath, u"signal-export-2026-01-02-10-00-00/"_s, error);
}

bool writeSignalExport(const Scenario &scenario, const DemoOptions &o, const QString &dir,
                       qint64 *count, QString *error)
{
    const QTimeZone zone(o.timeZone);
    if (!zone.isValid()) {
        *error = u"unknown time zone "_s + QString::fromUtf8(o.timeZone);
        return false;
    }
    SigexportWriter writer(dir, zone);
    return stream(scenario, writer, count, error);
}

} // namespace

QByteArray DemoGenerator::attributionText()
{
    return QByteArrayLiteral(
               "Idiolect demo export\n"
               "====================\n\n"
               "A fictional Signal chat history written by idiolect-demogen (tools/demogen).\n"
               "People, numbers, addresses and accounts are invented; phone numbers use\n"
               "reserved ranges and the bank and card numbers are public test values.\n\n"
               "Most conversation lines are derived from a public corpus:\n\n")
        + CorpusExtractor::attribution()
        + QByteArrayLiteral(
               "# Further changes in the demo: to give people distinct texting styles, some\n"
               "# chats join consecutive lines into one long message, shorten lines to a\n"
               "# clause or replace them with a short reply, or add emoji.\n"
               "\nAttribution: \"Ubuntu IRC data from the irc-disentanglement corpus by\n"
               "J. K. Kummerfeld et al., CC BY 4.0\". Paper: Kummerfeld et al., \"A Large-Scale\n"
               "Corpus for Conversation Disentanglement\", ACL 2019, doi:10.18653/v1/P19-1374.\n"
               "Licence text: https://creativecommons.org/licenses/by/4.0/legalcode\n");
}

QByteArray DemoGenerator::piiJson(const Scenario &scenario)
{
    QJsonArray values;
    for (const PiiValue &v : scenario.piiValues()) {
        QJsonObject o;
        o.insert(u"kind"_s, v.kind);
        o.insert(u"value"_s, v.value);
        if (!v.format.isEmpty())
            o.insert(u"format"_s, v.format);
        o.insert(u"where"_s, v.where);
        values.append(o);
    }
    QJsonObject root;
    root.insert(u"description"_s,
                u"Every personal value in the demo export (resources/demo, idiolect-demogen "
                u"defaults). 'message' values appear in message bodies, 'recipient' values in "
                u"the recipient table. A privacy-filtered output must contain none of them."_s);
    root.insert(u"values"_s, values);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool DemoGenerator::run(const DemoOptions &o, DemoResult *result, QString *error)
{
    ScenarioOptions so;
    so.messages = o.messages;
    so.seed = o.seed;
    const Scenario scenario = Scenario::demo(so);
    if (!QDir().mkpath(o.outDir)) {
        *error = u"cannot create "_s + o.outDir;
        return false;
    }
    const QDir out(QFileInfo(o.outDir).absoluteFilePath());
    qint64 count = 0;
    bool ok = true;
    switch (o.format) {
    case DemoFormat::Csv: ok = writeCsv(scenario, o, o.outDir, &count, error); break;
    case DemoFormat::Sqlite: ok = writeSqlite(scenario, o, o.outDir, &count, error); break;
    case DemoFormat::Both:
        ok = writeCsv(scenario, o, out.filePath(u"csv"_s), &count, error)
            && writeSqlite(scenario, o, out.filePath(u"sqlite"_s), &count, error);
        break;
    case DemoFormat::Plaintext: ok = writePlaintext(scenario, o.outDir, &count, error); break;
    case DemoFormat::PlaintextZip:
        ok = writePlaintextZip(scenario, out.filePath(u"signal-export.zip"_s), &count, error);
        break;
    case DemoFormat::SignalExport:
        ok = writeSignalExport(scenario, o, o.outDir, &count, error);
        break;
    case DemoFormat::All:
        ok = writeCsv(scenario, o, out.filePath(u"csv"_s), &count, error)
            && writeSqlite(scenario, o, out.filePath(u"sqlite"_s), &count, error)
            && writePlaintext(scenario, out.filePath(u"plaintext"_s), &count, error)
            && writePlaintextZip(scenario, out.filePath(u"plaintext.zip"_s), &count, error)
            && writeSignalExport(scenario, o, out.filePath(u"sigexport"_s), &count, error);
        break;
    }
    ok = ok && writeFile(out.filePath(u"ATTRIBUTION.txt"_s), attributionText(), error);
    if (ok && !o.piiPath.isEmpty())
        ok = writeFile(o.piiPath, piiJson(scenario), error);
    if (!ok)
        return false;
    if (result) {
        result->messages = count;
        result->files.clear();
        QDirIterator it(out.absolutePath(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            result->files.append(out.relativeFilePath(it.next()));
        result->files.sort();
    }
    return true;
}

} // namespace idiolect::demogen
