// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthoredFeatures.h"

#include "ChatScript.h"
#include "DemoClock.h"
#include "DemoPii.h"
#include "Scenario.h"

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

using namespace demopii;
constexpr qint64 kSec = DemoClock::kSecond;
constexpr qint64 kMin = DemoClock::kMinute;

QString pii(const char16_t *value)
{
    return QString::fromUtf16(value);
}

// Tiny but valid image files, so anything that opens an attachment can decode it.
const char kJpegHex[]
    = "ffd8ffe000104a46494600010100000100010000ffdb0043000d090a0b0a080d0b0a0b0e0e0d"
      "0f13201513121213271c1e17202e2931302e292d2c333a4a3e333646372c2d405741464c4e"
      "525352323e5a615a50604a51524fffdb0043010e0e0e131113261515264f352d354f4f4f4f"
      "4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f"
      "4f4f4f4f4f4f4f4f4f4f4f4f4f4f4fffc00011080002000203012200021101031101ffc400"
      "1500010100000000000000000000000000000003ffc40014100100000000000000000000000"
      "000000000ffc4001501010100000000000000000000000000000305ffc400141101000000"
      "00000000000000000000000000ffda000c03010002110311003f00a002447fffd9";
const char kPngHex[] = "89504e470d0a1a0a0000000d494844520000000200000002010300000048789f67000000035"
                       "04c5445ee9944d53474aa0000000c4944415408d7636060600000000400012734270a00000"
                       "00049454e44ae426082";
const char kWebpHex[]
    = "524946463a00000057454250565038202e000000d001009d012a0200020002003425a00274ba"
      "01f80003b000fef4a3effed687d5a1f5687f2ddffc0feb15a5400000";
// An ADTS AAC frame header followed by silence: enough for "audio/aac".
const char kAacHex[] = "fff15080021ffc210049000000000000";

QString longTravelReport()
{
    const QStringList paragraphs = {
        u"Okay, the promised trip report, because you asked and because I need to write it down "
        u"before I forget half of it."_s,
        u"Day one: the night train was twenty minutes late, which by now feels like a tradition. "
        u"The couchette was fine, the guy in the bunk above snored like a diesel engine, and the "
        u"sunrise over the mountains made up for every minute of it."_s,
        u"Day two: we walked from the station to the old town, got completely lost, found the "
        u"best bakery of my life by accident (cardamom buns, obviously) and then spent two hours "
        u"in a tiny museum about the history of bicycles. You would have loved the 1890s tandem."_s,
        u"Day three: rain. All day. We played cards in the hostel kitchen with two Canadians and "
        u"a Dutch couple who were cycling to Rome, which sounds insane but they seemed very calm "
        u"about it. I lost every single round of the card game and I still don't understand the "
        u"rules."_s,
        u"Day four: the hike! Twelve kilometres, six hundred metres up, and the view from the "
        u"top was ridiculous: three lakes, a glacier in the distance and a very judgmental goat. "
        u"My legs are still not speaking to me."_s,
        u"Day five: slow morning, market, cheese, more cheese, then the train back. I read half "
        u"a novel and slept through the other half of the journey."_s,
        u"Things I learned, in no particular order: always carry a rain jacket even when the "
        u"forecast says sunshine, never trust a hostel towel, buy the regional day pass instead "
        u"of single tickets, and the little café behind the station has the best hot chocolate "
        u"in the whole valley (the owner also lends out umbrellas if you look sad enough)."_s,
        u"Also, a small confession: I bought a ridiculous hat at the market. It has a feather. "
        u"I wore it on the train and a child asked me if I was a musketeer. I said yes. I regret "
        u"nothing, and you will see the hat at the next climbing session whether you like it "
        u"or not. Bring sunglasses, the feather is quite bright."_s,
        u"Photos are coming, I took about four hundred of them and most are of clouds, so I "
        u"need a few evenings to pick the ten that are actually good. The goat gets its own "
        u"album."_s,
        u"Overall: ten out of ten, would get lost again. Next time you're coming, no excuses. "
        u"I already have a list of bakeries for you, ranked, with notes."_s,
    };
    return paragraphs.join(u"\n\n"_s);
}

