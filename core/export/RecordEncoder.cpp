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
    if (year >= 0 && year <= 9999) {
        // The common case without snprintf (it showed in the profile of every written row).
        const auto digits = [](char *out, qint64 value, int width) {
            for (int i = width - 1; i >= 0; --i, value /= 10)
                out[i] = char('0' + value % 10);
        };
        digits(buf, year, 4);
        buf[4] = '-';
        digits(buf + 5, month, 2);
        buf[7] = '-';
        digits(buf + 8, day, 2);
        buf[10] = 'T';
        digits(buf + 11, h, 2);
        buf[13] = ':';
        digits(buf + 14, min, 2);
        buf[16] = ':';
        digits(buf + 17, rest / 1000, 2);
        buf[19] = '.';
        digits(buf + 20, rest % 1000, 3);
        buf[23] = 'Z';
        buf[24] = '\0';
        return;
    }
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
        json.member("instruction", r.instruction);
        json.member("input", r.input);
        json.member("output", r.output);
        if (!r.system.isEmpty())
            json.member("system", r.system);
    } else {
        const bool sharegpt = format == DatasetFormat::ShareGpt;
        json.key(sharegpt ? "conversations" : "messages");
        json.beginArray();
        for (const ChatTurn &turn : r.turns) {
            json.beginObject();
            json.member(sharegpt ? "from" : "role", roleName(turn.role, format));
            json.member(sharegpt ? "value" : "content", turn.content);
            if (turn.weight >= 0 && turn.role == ChatRole::Assistant)
                json.member("weight", turn.weight);
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
    char id[17];
    for (int i = 15, shift = 0; i >= 0; --i, shift += 4)
        id[i] = "0123456789abcdef"[(e.id >> shift) & 0xF];
    id[16] = '\0';
    json.member("id", static_cast<const char *>(id));
    json.member("type", exampleTypeName(e.type));
    json.member("thread_id", e.threadId);
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
    json.member("strategy", strategyName(e.strategy()));
    json.member("partner", e.partner);
    json.member("context_size", qint64(e.context.size()));
    json.member("target_count", qint64(e.targets.size()));
    const qint64 time = e.targets.empty() ? 0 : store.dateSent(e.targets.front().index);
    char iso[96];
    isoUtc(time, iso);
    json.member("timestamp", static_cast<const char *>(iso));
    json.member("momentum", m.momentum ? momentumName(*m.momentum) : QString());
    json.member("response_delay", m.responseDelay);
    json.member("avg_time_gap", m.avgTimeGap);
    json.member("burst_size", m.burstSize);
    json.member("avg_time_between", m.avgTimeBetween);
    json.member("partner_style", m.partnerStyle ? partnerStyleName(*m.partnerStyle) : QString());
    json.member("your_usual_style", m.yourUsualStyle);
    json.member("adaptation_level", m.adaptationLevel);
    json.member("style_difference", m.styleDifference);
    json.member("split_ratio", m.splitRatio);
    json.member("answer_delay", m.answerDelay);
    json.member("has_media", m.hasMedia);
    json.endObject();
}

} // namespace idiolect
