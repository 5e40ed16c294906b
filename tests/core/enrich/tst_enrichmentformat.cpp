// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestExportBuilder.h"
#include "analysis/Corpus.h"
#include "enrich/EnrichmentEdits.h"
#include "enrich/EnrichmentFormat.h"
#include "enrich/EnrichmentItem.h"
#include "enrich/EnrichmentLayerBuilder.h"
#include "enrich/EnrichmentParams.h"
#include "enrich/EnrichmentSettingsJson.h"
#include "enrich/EnrichmentText.h"
#include "enrich/LinkClassifier.h"
#include "enrich/PreviewReader.h"
#include "model/Attachment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace idiolect;
using namespace idiolect::test;
using namespace Qt::StringLiterals;

namespace {

EnrichmentItem tweetItem(QStringView body, const QString &url, const QString &handle,
                         const QString &text)
{
    EnrichmentItem item;
    item.kind = EnrichmentKind::Tweet;
    item.status = EnrichmentStatus::Added;
    item.source = EnrichmentSource::LinkPreview;
    const auto link = LinkClassifier::classify(url);
    item.key = link ? link->key : url;
    item.url = url;
    item.handle = handle;
    item.text = text;
    qsizetype at = body.indexOf(url) + url.size();
    while (at < body.size() && !body.at(at).isSpace())
        ++at;
    item.insertAt = at;
    return item;
}

EnrichmentItem imageItem(int n, const QString &description)
{
    EnrichmentItem item;
    item.kind = EnrichmentKind::Image;
    item.status = EnrichmentStatus::Added;
    item.source = EnrichmentSource::Network;
    item.key = u"image:%1"_s.arg(n);
    item.text = description;
    return item;
}

} // namespace

class TestEnrichmentFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void linkBlock();
    void failedItemsAddNothing();
    void edits();
    void editsJsonRoundTrip();
    void editsJsonBroken();
    void layerBuilder();
    void tweetPreviews_data();
    void tweetPreviews();
    void pagePreview();
    void cleanText_data();
    void cleanText();
    void truncate_data();
    void truncate();
    void loneSurrogates_data();
    void loneSurrogates();
    void settingsJson();
};

void TestEnrichmentFormat::render_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("urls"); // one tweet item per url, text "T<n>" by @a<n>
    QTest::addColumn<QStringList>("images");
    QTest::addColumn<QString>("expected");

    const QString u1 = u"https://x.com/a1/status/1"_s;
    const QString u2 = u"https://x.com/a2/status/2?s=20"_s;
    QTest::newRow("url alone") << u1 << QStringList{u1} << QStringList{}
                               << u"https://x.com/a1/status/1\n> @a1: T1"_s;
    QTest::newRow("text around") << u"look "_s + u1 + u" lol"_s << QStringList{u1} << QStringList{}
                                 << u"look https://x.com/a1/status/1\n> @a1: T1\nlol"_s;
    QTest::newRow("punctuation stays with url")
        << u"see ("_s + u1 + u")! ok"_s << QStringList{u1} << QStringList{}
        << u"see (https://x.com/a1/status/1)!\n> @a1: T1\nok"_s;
    QTest::newRow("emoji stays with url") << u1 + u"😂 right"_s << QStringList{u1} << QStringList{}
                                          << u"https://x.com/a1/status/1😂\n> @a1: T1\nright"_s;
    QTest::newRow("query string intact") << u2 + u" wow"_s << QStringList{u2} << QStringList{}
                                         << u"https://x.com/a2/status/2?s=20\n> @a2: T2\nwow"_s;
    QTest::newRow("two links") << u"a "_s + u1 + u" b "_s + u2 + u" c"_s << QStringList{u1, u2}
                               << QStringList{}
                               << u"a https://x.com/a1/status/1\n> @a1: T1\nb "
                                  "https://x.com/a2/status/2?s=20\n> @a2: T2\nc"_s;
    QTest::newRow("next line kept") << u1 + u"\nsecond line"_s << QStringList{u1} << QStringList{}
                                    << u"https://x.com/a1/status/1\n> @a1: T1\nsecond line"_s;
    QTest::newRow("paragraph kept")
        << u1 + u"\n\nnew paragraph"_s << QStringList{u1} << QStringList{}
        << u"https://x.com/a1/status/1\n> @a1: T1\n\nnew paragraph"_s;
    QTest::newRow("image only") << QString() << QStringList{} << QStringList{u"a cat"_s}
                                << u"[Image: a cat]"_s;
    QTest::newRow("two images and caption")
        << u"us at the lake"_s << QStringList{} << QStringList{u"a lake"_s, u"two people"_s}
        << u"[Image: a lake]\n[Image: two people]\nus at the lake"_s;
    QTest::newRow("image and link")
        << u"this "_s + u1 << QStringList{u1} << QStringList{u"a chart"_s}
        << u"[Image: a chart]\nthis https://x.com/a1/status/1\n> @a1: T1"_s;
}