/** Signal sends at most 2000 bytes in the body; the rest travels as text/x-signal-plain. */
QString truncatedBody(const QString &text)
{
    QString body;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype units = text[i].isHighSurrogate() ? 2 : 1;
        const qsizetype size = text.mid(i, units).toUtf8().size();
        if (bytes + size > 2000)
            break;
        body += text.mid(i, units);
        bytes += size;
        i += units - 1;
    }
    return body;
}

void playCalls(ChatScript &c, bool missed)
{
    DemoRandom &rng = c.rng();
    const qint64 self = c.self();
    const qint64 partner = c.partner();
    if (missed) {
        int h = c.event(MessageType::Call, partner, 2 * kMin);
        c.at(h).call = CallKind::MissedAudio;
        h = c.event(MessageType::Call, partner, 3 * kMin);
        c.at(h).call = CallKind::MissedVideo;
        c.say(self, u"sorry, was in the shower – call you back in 10?"_s, 6 * kMin);
        return;
    }
    static const CallKind kinds[] = {CallKind::IncomingAudio, CallKind::OutgoingAudio,
                                     CallKind::IncomingVideo, CallKind::OutgoingVideo};
    const CallKind kind = kinds[rng.bounded(4)];
    const bool outgoing = kind == CallKind::OutgoingAudio || kind == CallKind::OutgoingVideo;
    const int h = c.event(MessageType::Call, outgoing ? self : partner, 5 * kMin);
    c.at(h).call = kind;
    c.at(h).callSeconds = int(rng.between(40, 2400));
}

void playGroupUpdate(ChatScript &c, GroupChange change, qint64 actor, QList<qint64> affected)
{
    const int h = c.event(MessageType::GroupUpdate, actor, 30 * kSec);
    c.at(h).groupChange = change;
    c.at(h).affected = std::move(affected);
}

void playNotes(ChatScript &c)
{
    const QStringList notes = {
        u"landlord: "_s + pii(kIban) + u", ref. \"Miete 3B\""_s,
        u"spare card "_s + pii(kCard) + u", exp 12/27 (ask bank about the limit)"_s,
        pii(kAddress) + u" – buzzer says Hoffmann/Becker"_s,
        u"todo:\n☐ passport photo\n☐ call insurance\n☑ return library books"_s,
        u"gift ideas: Lena → chalk bag, Marco → that espresso cup, Aisha → 📚"_s,
    };
    for (const QString &note : notes)
        c.say(c.self(), note, c.rng().between(20, 3600) * kSec);
}

} // namespace

