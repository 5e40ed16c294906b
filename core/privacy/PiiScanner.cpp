// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PiiScanner.h"

#include "EmailDetector.h"
#include "IbanDetector.h"
#include "IpAddressDetector.h"
#include "PaymentCardDetector.h"
#include "PhoneDetector.h"
#include "PrivacyConfig.h"
#include "SecretDetector.h"
#include "StreetAddressDetector.h"
#include "TermDetector.h"
#include "TermIndexBuilder.h"
#include "UrlDetector.h"
#include "common/AsciiFind.h"
#include "model/ChatExport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

/** What a text contains, from one pass, to skip detectors that cannot match. */
struct TextProfile
{
    int digits = 0;
    quint32 mask = 0; ///< OR of the CharClass bits of every character.
    [[nodiscard]] bool has(quint32 bits) const { return (mask & bits) != 0; }
};

enum CharClass : quint32 {
    Digit = 1u << 0,
    Upper = 1u << 1,
    At = 1u << 2,
    Dot = 1u << 3,
    Colon = 1u << 4,
    Dash = 1u << 5,
    W = 1u << 6, ///< 'w' or 'W' (of "www.")
    NonAscii = 1u << 7,
    Underscore = 1u << 8,
};

constexpr std::array<quint16, 128> charClasses()
{
    std::array<quint16, 128> t{};
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = Digit;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[size_t(c)] = Upper;
    t[size_t('@')] = At;
    t[size_t('.')] = Dot;
    t[size_t(':')] = Colon;
    t[size_t('-')] = Dash;
    t[size_t('_')] = Underscore;
    t[size_t('w')] = W;
    t[size_t('W')] = W | Upper;
    return t;
}

bool isUnicodeDigit(char16_t u)
{
    return (u >= 0x0660 && u <= 0x0669) || (u >= 0x06F0 && u <= 0x06F9)
        || (u >= 0x0966 && u <= 0x096F) || (u >= 0xFF10 && u <= 0xFF19);
}

TextProfile profile(QStringView text)
{
    static constexpr std::array<quint16, 128> classes = charClasses();
    const char16_t *d = reinterpret_cast<const char16_t *>(text.data());
    const qsizetype n = text.size();
    TextProfile p;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = d[i];
        if (u < 0x80) {
            const quint32 cls = classes[u];
            p.mask |= cls;
            p.digits += int(cls & Digit);
            continue;
        }
        p.mask |= NonAscii;
        if (isUnicodeDigit(u)) { // other scripts' digits (libphonenumber reads them)
            p.mask |= Digit;
            ++p.digits;
        } else if (QChar::isUpper(u)) {
            p.mask |= Upper;
        }
    }
    return p;
}

bool hasLink(QStringView text, const TextProfile &p)
{
    return (p.has(Colon) && text.contains(u"://"))
        || (p.has(W) && p.has(Dot) && asciifind::contains(text, u"www.", 3))
        || (p.has(Dot) && text.contains(u'/')); // "t.me/name"
}

Error unknownRegion(const QString &region)
{
    Error e = Error::make(ErrorCode::InvalidValue,
                          QCoreApplication::translate("idiolect",
                                                      "\"%1\" is not a region phone numbers "
                                                      "can be read for.")
                              .arg(region));
    e.hint = QCoreApplication::translate("idiolect",
                                         "Use a two-letter country code such as DE, US or GB.");
    return e;
}

} // namespace

Expected<PiiScanner> PiiScanner::create(const ChatExport &ex, const PrivacyConfig &config)
{
    PiiScanner s;
    // Region: explicit, else the user's own number, else the system locale.
    QString region = config.region.trimmed().toUpper();
    if (!region.isEmpty() && !PhoneDetector::isSupportedRegion(region))
        return unknownRegion(config.region);
    QMap<QString, int> contactRegions;
    QList<PhoneDetector::KnownNumber> known;
    for (const Recipient &r : ex.recipients) {
        if (r.e164.isEmpty())
            continue;
        known.append({r.e164, r.id});
        const QString rr = PhoneDetector::regionOfNumber(r.e164);
        if (rr.isEmpty())
            continue;
        if (r.isSelf || r.id == ex.self.id) {
            if (region.isEmpty())
                region = rr;
        }
        ++contactRegions[rr];
    }
    if (region.isEmpty()) {
        const QString locale = QLocale::territoryToCode(QLocale::system().territory());
        region = PhoneDetector::isSupportedRegion(locale) ? locale : u"US"_s;
    }
    s.m_region = region;
    for (const QString &r : config.extraRegions) {
        const QString code = r.trimmed().toUpper();
        if (!PhoneDetector::isSupportedRegion(code))
            return unknownRegion(r);
        if (code != region && !s.m_extraRegions.contains(code))
            s.m_extraRegions.append(code);
    }
    if (config.regionsFromContacts) {
        // The contacts' countries, most frequent first (ties by code for determinism), at most 8.
        QList<std::pair<int, QString>> ranked;
        for (auto it = contactRegions.constBegin(); it != contactRegions.constEnd(); ++it)
            ranked.append({-it.value(), it.key()});
        std::sort(ranked.begin(), ranked.end());
        for (const auto &[count, code] : ranked) {
            if (code != region && !s.m_extraRegions.contains(code) && s.m_extraRegions.size() < 8)
                s.m_extraRegions.append(code);
        }
    }

    for (const QString &word : config.allowList)
        s.m_allow.insert(word.simplified().toCaseFolded());
    s.m_terms = std::make_shared<const TermIndex>(TermIndexBuilder::build(ex, config));
    s.m_termDetector = std::make_shared<const TermDetector>(s.m_terms);
    if (config.isDetected(PiiKind::Phone))
        s.m_phone = std::make_shared<const PhoneDetector>(region, s.m_extraRegions, known);
    if (config.isDetected(PiiKind::Email))
        s.m_email = std::make_shared<const EmailDetector>();
    if (config.isDetected(PiiKind::Url))
        s.m_url = std::make_shared<const UrlDetector>();
    if (config.isDetected(PiiKind::IpAddress))
        s.m_ip = std::make_shared<const IpAddressDetector>();
    if (config.isDetected(PiiKind::PaymentCard))
        s.m_card = std::make_shared<const PaymentCardDetector>();
    if (config.isDetected(PiiKind::Iban))
        s.m_iban = std::make_shared<const IbanDetector>();
    if (config.isDetected(PiiKind::Address))
        s.m_address = std::make_shared<const StreetAddressDetector>();
    if (config.isDetected(PiiKind::Secret))
        s.m_secret = std::make_shared<const SecretDetector>();
    return s;
}

