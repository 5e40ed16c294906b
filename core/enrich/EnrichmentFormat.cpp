// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentFormat.h"

#include "EnrichmentEdits.h"
#include "EnrichmentItem.h"

#include <QStringList>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QString quoted(const QString &firstPrefix, const QString &text)
{
    QString out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += u'\n';
        const QString line = i == 0 ? firstPrefix + lines[i] : lines[i];
        out += line.isEmpty() ? u">"_s : u"> "_s + line;
    }
    return out;
}

// After an inserted block the text continues on its own line: drop the spaces (and one line
// break) that separated it from the URL.
QStringView afterBlock(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && (text.at(i) == u' ' || text.at(i) == u'\t'))
        ++i;
    if (i < text.size() && text.at(i) == u'\n')
        ++i;
    return text.sliced(i);
}

struct Block
{
    qsizetype at = 0;
    QString text;
};

} // namespace

QString EnrichmentFormat::tweetBlock(const QString &handle, const QString &author,
                                     const QString &text)
{
    QString prefix;
    if (!handle.isEmpty())
        prefix = u'@' + handle + u": "_s;
    else if (!author.isEmpty())
        prefix = author + u": "_s;
    return quoted(prefix, text);
}

QString EnrichmentFormat::linkBlock(const QString &title, const QString &text)
{
    if (title.isEmpty())
        return quoted({}, text);
    if (text.isEmpty() || text == title)
        return quoted({}, title);
    return quoted({}, title + u'\n' + text);
}

QString EnrichmentFormat::imageLine(const QString &description)
{
    return u"[Image: "_s + description + u']';
}

bool EnrichmentFormat::isEffective(quint32 message, const EnrichmentItem &item,
                                   const EnrichmentEdits &edits)
{
    if (const EnrichmentEdits::Edit *edit = edits.find(message, item.key))
        return !edit->cleared && !edit->text.trimmed().isEmpty();
    return item.status == EnrichmentStatus::Added && !(item.text.isEmpty() && item.title.isEmpty());
}

QString EnrichmentFormat::render(QStringView body, const MessageEnrichment &message,
                                 const EnrichmentEdits &edits)
{
    QStringList images;
    std::vector<Block> blocks;
    for (const EnrichmentItem &item : message.items) {
        if (!isEffective(message.message, item, edits))
            continue;
        const EnrichmentEdits::Edit *edit = edits.find(message.message, item.key);
        const QString text = edit ? edit->text.trimmed() : item.text;
        switch (item.kind) {
        case EnrichmentKind::Image:
            images.append(imageLine(edit ? QString(text).replace(u'\n', u' ') : text));
            break;
        case EnrichmentKind::Tweet:
            blocks.push_back({item.insertAt, tweetBlock(item.handle, item.author, text)});
            break;
        case EnrichmentKind::Link:
            blocks.push_back(
                {item.insertAt, edit ? quoted({}, text) : linkBlock(item.title, text)});
            break;
        }
    }
    if (images.isEmpty() && blocks.empty())
        return {};
    std::stable_sort(blocks.begin(), blocks.end(),
                     [](const Block &a, const Block &b) { return a.at < b.at; });

    QString out = images.join(u'\n');
    qsizetype pos = 0;
    for (const Block &block : blocks) {
        const qsizetype at = std::clamp<qsizetype>(block.at, pos, body.size());
        QStringView segment = body.sliced(pos, at - pos);
        if (pos > 0)
            segment = afterBlock(segment);
        if (!out.isEmpty() && !segment.isEmpty())
            out += u'\n';
        out += segment;
        if (!out.isEmpty())
            out += u'\n';
        out += block.text;
        pos = at;
    }
    const QStringView tail = blocks.empty() ? body : afterBlock(body.sliced(pos));
    if (!tail.isEmpty()) {
        if (!out.isEmpty())
            out += u'\n';
        out += tail;
    }
    return out;
}

} // namespace idiolect
