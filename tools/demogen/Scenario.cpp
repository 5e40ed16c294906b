// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scenario.h"

#include "DemoClock.h"
#include "DemoPii.h"
#include "DemoRandom.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

using F = AuthoredFeature;

QString uuidFrom(DemoRandom &rng)
{
    QByteArray bytes;
    for (int i = 0; i < 2; ++i) {
        const quint64 v = rng.next();
        for (int b = 0; b < 8; ++b)
            bytes.append(char((v >> (8 * b)) & 0xFF));
    }
    bytes[6] = char((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    const QString hex = QString::fromLatin1(bytes.toHex());
    return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4)
        + u'-' + hex.mid(20);
}

QByteArray keyFrom(DemoRandom &rng, int size)
{
    QByteArray key;
    while (key.size() < size) {
        const quint64 v = rng.next();
        for (int b = 0; b < 8 && key.size() < size; ++b)
            key.append(char((v >> (8 * b)) & 0xFF));
    }
    return key;
}

ScenarioPerson newPerson(DemoRandom &rng, qint64 id)
{
    ScenarioPerson p;
    p.id = id;
    p.aci = uuidFrom(rng);
    p.avatarColorIndex = int(id % 12);
    return p;
}

} // namespace

Scenario Scenario::demo(const ScenarioOptions &options)
{
    using namespace demopii;
    Scenario s;
    s.options = options;
    // The cast never depends on the seed: ids, names and keys stay put.
    DemoRandom rng(0x1D101EC7);

    const qint64 spanDays = std::clamp<qint64>(options.messages / 250, 700, 3200);
    s.endMs = DemoClock::utcDate(2024, 11, 29) + 21 * DemoClock::kHour;
    s.startMs = s.endMs - spanDays * DemoClock::kDay;
    s.fromToMigrationMs = DemoClock::utcDate(2023, 4, 14);

    ScenarioPerson lena = newPerson(rng, 1);
    lena.systemGiven = u"Lena"_s;
    lena.systemFamily = u"Hoffmann"_s;
    lena.profileGiven = u"Lena"_s;
    lena.profileFamily = u"H."_s;
    lena.e164 = QString::fromUtf16(kE164Lena);
    lena.about = u"☕ + 🧗‍♀️"_s;
    ScenarioPerson marco = newPerson(rng, 2);
    marco.profileGiven = u"Marco"_s;
    marco.profileFamily = u"Rossi"_s;
    marco.e164 = QString::fromUtf16(kE164Marco);
    ScenarioPerson jonas = newPerson(rng, 3);
    jonas.systemGiven = u"Jonas"_s;
    jonas.systemFamily = u"Weber"_s;
    jonas.e164 = QString::fromUtf16(kE164Jonas);
    ScenarioPerson aisha = newPerson(rng, 4);
    aisha.systemGiven = u"Aisha"_s;
    aisha.systemFamily = u"Rahman"_s;
    aisha.profileGiven = u"Aisha"_s;
    aisha.profileFamily = u"R"_s;
    aisha.nickname = u"Aish"_s;
    aisha.e164 = QString::fromUtf16(kE164Aisha);
    ScenarioPerson priya = newPerson(rng, 5);
    priya.profileGiven = u"Priya"_s;
    priya.profileFamily = u"Sharma"_s;
    priya.e164 = QString::fromUtf16(kE164Priya);
    ScenarioPerson self = newPerson(rng, 6);
    self.isSelf = true;
    self.profileGiven = u"Sam"_s;
    self.profileFamily = u"Becker"_s;
    self.username = u"sam.72"_s;
    self.e164 = QString::fromUtf16(kE164Self);
    self.about = u"mostly offline on weekends"_s;
    ScenarioPerson yuki = newPerson(rng, 7);
    yuki.profileGiven = u"由紀"_s;
    yuki.profileFamily = u"田中"_s;
    yuki.username = u"yuki.42"_s;
    ScenarioPerson omar = newPerson(rng, 8);
    omar.profileGiven = u"عمر"_s;
    omar.profileFamily = u"حداد"_s;
    omar.systemGiven = u"Omar"_s;
    omar.systemFamily = u"Haddad"_s;
    omar.e164 = QString::fromUtf16(kE164Omar);
    ScenarioPerson noa = newPerson(rng, 9);
    noa.profileGiven = u"נועה"_s;
    noa.profileFamily = u"לוי"_s;
    noa.e164 = QString::fromUtf16(kE164Noa);
    ScenarioPerson spammer = newPerson(rng, 14);
    spammer.e164 = QString::fromUtf16(kE164Spam);
    spammer.blocked = true;
    ScenarioPerson noah = newPerson(rng, 15);
    noah.username = u"noah.07"_s;
    s.people = {lena, marco, jonas, aisha, priya, self, yuki, omar, noa, spammer, noah};
    s.selfId = self.id;

    auto span = [&s](int percent) { return s.startMs + (s.endMs - s.startMs) * percent / 100; };
    ScenarioGroup bookClub;
    bookClub.recipientId = 10;
    bookClub.title = u"Book club"_s;
    bookClub.groupKey = keyFrom(rng, 16);
    bookClub.legacyV1 = true;
    bookClub.active = false;
    bookClub.members = {6, 1, 4, 9};
    bookClub.createdAt = span(2);
    ScenarioGroup climbing;
    climbing.recipientId = 11;
    climbing.title = u"Climbing crew 🧗"_s;
    climbing.groupKey = keyFrom(rng, 32);
    climbing.members = {6, 1, 3, 5, 2};
    climbing.createdAt = span(10);
    ScenarioGroup flat;
    flat.recipientId = 12;
    flat.title = u"Flat 3B 🏠"_s;
    flat.groupKey = keyFrom(rng, 32);
    flat.members = {6, 4, 8, 9, 7};
    flat.createdAt = span(25);
    s.groups = {bookClub, climbing, flat};
    s.storyListRecipientId = 13;
    s.storyListName = u"00000000-0000-0000-0000-000000000000"_s;

    struct ChatSpec
    {
        ChatKind kind;
        qint64 recipient;
        int weight;
        int selfShare;
        int startPercent;
        int endPercent;
        QList<AuthoredFeature> features;
        TextingStyle style = TextingStyle::Balanced;
    };
    const ChatSpec specs[] = {
        {ChatKind::Direct,
         1,
         30,
         50,
         0,
         100,
         {F::Emoji,
          F::Multiline,
          F::QuotePunctuation,
          F::Calls,
          F::Edit,
          F::RemoteDelete,
          F::Reactions,
          F::Photo,
          F::VoiceNote,
          F::Sticker,
          F::TweetLink,
          F::LongMessage,
          F::AddressAndPhoneDe,
          F::Email,
          F::Timer,
          F::SafetyNumber,
          F::FailedSend,
          F::ViewOnce,
          F::BoldText,
          F::StoryReplies}},
        {ChatKind::Group, 10, 2, 30, 2, 40, {F::GroupCreated, F::SelfLeftGroup}},
        {ChatKind::Direct,
         2,
         12,
         50,
         5,
         100,
         {F::Joined, F::PhoneUs, F::XLink, F::ProfileChange, F::MissedCalls, F::Email,
          F::Reactions},
         TextingStyle::Lengthy},
        {ChatKind::Group,
         11,
         16,
         25,
         10,
         100,
         {F::GroupCreated, F::MentionAfterEmoji, F::GroupCall, F::PhoneIn, F::GroupTitle,
          F::GroupStory, F::Reactions, F::Photo}},
        {ChatKind::Direct,
         4,
         10,
         50,
         15,
         100,
         {F::PhoneUk, F::Iban, F::Emoji, F::Calls},
         TextingStyle::Terse},
        {ChatKind::NoteToSelf, 6, 2, 100, 20, 100, {F::NoteToSelf}},
        {ChatKind::Group,
         12,
         10,
         25,
         25,
         100,
         {F::GroupCreated, F::Hebrew, F::MentionAfterEmoji, F::GroupMembers, F::Multiline}},
        {ChatKind::Direct,
         7,
         6,
         50,
         30,
         100,
         {F::Cjk, F::Emoji, F::Sticker},
         TextingStyle::EmojiLover},
        {ChatKind::Direct,
         8,
         6,
         50,
         35,
         100,
         {F::Arabic, F::PhoneFr, F::VoiceNote},
         TextingStyle::Rapid},
        {ChatKind::StoryList, 13, 1, 100, 45, 100, {F::SelfStory}},
        {ChatKind::Direct, 14, 1, 0, 60, 62, {F::Spam}},
        {ChatKind::Direct, 15, 2, 50, 70, 100, {F::Joined, F::Card}},
    };
    qint64 threadId = 0;
    for (const ChatSpec &spec : specs) {
        ScenarioChat chat;
        chat.threadId = ++threadId;
        chat.kind = spec.kind;
        chat.recipientId = spec.recipient;
        chat.weight = spec.weight;
        chat.selfShare = spec.selfShare;
        chat.startsAt = span(spec.startPercent);
        chat.endsAt = span(spec.endPercent);
        chat.partnerStyle = spec.style;
        if (spec.kind == ChatKind::StoryList)
            chat.storyListName = s.storyListName;
        s.chats.append(chat);
        s.chatFeatures.append(spec.features);
    }
    return s;
}

