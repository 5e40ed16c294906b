// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DateRange.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace idiolect {

/** The user's verdict on one generated example. */
enum class ReviewStatus : quint8 { Pending, Accepted, Rejected };

QString reviewStatusName(ReviewStatus status);
ReviewStatus reviewStatusFromName(const QString &name);

/** A decision on one example, keyed by the example's stable id. */
struct ReviewDecision
{
    ReviewStatus status = ReviewStatus::Pending;
    /** The user replaced the example's output text with editedOutput (which may be empty). */
    bool edited = false;
    QString editedOutput;

    [[nodiscard]] bool isEdited() const { return edited; }
    [[nodiscard]] bool isDefault() const { return status == ReviewStatus::Pending && !isEdited(); }
    friend bool operator==(const ReviewDecision &, const ReviewDecision &) = default;
};

/** Choices on the Privacy page that persist with the project. */
struct PrivacyChoices
{
    QHash<QString, QString> pseudonyms; ///< person key (PseudonymMap) → name chosen by the user.
    QStringList allowList; ///< Words never treated as names/PII.
    QStringList extraNames; ///< Names the user added to the deny list.
    QHash<QString, QString> hitStatus; ///< hit id → "accepted" / "ignored".
    /** The PseudonymMap of the last run (PseudonymMap::toJson), so numbering stays stable. */
    QJsonObject mapping;

    friend bool operator==(const PrivacyChoices &, const PrivacyChoices &) = default;
};

/**
 * @brief Everything a project remembers besides the export itself.
 *
 * The project file (ProjectFile) stores it; Session holds the live copy.
 * Settings of the generation and export pages are kept as JSON objects
 * owned by those pages so the file format does not change with each new
 * strategy parameter.
 */
struct ProjectState
{
    QString exportPath;
    std::optional<qint64> selfOverride;
    bool lenientImport = false;
    /** thread id → included. Threads without an entry use the default policy. */
    QHash<qint64, bool> threadIncluded;
    DateRange range;
    QJsonObject generation;
    QJsonObject exportOptions;
    /** The user's edits of enrichment additions: {"edits": EnrichmentEdits::toJson()}. */
    QJsonObject enrichment;
    QHash<QString, ReviewDecision> decisions;
    PrivacyChoices privacy;

    friend bool operator==(const ProjectState &, const ProjectState &) = default;
};

} // namespace idiolect