void TestEnrichmentFormat::render()
{
    QFETCH(QString, body);
    QFETCH(QStringList, urls);
    QFETCH(QStringList, images);
    QFETCH(QString, expected);

    MessageEnrichment m;
    for (int i = 0; i < images.size(); ++i)
        m.items.push_back(imageItem(i, images[i]));
    for (const QString &url : urls) {
        const QString n = LinkClassifier::classify(url)->tweetId;
        m.items.push_back(tweetItem(body, url, u"a"_s + n, u"T"_s + n));
    }
    QCOMPARE(EnrichmentFormat::render(body, m, {}), expected);
}

void TestEnrichmentFormat::linkBlock()
{
    QCOMPARE(EnrichmentFormat::linkBlock(u"Title"_s, u"Line 1\n\nLine 2"_s),
             u"> Title\n> Line 1\n>\n> Line 2"_s);
    QCOMPARE(EnrichmentFormat::linkBlock(u"Same"_s, u"Same"_s), u"> Same"_s);
    QCOMPARE(EnrichmentFormat::linkBlock({}, u"Only text"_s), u"> Only text"_s);
    QCOMPARE(EnrichmentFormat::tweetBlock({}, u"Ada L"_s, u"hi\nthere"_s),
             u"> Ada L: hi\n> there"_s);
    QCOMPARE(EnrichmentFormat::tweetBlock({}, {}, u"anon"_s), u"> anon"_s);
}

void TestEnrichmentFormat::failedItemsAddNothing()
{
    const QString body = u"x https://x.com/a/status/9 y"_s;
    MessageEnrichment m;
    for (EnrichmentStatus status : {EnrichmentStatus::Failed, EnrichmentStatus::Unavailable,
                                    EnrichmentStatus::Unresolved, EnrichmentStatus::Skipped}) {
        EnrichmentItem item = tweetItem(body, u"https://x.com/a/status/9"_s, u"a"_s, {});
        item.status = status;
        item.reason = u"http_500"_s;
        m.items.push_back(item);
        EnrichmentItem image = imageItem(0, {});
        image.status = status;
        m.items.push_back(image);
    }
    QVERIFY(EnrichmentFormat::render(body, m, {}).isNull());
}

void TestEnrichmentFormat::edits()
{
    const QString url = u"https://x.com/a/status/9"_s;
    const QString body = u"see "_s + url;
    MessageEnrichment m;
    m.message = 4;
    m.items.push_back(imageItem(0, u"a dog"_s));
    m.items.push_back(tweetItem(body, url, u"a"_s, u"original"_s));

    EnrichmentEdits edits;
    edits.setText(4, u"tweet:9"_s, u"corrected\ntext"_s);
    QCOMPARE(EnrichmentFormat::render(body, m, edits),
             u"[Image: a dog]\nsee https://x.com/a/status/9\n> @a: corrected\n> text"_s);
    edits.clear(4, u"image:0"_s);
    QCOMPARE(EnrichmentFormat::render(body, m, edits),
             u"see https://x.com/a/status/9\n> @a: corrected\n> text"_s);
    edits.clear(4, u"tweet:9"_s);
    QVERIFY(EnrichmentFormat::render(body, m, edits).isNull());
    edits.reset(4, u"tweet:9"_s);
    QCOMPARE(EnrichmentFormat::render(body, m, edits),
             u"see https://x.com/a/status/9\n> @a: original"_s);
    // An edit on another message changes nothing here.
    EnrichmentEdits other;
    other.clear(5, u"tweet:9"_s);
    QCOMPARE(EnrichmentFormat::render(body, m, other),
             u"[Image: a dog]\nsee https://x.com/a/status/9\n> @a: original"_s);

    // The user can supply text for a post that could not be fetched.
    m.items[1].status = EnrichmentStatus::Failed;
    m.items[1].text.clear();
    EnrichmentEdits fill;
    fill.setText(4, u"tweet:9"_s, u"typed by hand"_s);
    fill.clear(4, u"image:0"_s);
    QCOMPARE(EnrichmentFormat::render(body, m, fill),
             u"see https://x.com/a/status/9\n> @a: typed by hand"_s);
}