const ScenarioPerson *Scenario::person(qint64 id) const
{
    for (const ScenarioPerson &p : people) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const ScenarioGroup *Scenario::group(qint64 recipientId) const
{
    for (const ScenarioGroup &g : groups) {
        if (g.recipientId == recipientId)
            return &g;
    }
    return nullptr;
}

QList<qint64> Scenario::participants(int chat) const
{
    const ScenarioChat &c = chats[chat];
    switch (c.kind) {
    case ChatKind::Direct: return {selfId, c.recipientId};
    case ChatKind::Group: return group(c.recipientId)->members;
    case ChatKind::NoteToSelf:
    case ChatKind::StoryList: return {selfId};
    }
    return {selfId};
}

QList<qint64> Scenario::recipientIds() const
{
    QList<qint64> ids;
    for (const ScenarioPerson &p : people)
        ids.append(p.id);
    for (const ScenarioGroup &g : groups)
        ids.append(g.recipientId);
    ids.append(storyListRecipientId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<PiiValue> Scenario::piiValues() const
{
    using namespace demopii;
    const QString message = u"message"_s;
    const QString recipient = u"recipient"_s;
    QList<PiiValue> values = {
        {u"phone"_s, QString::fromUtf16(kPhoneDe), u"DE international"_s, message},
        {u"phone"_s, QString::fromUtf16(kPhoneDeLocal), u"DE national"_s, message},
        {u"phone"_s, QString::fromUtf16(kPhoneUs), u"US national"_s, message},
        {u"phone"_s, QString::fromUtf16(kPhoneUk), u"UK national"_s, message},
        {u"phone"_s, QString::fromUtf16(kPhoneFr), u"FR national"_s, message},
        {u"phone"_s, QString::fromUtf16(kPhoneIn), u"IN international"_s, message},
        {u"email"_s, QString::fromUtf16(kEmailLena), QString(), message},
        {u"email"_s, QString::fromUtf16(kEmailMarco), QString(), message},
        {u"address"_s, QString::fromUtf16(kAddress), u"DE street address"_s, message},
        {u"address"_s, QString::fromUtf16(kAddressFlat), u"DE street address"_s, message},
        {u"iban"_s, QString::fromUtf16(kIban), u"DE, valid checksum"_s, message},
        {u"card"_s, QString::fromUtf16(kCard), u"Visa, Luhn-valid"_s, message},
    };
    for (const ScenarioPerson &p : people) {
        if (!p.e164.isEmpty())
            values.append({u"phone"_s, p.e164, u"E.164"_s, recipient});
        for (const QString &name :
             {p.profileJoined(), p.systemJoined(), p.nickname, p.profileGiven, p.systemGiven}) {
            const bool seen
                = std::any_of(values.cbegin(), values.cend(), [&name](const PiiValue &v) {
                      return v.kind == u"name"_s && v.value == name;
                  });
            if (!name.isEmpty() && !seen)
                values.append({u"name"_s, name, QString(), recipient});
        }
        if (!p.username.isEmpty())
            values.append({u"username"_s, p.username, QString(), recipient});
    }
    return values;
}

} // namespace idiolect::demogen
