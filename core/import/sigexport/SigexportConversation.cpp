// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigexportConversation.h"

#include "LocalTimeResolver.h"
#include "SigexportLineParser.h"
#include "common/JobContext.h"
#include "import/ImportOptions.h"
#include "import/JsonLinesReader.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace idiolect {

namespace {

constexpr qint64 kCancelCheckLines = 2048;

/** Parses one line; in lenient mode a line with invalid UTF-8 is repaired and parsed again. */
Expected<SigexportMessage> parseLine(QByteArrayView line, qint64 number, const QString &file,
                                     bool lenient, bool *repaired)
{
    auto m = SigexportLineParser::parse(line, number, file);
    if (!m && lenient && m.error().code == ErrorCode::InvalidUtf8) {
        const QByteArray fixed = QString::fromUtf8(line).toUtf8();
        m = SigexportLineParser::parse(fixed, number, file);
        *repaired = bool(m);
    }
    return m;
}

} // namespace

SigexportConversation SigexportConversation::read(QIODevice &device, const QString &file,
                                                  const ImportOptions &options, JobContext &job)
{
    SigexportConversation c;
    c.file = file;
    c.bytes = device.size();
    auto accept = [&](Expected<SigexportMessage> m, qint64 number, bool repaired) {
        if (!m) {
            if (!options.lenient) {
                c.error = m.error();
                return false;
            }
            ++c.invalidLines;
            if (c.firstInvalidLine < 0)
                c.firstInvalidLine = number;
            return true;
        }
        if (repaired)
            ++c.repairedLines;
        for (const QString &k : m->unknownKeys)
            ++c.unknownKeys[k];
        m->unknownKeys.clear();
        c.messages.push_back(std::move(m.value()));
        return true;
    };

    // Some users re-save data.json as one JSON array; accept that too.
    const QByteArray head = device.peek(64).trimmed();
    if (head.startsWith('[')) {
        const QByteArray all = device.readAll();
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(all, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
            c.error = Error::make(ErrorCode::InvalidJson,
                                  SigexportLineParser::tr("The file is not valid JSON: %1.")
                                      .arg(parseError.errorString()),
                                  file);
            c.error.column = parseError.offset + 1;
            return c;
        }
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QByteArray line
                = QJsonDocument(array.at(i).toObject()).toJson(QJsonDocument::Compact);
            if (!accept(SigexportLineParser::parse(line, i + 1, file), i + 1, false))
                return c;
        }
    } else {
        JsonLinesReader reader(device, file);
        while (true) {
            const auto r = reader.next();
            if (r == JsonLinesReader::Result::End)
                break;
            if (r == JsonLinesReader::Result::Error) {
                c.error = reader.error();
                return c;
            }
            if (reader.lineNumber() % kCancelCheckLines == 0 && job.isCanceled()) {
                c.error = Error::canceled();
                return c;
            }
            if (r == JsonLinesReader::Result::TooLong) {
                Error e = Error::make(ErrorCode::InvalidJson,
                                      SigexportLineParser::tr("The line is too long to be a "
                                                              "message."),
                                      file);
                e.line = reader.lineNumber();
                if (!accept(e, reader.lineNumber(), false))
                    return c;
                continue;
            }
            if (reader.line().trimmed().isEmpty())
                continue;
            bool repaired = false;
            if (!accept(
                    parseLine(reader.line(), reader.lineNumber(), file, options.lenient, &repaired),
                    reader.lineNumber(), repaired))
                return c;
        }
    }

    // signal-export writes each chat in time order; that order settles the repeated DST hour.
    LocalTimeResolver resolver(options.localZone);
    qint64 previous = std::numeric_limits<qint64>::min();
    auto resolve = [&](const SigexportTime &t, bool advance) {
        if (t.offsetSeconds)
            return t.wallMs - qint64(*t.offsetSeconds) * 1000;
        LocalTimeResolver::Kind kind = LocalTimeResolver::Kind::Exact;
        const qint64 utc = resolver.toUtc(t.wallMs, previous, &kind);
        if (advance) {
            c.gapTimes += kind == LocalTimeResolver::Kind::Gap ? 1 : 0;
            c.ambiguousTimes += kind == LocalTimeResolver::Kind::Ambiguous ? 1 : 0;
        }
        return utc;
    };
    for (SigexportMessage &m : c.messages) {
        for (SigexportEdit &e : m.edits)
            e.utc = resolve(e.date, false);
        m.utc = resolve(m.date, true);
        previous = std::max(previous, m.utc);
        // An edited message stays where it was first sent (as in the other formats): the
        // line's own date may be the newest edit's.
        for (const SigexportEdit &e : m.edits)
            m.utc = std::min(m.utc, e.utc);
    }
    return c;
}

} // namespace idiolect