void TestEnrichmentFormat::editsJsonRoundTrip()
{
    TestExportBuilder b;
    const quint32 m0 = b.text(u"zero"_s);
    const quint32 m1 = b.text(u"one"_s);
    const ChatExportPtr ex = b.build();

    EnrichmentEdits edits;
    edits.setText(m1, u"tweet:5"_s, u"text"_s);
    edits.clear(m0, u"image:0"_s);
    const QJsonArray json = edits.toJson(ex->messages);
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(0).toObject().value(u"message_id"_s).toInteger(), ex->messages.id(m0));

    qsizetype unmatched = -1;
    auto back = EnrichmentEdits::fromJson(json, ex->messages, &unmatched);
    QVERIFY(back);
    QCOMPARE(unmatched, 0);
    QCOMPARE(back->size(), 2);
    QVERIFY(back->find(m0, u"image:0"_s) && back->find(m0, u"image:0"_s)->cleared);
    QCOMPARE(back->find(m1, u"tweet:5"_s)->text, u"text"_s);

    QJsonArray stale = json;
    QJsonObject gone = stale.at(0).toObject();
    gone.insert(u"message_id"_s, 999999);
    stale.append(gone);
    back = EnrichmentEdits::fromJson(stale, ex->messages, &unmatched);
    QVERIFY(back);
    QCOMPARE(unmatched, 1);
}

void TestEnrichmentFormat::editsJsonBroken()
{
    TestExportBuilder b;
    b.text(u"zero"_s);
    const ChatExportPtr ex = b.build();
    const QJsonArray broken{QJsonObject{{u"message_id"_s, 1}, {u"cleared"_s, true}}};
    const auto result = EnrichmentEdits::fromJson(broken, ex->messages);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidJson);
    QCOMPARE(result.error().record, 1);
    QVERIFY(!result.error().hint.isEmpty());
}

void TestEnrichmentFormat::layerBuilder()
{
    TestExportBuilder b;
    const QString url = u"https://x.com/a/status/9"_s;
    const quint32 m0 = b.text(u"plain"_s);
    const quint32 m1 = b.text(u"see "_s + url);
    const quint32 m2 = b.mediaOnly();
    b.image(m2, u"/nonexistent/sunset.jpg"_s);
    const ChatExportPtr ex = b.build();
    const TextLayerPtr raw = TestExportBuilder::rawLayer(ex);

    std::vector<MessageEnrichment> messages(2);
    messages[0].message = m1;
    messages[0].items.push_back(tweetItem(raw->body(m1), url, u"a"_s, u"hello"_s));
    messages[1].message = m2;
    messages[1].items.push_back(imageItem(0, u"a sunset"_s));

    auto built = EnrichmentLayerBuilder::build(raw, messages, {});
    QCOMPARE(built.enhancedMessages, 2);
    QCOMPARE(built.layer->body(m0), u"plain");
    QCOMPARE(built.layer->body(m1), u"see https://x.com/a/status/9\n> @a: hello");
    QCOMPARE(built.layer->body(m2), u"[Image: a sunset]");
    QCOMPARE(raw->body(m1), u"see https://x.com/a/status/9"); // the input is untouched
    // Generation reads the description where it would otherwise write the media placeholder.
    QCOMPARE(Corpus::messageText(*built.layer, m2), u"[Image: a sunset]");
    QCOMPARE(Corpus::messageText(*raw, m2), u"[image]");

    EnrichmentEdits edits;
    edits.clear(m2, u"image:0"_s);
    built = EnrichmentLayerBuilder::build(raw, messages, edits);
    QCOMPARE(built.enhancedMessages, 1);
    QCOMPARE(built.layer->body(m2), u"");
    QVERIFY(!built.layer->hasBodyOverride(m2));
}