std::vector<PiiHit> PiiScanner::scan(QStringView text, const ScanContext &context,
                                     std::vector<PiiHit> seed) const
{
    std::vector<PiiHit> hits = std::move(seed);
    if (text.isEmpty())
        return hits;
    const TextProfile p = profile(text);
    m_termDetector->detect(text, context, hits);
    if (m_phone && p.digits >= 6)
        m_phone->detect(text, context, hits);
    if (m_email && p.has(At))
        m_email->detect(text, context, hits);
    if (m_url && hasLink(text, p))
        m_url->detect(text, context, hits);
    if (m_ip && p.digits >= 4 && p.has(Dot | Colon | Dash))
        m_ip->detect(text, context, hits);
    if (m_card && p.digits >= 12)
        m_card->detect(text, context, hits);
    if (m_iban && p.digits >= 4)
        m_iban->detect(text, context, hits);
    if (m_address && p.digits >= 1 && p.has(Upper))
        m_address->detect(text, context, hits);
    // Every key format has digits and is at least 20 characters long.
    if (m_secret && p.digits >= 1 && text.size() >= 20)
        m_secret->detect(text, context, hits);
    if (hits.empty())
        return hits;
    markPersonalHosts(text, hits);
    if (!m_allow.isEmpty()) {
        std::erase_if(hits, [&](const PiiHit &h) {
            return m_allow.contains(text.mid(h.start, h.length).toString().toCaseFolded());
        });
    }
    resolveOverlaps(hits);
    return hits;
}

void PiiScanner::markPersonalHosts(QStringView text, std::vector<PiiHit> &hits)
{
    // "https://lena-hoffmann.de/kontakt": the longer link wins over the name inside it, and
    // keeping the link's domain would keep the name. Such a link loses its domain too.
    for (PiiHit &url : hits) {
        if (url.kind != PiiKind::Url)
            continue;
        const auto hostEnd = url.start
            + qint32(UrlDetector::schemeAndHost(text.mid(url.start, url.length)).size());
        const bool named = std::any_of(hits.begin(), hits.end(), [&](const PiiHit &h) {
            return h.kind == PiiKind::Name && h.start >= url.start && h.end() <= hostEnd;
        });
        if (named)
            url.rule = kPersonalHostRule;
    }
}

void PiiScanner::resolveOverlaps(std::vector<PiiHit> &hits)
{
    std::vector<PiiHit> keywords;
    std::vector<PiiHit> candidates;
    for (PiiHit &h : hits)
        (h.kind == PiiKind::Keyword ? keywords : candidates).push_back(std::move(h));
    std::stable_sort(candidates.begin(), candidates.end(), [](const PiiHit &a, const PiiHit &b) {
        if (a.length != b.length)
            return a.length > b.length;
        if (piiKindPriority(a.kind) != piiKindPriority(b.kind))
            return piiKindPriority(a.kind) > piiKindPriority(b.kind);
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        return a.start < b.start;
    });
    hits.clear();
    for (PiiHit &c : candidates) {
        const bool clash
            = std::any_of(hits.begin(), hits.end(), [&](const PiiHit &h) { return h.overlaps(c); });
        if (!clash)
            hits.push_back(std::move(c));
    }
    // Two keywords can share a span ("PIN" and "pin code"); keep each span once.
    for (PiiHit &k : keywords) {
        const bool duplicate = std::any_of(hits.begin(), hits.end(), [&](const PiiHit &h) {
            return h.kind == PiiKind::Keyword && h.start == k.start && h.length == k.length;
        });
        if (!duplicate)
            hits.push_back(std::move(k));
    }
    std::stable_sort(hits.begin(), hits.end(), [](const PiiHit &a, const PiiHit &b) {
        return a.start != b.start ? a.start < b.start : a.kind < b.kind;
    });
}

QSet<QString> PiiScanner::realNameWords() const
{
    return m_terms->nameWords();
}

} // namespace idiolect
