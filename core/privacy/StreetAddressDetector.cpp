// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreetAddressDetector.h"

#include "PiiRules.h"

#include <QSet>
#include <QString>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

using Item = StreetAddressDetector::Item;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

void tokenize(QStringView text, std::vector<Item> &items)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool joined = false;
    bool comma = false;
    while (i < n) {
        const QChar c = text[i];
        if (c == u' ' || c == QChar(0x00A0)) {
            ++i;
            continue;
        }
        if (c == u',') {
            comma = true;
            ++i;
            continue;
        }
        Item item;
        item.start = qint32(i);
        item.joined = joined;
        item.comma = comma;
        if (isAsciiDigit(c)) {
            item.number = true;
            while (i < n && isAsciiDigit(text[i]))
                ++i;
            const QStringView rest = text.mid(i, 3);
            const bool ordinal = rest.size() >= 2 && (rest.size() == 2 || !rest[2].isLetter())
                && (rest.startsWith(u"st") || rest.startsWith(u"nd") || rest.startsWith(u"rd")
                    || rest.startsWith(u"th"));
            if (ordinal)
                i += 2; // "5th"
            else if (i < n && text[i].isLetter() && (i + 1 >= n || !text[i + 1].isLetter()))
                ++i; // "12a", "221B"
            else if (i < n && text[i].isLetter())
                item.glued = true; // "120GB": a quantity, not a house number
        } else if (c.isLetter()) {
            const qsizetype wordStart = i;
            while (i < n
                   && (text[i].isLetter() || text[i].isMark()
                       || ((text[i] == u'-' || text[i] == u'\'' || text[i] == QChar(0x2019))
                           && i + 1 < n && text[i + 1].isLetter())))
                ++i;
            // Title case only: "Baker", "St."; acronyms such as "SATA" or "VIA" are not street names.
            const QStringView word = text.mid(wordStart, i - wordStart);
            item.capitalized = (c.isUpper() || c.isTitleCase())
                && (word.size() == 1 || std::any_of(word.begin() + 1, word.end(), [](QChar x) {
                                   return x.isLower();
                               }));
            if (i < n && text[i] == u'.')
                ++i; // abbreviations: "Str.", "St."
        } else {
            ++i;
            joined = false;
            comma = false;
            continue;
        }
        item.end = qint32(i);
        if (!items.empty() && items.back().end == item.start)
            item.glued = true;
        items.push_back(item);
        joined = true;
        comma = false;
    }
}

QString folded(QStringView text, const Item &item)
{
    return text.mid(item.start, item.end - item.start).toString().toCaseFolded();
}

bool isHouseNumber(QStringView text, const Item &item)
{
    return item.number && !item.glued && item.end - item.start <= 5 && text[item.start] != u'0';
}

bool isUnit(const QString &word)
{
    static const QSet<QString> units
        = {u"uhr"_s,  u"h"_s,       u"min"_s,      u"mal"_s,     u"x"_s,     u"euro"_s,
           u"eur"_s,  u"leute"_s,   u"personen"_s, u"people"_s,  u"stück"_s, u"km"_s,
           u"m"_s,    u"kg"_s,      u"prozent"_s,  u"jahre"_s,   u"years"_s, u"tage"_s,
           u"days"_s, u"minuten"_s, u"minutes"_s,  u"stunden"_s, u"hours"_s, u"pm"_s,
           u"am"_s,   u"times"_s,   u"punkte"_s,   u"points"_s,  u"grad"_s,  u"degrees"_s};
    return units.contains(word);
}

// German/Dutch/Scandinavian street words that end a street name.
int streetSuffixLength(const QString &word)
{
    static const QStringView suffixes[]
        = {u"straße", u"strasse", u"str.",   u"weg",      u"allee", u"platz", u"gasse",
           u"ring",   u"damm",    u"ufer",   u"chaussee", u"steig", u"pfad",  u"graben",
           u"markt",  u"gracht",  u"straat", u"laan",     u"plein", u"kade",  u"steeg",
           u"dijk",   u"singel",  u"vej",    u"gatan",    u"vägen", u"veien"};
    for (QStringView s : suffixes) {
        if (word.endsWith(s))
            return int(s.size());
    }
    return 0;
}

