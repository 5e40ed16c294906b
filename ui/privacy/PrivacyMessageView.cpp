// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyMessageView.h"

#include "PrivacyColors.h"
#include "privacy/PrivacyJob.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QTextCursor>

#include <algorithm>

namespace idiolect {

namespace {

void highlight(QTextBrowser *view, int start, int length, const QColor &background, bool selected)
{
    if (start < 0 || length <= 0)
        return;
    QTextCursor cursor(view->document());
    cursor.setPosition(start);
    cursor.setPosition(std::min(start + length, view->document()->characterCount() - 1),
                       QTextCursor::KeepAnchor);
    QTextCharFormat format;
    format.setBackground(background);
    if (selected) {
        format.setFontUnderline(true);
        format.setFontWeight(QFont::Bold);
    }
    cursor.mergeCharFormat(format);
}

} // namespace

PrivacyMessageView::PrivacyMessageView(QWidget *parent)
    : QWidget(parent),
      m_context(new QLabel(this)),
      m_original(new QTextBrowser(this)),
      m_anonymized(new QTextBrowser(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_context->setForegroundRole(QPalette::PlaceholderText);
    m_context->setWordWrap(true);
    layout->addWidget(m_context, 0, 0, 1, 2);
    auto *originalLabel = new QLabel(tr("Original"), this);
    auto *anonymizedLabel = new QLabel(tr("In the dataset"), this);
    QFont bold = originalLabel->font();
    bold.setBold(true);
    originalLabel->setFont(bold);
    anonymizedLabel->setFont(bold);
    layout->addWidget(originalLabel, 1, 0);
    layout->addWidget(anonymizedLabel, 1, 1);
    for (QTextBrowser *view : {m_original, m_anonymized}) {
        view->setOpenLinks(false);
        view->setMinimumHeight(fontMetrics().height() * 5);
    }
    m_original->setObjectName(QStringLiteral("originalText"));
    m_anonymized->setObjectName(QStringLiteral("anonymizedText"));
    m_original->setAccessibleName(tr("Original message"));
    m_anonymized->setAccessibleName(tr("Message in the dataset"));
    layout->addWidget(m_original, 2, 0);
    layout->addWidget(m_anonymized, 2, 1);
    connect(m_original, &QTextBrowser::selectionChanged, this,
            &PrivacyMessageView::originalSelectionChanged);
    showFinding(nullptr, nullptr, nullptr);
}

QString PrivacyMessageView::originalText() const
{
    return m_original->toPlainText();
}

QString PrivacyMessageView::anonymizedText() const
{
    return m_anonymized->toPlainText();
}

QString PrivacyMessageView::selectedOriginal() const
{
    return m_original->textCursor().selectedText().simplified();
}

void PrivacyMessageView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_result)
        show(m_result, m_input, m_message, m_quote, m_selected);
}

void PrivacyMessageView::showFinding(const PrivacyResult *result, const TextLayer *input,
                                     const PrivacyFinding *selected)
{
    if (!result || !input || !selected) {
        m_result = nullptr;
        m_selected = nullptr;
        m_original->clear();
        m_anonymized->clear();
        m_context->setText(
            tr("Select a finding to see its message before and after anonymization."));
        return;
    }
    show(result, input, selected->message, selected->field == TextField::Quote, selected);
}

void PrivacyMessageView::showMessage(const PrivacyResult *result, const TextLayer *input,
                                     quint32 message, bool quote)
{
    if (result && input)
        show(result, input, message, quote, nullptr);
}

void PrivacyMessageView::show(const PrivacyResult *result, const TextLayer *input, quint32 m,
                              bool quote, const PrivacyFinding *selected)
{
    m_result = result;
    m_input = input;
    m_selected = selected;
    m_message = m;
    m_quote = quote;
    const TextLayer &layer = *result->layer;
    const ChatExport &ex = layer.chatExport();
    const bool body = !quote;
    const qint32 threadIndex = ex.messages.thread(m);
    const QString chat = threadIndex >= 0 ? ex.threads[size_t(threadIndex)].title : QString();
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(ex.messages.dateSent(m)),
                                            QLocale::ShortFormat);
    m_context->setText(body ? tr("Message in \u201c%1\u201d, %2").arg(chat, when)
                            : tr("Quoted text in a message in \u201c%1\u201d, %2").arg(chat, when));

    const TextLayer &raw = *input; // the text the stage read
    m_original->setPlainText((body ? raw.body(m) : raw.quoteBody(m)).toString());
    const bool dropped = body && layer.isDropped(m);
    if (dropped)
        m_anonymized->setPlainText(tr("This message is left out of the dataset because it contains "
                                      "a sensitive keyword or a secret."));
    else if (!body && layer.quoteBody(m).isEmpty() && !raw.quoteBody(m).isEmpty())
        m_anonymized->setPlainText(tr("The quote is removed from the dataset."));
    else
        m_anonymized->setPlainText((body ? layer.body(m) : layer.quoteBody(m)).toString());

    const auto &findings = result->report.findings;
    auto it = std::lower_bound(
        findings.begin(), findings.end(), m,
        [](const PrivacyFinding &f, quint32 message) { return f.message < message; });
    for (; it != findings.end() && it->message == m; ++it) {
        if ((it->field == TextField::Quote) != quote)
            continue;
        const bool isSelected = &*it == selected;
        const QColor background = PrivacyColors::spanBackground(palette(), it->kind);
        highlight(m_original, it->start, it->length, background, isSelected);
        if (!dropped)
            highlight(m_anonymized, it->replacedStart, it->replacedLength, background, isSelected);
    }
}

} // namespace idiolect
