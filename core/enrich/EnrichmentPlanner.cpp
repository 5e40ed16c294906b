// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentPlanner.h"

#include "EnrichmentParams.h"
#include "LinkClassifier.h"
#include "PreviewReader.h"
#include "UrlTokenizer.h"
#include "common/ComputePool.h"
#include "common/JobContext.h"
#include "model/MessageFlag.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr quint32 kChunkSize = 8192;

bool isImageForDescription(const Attachment &a)
{
    return a.isImage() && !a.sticker;
}

qsizetype wordEnd(QStringView body, qsizetype pos)
{
    while (pos < body.size() && !body.at(pos).isSpace())
        ++pos;
    return pos;
}

bool inScope(const TextLayer &input, quint32 i, const EnrichmentParams &params)
{
    const MessageStore &store = input.chatExport().messages;
    const MessageKind kind = store.kind(i);
    if ((kind != MessageKind::Text && kind != MessageKind::MediaOnly) || input.isDropped(i))
        return false;
    if (params.scope == EnrichmentScope::OwnMessages && !store.isOutgoing(i))
        return false;
    return params.threads.isEmpty() || params.threads.contains(store.thread(i));
}

void planLinks(const TextLayer &input, quint32 message, const EnrichmentParams &params,
               MessageEnrichment &out)
{
    const QStringView body = input.body(message);
    if (!UrlTokenizer::mayContainUrl(body))
        return;
    const std::vector<ExtractedLink> links = LinkClassifier::extract(body);
    if (links.empty())
        return;
    const auto previews = input.chatExport().messages.linkPreviews(message);
    std::vector<QString> previewKeys;
    for (const LinkPreview &p : previews) {
        const auto link = LinkClassifier::classify(p.url);
        previewKeys.push_back(link ? link->key : QString());
    }
    QSet<QString> seen;
    for (const ExtractedLink &link : links) {
        const bool tweetish = link.kind != LinkKind::Web;
        if ((tweetish && params.twitter == TwitterMode::Off) || (!tweetish && !params.webPreviews)
            || seen.contains(link.key))
            continue;
        seen.insert(link.key);
        const LinkPreview *preview = nullptr;
        for (size_t p = 0; p < previewKeys.size() && !preview; ++p) {
            if (previewKeys[p] == link.key)
                preview = &previews[p];
        }
        EnrichmentItem item;
        item.key = link.key;
        item.url = link.url;
        item.insertAt = wordEnd(body, link.start + link.length);
        if (link.kind == LinkKind::Tweet) {
            item.kind = EnrichmentKind::Tweet;
            item.tweetId = link.tweetId;
            item.handle = link.handle;
            const auto tweet = preview ? PreviewReader::tweet(*preview, link, params.maxTweetChars)
                                       : std::nullopt;
            if (tweet) {
                item.status = EnrichmentStatus::Added;
                item.source = EnrichmentSource::LinkPreview;
                item.handle = tweet->handle;
                item.author = tweet->authorName;
                item.text = tweet->text;
            } else {
                item.reason = u"no_preview"_s;
            }
            out.items.push_back(std::move(item));
            continue;
        }
        const auto page = preview && !PreviewReader::isGenericTwitterPage(*preview)
            ? PreviewReader::page(*preview, params.maxLinkChars)
            : std::nullopt;
        if (page) {
            item.kind = EnrichmentKind::Link;
            item.status = EnrichmentStatus::Added;
            item.source = EnrichmentSource::LinkPreview;
            item.title = page->title;
            item.text = page->description;
            out.items.push_back(std::move(item));
        } else if (link.kind == LinkKind::ShortLink) {
            item.kind = EnrichmentKind::Tweet;
            item.status = EnrichmentStatus::Unresolved;
            item.reason = u"short_link"_s;
            out.items.push_back(std::move(item));
        }
    }
}

void planImages(const TextLayer &input, quint32 message, const EnrichmentParams &params,
                MessageEnrichment &out)
{
    const MessageStore &store = input.chatExport().messages;
    if (!store.hasFlag(message, HasImage))
        return;
    int n = 0;
    for (const Attachment &a : store.attachments(message)) {
        if (!isImageForDescription(a))
            continue;
        EnrichmentItem item;
        item.kind = EnrichmentKind::Image;
        item.key = u"image:%1"_s.arg(n);
        item.attachmentId = a.id;
        if (store.hasFlag(message, ViewOnce)) {
            item.status = EnrichmentStatus::Skipped;
            item.reason = u"view_once"_s;
        } else if (n >= params.maxImagesPerMessage) {
            item.status = EnrichmentStatus::Skipped;
            item.reason = u"per_message_cap"_s;
        }
        ++n;
        out.items.push_back(std::move(item));
    }
}

} // namespace

MessageEnrichment EnrichmentPlanner::planMessage(const TextLayer &input, quint32 message,
                                                 const EnrichmentParams &params)
{
    MessageEnrichment out;
    out.message = message;
    if (!inScope(input, message, params))
        return out;
    if (params.images == ImageMode::Describe)
        planImages(input, message, params, out);
    if (params.twitter != TwitterMode::Off || params.webPreviews)
        planLinks(input, message, params, out);
    return out;
}

const Attachment *EnrichmentPlanner::imageAttachment(const TextLayer &input, quint32 message, int n)
{
    for (const Attachment &a : input.chatExport().messages.attachments(message)) {
        if (isImageForDescription(a) && n-- == 0)
            return &a;
    }
    return nullptr;
}

std::vector<MessageEnrichment>
EnrichmentPlanner::plan(const TextLayer &input, const EnrichmentParams &params, JobContext &job)
{
    const quint32 total = input.chatExport().messages.size();
    struct Chunk
    {
        quint32 begin = 0;
        quint32 end = 0;
        std::vector<MessageEnrichment> out;
    };
    std::vector<Chunk> chunks;
    for (quint32 begin = 0; begin < total; begin += kChunkSize)
        chunks.push_back(Chunk{begin, std::min(total, begin + kChunkSize), {}});

    std::atomic<qint64> done{0};
    job.setProgress(0, total);
    QtConcurrent::blockingMap(ComputePool::instance(), chunks, [&](Chunk &chunk) {
        if (job.isCanceled())
            return;
        for (quint32 i = chunk.begin; i < chunk.end; ++i) {
            MessageEnrichment m = planMessage(input, i, params);
            if (!m.items.empty())
                chunk.out.push_back(std::move(m));
        }
        job.setProgress(done += chunk.end - chunk.begin, total);
    });

    std::vector<MessageEnrichment> messages;
    for (Chunk &chunk : chunks)
        std::move(chunk.out.begin(), chunk.out.end(), std::back_inserter(messages));
    return messages;
}

} // namespace idiolect
