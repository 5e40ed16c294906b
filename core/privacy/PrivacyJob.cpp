// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyJob.h"

#include "LayerAnonymizer.h"
#include "PiiRules.h"
#include "PiiScanner.h"
#include "TermIndexBuilder.h"
#include "common/ComputePool.h"
#include "common/JobContext.h"

#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <numeric>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr quint32 kChunkSize = 4096;
constexpr qint64 kDetectShare = 9; // of 10 progress units per message

// Signal mentions ("@Anna") are known exactly; seed them as name hits.
std::vector<PiiHit> mentionHits(const TextLayer &in, quint32 m)
{
    std::vector<PiiHit> hits;
    const ChatExport &ex = in.chatExport();
    if (in.hasBodyOverride(m))
        return hits; // offsets refer to the imported body only
    const QStringView body = in.body(m);
    for (const Mention &mention : ex.messages.mentions(m)) {
        qint32 start = mention.start;
        qint32 length = mention.length;
        if (start < 0 || length <= 0 || start + length > body.size())
            continue;
        if (body[start] == u'@') {
            ++start;
            --length;
        }
        if (length <= 0)
            continue;
        const Recipient *r = ex.recipient(mention.recipientId);
        if (!r)
            continue;
        hits.push_back(PiiHit{start, length, PiiKind::Name, NamePart::Full, 1.0f,
                              rules::NameMention, r->id, TermIndexBuilder::personKey(*r)});
    }
    return hits;
}

void detectChunk(const TextLayer &in, const PiiScanner &scanner, bool names, quint32 first,
                 quint32 last, std::vector<MessageHits> &out)
{
    const ChatExport &ex = in.chatExport();
    for (quint32 m = first; m < last; ++m) {
        if (in.isDropped(m))
            continue;
        const qint32 t = ex.messages.thread(m);
        ScanContext context;
        context.senderId = ex.messages.senderId(m);
        context.thread = t >= 0 && size_t(t) < ex.threads.size() ? &ex.threads[size_t(t)] : nullptr;
        MessageHits hits;
        hits.message = m;
        const QStringView body = in.body(m);
        if (!body.isEmpty()) {
            std::vector<PiiHit> seed;
            if (names && ex.messages.hasFlag(m, HasMention))
                seed = mentionHits(in, m);
            hits.body = scanner.scan(body, context, std::move(seed));
        }
        const QStringView quote = in.quoteBody(m);
        if (!quote.isEmpty())
            hits.quote = scanner.scan(quote, context);
        if (!hits.body.empty() || !hits.quote.empty())
            out.push_back(std::move(hits));
    }
}

} // namespace

Expected<PrivacyResult> PrivacyJob::run(const PrivacyParams &params, JobContext &job)
{
    if (!params.input)
        return Error::make(ErrorCode::Internal, tr("The privacy stage got no text to work on."));
    const TextLayer &in = *params.input;
    const ChatExport &ex = in.chatExport();
    Expected<PiiScanner> scanner = PiiScanner::create(ex, params.config);
    if (!scanner)
        return scanner.error();

    const quint32 n = ex.messages.size();
    const qint64 total = qMax<qint64>(1, qint64(n) * 10);
    const quint32 chunks = (n + kChunkSize - 1) / kChunkSize;
    std::vector<std::vector<MessageHits>> perChunk(chunks);
    std::vector<quint32> order(chunks);
    std::iota(order.begin(), order.end(), 0u);
    std::atomic<qint64> scanned{0};
    const bool names = params.config.isDetected(PiiKind::Name);
    job.setProgress(0, total);
    QtConcurrent::blockingMap(ComputePool::instance(), order, [&](quint32 c) {
        if (job.isCanceled())
            return;
        const quint32 first = c * kChunkSize;
        const quint32 last = qMin(n, first + kChunkSize);
        detectChunk(in, *scanner, names, first, last, perChunk[c]);
        const qint64 done = scanned.fetch_add(last - first) + (last - first);
        job.setProgress(done * kDetectShare, total);
    });
    if (job.isCanceled())
        return Error::canceled();

    PrivacyResult result;
    result.mapping = params.mapping;
    result.mapping.reserveWords(scanner->realNameWords());
    result.report.region = scanner->region();
    result.report.extraRegions = scanner->extraRegions();
    result.report.messagesScanned = n - qint64(in.droppedMessages().size());
    auto layer = std::make_shared<TextLayer>(in);
    LayerAnonymizer anonymizer(in, params.config, result.mapping, result.report,
                               params.collectFindings);
    anonymizer.anonymizeNames(*layer);
    for (quint32 c = 0; c < chunks; ++c) {
        if (job.isCanceled())
            return Error::canceled();
        for (const MessageHits &hits : perChunk[c])
            anonymizer.apply(hits, *layer);
        perChunk[c] = {};
        const qint64 applied = qMin<qint64>(n, qint64(c + 1) * kChunkSize);
        job.setProgress(qint64(n) * kDetectShare + applied, total);
    }
    result.layer = std::move(layer);
    job.setProgress(total, total);
    return result;
}

} // namespace idiolect