ScenarioAttachment AuthoredFeatures::photo(DemoRandom &rng)
{
    ScenarioAttachment a;
    a.contentType = u"image/jpeg"_s;
    a.bytes = QByteArray::fromHex(kJpegHex);
    a.size = rng.between(180'000, 3'400'000);
    const bool portrait = rng.chance(600);
    a.width = portrait ? 3024 : 4032;
    a.height = portrait ? 4032 : 3024;
    return a;
}

ScenarioAttachment AuthoredFeatures::screenshot(DemoRandom &rng)
{
    ScenarioAttachment a;
    a.contentType = u"image/png"_s;
    a.fileName = u"Screenshot_20240311-214503.png"_s;
    a.bytes = QByteArray::fromHex(kPngHex);
    a.size = rng.between(90'000, 900'000);
    a.width = 1080;
    a.height = 2400;
    return a;
}

ScenarioAttachment AuthoredFeatures::voiceNote(DemoRandom &rng)
{
    ScenarioAttachment a;
    a.contentType = u"audio/aac"_s;
    a.bytes = QByteArray::fromHex(kAacHex);
    a.size = rng.between(20'000, 400'000);
    a.voiceNote = true;
    return a;
}

ScenarioAttachment AuthoredFeatures::sticker(const QString &emoji)
{
    ScenarioAttachment a;
    a.contentType = u"image/webp"_s;
    a.bytes = QByteArray::fromHex(kWebpHex);
    a.size = 24'618;
    a.width = 512;
    a.height = 512;
    a.sticker = true;
    a.stickerEmoji = emoji;
    return a;
}

bool AuthoredFeatures::isRepeatable(AuthoredFeature f)
{
    switch (f) {
    case AuthoredFeature::GroupCreated:
    case AuthoredFeature::GroupMembers:
    case AuthoredFeature::GroupTitle:
    case AuthoredFeature::Joined:
    case AuthoredFeature::Spam:
    case AuthoredFeature::SelfLeftGroup:
    case AuthoredFeature::ProfileChange: return false;
    default: return true;
    }
}

void AuthoredFeatures::play(AuthoredFeature feature, ChatScript &c)
{
    using F = AuthoredFeature;
    DemoRandom &rng = c.rng();
    const qint64 self = c.self();
    const qint64 partner = c.partner();
    const QList<qint64> others = c.others();
    auto other = [&others, &rng] { return others[rng.bounded(others.size())]; };

    switch (feature) {
    case F::Emoji:
        c.say(partner, u"Sunday dinner at my parents' 👨‍👩‍👧‍👦 you in?"_s,
              2 * kMin);
        c.say(self, u"yes!! 🙌🏽 what should I bring"_s, 40 * kSec);
        c.say(partner, u"just yourself 😄 and maybe the 🇮🇹 wine from last time"_s, 25 * kSec);
        c.say(self, u"deal 👍🏿 see you at 7️⃣ ish"_s, 15 * kSec);
        c.say(
            partner,
            u"🇩🇪🇫🇷🇯🇵 1️⃣2️⃣3️⃣ #️⃣ the flag spam in the group chat is out of control 🤦🏻‍♀️"_s,
            3 * kMin);
        break;
    case F::Multiline: {
        c.say(self,
              u"shopping list:\n- oat milk\n- eggs, 6\n- \"good\" coffee, not the cheap one"_s,
              1 * kMin);
        c.say(others.value(0, partner), u"ok got it\r\nanything else?"_s, 50 * kSec);
        c.say(self, u"ok\rsorry, fat fingers"_s, 12 * kSec);
        c.say(self, u"  nope, that's it  "_s, 8 * kSec);
        break;
    }
    case F::QuotePunctuation: {
        const int said = c.say(
            partner, u"He said, and I quote, \"we'll be there by 8, latest\"... it's 9:30"_s,
            2 * kMin);
        const int reply = c.say(self, u"classic \"8, latest\" 😂"_s, 30 * kSec);
        c.quote(reply, said);
        break;
    }
    case F::Calls: playCalls(c, false); break;
    case F::MissedCalls: playCalls(c, true); break;
    case F::Edit: {
        const int h = c.say(self, u"I'll be there at 7:30, bringing the climbing shoes"_s, kMin);
        c.edit(h, u"Ill be thre at 6:30, bringing the climbing shoes"_s, 45 * kSec);
        break;
    }
    case F::RemoteDelete: {
        const int h = c.say(partner, u"ugh my boss just"_s, kMin);
        c.at(h).remoteDeleted = true;
        c.say(partner, u"wrong chat, ignore that 🙈"_s, 20 * kSec);
        break;
    }
    case F::Reactions: {
        const int h = c.say(self, u"I got the job!!! 🎉"_s, 2 * kMin);
        c.react(h, partner, u"❤️"_s, 30 * kSec);
        for (qint64 id : others)
            c.react(h, id, id % 2 ? u"🎉"_s : u"👍🏽"_s, rng.between(40, 900) * kSec);
        c.say(partner, u"CONGRATS 🥳 drinks on you"_s, 2 * kMin);
        break;
    }
    case F::Photo: {
        const int view = c.say(self, u"view from the top 🏔️"_s, 3 * kMin);
        c.attach(view, photo(rng));
        const int onlyPhoto = c.say(other(), QString(), 4 * kMin);
        c.attach(onlyPhoto, photo(rng));
        const int shot = c.say(self, QString(), 2 * kMin);
        c.attach(shot, screenshot(rng));
        c.say(other(), u"wow"_s, 40 * kSec);
        break;
    }
    case F::VoiceNote: {
        const int h = c.say(partner, QString(), 2 * kMin);
        c.attach(h, voiceNote(rng));
        c.say(self, u"listening later, I'm on the train"_s, 3 * kMin);
        break;
    }
    case F::Sticker: {
        const int h = c.say(partner, QString(), kMin);
        c.attach(h, sticker(u"😺"_s));
        break;
    }
    case F::TweetLink: {
        const int h = c.say(self,
                            u"this thread 😂 https://twitter.com/climbing_daily/status/"
                            u"1625123456789012345?s=20&t=Xy3kP0mQ8vR2"_s,
                            2 * kMin);
        c.at(h).previews.append(ScenarioLinkPreview{
            u"https://twitter.com/climbing_daily/status/1625123456789012345?s=20&t=Xy3kP0mQ8vR2"_s,
            u"Climbing Daily on Twitter"_s,
            u"“That moment when the crux hold turns out to be a jug.” 🧗"_s, 0});
        c.say(partner, u"stop, I'm crying"_s, kMin);
        break;
    }
    case F::XLink: {
        const int h
            = c.say(partner,
                    u"lol https://x.com/berlinbuses/status/1788234567890123456?s=46&t=q2W9zLmN4bV7 "
                    u"is this you?"_s,
                    kMin);
        c.at(h).previews.append(ScenarioLinkPreview{
            u"https://x.com/berlinbuses/status/1788234567890123456?s=46&t=q2W9zLmN4bV7"_s,
            u"Berlin Buses (@berlinbuses) on X"_s,
            u"Reminder: the M29 is not a race track, no matter what your playlist says."_s, 0});
        c.say(self, u"I have never run for a bus in my life 🙃"_s, 50 * kSec);
        break;
    }
    case F::LongMessage: {
        const QString full = longTravelReport();
        const int h = c.say(self, truncatedBody(full), 4 * kMin);
        c.at(h).longText = full;
        c.say(partner, u"ok I need to read this with coffee ☕"_s, 6 * kMin);
        break;
    }
    case F::AddressAndPhoneDe:
        c.say(partner, u"new address: "_s + pii(kAddress) + u" – 3rd floor, ring twice"_s, kMin);
        c.say(self, u"noted! and your number is still "_s + pii(kPhoneDe) + u"?"_s, 40 * kSec);
        c.say(partner, u"yes, or the old one "_s + pii(kPhoneDeLocal) + u" 😅"_s, 30 * kSec);
        break;
    case F::PhoneUs:
        c.say(partner,
              u"call me at "_s + pii(kPhoneUs) + u" when you land, the app is flaky here"_s, kMin);
        break;
    case F::PhoneUk:
        c.say(partner, u"my work mobile: "_s + pii(kPhoneUk) + u", text first pls"_s, kMin);
        break;
    case F::PhoneFr:
        c.say(partner, u"mon numéro français : "_s + pii(kPhoneFr) + u" (for the weekend)"_s, kMin);
        break;
    case F::PhoneIn:
        c.say(other(),
              u"if anyone needs a ride from the airport, ping me: "_s + pii(kPhoneIn)
                  + u" (roaming, replies are slow)"_s,
              kMin);
        break;
    case F::Email:
        c.say(partner,
              u"send the photos to "_s + (partner == 1 ? pii(kEmailLena) : pii(kEmailMarco))
                  + u" please, my phone is full"_s,
              kMin);
        break;
    case F::Iban:
        c.say(partner,
              u"rent split for March: 412,50 € each → "_s + pii(kIban)
                  + u" (reference \"flat 3B March\")"_s,
              kMin);
        c.say(self, u"sent ✅"_s, 20 * kMin);
        break;
    case F::Card:
        c.say(partner,
              u"lol someone in the other group posted a full card number: "_s + pii(kCard)
                  + u" exp 12/27 🤦"_s,
              kMin);
        c.say(self, u"that's the test card number, relax 😄"_s, kMin);
        break;
    case F::Timer: {
        const qint64 week = 7 * DemoClock::kDay;
        int h = c.event(MessageType::TimerChange, self, kMin);
        c.at(h).expiresInMs = week;
        h = c.say(self, u"turning on disappearing messages for the surprise planning 🤫"_s,
                  20 * kSec);
        c.at(h).expiresInMs = week;
        h = c.say(partner, u"ooh ok. Saturday, 8pm, my place, tell no one"_s, 90 * kSec);
        c.at(h).expiresInMs = week;
        h = c.event(MessageType::TimerChange, partner, 30 * kMin);
        c.at(h).expiresInMs = 0;
        break;
    }
    case F::SafetyNumber:
        c.event(MessageType::SafetyNumberChange, partner, 2 * kMin);
        c.say(partner, u"new phone 📱 finally"_s, 30 * kSec);
        break;
    case F::ProfileChange: {
        const int h = c.event(MessageType::ProfileChange, partner, kMin);
        c.at(h).oldText = c.firstName(partner);
        const ScenarioPerson *p = c.scenario().person(partner);
        c.at(h).newText = p ? p->profileJoined() : QString();
        break;
    }
    case F::Joined: c.event(MessageType::Joined, partner, kMin); break;
    case F::FailedSend: {
        const int h = c.say(self, u"are you still at the station?"_s, kMin);
        c.at(h).failed = true;
        c.say(self, u"are you still at the station?"_s, 3 * kMin);
        break;
    }
    case F::ViewOnce: {
        const int h = c.say(partner, QString(), kMin);
        c.at(h).viewOnce = true;
        c.attach(h, photo(rng));
        c.say(self, u"WHAT 😂 send that again"_s, kMin);
        break;
    }
    case F::BoldText: {
        const int h = c.say(self, u"DON'T forget the keys this time"_s, kMin);
        c.at(h).boldRanges.append({0, 5});
        break;
    }
    case F::StoryReplies: {
        const int story = c.event(MessageType::Story, partner, 10 * kMin);
        c.at(story).storyType = 1;
        c.at(story).body = u"sunset run 🌅"_s;
        c.attach(story, photo(rng));
        const int reply = c.say(self, u"gorgeous!! where is that?"_s, 20 * kMin);
        c.at(reply).directStoryReply = true;
        c.replyToStory(reply, story);
        const int reaction = c.event(MessageType::StoryReaction, self, 10 * kSec);
        c.at(reaction).body = u"😍"_s;
        c.replyToStory(reaction, story);
        c.say(partner, u"Tempelhofer Feld, around 9pm"_s, 5 * kMin);
        break;
    }
    case F::Cjk:
        c.say(partner, u"明日の予定は？ 😊"_s, kMin);
        c.say(self, u"tomorrow? free after 6"_s, kMin);
        c.say(partner, u"じゃあ、7時に駅で！"_s, 30 * kSec);
        c.say(partner, u"好的，没问题 (my Chinese is rusty lol) 감사합니다"_s, 20 * kSec);
        break;
    case F::Arabic:
        c.say(partner, u"مرحبا! كيف حالك؟"_s, kMin);
        c.say(self, u"all good! you?"_s, kMin);
        c.say(partner, u"الحمد لله، بخير 🙏 see you Friday?"_s, 40 * kSec);
        break;
    case F::Hebrew:
        c.say(other(), u"שלום לכולם! מי שם את החלב במקרר? 🥛"_s, kMin);
        c.say(other(), u"guilty 🙋🏽‍♀️"_s, 2 * kMin);
        c.say(self, u"also: parcels go to "_s + pii(kAddressFlat) + u" now, not the old place"_s,
              5 * kMin);
        break;
    case F::GroupCreated: {
        const ScenarioGroup *g = c.scenario().group(c.chat().recipientId);
        const qint64 creator = g && g->legacyV1 ? c.partner() : self;
        playGroupUpdate(c, GroupChange::Created, creator, g ? g->members : QList<qint64>());
        c.say(creator, u"made a group so we stop flooding the other chat"_s, kMin);
        break;
    }
    case F::GroupMembers: {
        const ScenarioGroup *g = c.scenario().group(c.chat().recipientId);
        const qint64 added = g ? g->members.last() : partner;
        playGroupUpdate(c, GroupChange::MemberAdded, g ? g->members.value(1) : partner, {added});
        c.say(added, u"hi all 👋 thanks for adding me"_s, 3 * kMin);
        break;
    }
    case F::GroupTitle: {
        const int h = c.event(MessageType::GroupUpdate, other(), kMin);
        c.at(h).groupChange = GroupChange::TitleChanged;
        c.at(h).oldText = u"Climbing 🧗"_s;
        const ScenarioGroup *g = c.scenario().group(c.chat().recipientId);
        c.at(h).newText = g ? g->title : QString();
        break;
    }
    case F::GroupCall: {
        const int h = c.event(MessageType::Call, other(), 2 * kMin);
        c.at(h).call = CallKind::GroupCall;
        c.at(h).affected = others;
        break;
    }
    case F::MentionAfterEmoji: {
        const qint64 first = others.value(0, partner);
        const qint64 second = others.value(1, partner);
        const qint64 sender = self;
        const int h = c.say(
            sender,
            u"🧗‍♀️ {@%1} are you coming Saturday? {@%2} said they're driving"_s.arg(first)
                .arg(second),
            kMin);
        c.resolveMentions(h);
        const int back
            = c.say(first, u"👨‍👩‍👧 {@%1} yes! save me a spot"_s.arg(self), kMin);
        c.resolveMentions(back);
        break;
    }
    case F::GroupStory: {
        const qint64 poster = other();
        const int story = c.event(MessageType::Story, poster, 5 * kMin);
        c.at(story).storyType = 1;
        c.attach(story, photo(rng));
        const int reply = c.event(MessageType::GroupStoryReply, self, 10 * kMin);
        c.at(reply).body = u"that wall looks impossible"_s;
        c.replyToStory(reply, story);
        break;
    }
    case F::SelfStory: {
        const int h = c.event(MessageType::Story, self, kMin);
        if (rng.chance(500)) {
            c.at(h).storyType = 3; // text story
            c.at(h).body = u"new bouldering gym opened 🧗‍♂️🎉"_s;
        } else {
            c.at(h).storyType = 1;
            c.attach(h, photo(rng));
        }
        break;
    }
    case F::Spam:
        c.say(partner,
              u"Congratulations! You've been selected for a €500 voucher 🎁 claim now: "
              u"https://x.com/promo_deals_eu/status/1799999999999999999?ref=signal&utm_source=dm"_s,
              kMin);
        c.say(partner, u"Reply STOP to unsubscribe"_s, 10 * kSec);
        break;
    case F::SelfLeftGroup: playGroupUpdate(c, GroupChange::MemberLeft, self, {self}); break;
    case F::NoteToSelf: playNotes(c); break;
    }
}

} // namespace idiolect::demogen
