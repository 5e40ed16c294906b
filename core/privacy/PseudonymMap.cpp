// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PseudonymMap.h"

#include "NameData.h"
#include "common/SafeWrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

const auto kFormat = u"idiolect-pseudonym-map"_s;

QString category(PiiKind kind, bool group)
{
    return group ? u"group"_s : piiKindName(kind);
}

} // namespace

QString PseudonymMap::indexKey(PiiKind kind, const QString &key)
{
    return piiKindName(kind) + u'\x1f' + key;
}

int PseudonymMap::nextNumber(PiiKind kind, bool group)
{
    return ++m_lastNumber[category(kind, group)];
}

void PseudonymMap::insert(Entry entry)
{
    int &last = m_lastNumber[category(entry.kind, entry.group)];
    last = qMax(last, entry.number);
    if (!entry.given.isEmpty())
        m_usedNames.insert(QString(entry.given + u' ' + entry.family).toCaseFolded());
    m_index.insert(indexKey(entry.kind, entry.key), qsizetype(m_entries.size()));
    m_entries.push_back(std::move(entry));
}

void PseudonymMap::reserveWords(const QSet<QString> &foldedWords)
{
    m_reserved.unite(foldedWords);
}

void PseudonymMap::pickRealisticName(Entry &entry)
{
    const QStringList &given = NameData::pseudonymGivenNames();
    const QStringList &family = NameData::pseudonymFamilyNames();
    const qsizetype g = given.size();
    const qsizetype f = family.size();
    // Walk the pools from a start that depends only on the entry's number.
    for (qsizetype attempt = 0; attempt < g * f; ++attempt) {
        const QString &gn = given[(entry.number * 7 + attempt * 13) % g];
        const QString &fn = family[(entry.number * 11 + attempt * 5 + attempt / g) % f];
        if (m_reserved.contains(gn.toCaseFolded()) || m_reserved.contains(fn.toCaseFolded()))
            continue;
        const QString full = QString(gn + u' ' + fn).toCaseFolded();
        if (m_usedNames.contains(full))
            continue;
        entry.given = gn;
        entry.family = fn;
        return;
    }
    // Every combination taken (tens of thousands of contacts): fall back to numbers.
    entry.given = u"Person"_s;
    entry.family = QString::number(entry.number);
}

const PseudonymMap::Entry &PseudonymMap::person(const QString &key, const QString &label,
                                                bool group)
{
    const auto it = m_index.constFind(indexKey(PiiKind::Name, key));
    if (it != m_index.constEnd())
        return m_entries[size_t(*it)];
    Entry e;
    e.kind = PiiKind::Name;
    e.key = key;
    e.label = label;
    e.group = group;
    e.number = nextNumber(PiiKind::Name, group);
    if (!group)
        pickRealisticName(e);
    insert(std::move(e));
    return m_entries.back();
}

const PseudonymMap::Entry &PseudonymMap::value(PiiKind kind, const QString &canonical)
{
    const auto it = m_index.constFind(indexKey(kind, canonical));
    if (it != m_index.constEnd())
        return m_entries[size_t(*it)];
    Entry e;
    e.kind = kind;
    e.key = canonical;
    e.label = canonical;
    e.number = nextNumber(kind, false);
    insert(std::move(e));
    return m_entries.back();
}

const PseudonymMap::Entry *PseudonymMap::find(PiiKind kind, const QString &key) const
{
    const auto it = m_index.constFind(indexKey(kind, key));
    return it == m_index.constEnd() ? nullptr : &m_entries[size_t(*it)];
}

bool PseudonymMap::setPersonName(const QString &key, const QString &given, const QString &family)
{
    const auto it = m_index.constFind(indexKey(PiiKind::Name, key));
    if (it == m_index.constEnd() || given.trimmed().isEmpty())
        return false;
    Entry &e = m_entries[size_t(*it)];
    if (e.group)
        return false;
    e.given = given.trimmed();
    e.family = family.trimmed();
    m_usedNames.insert(QString(e.given + u' ' + e.family).toCaseFolded());
    return true;
}

