// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentText.h"

#include "common/Utf16.h"

#include <QChar>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

bool isDropped(QChar c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    const auto category = c.category();
    // Controls, and format characters other than ZWJ/ZWNJ (which emoji and scripts need).
    return category == QChar::Other_Control
        || (category == QChar::Other_Format && c != QChar(0x200D) && c != QChar(0x200C));
}

} // namespace

QByteArray EnrichmentText::userAgent()
{
    return QByteArrayLiteral("Idiolect/" IDIOLECT_VERSION_STRING);
}

QString EnrichmentText::truncate(QString text, int maxChars)
{
    if (maxChars <= 0 || text.size() <= maxChars)
        return text;
    qsizetype cut = qMax(1, maxChars - 1); // room for the ellipsis
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    const qsizetype space = text.lastIndexOf(u' ', cut);
    if (space > 0 && space >= cut - cut / 5)
        cut = space;
    text.truncate(cut);
    while (!text.isEmpty() && (text.back().isSpace() || QStringView(u".,;:").contains(text.back())))
        text.chop(1);
    text.append(u'…');
    return text;
}

QString EnrichmentText::block(QStringView raw, int maxChars)
{
    const QString text = utf16::withoutLoneSurrogates(raw);
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            clean.append(u'\n');
        } else if (c == QChar(0x2028) || c == QChar(0x2029)) {
            clean.append(u'\n');
        } else if (!isDropped(c)) {
            clean.append(c == u'\t' ? QChar(u' ') : c);
        }
    }
    QStringList lines;
    int blank = 0;
    for (QStringView l : QStringView(clean).split(u'\n')) {
        const QString trimmed = l.trimmed().toString();
        blank = trimmed.isEmpty() ? blank + 1 : 0;
        if (blank <= 1)
            lines.append(trimmed);
    }
    while (!lines.isEmpty() && lines.front().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return truncate(lines.join(u'\n'), maxChars);
}

QString EnrichmentText::line(QStringView raw, int maxChars)
{
    const QString text = utf16::withoutLoneSurrogates(raw);
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c.isSpace() || c == u'\r') {
            space = !out.isEmpty();
            continue;
        }
        if (isDropped(c))
            continue;
        if (space)
            out.append(u' ');
        space = false;
        out.append(c);
    }
    return truncate(out, maxChars);
}

QString EnrichmentText::stripModelChatter(QString text)
{
    while (true) {
        const qsizetype open = text.indexOf(u"<think>", 0, Qt::CaseInsensitive);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u"</think>", open, Qt::CaseInsensitive);
        text.remove(open, close < 0 ? text.size() - open : close + 8 - open);
    }
    text = text.trimmed();
    for (QStringView label : {u"Description:", u"Image description:", u"Image:"}) {
        if (text.startsWith(label, Qt::CaseInsensitive)) {
            text = text.sliced(label.size()).trimmed();
            break;
        }
    }
    const auto unwrap = [&text](QStringView open, QStringView close) {
        if (text.size() < open.size() + close.size() + 1 || !text.startsWith(open)
            || !text.endsWith(close))
            return false;
        const QStringView inner
            = QStringView(text).sliced(open.size(), text.size() - open.size() - close.size());
        if (inner.contains(open) || inner.contains(close))
            return false; // "a" and "b": the quotes belong to the text
        text = inner.trimmed().toString();
        return true;
    };
    while (unwrap(u"**", u"**") || unwrap(u"\"", u"\"") || unwrap(u"“", u"”")) { }
    return text;
}

} // namespace idiolect
