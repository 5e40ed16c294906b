// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiDetector.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace idiolect {

/**
 * @brief Finds phone numbers with Google's libphonenumber.
 *
 * libphonenumber is exact but costs microseconds per call, so a prefilter
 * first finds digit clusters ("+49 (0)30 1234-56", "0151.234.567") with at
 * least seven digits, drops shapes that are never phone numbers (dates, IPv4
 * addresses, dotted thousands), and only tries a region when the cluster
 * starts the way national numbers there start (trunk prefix "0", or ten digits
 * in North America). Surviving clusters are parsed and must be valid numbers
 * in the national numbering plan (which rules out prices, order numbers and
 * scores); long clusters that may hold two numbers or stray digits go to
 * libphonenumber's PhoneNumberMatcher with a little context.
 * Order/invoice/tracking labels right before a national-format number veto it.
 * Contacts' own numbers are matched digit-for-digit in any formatting; national
 * formats are tried in the default region first, then in the extra regions
 * (by default the countries of the contacts' numbers); "+..." numbers that are
 * merely possible (numbering-plan gaps, fictional ranges) count with lower
 * confidence, and so do grouped national numbers with a trunk "0" and 10–12
 * digits that are possible in one of the regions. libphonenumber reports UTF-8 byte offsets; they are converted to
 * UTF-16 offsets here.
 */
class PhoneDetector final : public PiiDetector
{
public:
    /** A contact's number, as stored in the recipient table ("+4915112345678"). */
    struct KnownNumber
    {
        QString e164;
        qint64 recipientId = 0;
    };

    PhoneDetector(const QString &region, const QStringList &extraRegions,
                  const QList<KnownNumber> &known);

    void detect(QStringView text, const ScanContext &context,
                std::vector<PiiHit> &out) const override;

    /** True if libphonenumber knows @p region (ISO 3166 alpha-2, e.g. "DE"). */
    static bool isSupportedRegion(const QString &region);
    /** The region of a number in E.164 ("+4930..." → "DE"); empty if unknown. */
    static QString regionOfNumber(const QString &e164);

    /** A run of digits and phone separators in a text (UTF-16 offsets). */
    struct Cluster
    {
        qint32 start = 0;
        qint32 end = 0;
        int digits = 0;
        bool international = false; ///< Starts with '+' or "00".
    };
    /** The prefilter: every cluster of six or more digits. */
    static void findClusters(QStringView text, std::vector<Cluster> &out);

    /** True for clusters that are never phone numbers: dates, IPv4 shapes, "1.234.567". */
    static bool isNonPhoneShape(QStringView cluster);

private:
    struct Region
    {
        std::string code;
        std::string nationalPrefix; ///< "0" in DE, GB, FR, IN; "1" in NANPA (rarely written).
        bool nanpa = false;
    };

    bool fitsRegion(QStringView cluster, const Cluster &c, const Region &region) const;
    bool matchKnown(QStringView text, const Cluster &c, std::vector<PiiHit> &out) const;
    bool matchParsed(QStringView text, const Cluster &c, const Region &region, float confidence,
                     QLatin1StringView rule, std::vector<PiiHit> &out) const;
    bool matchInContext(QStringView text, const Cluster &c, const std::string &region,
                        float confidence, QLatin1StringView rule, std::vector<PiiHit> &out) const;
    bool matchPossible(QStringView text, const Cluster &c, std::vector<PiiHit> &out) const;
    bool matchPossibleNational(QStringView text, const Cluster &c, std::vector<PiiHit> &out) const;

    std::vector<Region> m_regions; ///< The default region first, then the extra ones.
    QHash<QString, KnownNumber> m_known; ///< Digit forms of the contacts' numbers.
};

} // namespace idiolect
