// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiKind.h"
#include "PrivacyOperator.h"
#include "common/Expected.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

class QJsonObject;

namespace idiolect {

/** One entry of the user's sensitive keyword list. */
struct SensitiveKeyword
{
    QString
        term; ///< A word or phrase; ALL-CAPS terms of up to 4 letters ("PIN") match case-sensitively.
    KeywordAction action = KeywordAction::DropMessage;

    friend bool operator==(const SensitiveKeyword &, const SensitiveKeyword &) = default;
};

/**
 * @brief Everything the user can choose about detection and anonymization.
 *
 * Plain data, cheap to copy, serializable to JSON so the project file can keep
 * it next to the PseudonymMap. defaults() is what a first run uses: every
 * detector on, pseudonyms for everything, URL domains kept, messages with a
 * sensitive keyword dropped.
 */
struct PrivacyConfig
{
    /** ISO 3166 region for national phone formats ("DE"); empty = the user's own number, then the system locale. */
    QString region;
    /** More regions to try for national formats; empty + regionsFromContacts = the contacts' countries. */
    QStringList extraRegions;
    bool regionsFromContacts = true;
    NameStyle nameStyle = NameStyle::Realistic;
    QStringList extraNames; ///< Names to treat like contact names (user-added).
    QStringList allowList; ///< Words and values never reported (case-insensitive).
    QList<SensitiveKeyword> keywords;
    std::array<PrivacyOperator, kPiiKindCount> operators{};
    std::array<bool, kPiiKindCount> detect{};

    [[nodiscard]] PrivacyOperator operatorFor(PiiKind kind) const
    {
        return operators[size_t(kind)];
    }
    void setOperator(PiiKind kind, PrivacyOperator op) { operators[size_t(kind)] = op; }
    [[nodiscard]] bool isDetected(PiiKind kind) const { return detect[size_t(kind)]; }
    void setDetected(PiiKind kind, bool on) { detect[size_t(kind)] = on; }
    /** Sets one operator for every kind that supports it (the CLI's --anonymize redact). */
    void setAllOperators(PrivacyOperator op);

    /** Every detector on, pseudonymize, URLs keep their domain, keywords drop the message. */
    static PrivacyConfig defaults();
    /** The built-in sensitive keyword list (password, PIN, passport, IBAN, ...). */
    static QList<SensitiveKeyword> defaultKeywords();
    /**
     * Parses keyword lines as a keywords file holds them: "term", "drop: term" or
     * "flag: term" (already stripped of comments by WordListFile).
     */
    static QList<SensitiveKeyword> keywordsFromLines(const QStringList &lines,
                                                     KeywordAction defaultAction);

    [[nodiscard]] QJsonObject toJson() const;
    /** Reads toJson() output; unknown keys are ignored, missing ones keep defaults(). */
    static Expected<PrivacyConfig> fromJson(const QJsonObject &json);

    friend bool operator==(const PrivacyConfig &, const PrivacyConfig &) = default;
};

} // namespace idiolect
