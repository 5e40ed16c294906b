// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace idiolect {

/**
 * @brief What anonymization does with a hit of one kind.
 *
 * Pseudonymize is the default: the same real value always becomes the same
 * stable pseudonym across the whole dataset (and across runs, through the
 * PseudonymMap), so conversations stay coherent without naming anyone.
 */
enum class PrivacyOperator : quint8 {
    Pseudonymize, ///< "Anna" → "Lena" (or `<PERSON_3>`), "+49 151 …" → `<PHONE_1>`.
    Redact, ///< Replace by the bare kind token: `<PHONE>`.
    Mask, ///< Hide most characters, keep the shape: `+49 *** ******12`.
    Keep, ///< Leave the text; the hit is still reported.
    DropMessage, ///< Remove the whole message from training text.
    KeepDomain, ///< URLs only: keep scheme and host, hide path and query.
};

/** Stable identifier ("pseudonymize", "keep_domain") for JSON and the CLI. */
QString privacyOperatorName(PrivacyOperator op);
/** Parses privacyOperatorName(); std::nullopt for anything else. */
std::optional<PrivacyOperator> privacyOperatorFromName(QStringView name);

/** How pseudonymized names look. */
enum class NameStyle : quint8 {
    Realistic, ///< A realistic replacement name: "Anna Schmidt" → "Lena Weber".
    Numbered, ///< A numbered token: `<PERSON_3>`.
};

QString nameStyleName(NameStyle style);
std::optional<NameStyle> nameStyleFromName(QStringView name);

/** What a sensitive keyword does to the message that contains it. */
enum class KeywordAction : quint8 {
    Flag, ///< Report the message for review; keep it.
    DropMessage, ///< Remove the message from training text.
};

QString keywordActionName(KeywordAction action);
std::optional<KeywordAction> keywordActionFromName(QStringView name);

} // namespace idiolect