bool isEnglishType(const QString &word, bool capitalized)
{
    static const QSet<QString> full
        = {u"street"_s,  u"avenue"_s,  u"road"_s,    u"lane"_s,     u"boulevard"_s,
           u"drive"_s,   u"court"_s,   u"terrace"_s, u"crescent"_s, u"square"_s,
           u"parkway"_s, u"highway"_s, u"close"_s,   u"place"_s,    u"way"_s,
           u"gardens"_s, u"grove"_s,   u"mews"_s,    u"row"_s};
    static const QSet<QString> abbreviated
        = {u"st"_s,  u"st."_s,  u"ave"_s,   u"ave."_s, u"rd"_s,   u"rd."_s, u"ln"_s,
           u"ln."_s, u"blvd"_s, u"blvd."_s, u"dr"_s,   u"dr."_s,  u"ct"_s,  u"ct."_s,
           u"pl"_s,  u"pl."_s,  u"sq"_s,    u"sq."_s,  u"pkwy"_s, u"hwy"_s};
    if (full.contains(word))
        return true;
    return capitalized && abbreviated.contains(word);
}

bool isFrenchType(const QString &word)
{
    static const QSet<QString> types
        = {u"rue"_s,    u"avenue"_s, u"av."_s,     u"boulevard"_s, u"bd"_s,    u"place"_s,
           u"chemin"_s, u"allée"_s,  u"impasse"_s, u"quai"_s,      u"route"_s, u"cours"_s};
    return types.contains(word);
}

bool isPrefixType(const QString &word)
{
    static const QSet<QString> types
        = {u"via"_s,   u"viale"_s,  u"piazza"_s, u"corso"_s, u"calle"_s, u"avenida"_s,
           u"plaza"_s, u"carrer"_s, u"rua"_s,    u"paseo"_s, u"largo"_s, u"travessa"_s};
    return types.contains(word);
}

bool isParticle(const QString &word)
{
    static const QSet<QString> particles
        = {u"de"_s,  u"du"_s,  u"des"_s,   u"la"_s,  u"le"_s,   u"les"_s, u"l'"_s,
           u"d'"_s,  u"del"_s, u"della"_s, u"di"_s,  u"da"_s,   u"do"_s,  u"dos"_s,
           u"das"_s, u"las"_s, u"los"_s,   u"san"_s, u"santa"_s};
    return particles.contains(word);
}

bool isOrdinal(QStringView text, const Item &item)
{
    const QStringView w = text.mid(item.start, item.end - item.start);
    return w.size() >= 3 && w.front().isDigit()
        && (w.endsWith(u"st") || w.endsWith(u"nd") || w.endsWith(u"rd") || w.endsWith(u"th"));
}

// ", 10115 Berlin" or " 75001 Paris" after an address.
qint32 extendWithPostcode(QStringView text, const std::vector<Item> &items, size_t next, qint32 end)
{
    if (next + 1 >= items.size())
        return end;
    const Item &code = items[next];
    const Item &city = items[next + 1];
    const qint32 digits = code.end - code.start;
    if (!code.number || (digits != 4 && digits != 5) || !code.joined || !city.joined || city.number
        || !city.capitalized || !text.mid(code.start, digits).front().isDigit())
        return end;
    return city.end;
}

void addHit(QStringView text, qint32 start, qint32 end, QLatin1StringView rule, float confidence,
            std::vector<PiiHit> &out)
{
    out.push_back(PiiHit{start, end - start, PiiKind::Address, NamePart::None, confidence, rule, 0,
                         text.mid(start, end - start).toString().simplified().toCaseFolded()});
}

} // namespace

