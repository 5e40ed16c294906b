// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrich/LinkClassifier.h"
#include "enrich/TweetHosts.h"
#include "enrich/UrlTokenizer.h"

#include <QTest>
#include <QUrl>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

// "kind|id-or-code|handle|url as written" for each link, in order.
QStringList describe(QStringView text)
{
    QStringList out;
    for (const ExtractedLink &link : LinkClassifier::extract(text)) {
        const QString written = text.sliced(link.start, link.length).toString();
        if (written != link.url)
            return {u"span mismatch: "_s + written + u" vs "_s + link.url};
        switch (link.kind) {
        case LinkKind::Tweet:
            out.append(u"tweet|%1|%2|%3"_s.arg(link.tweetId, link.handle, written));
            break;
        case LinkKind::ShortLink: out.append(u"short|%1||%2"_s.arg(link.shortCode, written)); break;
        case LinkKind::Web: out.append(u"web|||%1"_s.arg(written)); break;
        }
    }
    return out;
}

} // namespace

class TestLinkExtraction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data();
    void extract();
    void keys_data();
    void keys();
    void sameTweetSameKey();
    void bareHosts_data();
    void bareHosts();
};

void TestLinkExtraction::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const auto tweet = [](const QString &id, const QString &handle, const QString &url) {
        return u"tweet|%1|%2|%3"_s.arg(id, handle, url);
    };
    const auto web = [](const QString &url) -> QString { return u"web|||"_s + url; };
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << expected;
    };

    // Every host.
    for (const char *host :
         {"twitter.com", "www.twitter.com", "mobile.twitter.com", "m.twitter.com", "x.com",
          "www.x.com", "mobile.x.com", "fxtwitter.com", "d.fxtwitter.com", "vxtwitter.com",
          "fixupx.com", "fixvx.com", "twittpr.com", "nitter.net", "nitter.poast.org",
          "nitter.privacydev.net", "xcancel.com"}) {
        const QString url = u"https://%1/ada_l/status/1234"_s.arg(QLatin1String(host));
        QTest::addRow("host %s", host) << url << QStringList{tweet(u"1234"_s, u"ada_l"_s, url)};
    }

    // Shapes of the path.
    const QString base = u"https://x.com/ada/status/123"_s;
    row("http scheme", u"http://x.com/ada/status/123"_s,
        {tweet(u"123"_s, u"ada"_s, u"http://x.com/ada/status/123"_s)});
    row("upper-case scheme and host", u"HTTPS://X.COM/ada/status/123"_s,
        {tweet(u"123"_s, u"ada"_s, u"HTTPS://X.COM/ada/status/123"_s)});
    row("19-digit id", u"https://twitter.com/ada/status/1234567890123456789"_s,
        {tweet(u"1234567890123456789"_s, u"ada"_s,
               u"https://twitter.com/ada/status/1234567890123456789"_s)});
    row("query string", u"https://x.com/ada/status/123?s=20&t=AbC-dEf_1"_s,
        {tweet(u"123"_s, u"ada"_s, u"https://x.com/ada/status/123?s=20&t=AbC-dEf_1"_s)});
    row("photo", base + u"/photo/1"_s, {tweet(u"123"_s, u"ada"_s, base + u"/photo/1"_s)});
    row("video and query", base + u"/video/1?s=46"_s,
        {tweet(u"123"_s, u"ada"_s, base + u"/video/1?s=46"_s)});
    row("trailing slash", base + u'/', {tweet(u"123"_s, u"ada"_s, base + u'/')});
    row("nitter fragment", u"https://nitter.net/ada/status/5#m"_s,
        {tweet(u"5"_s, u"ada"_s, u"https://nitter.net/ada/status/5#m"_s)});
    row("i/web/status", u"https://x.com/i/web/status/77"_s,
        {tweet(u"77"_s, {}, u"https://x.com/i/web/status/77"_s)});
    row("i/status", u"https://twitter.com/i/status/77"_s,
        {tweet(u"77"_s, {}, u"https://twitter.com/i/status/77"_s)});
    row("statuses", u"https://twitter.com/ada/statuses/9"_s,
        {tweet(u"9"_s, u"ada"_s, u"https://twitter.com/ada/statuses/9"_s)});
    row("legacy hashbang", u"https://twitter.com/#!/ada/status/9"_s,
        {tweet(u"9"_s, u"ada"_s, u"https://twitter.com/#!/ada/status/9"_s)});
    row("fxtwitter direct media", u"https://d.fxtwitter.com/ada/status/123.jpg"_s,
        {tweet(u"123"_s, u"ada"_s, u"https://d.fxtwitter.com/ada/status/123.jpg"_s)});

    // What surrounds the URL.
    row("in a sentence", u"look at this https://x.com/ada/status/123 lol"_s,
        {tweet(u"123"_s, u"ada"_s, base)});
    row("full stop", u"see "_s + base + u'.', {tweet(u"123"_s, u"ada"_s, base)});
    row("comma and more", base + u", right?"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("exclamation marks", base + u"!!!"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("question and colon", base + u"?:"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("parentheses", u"(see "_s + base + u")."_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("brackets", u"["_s + base + u"]"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("straight quotes", u"\""_s + base + u"\""_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("single quotes", u"'"_s + base + u"'"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("curly quotes", u"“"_s + base + u"”"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("guillemets", u"«"_s + base + u"»"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("angle brackets", u"<"_s + base + u">"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("emoji after", base + u"😂😂"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("emoji before", u"😂"_s + base, {tweet(u"123"_s, u"ada"_s, base)});
    row("heart with variation selector", base + u"❤️"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("skin tone and ZWJ family", u"👨‍👩‍👧"_s + base + u"👍🏽"_s,
        {tweet(u"123"_s, u"ada"_s, base)});
    row("flag after", base + u"🇩🇪"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("CJK glued on both sides", u"看这个"_s + base + u"好笑"_s,
        {tweet(u"123"_s, u"ada"_s, base)});
    row("Japanese full stop", base + u"。"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("ellipsis", base + u"…"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("object replacement char", u"\uFFFC"_s + base, {tweet(u"123"_s, u"ada"_s, base)});
    row("own lines", u"a\n"_s + base + u"\nb"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("tab separated", u"a\t"_s + base + u"\tb"_s, {tweet(u"123"_s, u"ada"_s, base)});
    row("two links, same post", base + u" https://twitter.com/ada/status/123"_s,
        {tweet(u"123"_s, u"ada"_s, base),
         tweet(u"123"_s, u"ada"_s, u"https://twitter.com/ada/status/123"_s)});
    row("tweet and web", u"https://example.com/a "_s + base,
        {web(u"https://example.com/a"_s), tweet(u"123"_s, u"ada"_s, base)});

    // Without a scheme.
    row("bare x.com", u"x.com/ada/status/123"_s,
        {tweet(u"123"_s, u"ada"_s, u"x.com/ada/status/123"_s)});
    row("bare twitter.com with query", u"twitter.com/ada/status/123?s=19 ok"_s,
        {tweet(u"123"_s, u"ada"_s, u"twitter.com/ada/status/123?s=19"_s)});
    row("bare in parentheses", u"(x.com/ada/status/123)"_s,
        {tweet(u"123"_s, u"ada"_s, u"x.com/ada/status/123"_s)});
    row("bare nitter", u"nitter.net/ada/status/5"_s,
        {tweet(u"5"_s, u"ada"_s, u"nitter.net/ada/status/5"_s)});

    // t.co short links.
    row("t.co", u"https://t.co/AbC123xyz"_s, {u"short|AbC123xyz||https://t.co/AbC123xyz"_s});
    row("t.co trailing comma", u"https://t.co/abc, ok"_s, {u"short|abc||https://t.co/abc"_s});
    row("bare t.co", u"t.co/abc"_s, {u"short|abc||t.co/abc"_s});
    row("t.co without code", u"https://t.co"_s, {web(u"https://t.co"_s)});

    // False friends: not tweets.
    row("twitter home", u"https://twitter.com/home"_s, {web(u"https://twitter.com/home"_s)});
    row("profile", u"https://x.com/ada"_s, {web(u"https://x.com/ada"_s)});
    row("search", u"https://x.com/search?q=status/1"_s,
        {web(u"https://x.com/search?q=status/1"_s)});
    row("lookalike host suffix", u"https://x.com.evil.example/ada/status/123"_s,
        {web(u"https://x.com.evil.example/ada/status/123"_s)});
    row("lookalike host prefix", u"https://evilx.com/ada/status/123"_s,
        {web(u"https://evilx.com/ada/status/123"_s)});
    row("netflix", u"https://netflix.com/ada/status/123"_s,
        {web(u"https://netflix.com/ada/status/123"_s)});
    row("twitter.com as user info", u"https://x.com@evil.example/ada/status/1"_s,
        {web(u"https://x.com@evil.example/ada/status/1"_s)});
    row("user info on x.com", u"https://ada@x.com/ada/status/1"_s,
        {web(u"https://ada@x.com/ada/status/1"_s)});
    row("odd port", u"https://x.com:8443/ada/status/1"_s,
        {web(u"https://x.com:8443/ada/status/1"_s)});
    row("letters in id", u"https://x.com/ada/status/12a"_s,
        {web(u"https://x.com/ada/status/12a"_s)});
    row("20-digit id", u"https://x.com/ada/status/12345678901234567890"_s,
        {web(u"https://x.com/ada/status/12345678901234567890"_s)});
    row("handle too long", u"https://x.com/this_handle_is_long/status/1"_s,
        {web(u"https://x.com/this_handle_is_long/status/1"_s)});
    row("nitter as TLD", u"https://evil.nitter/ada/status/1"_s,
        {web(u"https://evil.nitter/ada/status/1"_s)});
    row("ftp scheme", u"ftp://x.com/ada/status/1"_s, {});
    row("bare lookalike", u"notx.com/ada/status/1"_s, {});
    row("bare subdomain", u"foo.x.com/ada/status/1"_s, {});
    row("bare netflix", u"netflix.com/ada/status/1"_s, {});
    row("e-mail address", u"mail ada@x.com please"_s, {});
    row("scheme only", u"http:// nothing"_s, {});
    row("dates and fractions", u"meet 1/2 at 3.30, ok?"_s, {});

    // Other pages.
    row("balanced parentheses", u"https://en.wikipedia.org/wiki/Ada_(language)."_s,
        {web(u"https://en.wikipedia.org/wiki/Ada_(language)"_s)});
    row("internationalised path", u"https://de.wikipedia.org/wiki/Käse ok"_s,
        {web(u"https://de.wikipedia.org/wiki/Käse"_s)});
    row("query and fragment", u"Check https://example.com/page?id=1#frag, ok"_s,
        {web(u"https://example.com/page?id=1#frag"_s)});
    row("archive of a tweet", u"https://web.archive.org/web/2020/https://x.com/a/status/1"_s,
        {web(u"https://web.archive.org/web/2020/https://x.com/a/status/1"_s)});
}

void TestLinkExtraction::extract()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(text), expected);
}

void TestLinkExtraction::keys_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");

    QTest::newRow("tweet") << u"https://x.com/ada/status/5?s=20"_s << u"tweet:5"_s;
    QTest::newRow("tweet bare") << u"twitter.com/ada/status/5"_s << u"tweet:5"_s;
    QTest::newRow("short") << u"https://t.co/xyz"_s << u"tco:xyz"_s;
    QTest::newRow("web normalised")
        << u"HTTP://Example.COM:80/a/b/?q=1#top"_s << u"url:https://example.com/a/b?q=1"_s;
    QTest::newRow("web dot segments")
        << u"https://example.com/a/../b"_s << u"url:https://example.com/b"_s;
    QTest::newRow("not a url") << u"hello"_s << QString();
    QTest::newRow("mailto") << u"mailto:ada@example.com"_s << QString();
}

void TestLinkExtraction::keys()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    const auto link = LinkClassifier::classify(url);
    QCOMPARE(link ? link->key : QString(), key);
}

void TestLinkExtraction::sameTweetSameKey()
{
    const auto a = LinkClassifier::classify(u"https://twitter.com/ada/status/42"_s);
    const auto b = LinkClassifier::classify(u"https://fixupx.com/someone/status/42/photo/1"_s);
    QVERIFY(a && b);
    QCOMPARE(a->key, b->key);
    QCOMPARE(a->kind, LinkKind::Tweet);
}

void TestLinkExtraction::bareHosts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::newRow("x.com") << u"x.com/a"_s << 5;
    QTest::newRow("upper") << u"X.COM/a"_s << 5;
    QTest::newRow("no slash") << u"x.com"_s << 0;
    QTest::newRow("longer host") << u"x.company/a"_s << 0;
    QTest::newRow("t.co") << u"t.co/a"_s << 4;
}

void TestLinkExtraction::bareHosts()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QCOMPARE(TweetHosts::bareHostLength(text), qsizetype(length));
}

QTEST_GUILESS_MAIN(TestLinkExtraction)
#include "tst_linkextraction.moc"
