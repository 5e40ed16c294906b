// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "widgets/Icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Idiolect"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *logo = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    logo->setPixmap(Icons::appIcon().pixmap(QSize(size, size), devicePixelRatioF()));
    top->addWidget(logo, 0, Qt::AlignTop);
    auto *text = new QLabel(this);
    text->setObjectName(u"aboutText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        tr("<h2>Idiolect %1</h2>"
           "<p>Turns your Signal chat history into fine-tuning data for a language model that "
           "writes the way you do.</p>"
           "<p><b>Your data stays on this computer.</b> Nothing is sent anywhere unless you "
           "switch on an enrichment yourself.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>"
           "<p>The demo export's conversations are derived from the Ubuntu IRC data of the "
           "irc-disentanglement corpus by J. K. Kummerfeld et al., CC BY 4.0.</p>"
           "<p><small>Built with Qt %2, running on Qt %3.</small></p>")
            .arg(QStringLiteral(IDIOLECT_VERSION_STRING), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
    text->setMinimumWidth(text->fontMetrics().averageCharWidth() * 60);
    top->addWidget(text, 1);
    layout->addLayout(top);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace idiolect
