// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonHighlighter.h"

#include "widgets/Theme.h"

#include <QGuiApplication>
#include <QPalette>

#ifdef IDIOLECT_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace idiolect {

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    updateColors();
}

QSyntaxHighlighter *JsonHighlighter::attach(QTextDocument *document)
{
#ifdef IDIOLECT_HAVE_KSYNTAXHIGHLIGHTING
    static KSyntaxHighlighting::Repository repository;
    const KSyntaxHighlighting::Definition json
        = repository.definitionForName(QStringLiteral("JSON"));
    if (json.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setTheme(repository.themeForPalette(QGuiApplication::palette()));
        highlighter->setDefinition(json);
        return highlighter;
    }
#endif
    return new JsonHighlighter(document);
}

void JsonHighlighter::updateColors()
{
    const QPalette p = QGuiApplication::palette();
    m_key.setForeground(Theme::categoryColor(p, 0));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(Theme::categoryColor(p, 2));
    m_number.setForeground(Theme::categoryColor(p, 1));
    m_literal.setForeground(Theme::categoryColor(p, 3));
    m_punctuation.setForeground(p.color(QPalette::PlaceholderText));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < n && text[end] != u'"')
                end += text[end] == u'\\' ? 2 : 1;
            end = std::min(end + 1, n);
            qsizetype next = end;
            while (next < n && text[next].isSpace())
                ++next;
            const bool isKey = next < n && text[next] == u':';
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c == u'-' || c.isDigit()) {
            qsizetype end = i + 1;
            while (end < n
                   && (text[end].isDigit() || text[end] == u'.' || text[end] == u'e'
                       || text[end] == u'E' || text[end] == u'+' || text[end] == u'-'))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i;
            while (end < n && text[end].isLetter())
                ++end;
            setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            if (QStringView(u"{}[],:").contains(c))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace idiolect