void TestEnrichmentFormat::tweetPreviews_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("text"); // empty: no tweet in this preview

    QTest::newRow("name and handle on X") << u"Ada Lovelace (@ada) on X"_s << u"Engines compute."_s
                                          << u"ada"_s << u"Ada Lovelace"_s << u"Engines compute."_s;
    QTest::newRow("curly quoted description")
        << u"Ada Lovelace on Twitter"_s << u"“Engines compute. https://t.co/AbCdE”"_s
        << u"urlhandle"_s << u"Ada Lovelace"_s << u"Engines compute."_s;
    QTest::newRow("text in title only") << u"Ada on X: \"Engines compute.\" / X"_s << QString()
                                        << u"urlhandle"_s << u"Ada"_s << u"Engines compute."_s;
    QTest::newRow("fxtwitter") << u"Ada (@ada)"_s << u"line one\nline two"_s << u"ada"_s << u"Ada"_s
                               << u"line one\nline two"_s;
    QTest::newRow("media link only")
        << u"Ada (@ada) on X"_s << u"https://t.co/xyz"_s << QString() << QString() << QString();
    QTest::newRow("login wall") << u"X"_s << u"From breaking news and entertainment to sports."_s
                                << QString() << QString() << QString();
    QTest::newRow("javascript wall")
        << u"x.com"_s << u"JavaScript is not available."_s << QString() << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString() << QString() << QString();
}

void TestEnrichmentFormat::tweetPreviews()
{
    QFETCH(QString, title);
    QFETCH(QString, description);
    QFETCH(QString, handle);
    QFETCH(QString, author);
    QFETCH(QString, text);

    const auto link = LinkClassifier::classify(u"https://x.com/urlhandle/status/5"_s);
    const LinkPreview preview{0, link->url, title, description, 0};
    const auto tweet = PreviewReader::tweet(preview, *link, 1000);
    if (text.isEmpty()) {
        QVERIFY(!tweet);
        return;
    }
    QVERIFY(tweet);
    QCOMPARE(tweet->id, u"5"_s);
    QCOMPARE(tweet->handle, handle);
    QCOMPARE(tweet->authorName, author);
    QCOMPARE(tweet->text, text);
}

void TestEnrichmentFormat::pagePreview()
{
    const LinkPreview preview{0, u"https://example.com"_s, u"  A\ttitle \n"_s,
                              u"Some\r\ndescription\u0007"_s, 0};
    const auto page = PreviewReader::page(preview, 300);
    QVERIFY(page);
    QCOMPARE(page->title, u"A title"_s);
    QCOMPARE(page->description, u"Some\ndescription"_s);
    QVERIFY(!PreviewReader::page(LinkPreview{0, u"https://e.com"_s, u" "_s, {}, 0}, 300));
}

void TestEnrichmentFormat::cleanText_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("clean");
    QTest::newRow("think block") << u"<think>hmm, a cat?</think>\nA cat on a sofa."_s
                                 << u"A cat on a sofa."_s;
    QTest::newRow("label") << u"Description: A red car."_s << u"A red car."_s;
    QTest::newRow("quotes") << u"\"A red car.\""_s << u"A red car."_s;
    QTest::newRow("bold") << u"**A red car.**"_s << u"A red car."_s;
    QTest::newRow("quotes inside kept")
        << u"\"Stop\" and \"Go\" signs"_s << u"\"Stop\" and \"Go\" signs"_s;
    QTest::newRow("unterminated think") << u"<think>never ends"_s << QString();
}

void TestEnrichmentFormat::cleanText()
{
    QFETCH(QString, raw);
    QFETCH(QString, clean);
    QCOMPARE(EnrichmentText::stripModelChatter(raw), clean);
}

