// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TermIndexBuilder.h"

#include "NameData.h"
#include "PrivacyConfig.h"
#include "WordTokenizer.h"
#include "model/ChatExport.h"

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

bool isAllCapsShort(QStringView term)
{
    if (term.size() > 4 || term.size() < 2)
        return false;
    for (QChar c : term) {
        if (!c.isUpper())
            return false;
    }
    return true;
}

QStringList splitWords(QStringView value)
{
    QStringList out;
    WordTokenizer tokenizer(value);
    WordToken token;
    while (tokenizer.next(&token))
        out.append(value.mid(token.start, token.length()).toString());
    return out;
}

QString foldedWord(QStringView word)
{
    QString out;
    WordTokenizer::fold(word, true, &out);
    return out;
}

} // namespace

QString TermIndexBuilder::personKey(const Recipient &r)
{
    if (!r.aci.isEmpty())
        return u"aci:"_s + r.aci.toLower();
    if (!r.e164.isEmpty())
        return u"tel:"_s + r.e164;
    if (!r.groupId.isEmpty())
        return u"group:"_s + r.groupId;
    return u"name:"_s + r.displayName.toCaseFolded();
}

QString TermIndexBuilder::userNameKey(QStringView name)
{
    return u"user:"_s + name.toString().simplified().toCaseFolded();
}

void TermIndexBuilder::addWords(TermIndex &index, QStringView value, TermEntry entry, bool joined)
{
    const QStringList words = splitWords(value);
    if (words.isEmpty())
        return;
    if (words.size() > 1) {
        TermEntry full = entry;
        full.part = NamePart::Full;
        index.add(value, full);
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words[i];
        const QString folded = foldedWord(word);
        if (folded.size() < 2)
            continue;
        TermEntry e = entry;
        if (joined && words.size() > 1)
            e.part = i + 1 == words.size() ? NamePart::Family : NamePart::Given;
        e.capitalizedOnly = folded.size() == 2 || NameData::ambiguousNames().contains(folded);
        index.add(word, e);
        if (e.part != NamePart::Given)
            continue;
        for (const QStringList &group : NameData::diminutiveGroups()) {
            if (!group.contains(folded))
                continue;
            for (const QString &alias : group) {
                if (alias == folded)
                    continue;
                TermEntry d = e;
                d.source = TermEntry::Source::Diminutive;
                d.capitalizedOnly = alias.size() <= 2 || NameData::ambiguousNames().contains(alias);
                index.add(alias, d);
            }
        }
    }
}

void TermIndexBuilder::addUsername(TermIndex &index, const QString &username,
                                   const TermEntry &entry)
{
    // Signal usernames are "name.42": index the first word with the rest as a required suffix.
    const QString value = username.trimmed();
    WordTokenizer tokenizer(value);
    WordToken first;
    if (!tokenizer.next(&first) || first.start != 0 || first.end >= value.size())
        return;
    TermEntry e = entry;
    e.part = NamePart::Given;
    e.capitalizedOnly = false;
    e.suffix = value.mid(first.end).toCaseFolded();
    index.add(QStringView(value).left(first.end), e);
}

void TermIndexBuilder::addPerson(TermIndex &index, const Recipient &r)
{
    TermEntry entry;
    entry.source = TermEntry::Source::Contact;
    entry.recipientId = r.id;
    entry.key = personKey(r);
    const auto given = [&](const QString &v) {
        entry.part = NamePart::Given;
        addWords(index, v, entry, false);
    };
    const auto family = [&](const QString &v) {
        entry.part = NamePart::Family;
        addWords(index, v, entry, false);
    };
    const auto joined = [&](const QString &v) {
        entry.part = NamePart::Given;
        addWords(index, v, entry, true);
    };
    joined(r.nicknameJoined);
    joined(r.systemJoined);
    joined(r.profileJoined);
    given(r.nicknameGiven);
    given(r.systemGiven);
    given(r.profileGiven);
    given(r.systemNickname);
    given(r.username);
    addUsername(index, r.username, entry);
    family(r.nicknameFamily);
    family(r.systemFamily);
    family(r.profileFamily);
    // "Given Family" pairs are full names even when the export has no joined field.
    for (const auto &[g, f] : {std::pair{&r.nicknameGiven, &r.nicknameFamily},
                               std::pair{&r.systemGiven, &r.systemFamily},
                               std::pair{&r.profileGiven, &r.profileFamily}}) {
        if (!g->trimmed().isEmpty() && !f->trimmed().isEmpty()) {
            entry.part = NamePart::Full;
            index.add(QString(g->trimmed() + u' ' + f->trimmed()), entry);
        }
    }
    // Values not covered above (a field the model gains later) still count as names.
    for (const QString &value : r.nameValues()) {
        if (value != r.groupTitle)
            joined(value);
    }
}

TermIndex TermIndexBuilder::build(const ChatExport &ex, const PrivacyConfig &config)
{
    TermIndex index;
    QSet<QString> blocked = NameData::kinshipTerms();
    for (const QString &word : config.allowList)
        blocked.insert(word.simplified().toCaseFolded());
    index.setBlockedWords(blocked);

    if (config.isDetected(PiiKind::Name)) {
        for (const Recipient &r : ex.recipients) {
            if (r.kind == RecipientKind::DistributionList || r.kind == RecipientKind::CallLink
                || r.kind == RecipientKind::ReleaseNotes)
                continue;
            if (r.isGroup()) {
                const QString title = r.groupTitle.trimmed();
                if (title.isEmpty())
                    continue;
                TermEntry entry;
                entry.source = TermEntry::Source::Group;
                entry.part = NamePart::Full;
                entry.recipientId = r.id;
                entry.key = personKey(r);
                entry.capitalizedOnly = splitWords(title).size() < 2;
                index.add(title, entry);
                continue;
            }
            addPerson(index, r);
        }
        for (const QString &name : config.extraNames) {
            TermEntry entry;
            entry.source = TermEntry::Source::User;
            entry.key = userNameKey(name);
            entry.part = NamePart::Given;
            addWords(index, name, entry, true);
        }
    }
    if (config.isDetected(PiiKind::Keyword)) {
        for (const SensitiveKeyword &k : config.keywords) {
            TermEntry entry;
            entry.source = TermEntry::Source::Keyword;
            entry.part = NamePart::None;
            entry.exactCase = isAllCapsShort(k.term);
            entry.action = k.action;
            entry.key = k.term;
            index.add(k.term, entry);
        }
    }
    return index;
}

} // namespace idiolect
