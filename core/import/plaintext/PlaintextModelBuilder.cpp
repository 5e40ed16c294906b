// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PlaintextModelBuilder: lines, frames, recipients and chats.
#include "PlaintextModelBuilder.h"

#include "ProtoJson.h"
#include "import/JsonLinesReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace pj = protojson;

namespace {

constexpr QLatin1StringView kFrameKeys[] = {
    "account"_L1,     "recipient"_L1, "chat"_L1,       "chatItem"_L1,
    "stickerPack"_L1, "adHocCall"_L1, "chatFolder"_L1, "notificationProfile"_L1,
};

bool isFrameKey(const QString &key)
{
    for (QLatin1StringView k : kFrameKeys) {
        if (key == k)
            return true;
    }
    return false;
}

} // namespace

PlaintextModelBuilder::PlaintextModelBuilder(ImportOptions options, QString fileName)
    : m_options(std::move(options)),
      m_fileName(std::move(fileName)),
      m_export(std::make_shared<ChatExport>())
{
    m_export->source.format = ExportFormat::SignalPlaintext;
}

PlaintextModelBuilder::~PlaintextModelBuilder() = default;

void PlaintextModelBuilder::setSource(const SourceInfo &source)
{
    const QString schema = m_export->source.schema;
    m_export->source = source;
    if (!schema.isEmpty())
        m_export->source.schema = schema;
}

Status PlaintextModelBuilder::invalid(ErrorCode code, const QString &message, qint64 line,
                                      qint64 column)
{
    if (m_options.lenient) {
        ++m_invalidLines;
        if (m_firstInvalidLine < 0)
            m_firstInvalidLine = line;
        return {};
    }
    Error e = Error::make(code, message, m_fileName);
    e.line = line;
    e.column = column;
    e.hint = tr("The export may be damaged or cut off. Import with invalid lines skipped "
                "(--lenient) to use the rest.");
    return e;
}

Status PlaintextModelBuilder::addOverlongLine(qint64 lineNumber)
{
    return invalid(ErrorCode::InvalidJson, tr("The line is too long to be a Signal frame."),
                   lineNumber, 1);
}

Status PlaintextModelBuilder::addLine(QByteArrayView line, qint64 lineNumber)
{
    QByteArrayView trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return {};
    QJsonParseError parseError{};
    QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(trimmed.data(), trimmed.size()), &parseError);
    const qint64 lead = qint64(trimmed.data() - line.data());
    if (parseError.error == QJsonParseError::IllegalUTF8String) {
        if (!m_options.lenient) {
            Error e = Error::make(ErrorCode::InvalidUtf8, tr("The line is not valid UTF-8."),
                                  m_fileName);
            e.line = lineNumber;
            e.column = lead + parseError.offset + 1;
            e.hint = tr("Import with invalid bytes replaced (--lenient) to use the rest.");
            return e;
        }
        // Replace the invalid bytes with U+FFFD and parse again.
        const QByteArray repaired = QString::fromUtf8(trimmed).toUtf8();
        doc = QJsonDocument::fromJson(repaired, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            ++m_repairedLines;
    }
    if (parseError.error != QJsonParseError::NoError)
        return invalid(ErrorCode::InvalidJson,
                       tr("The line is not valid JSON: %1.").arg(parseError.errorString()),
                       lineNumber, lead + parseError.offset + 1);
    if (!doc.isObject())
        return invalid(ErrorCode::InvalidJson, tr("The line is not a JSON object."), lineNumber,
                       lead + 1);
    return dispatch(doc.object(), line, lineNumber);
}

