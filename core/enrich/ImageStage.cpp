// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageStage.h"

#include "EnrichmentCache.h"
#include "EnrichmentParams.h"
#include "EnrichmentPlanner.h"
#include "EnrichmentRun.h"
#include "EnrichmentText.h"
#include "NetworkSession.h"
#include "OpenAiVisionProvider.h"
#include "common/ComputePool.h"
#include "common/JobContext.h"
#include "model/Attachment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

struct Pending
{
    EnrichmentItem *item = nullptr;
    const Attachment *attachment = nullptr;
    QString sha256;
    QByteArray mimeType;
    QString skipReason;
};

QByteArray sniffImageType(const QByteArray &head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return "image/jpeg";
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return "image/png";
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return "image/gif";
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return "image/webp";
    return {};
}

bool isSha256Hex(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

// Reads, checks and hashes one image file (runs on a pool thread).
void inspect(Pending &p, qint64 maxBytes)
{
    const Attachment &a = *p.attachment;
    if (isSha256Hex(a.plaintextHash))
        p.sha256 = a.plaintextHash.toLower();
    QFile file(a.localPath);
    if (a.localPath.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        p.skipReason = u"no_file"_s;
        return;
    }
    if (file.size() > maxBytes) {
        p.skipReason = u"too_large"_s;
        return;
    }
    p.mimeType = sniffImageType(file.peek(16));
    if (p.mimeType.isEmpty()) {
        p.skipReason = u"unsupported_type"_s;
        return;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        p.skipReason = u"no_file"_s;
        return;
    }
    p.sha256 = QString::fromLatin1(hash.result().toHex());
}

void setFailed(const std::vector<EnrichmentItem *> &items, EnrichmentStatus status,
               const QString &reason)
{
    for (EnrichmentItem *item : items) {
        item->status = status;
        item->reason = reason;
    }
}

} // namespace

Status ImageStage::run(EnrichmentRun &run, JobContext &job)
{
    const EnrichmentParams &params = run.params;
    std::vector<Pending> pending;
    for (MessageEnrichment &m : run.messages) {
        for (EnrichmentItem &item : m.items) {
            if (item.kind != EnrichmentKind::Image || item.status != EnrichmentStatus::Unavailable)
                continue;
            const int n = item.key.sliced(6).toInt(); // "image:<n>"
            const Attachment *a = EnrichmentPlanner::imageAttachment(run.input, m.message, n);
            if (!a) {
                item.status = EnrichmentStatus::Skipped;
                item.reason = u"no_file"_s;
                continue;
            }
            pending.push_back(Pending{&item, a, {}, {}, {}});
        }
    }
    if (pending.empty())
        return {};

    const qint64 maxBytes = params.maxImageBytes;
    QtConcurrent::blockingMap(ComputePool::instance(), pending, [maxBytes, &job](Pending &p) {
        if (!job.isCanceled())
            inspect(p, maxBytes);
    });
    if (job.isCanceled())
        return Error::canceled();

    std::shared_ptr<const VisionProvider> provider = params.visionProvider;
    if (!provider)
        provider = std::make_shared<OpenAiVisionProvider>(params.vision);
    const QString profile = provider->profile();

    QHash<QString, std::vector<EnrichmentItem *>> bySha;
    std::vector<const Pending *> toSend;
    for (Pending &p : pending) {
        p.item->contentHash = p.sha256;
        if (!p.sha256.isEmpty()) {
            if (const auto cached = run.cache.imageDescription(p.sha256, profile)) {
                p.item->status = EnrichmentStatus::Added;
                p.item->source = EnrichmentSource::Cache;
                p.item->text = EnrichmentText::line(*cached, params.vision.maxChars);
                continue;
            }
        }
        if (!p.skipReason.isEmpty()) {
            setFailed({p.item}, EnrichmentStatus::Skipped, p.skipReason);
            continue;
        }
        auto &group = bySha[p.sha256];
        if (group.empty()) {
            if (qsizetype(toSend.size()) >= qMax(0, params.maxImagesPerRun)) {
                setFailed({p.item}, EnrichmentStatus::Skipped, u"per_run_cap"_s);
                bySha.remove(p.sha256);
                continue;
            }
            toSend.push_back(&p);
        }
        group.push_back(p.item);
    }

    std::vector<HttpTask> tasks;
    for (const Pending *p : toSend) {
        const QString path = p->attachment->localPath;
        const QByteArray mime = p->mimeType;
        tasks.push_back(HttpTask{provider->request(), "POST", [provider, path, mime] {
                                     QFile file(path);
                                     return file.open(QIODevice::ReadOnly)
                                         ? provider->body(file.readAll(), mime)
                                         : QByteArray();
                                 }});
    }
    return run.network.run(
        std::move(tasks), params.vision.http, job, [&](qsizetype task, const HttpOutcome &outcome) {
            const QString &sha = toSend[size_t(task)]->sha256;
            const auto &items = bySha[sha];
            if (outcome.status == 0) {
                setFailed(items, EnrichmentStatus::Failed, outcome.reasonCode());
                return;
            }
            const auto parsed = provider->parse(outcome.status, outcome.body);
            if (parsed.verdict != VisionProvider::Verdict::Ok) {
                const QString reason = !outcome.ok()                     ? outcome.reasonCode()
                    : parsed.verdict == VisionProvider::Verdict::Refused ? u"refused"_s
                                                                         : u"invalid_response"_s;
                setFailed(items, EnrichmentStatus::Failed, reason);
                return;
            }
            run.cache.storeImageDescription(sha, profile, parsed.description);
            for (EnrichmentItem *item : items) {
                item->status = EnrichmentStatus::Added;
                item->source = EnrichmentSource::Network;
                item->reason.clear();
                item->text = parsed.description;
            }
        });
}

} // namespace idiolect
