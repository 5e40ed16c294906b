// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TweetStage.h"

#include "EnrichmentCache.h"
#include "EnrichmentParams.h"
#include "EnrichmentRun.h"
#include "EnrichmentText.h"
#include "FxTwitterProvider.h"
#include "LinkClassifier.h"
#include "NetworkSession.h"
#include "ShortLinkResolver.h"
#include "common/JobContext.h"

#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

using ItemGroups = QHash<QString, std::vector<EnrichmentItem *>>;

void fail(const std::vector<EnrichmentItem *> &items, const QString &reason)
{
    for (EnrichmentItem *item : items) {
        item->status = EnrichmentStatus::Failed;
        item->reason = reason;
    }
}

class Stage
{
public:
    explicit Stage(EnrichmentRun &run)
        : m_run(run),
          m_fetch(run.params.twitter == TwitterMode::Fetch),
          m_now(QDateTime::currentSecsSinceEpoch()),
          m_negativeTtl(qint64(qMax(0, run.params.notFoundRetryDays)) * 86400)
    {
        m_provider = run.params.tweetProvider;
        if (!m_provider) {
            m_provider = std::make_shared<FxTwitterProvider>(
                run.params.tweetApiBase.isEmpty() ? FxTwitterProvider::defaultBaseUrl()
                                                  : run.params.tweetApiBase);
        }
    }

    Status resolveShortLinks(JobContext &job);
    Status fetchTweets(JobContext &job);

private:
    bool isFresh(qint64 at) const { return m_now - at < m_negativeTtl; }
    void applyTarget(const std::vector<EnrichmentItem *> &items, const QString &target);
    void applyTweet(const std::vector<EnrichmentItem *> &items, const TweetContent &tweet,
                    EnrichmentSource source);

    EnrichmentRun &m_run;
    bool m_fetch;
    qint64 m_now;
    qint64 m_negativeTtl;
    std::shared_ptr<const TweetProvider> m_provider;
};

void Stage::applyTarget(const std::vector<EnrichmentItem *> &items, const QString &target)
{
    const auto link = LinkClassifier::classify(target);
    for (EnrichmentItem *item : items) {
        if (link && link->kind == LinkKind::Tweet) {
            item->tweetId = link->tweetId;
            item->handle = link->handle;
            item->status = EnrichmentStatus::Unavailable;
            item->reason.clear();
        } else {
            item->kind = EnrichmentKind::Link;
            item->status = EnrichmentStatus::Unavailable;
            item->reason = u"not_a_tweet"_s;
        }
    }
}

void Stage::applyTweet(const std::vector<EnrichmentItem *> &items, const TweetContent &tweet,
                       EnrichmentSource source)
{
    const QString text = EnrichmentText::block(tweet.text, m_run.params.maxTweetChars);
    if (text.isEmpty()) {
        fail(items, u"no_text"_s);
        return;
    }
    for (EnrichmentItem *item : items) {
        item->status = EnrichmentStatus::Added;
        item->source = source;
        item->reason.clear();
        if (!tweet.handle.isEmpty())
            item->handle = tweet.handle;
        item->author = EnrichmentText::line(tweet.authorName, 200);
        item->text = text;
    }
}

Status Stage::resolveShortLinks(JobContext &job)
{
    ItemGroups byCode;
    QStringList order;
    for (MessageEnrichment &m : m_run.messages) {
        for (EnrichmentItem &item : m.items) {
            if (item.status != EnrichmentStatus::Unresolved || !item.key.startsWith(u"tco:"))
                continue;
            const QString code = item.key.sliced(4);
            if (!byCode.contains(code))
                order.append(code);
            byCode[code].push_back(&item);
        }
    }
    if (!m_fetch || order.isEmpty())
        return {};

    QStringList toAsk;
    for (const QString &code : std::as_const(order)) {
        const auto cached = m_run.cache.shortLink(code);
        if (cached && cached->found) {
            applyTarget(byCode[code], cached->target);
            for (EnrichmentItem *item : byCode[code])
                item->source = EnrichmentSource::Cache;
        } else if (cached && isFresh(cached->resolvedAt)) {
            fail(byCode[code], u"not_found"_s);
        } else {
            toAsk.append(code);
        }
    }
    const ShortLinkResolver resolver(m_run.params.shortLinkBase.isEmpty()
                                         ? ShortLinkResolver::defaultBaseUrl()
                                         : m_run.params.shortLinkBase);
    std::vector<HttpTask> tasks;
    for (const QString &code : std::as_const(toAsk))
        tasks.push_back(HttpTask{resolver.request(code), "HEAD", {}});
    return m_run.network.run(
        std::move(tasks), m_run.params.tweetHttp, job,
        [&](qsizetype task, const HttpOutcome &outcome) {
            const QString &code = toAsk[task];
            const auto resolved = resolver.parse(outcome.status, outcome.location);
            if (resolved.verdict == ShortLinkResolver::Verdict::Ok) {
                m_run.cache.storeShortLink(code, {true, resolved.target, m_now});
                applyTarget(byCode[code], resolved.target);
            } else if (resolved.verdict == ShortLinkResolver::Verdict::NotFound) {
                m_run.cache.storeShortLink(code, {false, {}, m_now});
                fail(byCode[code], u"not_found"_s);
            } else {
                fail(byCode[code], outcome.ok() ? u"invalid_response"_s : outcome.reasonCode());
            }
        });
}

