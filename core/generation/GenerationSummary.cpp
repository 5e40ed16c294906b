// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerationResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QJsonObject counts(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QJsonObject GenerationSummary::toJson(const QJsonObject &styleAnalysis) const
{
    QJsonObject stages;
    for (const auto &[stage, seconds] : stageSeconds)
        stages.insert(stage, seconds);
    return QJsonObject{
        {u"stage_seconds"_s, stages},
        {u"success"_s, true},
        {u"total_examples"_s, totalExamples},
        {u"examples_by_type"_s, counts(examplesByType)},
        {u"examples_by_strategy"_s, counts(examplesByStrategy)},
        {u"style_analysis"_s, styleAnalysis},
        {u"output_path"_s, outputPath},
        {u"processing_time"_s, processingTime},
        {u"enhanced_messages"_s, enhancedMessages},
        {u"messages_read"_s, messagesRead},
        {u"messages_after_filters"_s, messagesAfterFilters},
        {u"threads"_s, threads},
        {u"windows"_s, windows},
        {u"episodes"_s, episodes},
        {u"examples_generated"_s, examplesGenerated},
        {u"examples_after_balance"_s, examplesAfterBalance},
        {u"invalid_examples_dropped"_s, invalidExamplesDropped},
        {u"warnings"_s, QJsonArray::fromStringList(warnings)},
    };
}

} // namespace idiolect