void TestEnrichmentFormat::truncate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << u"abc"_s << 10 << u"abc"_s;
    QTest::newRow("word boundary") << u"one two three four five"_s << 15 << u"one two three…"_s;
    QTest::newRow("no space") << u"abcdefghij"_s << 5 << u"abcd…"_s;
    QTest::newRow("surrogate pair") << u"ab😀😀"_s << 4 << u"ab…"_s;
    QTest::newRow("unlimited") << u"abc"_s << 0 << u"abc"_s;
}

void TestEnrichmentFormat::truncate()
{
    QFETCH(QString, text);
    QFETCH(int, max);
    QFETCH(QString, expected);
    const QString out = EnrichmentText::truncate(text, max);
    QCOMPARE(out, expected);
    QVERIFY(max <= 0 || out.size() <= max);
}

void TestEnrichmentFormat::loneSurrogates_data()
{
    // Found by fuzz_link_previews: a stored preview's JSON said "\ud800".
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("clean");
    const QChar high(0xD800);
    const QChar low(0xDC00);
    const QChar fffd(QChar::ReplacementCharacter);
    QTest::newRow("high alone") << QString(high) << QString(fffd);
    QTest::newRow("low alone") << u"a"_s + low + u"b"_s << u"a"_s + fffd + u"b"_s;
    QTest::newRow("high then text") << QString(high) + u"x"_s << QString(fffd) + u"x"_s;
    QTest::newRow("reversed pair") << QString(low) + high << QString(fffd) + fffd;
    QTest::newRow("pair kept") << u"ok 😀"_s << u"ok 😀"_s;
}

void TestEnrichmentFormat::loneSurrogates()
{
    QFETCH(QString, raw);
    QFETCH(QString, clean);
    const QString block = EnrichmentText::block(raw, 280);
    const QString line = EnrichmentText::line(raw, 280);
    QCOMPARE(block, clean);
    QCOMPARE(line, clean);
    QVERIFY(QStringView(block).isValidUtf16());
}

void TestEnrichmentFormat::settingsJson()
{
    EnrichmentParams params;
    params.twitter = TwitterMode::Fetch;
    params.images = ImageMode::Describe;
    params.webPreviews = false;
    params.scope = EnrichmentScope::OwnMessages;
    params.vision.endpoint = QUrl(u"http://127.0.0.1:8080/v1"_s);
    params.vision.model = u"llava"_s;
    params.vision.prompt = u"Describe."_s;
    params.vision.maxChars = 120;
    params.vision.apiKey = u"sk-secret"_s;
    params.maxImagesPerRun = 7;
    params.maxImagesPerMessage = 2;
    params.tweetApiBase = QUrl(u"https://fx.example.org"_s);

    const QJsonObject json = EnrichmentSettingsJson::toJson(params);
    QVERIFY(!QJsonDocument(json).toJson().contains("sk-secret"));
    EnrichmentParams back;
    QCOMPARE(EnrichmentSettingsJson::apply(json, back), 0);
    QCOMPARE(EnrichmentSettingsJson::toJson(back), json);
    QVERIFY(back.vision.apiKey.isEmpty());
    QCOMPARE(back.twitter, TwitterMode::Fetch);
    QCOMPARE(back.vision.endpoint, params.vision.endpoint);

    // Defaults stay for what is missing or broken; broken values are counted.
    EnrichmentParams defaults;
    const QJsonObject broken{{u"twitter"_s, u"always"_s},
                             {u"vision_url"_s, u"file:///etc/passwd"_s},
                             {u"max_images"_s, -3},
                             {u"images"_s, u"describe"_s},
                             {u"future_key"_s, true}};
    QCOMPARE(EnrichmentSettingsJson::apply(broken, defaults), 3);
    QCOMPARE(defaults.twitter, TwitterMode::Previews);
    QCOMPARE(defaults.vision.endpoint, VisionSettings::ollamaEndpoint());
    QCOMPARE(defaults.maxImagesPerRun, EnrichmentParams{}.maxImagesPerRun);
    QCOMPARE(defaults.images, ImageMode::Describe);
}

QTEST_GUILESS_MAIN(TestEnrichmentFormat)
#include "tst_enrichmentformat.moc"
