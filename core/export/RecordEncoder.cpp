// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordEncoder.h"

#include "JsonWriter.h"
#include "RenderedExample.h"
#include "generation/Example.h"
#include "model/TextLayer.h"

#include <cstdio>

namespace idiolect {

namespace {

const char *roleName(ChatRole role, DatasetFormat format)
{
    const bool sharegpt = format == DatasetFormat::ShareGpt;
    switch (role) {
    case ChatRole::System: return "system";
    case ChatRole::User: return sharegpt ? "human" : "user";
    case ChatRole::Assistant: return sharegpt ? "gpt" : "assistant";
    }
    return "user";
}

/** "2024-03-31T01:00:00.000Z" for UTC ms (civil-from-days, no QDateTime per row). */
void isoUtc(qint64 ms, char (&buf)[96])
{
    const qint64 dayMs = 86'400'000;
    qint64 days = ms >= 0 ? ms / dayMs : -((-ms + dayMs - 1) / dayMs);
    qint64 rest = ms - days * dayMs;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const qint64 h = rest / 3'600'000;
    rest %= 3'600'000;
    const qint64 min = rest / 60'000;
    rest %= 60'000;
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ",
                  static_cast<long long>(year), static_cast<long long>(month),
                  static_cast<long long>(day), static_cast<long long>(h),
                  static_cast<long long>(min), static_cast<long long>(rest / 1000),
                  static_cast<long long>(rest % 1000));
}

} // namespace

void RecordEncoder::encode(JsonWriter &json, const RenderedExample &r, const Example &example,
                           const TextLayer &layer, DatasetFormat format, MetadataLevel metadata)
{
    json.beginObject();
    if (format == DatasetFormat::Alpaca) {
        json.key("instruction");
        json.value(QStringView(r.instruction));
        json.key("input");
        json.value(QStringView(r.input));
        json.key("output");
        json.value(QStringView(r.output));
        if (!r.system.isEmpty()) {
            json.key("system");
            json.value(QStringView(r.system));
        }
    } else {
        const bool sharegpt = format == DatasetFormat::ShareGpt;
        json.key(sharegpt ? "conversations" : "messages");
        json.beginArray();
        for (const ChatTurn &turn : r.turns) {
            json.beginObject();
            json.key(sharegpt ? "from" : "role");
            json.value(roleName(turn.role, format));
            json.key(sharegpt ? "value" : "content");
            json.value(QStringView(turn.content));
            if (turn.weight >= 0 && turn.role == ChatRole::Assistant) {
                json.key("weight");
                json.value(turn.weight);
            }
            json.endObject();
        }
        json.endArray();
    }
    if (metadata != MetadataLevel::None) {
        json.key("metadata");
        encodeMetadata(json, example, layer, metadata);
    }
    json.endObject();
}

void RecordEncoder::encodeMetadata(JsonWriter &json, const Example &e, const TextLayer &layer,
                                   MetadataLevel level)
{
    const MessageStore &store = layer.chatExport().messages;
    const ExampleMetadata &m = e.meta;
    json.beginObject();
    json.key("id");
    char id[17];
    std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(e.id));
    json.value(id);
    json.key("type");
    json.value(QStringView(exampleTypeName(e.type)));
    json.key("thread_id");
    json.value(e.threadId);
    json.key("message_ids");
    json.beginArray();
    for (const ExampleMessage &msg : e.context)
        json.value(store.id(msg.index));
    for (const ExampleMessage &msg : e.targets)
        json.value(store.id(msg.index));
    json.endArray();
    if (level != MetadataLevel::Full) {
        json.endObject();
        return;
    }
    json.key("strategy");
    json.value(QStringView(strategyName(e.strategy())));
    json.key("partner");
    json.value(QStringView(e.partner));
    json.key("context_size");
    json.value(qint64(e.context.size()));
    json.key("target_count");
    json.value(qint64(e.targets.size()));
    json.key("timestamp");
    const qint64 time = e.targets.empty() ? 0 : store.dateSent(e.targets.front().index);
    char iso[96];
    isoUtc(time, iso);
    json.value(iso);
    json.key("momentum");
    json.value(QStringView(m.momentum ? momentumName(*m.momentum) : QString()));
    json.key("response_delay");
    json.value(m.responseDelay);
    json.key("avg_time_gap");
    json.value(m.avgTimeGap);
    json.key("burst_size");
    json.value(m.burstSize);
    json.key("avg_time_between");
    json.value(m.avgTimeBetween);
    json.key("partner_style");
    json.value(QStringView(m.partnerStyle ? partnerStyleName(*m.partnerStyle) : QString()));
    json.key("your_usual_style");
    json.value(QStringView(m.yourUsualStyle));
    json.key("adaptation_level");
    json.value(m.adaptationLevel);
    json.key("style_difference");
    json.value(m.styleDifference);
    json.key("split_ratio");
    json.value(m.splitRatio);
    json.key("answer_delay");
    json.value(m.answerDelay);
    json.key("has_media");
    json.value(m.hasMedia);
    json.endObject();
}

} // namespace idiolect
