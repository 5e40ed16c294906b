// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiHit.h"
#include "PrivacyOperator.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

class QJsonObject;

namespace idiolect {

/**
 * @brief The mapping real value → pseudonym that keeps anonymization stable.
 *
 * The same person always gets the same pseudonym ("Anna", "Anna Schmidt" and
 * "Annas" all become forms of "Lena Hartmann"), the same phone number the
 * same `<PHONE_n>`, across the whole dataset and across runs once the map is
 * saved and loaded again. New entries are numbered in the order they are first
 * needed, and realistic names are picked from NameData's pools by that number
 * alone (never from the real value, so nothing can be derived back), skipping
 * every word of every real name in the export.
 *
 * The map holds real names and numbers: it is never written into a dataset;
 * the user decides where it is stored (project file via toJson(), or save()).
 * Not thread-safe: PrivacyJob fills it in one sequential pass.
 */
class PseudonymMap final
{
    Q_DECLARE_TR_FUNCTIONS(PseudonymMap)

public:
    struct Entry
    {
        PiiKind kind = PiiKind::Name;
        QString key; ///< Person key (TermIndexBuilder::personKey) or canonical value.
        QString label; ///< What the user sees in the mapping table (the real name or value).
        int number = 0; ///< 1-based within its category (persons, groups, or the kind).
        bool group = false; ///< A group title rather than a person.
        QString given; ///< Realistic replacement, persons only.
        QString family;
    };

    /** The entry of a person or group, created on first use. */
    const Entry &person(const QString &key, const QString &label, bool group);
    /** The entry of a non-name value (phone, e-mail, ...), created on first use. */
    const Entry &value(PiiKind kind, const QString &canonical);
    /** Nullptr if the key has no entry yet. */
    [[nodiscard]] const Entry *find(PiiKind kind, const QString &key) const;
    /**
     * Replaces the realistic name of the person @p key by one the user chose
     * ("Maria Weber": given "Maria", family "Weber"; one word leaves the family
     * name empty). Returns false if there is no such person entry (groups and
     * other kinds keep their numbered pseudonyms) or @p given is empty.
     */
    bool setPersonName(const QString &key, const QString &given, const QString &family);

    /** The replacement text for @p entry under pseudonymization. */
    [[nodiscard]] static QString pseudonym(const Entry &entry, NamePart part, NameStyle style);

    /** Words (folded) that realistic pseudonyms must not use: every real name word. */
    void reserveWords(const QSet<QString> &foldedWords);

    [[nodiscard]] const std::vector<Entry> &entries() const { return m_entries; }
    [[nodiscard]] qsizetype size() const { return qsizetype(m_entries.size()); }
    [[nodiscard]] bool isEmpty() const { return m_entries.empty(); }

    /** For the project file. Contains real values: store it only where the user chose. */
    [[nodiscard]] QJsonObject toJson() const;
    static Expected<PseudonymMap> fromJson(const QJsonObject &json, const QString &file = {});
    /** Writes toJson() through QSaveFile, readable by the owner only. */
    [[nodiscard]] Status save(const QString &path) const;
    static Expected<PseudonymMap> load(const QString &path);

private:
    static QString indexKey(PiiKind kind, const QString &key);
    void pickRealisticName(Entry &entry);
    int nextNumber(PiiKind kind, bool group);
    void insert(Entry entry);

    std::vector<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
    QHash<QString, int> m_lastNumber;
    QSet<QString> m_reserved;
    QSet<QString> m_usedNames;
};

} // namespace idiolect
