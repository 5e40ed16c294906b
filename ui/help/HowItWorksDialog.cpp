// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HowItWorksDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

struct Section
{
    QString anchor;
    QString title;
    QStringList paragraphs;
};

QList<Section> content()
{
    return {
        {u"what"_s,
         HowItWorksDialog::tr("What Idiolect does"),
         {HowItWorksDialog::tr(
              "Idiolect turns your Signal chat history into training examples for a language "
              "model, so the model learns to write the way you do: your length, your tone, your "
              "emoji, the way you answer different people."),
          HowItWorksDialog::tr(
              "Every example has an <i>instruction</i>, the conversation so far as "
              "<i>input</i>, and one of <b>your</b> messages as the <i>output</i> the model "
              "should learn to write. Your partners' messages are only ever context.")}},
        {u"windows"_s,
         HowItWorksDialog::tr("Conversation windows"),
         {HowItWorksDialog::tr(
             "A window is one of your messages together with the few messages right before it "
             "(five by default). Each window is marked <i>rapid</i>, <i>moderate</i> or "
             "<i>slow</i> by how quickly the messages came, so a model can tell a quick "
             "back-and-forth from a slow exchange.")}},
        {u"episodes"_s,
         HowItWorksDialog::tr("Episodes"),
         {HowItWorksDialog::tr(
             "An episode is one sitting of a conversation: messages that follow each other "
             "without a long pause (30 minutes by default). Episodes keep examples from mixing "
             "yesterday's topic into today's reply, and show who started and who ended a "
             "conversation.")}},
        {u"bursts"_s,
         HowItWorksDialog::tr("Bursts"),
         {HowItWorksDialog::tr(
             "Many people send several short messages in a row instead of one long one. A burst "
             "example gives the model the first messages of such a run and asks for the next, "
             "so it learns your rhythm as well as your words.")}},
        {u"adaptive"_s,
         HowItWorksDialog::tr("Adaptive examples"),
         {HowItWorksDialog::tr(
             "You probably write differently to your best friend than to your landlord. For "
             "partners whose style clearly differs from yours (and with enough conversations), "
             "adaptive examples say how that person writes — \"keeps messages short\", \"uses "
             "a lot of emoji\" — and ask for your reply to them.")}},
        {u"completion"_s,
         HowItWorksDialog::tr("Completion and questions"),
         {HowItWorksDialog::tr(
              "<b>Completion</b> cuts one of your longer messages near the middle and asks the "
              "model to finish it in your words."),
          HowItWorksDialog::tr(
              "<b>Questions and answers</b> pair a question someone asked you with the answer "
              "you gave within a few hours.")}},
        {u"anonymization"_s,
         HowItWorksDialog::tr("Anonymization"),
         {HowItWorksDialog::tr(
              "Before anything is written, names, phone numbers, e-mail addresses and similar "
              "details can be replaced with consistent stand-ins: the same person always gets "
              "the same made-up name, so conversations still make sense."),
          HowItWorksDialog::tr(
              "On the Privacy page you see each replacement next to the original, can choose "
              "another stand-in, and can mark words that are not names.")}},
        {u"enrichment"_s,
         HowItWorksDialog::tr("Enrichment"),
         {HowItWorksDialog::tr(
              "A message like \"haha look at this\" with a link teaches little on its own. "
              "Enrichment adds the text of the shared post or page from the preview Signal saved "
              "— without using the internet."),
          HowItWorksDialog::tr(
              "Fetching posts that have no saved preview, and describing photos with an AI "
              "model, are off until you switch them on in the preferences, which say exactly "
              "what would be sent where.")}},
        {u"review"_s,
         HowItWorksDialog::tr("Review, export and your data"),
         {HowItWorksDialog::tr(
              "You decide what goes into the dataset: accept, reject or edit examples on the "
              "Review page, then export them in the format your training tool expects."),
          HowItWorksDialog::tr(
              "Your chats never leave this computer unless you switch on an enrichment that "
              "needs the internet. Idiolect keeps your choices in a project file next to its "
              "other data, readable only by you.")}},
    };
}

} // namespace

HowItWorksDialog::HowItWorksDialog(QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(u"howItWorksDialog"_s);
    setWindowTitle(tr("What Is Idiolect?"));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    const int em = fontMetrics().averageCharWidth();
    resize(em * 80, fontMetrics().lineSpacing() * 36);
}

QString HowItWorksDialog::html()
{
    QString out;
    for (const Section &s : content()) {
        out += u"<h3><a name=\"%1\"></a>%2</h3>"_s.arg(s.anchor, s.title);
        for (const QString &p : s.paragraphs)
            out += u"<p>"_s + p + u"</p>"_s;
    }
    return out;
}

QStringList HowItWorksDialog::sections()
{
    QStringList anchors;
    for (const Section &s : content())
        anchors << s.anchor;
    return anchors;
}

void HowItWorksDialog::showSection(const QString &anchor)
{
    m_browser->scrollToAnchor(anchor);
}

} // namespace idiolect
