// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormatDetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QByteArray head(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(bytes);
}

bool looksLikePlaintextHeader(const QByteArray &firstBytes)
{
    const QByteArray line = firstBytes.left(firstBytes.indexOf('\n')).trimmed();
    if (!line.startsWith('{'))
        return false;
    // A Backup.proto header, or (a cut file) a frame right away.
    for (const char *frame : {"{\"account\":", "{\"recipient\":", "{\"chat\":", "{\"chatItem\":"}) {
        if (line.startsWith(frame))
            return true;
    }
    return (line.contains("\"backupTimeMs\"") || line.contains("\"version\""))
        && !line.contains("\"date\"");
}

bool hasSignalExportFolder(const QDir &dir)
{
    if (dir.exists(u"data.json"_s))
        return true;
    const QStringList subdirs = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &sub : subdirs) {
        if (QFileInfo::exists(dir.filePath(sub + u"/data.json"_s)))
            return true;
    }
    return false;
}

} // namespace

Expected<ExportFormat> FormatDetector::detect(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return Error::make(ErrorCode::NotFound, tr("The export does not exist."), path);
    if (!info.isReadable())
        return Error::make(ErrorCode::Unreadable,
                           tr("The export cannot be read (permission denied)."), path);

    if (info.isDir()) {
        const QDir dir(info.absoluteFilePath());
        if (dir.exists(u"main.jsonl"_s))
            return ExportFormat::SignalPlaintext;
        if (dir.exists(u"database.sqlite"_s))
            return ExportFormat::SignalSqlite;
        if (!dir.entryList({u"*.csv"_s, u"*.CSV"_s}, QDir::Files).isEmpty())
            return ExportFormat::SignalCsv;
        if (hasSignalExportFolder(dir))
            return ExportFormat::SignalDesktopExport;
        Error e
            = Error::make(ErrorCode::UnknownFormat,
                          tr("This folder holds no Signal export that Idiolect can read."), path);
        e.hint = tr("Expected CSV files from signalbackup-tools, a database.sqlite, Signal's "
                    "main.jsonl, or signal-export's conversation folders.");
        return e;
    }

    const QByteArray bytes = head(path, 4096);
    const QString suffix = info.suffix().toLower();
    if (bytes.startsWith("SQLite format 3"))
        return ExportFormat::SignalSqlite;
    if (bytes.startsWith("PK\x03\x04"))
        return ExportFormat::SignalPlaintext;
    if (info.fileName() == u"data.json"_s)
        return ExportFormat::SignalDesktopExport;
    if (info.fileName() == u"main.jsonl"_s || looksLikePlaintextHeader(bytes))
        return ExportFormat::SignalPlaintext;
    if (suffix == u"csv"_s)
        return ExportFormat::SignalCsv;
    if (suffix == u"sqlite"_s || suffix == u"db"_s) {
        Error e = Error::make(ErrorCode::UnknownFormat,
                              tr("This file is not a plain SQLite database."), path);
        e.hint = tr("An encrypted Signal backup must be decrypted first: signalbackup-tools "
                    "BACKUP PASSPHRASE -o FOLDER");
        return e;
    }
    Error e = Error::make(ErrorCode::UnknownFormat,
                          tr("This file is not a Signal export that Idiolect can read."), path);
    e.hint = tr("Open the export folder, database.sqlite, main.jsonl or a signal-export folder.");
    return e;
}

} // namespace idiolect
