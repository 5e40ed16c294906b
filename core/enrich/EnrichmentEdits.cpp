// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentEdits.h"

#include "model/MessageStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

void EnrichmentEdits::setText(quint32 message, const QString &key, QString text)
{
    m_edits[message].insert(key, Edit{false, std::move(text)});
}

void EnrichmentEdits::clear(quint32 message, const QString &key)
{
    m_edits[message].insert(key, Edit{true, {}});
}

void EnrichmentEdits::reset(quint32 message, const QString &key)
{
    const auto it = m_edits.find(message);
    if (it == m_edits.end())
        return;
    it->remove(key);
    if (it->isEmpty())
        m_edits.erase(it);
}

const EnrichmentEdits::Edit *EnrichmentEdits::find(quint32 message, const QString &key) const
{
    const auto it = m_edits.constFind(message);
    if (it == m_edits.cend())
        return nullptr;
    const auto edit = it->constFind(key);
    return edit == it->cend() ? nullptr : &*edit;
}

qsizetype EnrichmentEdits::size() const
{
    qsizetype n = 0;
    for (const auto &perMessage : m_edits)
        n += perMessage.size();
    return n;
}

QJsonArray EnrichmentEdits::toJson(const MessageStore &store) const
{
    QList<quint32> messages = m_edits.keys();
    std::sort(messages.begin(), messages.end());
    QJsonArray out;
    for (quint32 message : messages) {
        if (message >= store.size())
            continue;
        const auto &perMessage = m_edits[message];
        QStringList keys = perMessage.keys();
        keys.sort();
        for (const QString &key : keys) {
            const Edit &edit = perMessage[key];
            QJsonObject o{{u"message_id"_s, store.id(message)},
                          {u"key"_s, key},
                          {u"cleared"_s, edit.cleared}};
            if (!edit.cleared)
                o.insert(u"text"_s, edit.text);
            out.append(o);
        }
    }
    return out;
}

Expected<EnrichmentEdits> EnrichmentEdits::fromJson(const QJsonArray &json,
                                                    const MessageStore &store, qsizetype *unmatched)
{
    QHash<qint64, quint32> index;
    if (!json.isEmpty()) {
        index.reserve(store.size());
        for (quint32 i = 0; i < store.size(); ++i)
            index.insert(store.id(i), i);
    }
    EnrichmentEdits edits;
    qsizetype missing = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QJsonObject o = json.at(i).toObject();
        const QJsonValue id = o.value(u"message_id"_s);
        const QString key = o.value(u"key"_s).toString();
        if (!id.isDouble() || key.isEmpty() || !o.value(u"cleared"_s).isBool()) {
            Error e = Error::make(ErrorCode::InvalidJson,
                                  tr("Enrichment edit %1 is incomplete.").arg(i + 1));
            e.record = i + 1;
            e.hint = tr("Each edit needs message_id, key and cleared.");
            return e;
        }
        const auto it = index.constFind(id.toInteger(-1));
        if (it == index.cend()) {
            ++missing;
            continue;
        }
        if (o.value(u"cleared"_s).toBool())
            edits.clear(*it, key);
        else
            edits.setText(*it, key, o.value(u"text"_s).toString());
    }
    if (unmatched)
        *unmatched = missing;
    return edits;
}

} // namespace idiolect