void StreetAddressDetector::detect(QStringView text, const ScanContext &,
                                   std::vector<PiiHit> &out) const
{
    thread_local std::vector<Item> items;
    items.clear();
    tokenize(text, items);
    for (size_t j = 0; j < items.size(); ++j) {
        const Item &num = items[j];
        if (!isHouseNumber(text, num))
            continue;
        const bool unitAfter
            = j + 1 < items.size() && items[j + 1].joined && isUnit(folded(text, items[j + 1]));
        // 1) "Hauptstraße 12", "Berliner Straße 5".
        if (j >= 1 && num.joined && !num.comma && !unitAfter && !items[j - 1].number
            && items[j - 1].capitalized) {
            const QString w = folded(text, items[j - 1]);
            const int suffix = streetSuffixLength(w);
            const bool longEnough = w.size() >= suffix + (suffix <= 4 ? 3 : 1);
            qint32 start = items[j - 1].start;
            bool ok = suffix > 0 && longEnough;
            if (suffix > 0 && !longEnough && j >= 2 && items[j - 1].joined && !items[j - 1].comma
                && items[j - 2].capitalized && !items[j - 2].number) {
                start = items[j - 2].start;
                ok = true;
            }
            if (ok) {
                addHit(text, start, extendWithPostcode(text, items, j + 1, num.end),
                       rules::AddressStreetSuffix, 0.85f, out);
                continue;
            }
        }
        // 2) "221B Baker Street", "5 Main St", "350 5th Avenue".
        size_t k = j + 1;
        while (k < items.size() && k - j <= 3 && items[k].joined && !items[k].comma
               && (items[k].capitalized || isOrdinal(text, items[k]))
               && !isEnglishType(folded(text, items[k]), true))
            ++k;
        if (k > j + 1 && k < items.size() && items[k].joined && !items[k].comma
            && items[k].capitalized && isEnglishType(folded(text, items[k]), true)) {
            addHit(text, num.start, extendWithPostcode(text, items, k + 1, items[k].end),
                   rules::AddressNumberFirst, 0.85f, out);
            j = k;
            continue;
        }
        // 3) "12 rue de la Paix", "3 bis, avenue Foch".
        k = j + 1;
        if (k < items.size() && items[k].joined
            && (folded(text, items[k]) == u"bis" || folded(text, items[k]) == u"ter"))
            ++k;
        if (k + 1 < items.size() && items[k].joined && isFrenchType(folded(text, items[k]))) {
            size_t last = 0;
            for (size_t m = k + 1; m < items.size() && m - k <= 6 && items[m].joined
                 && !items[m].comma && !items[m].number;
                 ++m) {
                if (items[m].capitalized)
                    last = m;
                else if (!isParticle(folded(text, items[m])))
                    break;
            }
            if (last > 0) {
                addHit(text, num.start, extendWithPostcode(text, items, last + 1, items[last].end),
                       rules::AddressNumberFirst, 0.85f, out);
                j = last;
                continue;
            }
        }
        // 4) "Via Roma 12", "Calle Mayor 5", "Rua das Flores 20".
        if (num.joined && !num.comma && !unitAfter && j >= 2) {
            size_t m = j - 1;
            bool names = false;
            while (m > 0 && j - m <= 4 && items[m].joined && !items[m].comma && !items[m].number
                   && (items[m].capitalized || isParticle(folded(text, items[m])))) {
                names = names || items[m].capitalized;
                if (items[m - 1].capitalized && isPrefixType(folded(text, items[m - 1])))
                    break;
                --m;
            }
            if (names && m > 0 && items[m].joined && isPrefixType(folded(text, items[m - 1]))
                && items[m - 1].capitalized) {
                addHit(text, items[m - 1].start, extendWithPostcode(text, items, j + 1, num.end),
                       rules::AddressStreetWord, 0.75f, out);
            }
        }
    }
}

} // namespace idiolect
