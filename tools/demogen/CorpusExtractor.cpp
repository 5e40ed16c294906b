// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorpusExtractor.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

constexpr int kMinLines = 3;
constexpr int kMaxSpeakers = 5;
constexpr int kMaxLineLength = 280;

struct IrcLine
{
    bool isMessage = false;
    int minute = 0; ///< Minute of the day.
    QString nick;
    QString text;
};

std::vector<IrcLine> parseRaw(const QByteArray &raw)
{
    static const QRegularExpression message(u"^\\[(\\d\\d):(\\d\\d)\\] <([^>]+)> (.*)$"_s);
    std::vector<IrcLine> lines;
    for (const QByteArray &bytes : raw.split('\n')) {
        IrcLine line;
        const QString text = QString::fromUtf8(bytes);
        const auto m = message.match(text);
        if (m.hasMatch()) {
            line.isMessage = true;
            line.minute = m.captured(1).toInt() * 60 + m.captured(2).toInt();
            line.nick = m.captured(3).trimmed();
            line.text = m.captured(4);
        }
        lines.push_back(line);
    }
    return lines;
}

int findRoot(std::vector<int> &parent, int i)
{
    while (parent[size_t(i)] != i) {
        parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        i = parent[size_t(i)];
    }
    return i;
}

/** True when @p a and @p b differ by at most one inserted, deleted or changed character. */
bool withinOneEdit(QStringView a, QStringView b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    if (b.size() - a.size() > 1)
        return false;
    qsizetype i = 0;
    while (i < a.size() && a[i] == b[i])
        ++i;
    // Past the first difference the rest must match, after skipping one character of the
    // longer word (insertion) or of both (change).
    return a.size() == b.size() ? a.mid(i + 1) == b.mid(i + 1) : a.mid(i) == b.mid(i + 1);
}

/** A word used this often in running text is an ordinary word ("right", "maybe", "gnome"). */
constexpr int kCommonWord = 20;

/** What the whole corpus says about words: how often each is used, and who speaks. */
struct CorpusWords
{
    QHash<QString, int> counts; ///< Lower-case words of 4+ characters in running text.
    QSet<QString> nicks; ///< Every speaker of every log, lower-case.

    [[nodiscard]] bool isCommon(const QString &wordLower) const
    {
        return counts.value(wordLower) >= kCommonWord;
    }
    /** Someone's nickname in some log (people are addressed in logs they do not speak in). */
    [[nodiscard]] bool isNickElsewhere(const QString &wordLower) const
    {
        return wordLower.size() >= 4 && nicks.contains(wordLower) && !isCommon(wordLower);
    }
};

/**
 * A word that names someone by a shortened, lengthened or mistyped nickname: people write
 * "nolimit:" for nolimitsoya, "Gooner," for Goooner or "helpneeded" for helpneed, and the
 * person may not speak in the log at all under the name they are called by. Ordinary words
 * are left alone ("right," is not righteousRat).
 */
bool looksLikeNick(const QString &wordLower, const QSet<QString> &nicksLower,
                   const CorpusWords &corpus)
{
    if (wordLower.size() < 4 || corpus.isCommon(wordLower))
        return false;
    for (const QString &nick : nicksLower) {
        if (nick.size() < 4)
            continue;
        const bool shortened = nick.startsWith(wordLower);
        const bool lengthened = wordLower.startsWith(nick) && wordLower.size() - nick.size() <= 3;
        if (shortened || lengthened || withinOneEdit(wordLower, nick))
            return true;
    }
    return false;
}

/**
 * Removes "nick: " / "nick, " / "nick " addressing (up to two in a row); a word that only
 * resembles a nickname (looksLikeNick) or is one in another log must be followed by ':' or ','.
 */
QString stripAddressing(QString text, const QSet<QString> &nicksLower, const CorpusWords &corpus)
{
    static const QRegularExpression prefix(u"^\\s*([^\\s:,]+)\\s*([:,]?)\\s+"_s);
    for (int round = 0; round < 2; ++round) {
        const auto m = prefix.match(text);
        const QString word = m.captured(1).toLower();
        if (!m.hasMatch() || word.size() < 3)
            break;
        const bool punctuated = !m.capturedView(2).isEmpty();
        if (!nicksLower.contains(word)
            && !(punctuated
                 && (looksLikeNick(word, nicksLower, corpus) || corpus.isNickElsewhere(word))))
            break;
        text = text.mid(m.capturedLength(0));
    }
    return text.trimmed();
}

