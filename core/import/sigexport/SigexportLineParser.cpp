// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigexportLineParser.h"

#include "LocalTimeResolver.h"
#include "import/JsonLinesReader.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr QLatin1StringView kKnownKeys[] = {
    "date"_L1,        "sender"_L1,  "body"_L1, "quote"_L1,  "sticker"_L1, "reactions"_L1,
    "attachments"_L1, "deleted"_L1, "call"_L1, "missed"_L1, "edits"_L1,
};

/** Reads @p count digits at @p pos; -1 if any is not a digit. */
int digits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + int(c - u'0');
    }
    return v;
}

Error lineError(ErrorCode code, const QString &message, const QString &file, qint64 line,
                qint64 column)
{
    Error e = Error::make(code, message, file);
    e.line = line;
    e.column = column;
    e.hint = SigexportLineParser::tr("The export may be damaged or cut off. Import with invalid "
                                     "lines skipped (--lenient) to use the rest.");
    return e;
}

} // namespace

bool SigexportLineParser::parseTime(QStringView t, SigexportTime *out)
{
    // YYYY-MM-DD[T ]HH:MM:SS[.f{1,9}][Z|±HH:MM]
    const int y = digits(t, 0, 4), mo = digits(t, 5, 2), d = digits(t, 8, 2);
    const int h = digits(t, 11, 2), mi = digits(t, 14, 2), s = digits(t, 17, 2);
    if (t.size() < 19 || t[4] != u'-' || t[7] != u'-' || (t[10] != u'T' && t[10] != u' ')
        || t[13] != u':' || t[16] != u':' || y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0
        || !QDate::isValid(y, mo, d) || h > 23 || mi > 59 || s > 59)
        return false;
    qsizetype pos = 19;
    qint64 ms = 0;
    if (pos < t.size() && t[pos] == u'.') {
        ++pos;
        int scale = 100;
        const qsizetype start = pos;
        while (pos < t.size() && t[pos].isDigit()) {
            ms += qint64(t[pos].unicode() - u'0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start || pos - start > 9)
            return false;
    }
    out->offsetSeconds.reset();
    if (pos < t.size()) {
        if (t[pos] == u'Z' && pos + 1 == t.size()) {
            out->offsetSeconds = 0;
        } else if ((t[pos] == u'+' || t[pos] == u'-') && pos + 6 == t.size()
                   && t[pos + 3] == u':') {
            const int oh = digits(t, pos + 1, 2), om = digits(t, pos + 4, 2);
            if (oh < 0 || om < 0 || oh > 14 || om > 59)
                return false;
            out->offsetSeconds = (t[pos] == u'-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return false;
        }
    }
    out->wallMs = LocalTimeResolver::wallMs(y, mo, d, ((qint64(h) * 60 + mi) * 60 + s) * 1000 + ms);
    return true;
}

QString SigexportLineParser::unquote(const QString &quote)
{
    QString q = quote;
    while (q.startsWith(u'\n'))
        q.remove(0, 1);
    while (q.endsWith(u'\n'))
        q.chop(1);
    if (q.isEmpty())
        return {};
    QStringList lines = q.split(u'\n');
    for (QString &l : lines) {
        if (l.startsWith(u"> "_s))
            l.remove(0, 2);
        else if (l == u">"_s)
            l.clear();
    }
    return lines.join(u'\n');
}

Expected<SigexportMessage> SigexportLineParser::parse(QByteArrayView line, qint64 lineNumber,
                                                      const QString &fileName)
{
    QJsonParseError parseError{};
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &parseError);
    if (parseError.error == QJsonParseError::IllegalUTF8String)
        return lineError(ErrorCode::InvalidUtf8, tr("The line is not valid UTF-8."), fileName,
                         lineNumber, parseError.offset + 1);
    if (parseError.error != QJsonParseError::NoError)
        return lineError(ErrorCode::InvalidJson,
                         tr("The line is not valid JSON: %1.").arg(parseError.errorString()),
                         fileName, lineNumber, parseError.offset + 1);
    if (!doc.isObject())
        return lineError(ErrorCode::InvalidJson, tr("The line is not a JSON object."), fileName,
                         lineNumber, 1);
    const QJsonObject o = doc.object();
    SigexportMessage m;
    m.line = lineNumber;
    const QJsonValue date = o.value("date"_L1);
    if (!date.isString() || !parseTime(date.toString(), &m.date))
        return lineError(ErrorCode::InvalidValue,
                         tr("The date is missing or not an ISO 8601 date and time."), fileName,
                         lineNumber, JsonLinesReader::columnOfKey(line, "date"_L1));
    const QJsonValue sender = o.value("sender"_L1);
    if (!sender.isString() && !sender.isNull())
        return lineError(ErrorCode::InvalidValue, tr("The sender is not text."), fileName,
                         lineNumber, JsonLinesReader::columnOfKey(line, "sender"_L1));
    m.sender = sender.toString();
    m.body = o.value("body"_L1).toString();
    if (m.body.endsWith(u"  "_s))
        m.body.chop(2);
    m.quote = unquote(o.value("quote"_L1).toString());
    m.deleted = o.value("deleted"_L1).toBool(false);
    m.call = o.value("call"_L1).toBool(false);

    const QJsonValue sticker = o.value("sticker"_L1);
    if (sticker.isString() && !sticker.toString().isEmpty()) {
        m.sticker = true;
        m.stickerEmoji = sticker.toString();
    } else if (sticker.isObject()) {
        const QJsonObject s = sticker.toObject();
        m.sticker = true;
        m.stickerEmoji = s.value("emoji"_L1).toString();
        const QString pack = s.value("packId"_L1).toString();
        const QString id = s.value("id"_L1).toVariant().toString();
        const QString ext = s.value("extension"_L1).toString();
        if (!pack.isEmpty() && !id.isEmpty() && !ext.isEmpty() && !pack.contains(u'/')
            && !id.contains(u'/') && !ext.contains(u'/'))
            m.stickerPath = u"exported_stickers/"_s + pack + u'/' + id + u'.' + ext;
    }
    for (const QJsonValue &r : o.value("reactions"_L1).toArray()) {
        if (r.isArray() && r.toArray().size() >= 2)
            m.reactions.emplace_back(r.toArray().at(0).toString(), r.toArray().at(1).toString());
        else if (r.isObject())
            m.reactions.emplace_back(r.toObject().value("name"_L1).toString(),
                                     r.toObject().value("emoji"_L1).toString());
    }
    for (const QJsonValue &a : o.value("attachments"_L1).toArray()) {
        const QJsonObject att = a.toObject();
        SigexportAttachment attachment;
        attachment.name = att.value("name"_L1).toString();
        attachment.path = att.value("path"_L1).toString();
        const QJsonValue missing = att.value("missing_kind"_L1);
        attachment.missing = !missing.isUndefined() && !missing.isNull();
        m.attachments.push_back(std::move(attachment));
    }
    for (const QJsonValue &e : o.value("edits"_L1).toArray()) {
        const QJsonObject edit = e.toObject();
        SigexportTime when;
        if (!parseTime(edit.value("date"_L1).toString(), &when))
            return lineError(ErrorCode::InvalidValue,
                             tr("An earlier version of the message has no valid date."), fileName,
                             lineNumber, JsonLinesReader::columnOfKey(line, "edits"_L1));
        QString body = edit.value("body"_L1).toString();
        if (body.endsWith(u"  "_s))
            body.chop(2);
        m.edits.push_back(SigexportEdit{when, 0, std::move(body)});
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        bool known = false;
        for (QLatin1StringView k : kKnownKeys)
            known = known || it.key() == k;
        if (!known)
            m.unknownKeys.append(it.key());
    }
    return m;
}

} // namespace idiolect
