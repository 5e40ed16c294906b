// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiDetector.h"
#include "common/Expected.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace idiolect {

class ChatExport;
class EmailDetector;
class IbanDetector;
class IpAddressDetector;
class PaymentCardDetector;
class PhoneDetector;
class SecretDetector;
class StreetAddressDetector;
class TermDetector;
class TermIndex;
class UrlDetector;
struct PrivacyConfig;

/**
 * @brief All detectors of one configuration, run together on one text.
 *
 * scan() profiles the text once (digits, '@', ':', long key-like runs) and
 * runs only the detectors that can possibly match, then drops allow-listed
 * values and resolves overlaps: the longer hit wins, then the kind with the
 * higher piiKindPriority(). Keyword hits never replace text and are kept
 * besides. Immutable once created; scan() is safe to call from many threads.
 */
class PiiScanner final
{
public:
    /**
     * Seeds names and known numbers from @p ex and settles the phone regions:
     * config.region, else the region of the user's own number, else the system
     * locale's, else "US". Fails for regions libphonenumber does not know.
     */
    static Expected<PiiScanner> create(const ChatExport &ex, const PrivacyConfig &config);

    /** Hits in @p text sorted by start; @p seed adds hits found elsewhere (mentions). */
    [[nodiscard]] std::vector<PiiHit> scan(QStringView text, const ScanContext &context,
                                           std::vector<PiiHit> seed = {}) const;

    [[nodiscard]] const QString &region() const { return m_region; }
    [[nodiscard]] const QStringList &extraRegions() const { return m_extraRegions; }
    /** Folded words of every real name, which pseudonyms must never reuse. */
    [[nodiscard]] QSet<QString> realNameWords() const;

    /** Keeps non-keyword hits that do not overlap a longer or higher-priority one. */
    static void resolveOverlaps(std::vector<PiiHit> &hits);
    /** The rule of a link whose domain holds a name: its domain is not kept either. */
    static constexpr QLatin1StringView kPersonalHostRule{"url.personal_host"};
    /** Marks the links of @p hits whose scheme and host contain a name hit. */
    static void markPersonalHosts(QStringView text, std::vector<PiiHit> &hits);

private:
    PiiScanner() = default;

    QString m_region;
    QStringList m_extraRegions;
    QSet<QString> m_allow;
    std::shared_ptr<const TermIndex> m_terms;
    std::shared_ptr<const TermDetector> m_termDetector;
    std::shared_ptr<const PhoneDetector> m_phone;
    std::shared_ptr<const EmailDetector> m_email;
    std::shared_ptr<const UrlDetector> m_url;
    std::shared_ptr<const IpAddressDetector> m_ip;
    std::shared_ptr<const PaymentCardDetector> m_card;
    std::shared_ptr<const IbanDetector> m_iban;
    std::shared_ptr<const StreetAddressDetector> m_address;
    std::shared_ptr<const SecretDetector> m_secret;
};

} // namespace idiolect