Status Stage::fetchTweets(JobContext &job)
{
    ItemGroups byId;
    QStringList toAsk;
    for (MessageEnrichment &m : m_run.messages) {
        for (EnrichmentItem &item : m.items) {
            if (item.kind == EnrichmentKind::Tweet && item.status == EnrichmentStatus::Unavailable
                && !item.tweetId.isEmpty())
                byId[item.tweetId].push_back(&item);
        }
    }
    // Walk the messages again so the request order follows the export, not the hash.
    QSet<QString> queued;
    // A first run (or a previews-only user) has an empty cache: skip 10 µs per lookup then.
    const bool cacheHasTweets = byId.isEmpty() || m_run.cache.counts().tweets > 0;
    for (MessageEnrichment &m : m_run.messages) {
        for (EnrichmentItem &item : m.items) {
            if (!byId.contains(item.tweetId) || queued.contains(item.tweetId))
                continue;
            queued.insert(item.tweetId);
            const auto &items = byId[item.tweetId];
            const auto cached = cacheHasTweets ? m_run.cache.tweet(m_provider->name(), item.tweetId)
                                               : std::nullopt;
            if (cached && cached->found) {
                applyTweet(items, cached->tweet, EnrichmentSource::Cache);
            } else if (cached && isFresh(cached->fetchedAt)) {
                if (m_fetch)
                    fail(items, u"not_found"_s);
            } else if (m_fetch) {
                toAsk.append(item.tweetId);
            }
        }
    }

    std::vector<HttpTask> tasks;
    for (const QString &id : std::as_const(toAsk))
        tasks.push_back(HttpTask{m_provider->request(id), "GET", {}});
    return m_run.network.run(
        std::move(tasks), m_run.params.tweetHttp, job,
        [&](qsizetype task, const HttpOutcome &outcome) {
            const QString &id = toAsk[task];
            const auto &items = byId[id];
            if (outcome.status == 0) {
                fail(items, outcome.reasonCode());
                return;
            }
            const auto parsed = m_provider->parse(id, outcome.status, outcome.body);
            switch (parsed.verdict) {
            case TweetProvider::Verdict::Ok:
                m_run.cache.storeTweet(m_provider->name(), id, {true, parsed.tweet, m_now});
                applyTweet(items, parsed.tweet, EnrichmentSource::Network);
                break;
            case TweetProvider::Verdict::Empty:
                m_run.cache.storeTweet(m_provider->name(), id, {true, parsed.tweet, m_now});
                fail(items, u"no_text"_s);
                break;
            case TweetProvider::Verdict::NotFound:
                m_run.cache.storeTweet(m_provider->name(), id, {false, {}, m_now});
                fail(items, u"not_found"_s);
                break;
            case TweetProvider::Verdict::Invalid:
                fail(items, outcome.ok() ? u"invalid_response"_s : outcome.reasonCode());
                break;
            }
        });
}

} // namespace

Status TweetStage::run(EnrichmentRun &run, JobContext &job)
{
    Stage stage(run);
    JobContext shortLinks;
    shortLinks.attachToParent(&job, 0, 200);
    if (Status s = stage.resolveShortLinks(shortLinks); !s)
        return s;
    JobContext tweets;
    tweets.attachToParent(&job, 200, 1000);
    return stage.fetchTweets(tweets);
}

} // namespace idiolect
