// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationTypeClassifier.h"

#include "Corpus.h"

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr int kPlanningMessages = 2;
constexpr int kDiscussionMessages = 10;
constexpr double kDiscussionMeanLength = 60.0;
constexpr double kDiscussionQuestionShare = 0.3;

} // namespace

QStringList ConversationTypeClassifier::defaultCues()
{
    return {// English
            u"tomorrow"_s, u"tonight"_s, u"today"_s, u"meet"_s, u"meeting"_s, u"when"_s, u"where"_s,
            u"plan"_s, u"plans"_s, u"schedule"_s, u"calendar"_s, u"appointment"_s, u"weekend"_s,
            u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s, u"saturday"_s,
            u"sunday"_s, u"o'clock"_s, u"pick you up"_s, u"see you at"_s,
            // German
            u"morgen"_s, u"heute"_s, u"treffen"_s, u"wann"_s, u"termin"_s, u"kalender"_s,
            u"wochenende"_s, u"montag"_s, u"dienstag"_s, u"mittwoch"_s, u"donnerstag"_s,
            u"freitag"_s, u"samstag"_s, u"sonntag"_s, u"abholen"_s};
}

ConversationTypeClassifier::ConversationTypeClassifier(const QStringList &cues)
{
    QStringList escaped;
    for (const QString &cue : cues.isEmpty() ? defaultCues() : cues)
        escaped.append(QRegularExpression::escape(cue));
    const QString words
        = u"(?<![\\p{L}\\p{N}])(?:"_s + escaped.join(u'|') + u")(?![\\p{L}\\p{N}])"_s;
    const QString times
        = u"(?<!\\d)\\d{1,2}(?::[0-5]\\d)?\\s?(?:am|pm|uhr)(?![\\p{L}])|(?<!\\d)\\d{1,2}:[0-5]\\d(?!\\d)"_s;
    m_cues = QRegularExpression(words + u'|' + times,
                                QRegularExpression::CaseInsensitiveOption
                                    | QRegularExpression::UseUnicodePropertiesOption);
    m_cues.optimize();
}

bool ConversationTypeClassifier::hasPlanningCue(QStringView text) const
{
    return m_cues.match(text).hasMatch();
}

ConversationType ConversationTypeClassifier::classify(const Corpus &corpus,
                                                      const CorpusThread &thread, quint32 begin,
                                                      quint32 end) const
{
    int cueMessages = 0;
    int textMessages = 0;
    int questions = 0;
    double lengthSum = 0;
    for (quint32 i = begin; i < end; ++i) {
        const CorpusMessage &m = thread.messages[i];
        if (!m.is(CorpusFlag::IsText))
            continue;
        ++textMessages;
        lengthSum += m.length;
        if (m.is(CorpusFlag::HasQuestion))
            ++questions;
        if (cueMessages < kPlanningMessages && hasPlanningCue(corpus.text(m)))
            ++cueMessages;
    }
    if (cueMessages >= kPlanningMessages)
        return ConversationType::Planning;
    if (int(end - begin) >= kDiscussionMessages && textMessages > 0
        && (lengthSum / textMessages >= kDiscussionMeanLength
            || double(questions) / textMessages >= kDiscussionQuestionShare))
        return ConversationType::Discussion;
    return ConversationType::Chat;
}

} // namespace idiolect
