// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetFileValidator.h"

#include "Gzip.h"
#include "RenderedExample.h"
#include "generation/Strategy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

bool isString(const QJsonObject &o, const QString &key, bool required)
{
    return o.contains(key) ? o.value(key).isString() : !required;
}

std::optional<ChatRole> roleOf(const QString &name)
{
    if (name == u"system"_s)
        return ChatRole::System;
    if (name == u"user"_s || name == u"human"_s)
        return ChatRole::User;
    if (name == u"assistant"_s || name == u"gpt"_s)
        return ChatRole::Assistant;
    return std::nullopt;
}

void checkMetadata(const QJsonValue &value, QStringList &problems)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        problems.append(DatasetFileValidator::tr("metadata is not an object"));
        return;
    }
    const QJsonObject meta = value.toObject();
    if (meta.contains(u"type"_s) && !exampleTypeFromName(meta.value(u"type"_s).toString()))
        problems.append(DatasetFileValidator::tr("metadata.type is not a known example type"));
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (it.value().isDouble() && !std::isfinite(it.value().toDouble()))
            problems.append(DatasetFileValidator::tr("metadata.%1 is not finite").arg(it.key()));
    }
}

void checkRow(const QJsonValue &value, qint64 example, qint64 line, DatasetFileReport &report)
{
    QStringList problems;
    QString id;
    if (!value.isObject()) {
        problems.append(DatasetFileValidator::tr("the row is not a JSON object"));
    } else {
        const QJsonObject row = value.toObject();
        id = row.value(u"metadata"_s).toObject().value(u"id"_s).toString();
        QString problem;
        const auto converted = DatasetFileValidator::fromJson(row, &problem);
        if (!converted) {
            problems.append(problem);
        } else {
            ++report.rowsByFormat[datasetFormatName(converted->first)];
            problems += DatasetValidator::check(converted->second, converted->first);
        }
        checkMetadata(row.value(u"metadata"_s), problems);
    }
    ValidationReport &v = report.validation;
    ++v.checked;
    if (!problems.isEmpty())
        ++v.invalidExamples;
    for (const QString &p : problems)
        v.issues.push_back({example, line, id, p});
}

} // namespace

std::optional<std::pair<DatasetFormat, RenderedExample>>
DatasetFileValidator::fromJson(const QJsonObject &row, QString *problem)
{
    RenderedExample r;
    if (row.contains(u"conversations"_s) || row.contains(u"messages"_s)) {
        const bool sharegpt = row.contains(u"conversations"_s);
        const QString roleKey = sharegpt ? u"from"_s : u"role"_s;
        const QString contentKey = sharegpt ? u"value"_s : u"content"_s;
        const QJsonValue list = row.value(sharegpt ? u"conversations"_s : u"messages"_s);
        if (!list.isArray()) {
            *problem = tr("%1 is not a list").arg(sharegpt ? u"conversations"_s : u"messages"_s);
            return std::nullopt;
        }
        const QJsonArray turns = list.toArray();
        for (qsizetype i = 0; i < turns.size(); ++i) {
            const QJsonObject t = turns[i].toObject();
            const auto role = roleOf(t.value(roleKey).toString());
            if (!turns[i].isObject() || !role || !t.value(contentKey).isString()) {
                *problem = tr("turn %1 needs a %2 of system/user/assistant and a string %3")
                               .arg(i + 1)
                               .arg(roleKey, contentKey);
                return std::nullopt;
            }
            const QJsonValue weight = t.value(u"weight"_s);
            r.turns.push_back(
                {*role, t.value(contentKey).toString(), weight.isDouble() ? weight.toInt(-2) : -1});
        }
        return std::make_pair(sharegpt ? DatasetFormat::ShareGpt : DatasetFormat::Messages, r);
    }
    if (row.contains(u"instruction"_s) || row.contains(u"output"_s)) {
        if (!isString(row, u"instruction"_s, true) || !isString(row, u"output"_s, true)
            || !isString(row, u"input"_s, false) || !isString(row, u"system"_s, false)) {
            *problem = tr("instruction and output must be strings (input and system too, if "
                          "present)");
            return std::nullopt;
        }
        r.instruction = row.value(u"instruction"_s).toString();
        r.input = row.value(u"input"_s).toString();
        r.output = row.value(u"output"_s).toString();
        r.system = row.value(u"system"_s).toString();
        return std::make_pair(DatasetFormat::Alpaca, r);
    }
    *problem = tr("unknown row shape: expected instruction/output, conversations or messages");
    return std::nullopt;
}

Expected<DatasetFileReport> DatasetFileValidator::validateFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::make(ErrorCode::NotFound, tr("The file does not exist."), path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Unreadable,
                           tr("Cannot read the file: %1").arg(file.errorString()), path);
    QByteArray bytes = file.readAll();
    DatasetFileReport report;
    if (Gzip::isGzip(bytes)) {
        report.gzip = true;
        auto plain = Gzip::decompress(bytes);
        if (!plain)
            return Error::make(ErrorCode::InvalidValue, tr("The file is not valid gzip."), path);
        bytes = std::move(*plain);
    }
    const auto firstChar = [&] {
        for (char c : bytes) {
            if (!QChar::isSpace(uchar(c)))
                return c;
        }
        return '\0';
    }();
    const QJsonDocument whole
        = firstChar == '[' || firstChar == '{' ? QJsonDocument::fromJson(bytes) : QJsonDocument();
    if (whole.isArray() || (whole.isObject() && whole.object().value(u"examples"_s).isArray())) {
        report.container = DatasetContainer::Json;
        const QJsonArray rows
            = whole.isArray() ? whole.array() : whole.object().value(u"examples"_s).toArray();
        if (rows.isEmpty()) // as for an empty JSONL file: an empty dataset is not a valid one
            return Error::make(ErrorCode::InvalidValue, tr("The file holds no examples."), path);
        for (qsizetype i = 0; i < rows.size(); ++i)
            checkRow(rows[i], i, -1, report);
        return report;
    }
    report.container = DatasetContainer::Jsonl;
    qint64 line = 0;
    qint64 example = 0;
    for (QByteArrayView rest(bytes); !rest.isEmpty();) {
        const qsizetype nl = rest.indexOf('\n');
        const QByteArrayView text = nl < 0 ? rest : rest.first(nl);
        rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError) {
            if (line == 1 && whole.isObject())
                return Error::make(ErrorCode::InvalidJson,
                                   tr("The JSON document has no \"examples\" list."), path);
            ValidationReport &v = report.validation;
            ++v.checked;
            ++v.invalidExamples;
            v.issues.push_back({example++,
                                line,
                                {},
                                tr("not valid JSON (%1 at byte %2)")
                                    .arg(error.errorString())
                                    .arg(error.offset + 1)});
            continue;
        }
        checkRow(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), example++, line, report);
    }
    if (report.validation.checked == 0)
        return Error::make(ErrorCode::InvalidValue, tr("The file holds no examples."), path);
    return report;
}

} // namespace idiolect