Status PlaintextModelBuilder::dispatch(const QJsonObject &frame, QByteArrayView raw, qint64 line)
{
    // pbjson writes exactly one key; the older reflective writer writes every member with
    // nulls for the unset ones. Take the first member that is set.
    QString key;
    QJsonObject value;
    bool unknownSet = false;
    for (auto it = frame.constBegin(); it != frame.constEnd(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue;
        if (isFrameKey(it.key())) {
            if (!it.value().isObject())
                return invalid(
                    ErrorCode::InvalidValue, tr("The \"%1\" frame is not an object.").arg(it.key()),
                    line,
                    JsonLinesReader::columnOfKey(raw, QLatin1StringView(it.key().toLatin1())));
            key = it.key();
            value = it.value().toObject();
            break;
        }
        unknownSet = true;
    }

    const bool first = !m_sawFirstLine;
    m_sawFirstLine = true;
    if (key.isEmpty()) {
        if (first && (frame.contains("version"_L1) || frame.contains("backupTimeMs"_L1)))
            return readHeader(frame, raw, line);
        ++m_unknownFrames;
        if (m_firstUnknownFrame < 0)
            m_firstUnknownFrame = line;
        Q_UNUSED(unknownSet);
        return {};
    }
    if (first)
        m_noHeader = true;
    if (key == "chatItem"_L1)
        return readChatItem(value, raw, line);
    if (key == "recipient"_L1)
        return readRecipient(value, raw, line);
    if (key == "chat"_L1)
        return readChat(value, raw, line);
    if (key == "account"_L1) {
        readAccount(value);
        return {};
    }
    ++m_ignoredFrames; // sticker packs, call links, folders, notification profiles
    return {};
}

Status PlaintextModelBuilder::readHeader(const QJsonObject &header, QByteArrayView raw, qint64 line)
{
    quint64 version = 0;
    if (!pj::unsigned64(header, "version"_L1, &version))
        return invalid(ErrorCode::InvalidValue, tr("The backup version is not a number."), line,
                       JsonLinesReader::columnOfKey(raw, "version"_L1));
    if (version > 1)
        m_newerVersion = qint64(version);
    QString schema = u"Backup.proto JSON, version %1"_s.arg(version);
    const QString app = pj::string(header, "currentAppVersion"_L1);
    if (!app.isEmpty())
        schema += u" ("_s + app + u')';
    m_export->source.schema = schema;
    return {};
}

Status PlaintextModelBuilder::readChat(const QJsonObject &chat, QByteArrayView raw, qint64 line)
{
    qint64 id = 0;
    qint64 recipient = 0;
    if (!pj::id64(chat, "id"_L1, &id) || id <= 0)
        return invalid(ErrorCode::InvalidValue, tr("The chat id is not a positive number."), line,
                       JsonLinesReader::columnOfKey(raw, "id"_L1));
    if (!pj::id64(chat, "recipientId"_L1, &recipient) || recipient <= 0)
        return invalid(ErrorCode::InvalidValue,
                       tr("The chat's recipient id is not a positive number."), line,
                       JsonLinesReader::columnOfKey(raw, "recipientId"_L1));
    if (m_threadByChat.contains(id)) {
        Thread &t = m_export->threads[size_t(m_threadByChat.value(id))];
        if (t.recipientId == 0)
            t.recipientId = recipient;
        return {};
    }
    Thread t;
    t.id = id;
    t.recipientId = recipient;
    m_threadByChat.insert(id, qint32(m_export->threads.size()));
    m_export->threads.push_back(std::move(t));
    return {};
}

qint32 PlaintextModelBuilder::threadFor(qint64 chatId, qint64 line)
{
    const auto it = m_threadByChat.constFind(chatId);
    if (it != m_threadByChat.constEnd())
        return *it;
    // The chat frame is missing (the exporter drops frames it cannot render): keep the
    // messages in a thread of their own rather than losing them.
    ++m_orphanItems;
    if (m_firstOrphanLine < 0)
        m_firstOrphanLine = line;
    Thread t;
    t.id = chatId;
    const auto index = qint32(m_export->threads.size());
    m_threadByChat.insert(chatId, index);
    m_export->threads.push_back(std::move(t));
    return index;
}

void PlaintextModelBuilder::countUnknownKeys(const QJsonObject &o,
                                             std::initializer_list<QLatin1StringView> known,
                                             QLatin1StringView where)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        bool isKnown = false;
        for (QLatin1StringView k : known) {
            if (it.key() == k) {
                isKnown = true;
                break;
            }
        }
        if (!isKnown)
            ++m_unknownFields[QString(where) + u'.' + it.key()];
    }
}

} // namespace idiolect