/** One regular expression matching any of @p nicks as a whole word. */
QRegularExpression wordsPattern(const QStringList &nicks, bool caseInsensitive)
{
    QStringList escaped;
    for (const QString &nick : nicks) {
        if (nick.size() >= 3)
            escaped.append(QRegularExpression::escape(nick));
    }
    if (escaped.isEmpty())
        return QRegularExpression(u"(?!)"_s);
    return QRegularExpression(u"(?<![A-Za-z0-9_])("_s + escaped.join(u'|') + u")(?![A-Za-z0-9_])"_s,
                              caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                              : QRegularExpression::NoPatternOption);
}

/** Nicknames that cannot be ordinary words (digits, capitals, punctuation). */
bool isDistinctive(const QString &nick)
{
    if (nick.size() < 4)
        return false;
    for (QChar c : nick) {
        if (!(c >= u'a' && c <= u'z'))
            return true;
    }
    return false;
}

bool looksPersonal(const QString &text)
{
    static const QRegularExpression email(u"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"_s);
    static const QRegularExpression ipv4(u"\\b\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\b"_s);
    static const QRegularExpression longNumber(u"\\d[\\d ./-]{6,}\\d"_s);
    static const QRegularExpression hostmask(u"[~!]?[A-Za-z0-9._-]+@"_s);
    return email.match(text).hasMatch() || ipv4.match(text).hasMatch()
        || longNumber.match(text).hasMatch() || hostmask.match(text).hasMatch();
}

