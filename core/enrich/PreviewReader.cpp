// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewReader.h"

#include "EnrichmentText.h"
#include "ExtractedLink.h"
#include "model/Attachment.h"

#include <array>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr int kMaxTitleChars = 200;

constexpr std::array<QStringView, 9> kGenericTitles = {
    u"x",
    u"twitter",
    u"x.com",
    u"twitter.com",
    u"log in to x / x",
    u"login on twitter",
    u"x. it’s what’s happening / x",
    u"x. it's what's happening / x",
    u"twitter. it’s what’s happening / twitter",
};

constexpr std::array<QStringView, 6> kGenericDescriptions = {
    u"from breaking news and entertainment",
    u"javascript is not available",
    u"something went wrong",
    u"we’ve detected that javascript is disabled",
    u"this post is unavailable",
    u"hmm...this page doesn’t exist",
};

struct TitleParts
{
    QString name;
    QString handle;
    QString quotedText;
};

QString unquote(QString s)
{
    s = s.trimmed();
    for (const auto &[open, close] : {std::pair{u'“', u'”'}, std::pair{u'"', u'"'}}) {
        if (s.size() >= 2 && s.front() == QChar(open) && s.back() == QChar(close))
            return s.sliced(1, s.size() - 2).trimmed();
    }
    return s;
}

bool isHandle(QStringView s)
{
    if (s.isEmpty() || s.size() > 15)
        return false;
    for (QChar c : s) {
        if (!(c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'_')))
            return false;
    }
    return true;
}

TitleParts parseTitle(const QString &title)
{
    TitleParts parts;
    QString t = title.trimmed();
    for (QStringView suffix : {u" / X", u" / Twitter"}) {
        if (t.endsWith(suffix))
            t.chop(suffix.size());
    }
    bool found = false;
    for (QStringView marker : {u" on X: ", u" on Twitter: "}) {
        const qsizetype at = t.indexOf(marker);
        if (at > 0) {
            parts.quotedText = unquote(t.sliced(at + marker.size()));
            t.truncate(at);
            found = true;
            break;
        }
    }
    for (QStringView suffix : {u" on X", u" on Twitter"}) {
        if (!found && t.endsWith(suffix)) {
            t.chop(suffix.size());
            break;
        }
    }
    const qsizetype open = t.lastIndexOf(u" (@");
    if (open > 0 && t.endsWith(u')')) {
        const QStringView handle = QStringView(t).sliced(open + 3, t.size() - open - 4);
        if (isHandle(handle)) {
            parts.handle = handle.toString();
            t.truncate(open);
        }
    }
    parts.name = t.trimmed();
    return parts;
}

// Post texts in previews end with the t.co link of their photo or video.
QString stripTrailingShortLinks(QString text)
{
    while (true) {
        text = text.trimmed();
        qsizetype space = text.size() - 1;
        while (space >= 0 && !text.at(space).isSpace())
            --space;
        const QStringView last = QStringView(text).sliced(space + 1);
        if (!last.startsWith(u"https://t.co/") && !last.startsWith(u"http://t.co/"))
            return text;
        text.truncate(qMax<qsizetype>(0, space));
    }
}

} // namespace

bool PreviewReader::isGenericTwitterPage(const LinkPreview &preview)
{
    const QString title = preview.title.trimmed().toLower();
    for (QStringView generic : kGenericTitles) {
        if (title == generic)
            return true;
    }
    const QString description = preview.description.trimmed().toLower();
    for (QStringView generic : kGenericDescriptions) {
        if (description.startsWith(generic))
            return true;
    }
    return false;
}

std::optional<TweetContent> PreviewReader::tweet(const LinkPreview &preview,
                                                 const ExtractedLink &link, int maxChars)
{
    if (isGenericTwitterPage(preview))
        return std::nullopt;
    const TitleParts title = parseTitle(preview.title);
    QString text = stripTrailingShortLinks(unquote(preview.description));
    if (text.isEmpty())
        text = stripTrailingShortLinks(title.quotedText);
    text = EnrichmentText::block(text, maxChars);
    if (text.isEmpty())
        return std::nullopt;
    TweetContent tweet;
    tweet.id = link.tweetId;
    tweet.handle = title.handle.isEmpty() ? link.handle : title.handle;
    tweet.authorName = EnrichmentText::line(title.name, kMaxTitleChars);
    tweet.text = text;
    return tweet;
}

std::optional<PreviewReader::Page> PreviewReader::page(const LinkPreview &preview, int maxChars)
{
    Page page{EnrichmentText::line(preview.title, kMaxTitleChars),
              EnrichmentText::block(preview.description, maxChars)};
    if (page.title.isEmpty() && page.description.isEmpty())
        return std::nullopt;
    return page;
}

} // namespace idiolect
