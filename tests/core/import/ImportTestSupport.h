// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Test helpers for the Signal CSV/SQLite importer tests: import a path, write small exports,
// generate demo exports with tools/demogen.
#pragma once

#include "DemoGenerator.h"
#include "common/JobContext.h"
#include "import/ImportJob.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>

namespace idiolect::testing {

/** Imports @p path; on failure returns nullptr and the error. */
inline ChatExportPtr importPath(const QString &path, Error *error = nullptr,
                                ImportOptions options = {})
{
    options.path = path;
    JobContext job;
    auto result = ImportJob::run(options, job);
    if (!result) {
        if (error)
            *error = result.error();
        return {};
    }
    return *result;
}

/** Writes files (name → bytes) into @p dir, creating it. */
inline bool writeFiles(const QString &dir, const QMap<QString, QByteArray> &files)
{
    if (!QDir().mkpath(dir))
        return false;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile f(QDir(dir).filePath(it.key()));
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
            return false;
    }
    return true;
}

/** Runs the demo generator into @p dir; returns false and fails the test on error. */
inline bool generateDemo(const QString &dir, demogen::SchemaGeneration schema,
                         demogen::DemoFormat format, qint64 messages = 3000)
{
    demogen::DemoOptions o;
    o.outDir = dir;
    o.schema = schema;
    o.format = format;
    o.messages = messages;
    QString error;
    if (!demogen::DemoGenerator::run(o, nullptr, &error)) {
        qWarning("demogen: %s", qPrintable(error));
        return false;
    }
    return true;
}

/** Index of the first message whose body starts with @p prefix, or -1. */
inline qint64 findMessage(const ChatExport &ex, QStringView prefix)
{
    for (quint32 i = 0; i < ex.messages.size(); ++i) {
        if (ex.messages.body(i).startsWith(prefix))
            return i;
    }
    return -1;
}

} // namespace idiolect::testing
