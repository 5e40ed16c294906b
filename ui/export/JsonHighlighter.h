// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace idiolect {

/**
 * Colours JSON (keys, strings, numbers, true/false/null, punctuation) with
 * palette-derived colours. attach() prefers KDE's KSyntaxHighlighting when the
 * build found it, and falls back to this small highlighter otherwise.
 */
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    explicit JsonHighlighter(QTextDocument *document);

    /** Installs the best available JSON highlighter on @p document (owned by it). */
    static QSyntaxHighlighter *attach(QTextDocument *document);
    /** Re-reads the colours from the application palette (dark mode switch). */
    void updateColors();

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

} // namespace idiolect