/** The lower-case words of @p text (letters, digits and '_'). */
QStringList lowerWords(const QString &text)
{
    static const QRegularExpression separators(u"[^a-z0-9_]+"_s);
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

/** True when a word of @p text is a shortened, lengthened or mistyped nickname. */
bool namesSomeoneLoosely(const QString &text, const QSet<QString> &nicksLower,
                         const CorpusWords &corpus)
{
    const QStringList words = lowerWords(text);
    return std::any_of(words.cbegin(), words.cend(), [&](const QString &word) {
        return looksLikeNick(word, nicksLower, corpus);
    });
}

/** Adds the speakers of @p lines and the words of their messages, each after its first. */
void countWords(const std::vector<IrcLine> &lines, CorpusWords &words)
{
    for (const IrcLine &l : lines) {
        if (!l.isMessage)
            continue;
        words.nicks.insert(l.nick.toLower());
        const QStringList text = lowerWords(l.text);
        for (qsizetype i = 1; i < text.size(); ++i) {
            if (text[i].size() >= 4)
                ++words.counts[text[i]];
        }
    }
}

QByteArray dialoguesOf(const QString &rawPath, const QString &annotationPath,
                       const CorpusWords &corpus, QString *error)
{
    QFile rawFile(rawPath);
    QFile annotationFile(annotationPath);
    if (!rawFile.open(QIODevice::ReadOnly) || !annotationFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + rawPath;
        return {};
    }
    const std::vector<IrcLine> lines = parseRaw(rawFile.readAll());
    const int n = int(lines.size());
    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<bool> annotated(static_cast<size_t>(n), false);
    for (const QByteArray &row : annotationFile.readAll().split('\n')) {
        const QList<QByteArray> parts = row.simplified().split(' ');
        if (parts.size() < 2)
            continue;
        const int a = parts[0].toInt();
        const int b = parts[1].toInt();
        if (a < 0 || b < 0 || a >= n || b >= n || !lines[size_t(a)].isMessage
            || !lines[size_t(b)].isMessage)
            continue;
        annotated[size_t(a)] = annotated[size_t(b)] = true;
        parent[size_t(findRoot(parent, a))] = findRoot(parent, b);
    }

    QSet<QString> nicksLower;
    QStringList distinctive;
    for (const IrcLine &l : lines) {
        if (!l.isMessage || nicksLower.contains(l.nick.toLower()))
            continue;
        nicksLower.insert(l.nick.toLower());
        if (isDistinctive(l.nick))
            distinctive.append(l.nick);
    }
    std::sort(distinctive.begin(), distinctive.end());
    const QRegularExpression anyDistinctiveNick = wordsPattern(distinctive, false);

    std::map<int, std::vector<int>> components; // root → line indices, ordered by root
    for (int i = 0; i < n; ++i) {
        if (annotated[size_t(i)])
            components[findRoot(parent, i)].push_back(i);
    }
    std::vector<std::vector<int>> ordered;
    for (auto &[root, members] : components) {
        std::sort(members.begin(), members.end());
        ordered.push_back(members);
    }
    std::sort(ordered.begin(), ordered.end(),
              [](const std::vector<int> &a, const std::vector<int> &b) { return a[0] < b[0]; });

    QByteArray out;
    for (const std::vector<int> &members : ordered) {
        QStringList speakers;
        for (int i : members) {
            if (!speakers.contains(lines[size_t(i)].nick))
                speakers.append(lines[size_t(i)].nick);
        }
        if (speakers.size() < 2 || speakers.size() > kMaxSpeakers)
            continue;
        const QRegularExpression speakerNick = wordsPattern(speakers, true);
        QByteArray block;
        QSet<int> used;
        int kept = 0;
        int lastMinute = -1;
        for (int i : members) {
            const IrcLine &l = lines[size_t(i)];
            QString text = stripAddressing(l.text, nicksLower, corpus);
            text.replace(u'\t', u' ');
            if (text.isEmpty() || text.size() > kMaxLineLength || speakerNick.match(text).hasMatch()
                || anyDistinctiveNick.match(text).hasMatch() || looksPersonal(text)
                || namesSomeoneLoosely(text, nicksLower, corpus) || text.startsWith(u'!'))
                continue;
            const int speaker = int(speakers.indexOf(l.nick));
            int gap = lastMinute < 0 ? 0 : l.minute - lastMinute;
            if (gap < 0)
                gap += 24 * 60;
            lastMinute = l.minute;
            used.insert(speaker);
            ++kept;
            block += QByteArray::number(speaker) + '\t' + QByteArray::number(gap) + '\t'
                + text.toUtf8() + '\n';
        }
        if (kept >= kMinLines && used.size() >= 2)
            out += block + '\n';
    }
    return out;
}

} // namespace

QByteArray CorpusExtractor::attribution()
{
    return QByteArrayLiteral(
        "# Derived from the Ubuntu IRC data of the irc-disentanglement corpus by\n"
        "# J. K. Kummerfeld et al. (https://github.com/jkkummerfeld/irc-disentanglement),\n"
        "# CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Changes: reply\n"
        "# components turned into dialogues, nicknames and personal data removed.\n");
}

QByteArray CorpusExtractor::extract(const QString &trainDir, QString *error)
{
    const QDir dir(trainDir);
    const QStringList raws = dir.entryList({u"*.raw.txt"_s}, QDir::Files, QDir::Name);
    if (raws.isEmpty()) {
        *error = u"no *.raw.txt files in "_s + trainDir;
        return {};
    }
    // Which words are ordinary comes from the whole corpus, before any dialogue is written.
    CorpusWords corpus;
    for (const QString &raw : raws) {
        QFile file(dir.filePath(raw));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read "_s + file.fileName();
            return {};
        }
        countWords(parseRaw(file.readAll()), corpus);
    }
    QByteArray out = attribution();
    out += "# Format: one dialogue per block, one line per message:\n"
           "# SPEAKER<TAB>MINUTES_SINCE_PREVIOUS<TAB>TEXT; blocks end with an empty line.\n\n";
    for (const QString &raw : raws) {
        const QString annotation = QString(raw).replace(u".raw.txt"_s, u".annotation.txt"_s);
        const QByteArray part
            = dialoguesOf(dir.filePath(raw), dir.filePath(annotation), corpus, error);
        if (!error->isEmpty())
            return {};
        out += part;
    }
    return out;
}

} // namespace idiolect::demogen