QString PseudonymMap::pseudonym(const Entry &e, NamePart part, NameStyle style)
{
    if (e.kind != PiiKind::Name)
        return u'<' + piiKindToken(e.kind) + u'_' + QString::number(e.number) + u'>';
    if (e.group) {
        if (style == NameStyle::Numbered)
            return u"<GROUP_"_s + QString::number(e.number) + u'>';
        return u"Group "_s + QString::number(e.number);
    }
    if (style == NameStyle::Numbered)
        return u"<PERSON_"_s + QString::number(e.number) + u'>';
    if (e.family.isEmpty())
        return e.given; // a one-word name the user chose
    switch (part) {
    case NamePart::Family: return e.family;
    case NamePart::Full: return e.given + u' ' + e.family;
    case NamePart::Given:
    case NamePart::None: return e.given;
    }
    return e.given;
}

QJsonObject PseudonymMap::toJson() const
{
    QJsonArray entries;
    for (const Entry &e : m_entries) {
        QJsonObject o{{u"kind"_s, piiKindName(e.kind)},
                      {u"key"_s, e.key},
                      {u"label"_s, e.label},
                      {u"number"_s, e.number}};
        if (e.group)
            o.insert(u"group"_s, true);
        if (!e.given.isEmpty()) {
            o.insert(u"given"_s, e.given);
            o.insert(u"family"_s, e.family);
        }
        entries.append(o);
    }
    return QJsonObject{{u"format"_s, kFormat}, {u"version"_s, 1}, {u"entries"_s, entries}};
}

Expected<PseudonymMap> PseudonymMap::fromJson(const QJsonObject &json, const QString &file)
{
    const auto invalid = [&](const QString &message) {
        Error e = Error::make(ErrorCode::Invalid, message, file);
        e.hint = tr("Choose another pseudonym map file, or start without one.");
        return e;
    };
    if (json.value(u"format"_s).toString() != kFormat)
        return invalid(tr("This is not an Idiolect pseudonym map."));
    if (json.value(u"version"_s).toInt() != 1)
        return invalid(tr("This pseudonym map was written by a newer version of Idiolect."));
    PseudonymMap map;
    qint64 index = 0;
    for (const QJsonValue &v : json.value(u"entries"_s).toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        const auto kind = piiKindFromName(o.value(u"kind"_s).toString());
        Entry e;
        e.key = o.value(u"key"_s).toString();
        e.number = o.value(u"number"_s).toInt();
        if (!kind || e.key.isEmpty() || e.number <= 0)
            return invalid(tr("Entry %1 of the pseudonym map is incomplete.").arg(index));
        e.kind = *kind;
        e.label = o.value(u"label"_s).toString();
        e.group = o.value(u"group"_s).toBool();
        e.given = o.value(u"given"_s).toString();
        e.family = o.value(u"family"_s).toString();
        if (e.kind == PiiKind::Name && !e.group && e.given.isEmpty())
            return invalid(tr("Entry %1 of the pseudonym map has no replacement name.").arg(index));
        if (map.find(e.kind, e.key))
            return invalid(tr("Entry %1 of the pseudonym map repeats an earlier one.").arg(index));
        map.insert(std::move(e));
    }
    return map;
}

Status PseudonymMap::save(const QString &path) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return Error::make(ErrorCode::WriteFailed,
                           tr("The pseudonym map cannot be written: %1.").arg(out.errorString()),
                           path);
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!writeFully(out, QJsonDocument(toJson()).toJson(QJsonDocument::Indented))
        || !commitSaveFile(out)) {
        return Error::make(ErrorCode::WriteFailed,
                           tr("The pseudonym map cannot be written: %1.").arg(out.errorString()),
                           path);
    }
    return {};
}

Expected<PseudonymMap> PseudonymMap::load(const QString &path)
{
    QFile in(path);
    if (!in.exists())
        return Error::make(ErrorCode::NotFound, tr("The pseudonym map does not exist."), path);
    if (!in.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Unreadable,
                           tr("The pseudonym map cannot be read: %1.").arg(in.errorString()), path);
    const QByteArray data = in.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        Error e = Error::make(
            ErrorCode::InvalidJson,
            tr("The pseudonym map is not valid JSON: %1.").arg(parseError.errorString()), path);
        const QByteArray before = data.left(parseError.offset);
        e.line = before.count('\n') + 1;
        e.column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return e;
    }
    return fromJson(doc.object(), path);
}

} // namespace idiolect
