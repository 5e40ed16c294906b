// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentPreferencesPage.h"

#include "SecretStore.h"
#include "enrich/EnrichmentCache.h"
#include "enrich/EnrichmentDisclosure.h"
#include "enrich/EnrichmentParams.h"
#include "enrich/EnrichmentSettingsJson.h"
#include "enrich/keychain/ApiKeyStore.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QLabel *statement(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setContentsMargins(label->fontMetrics().averageCharWidth() * 4, 0, 0, 0);
    return label;
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https")
        && !url.host().isEmpty();
}

} // namespace

EnrichmentPreferencesPage::EnrichmentPreferencesPage(SecretStore *secrets, QWidget *parent)
    : QWidget(parent), m_secrets(secrets)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Enrichment adds what a shared link or photo shows to the text "
                                "the examples are made from. Anything that needs the internet "
                                "is off until you switch it on."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(createLinksBox());
    layout->addWidget(createImagesBox());
    layout->addWidget(createCacheBox());
    layout->addStretch();

    connect(m_secrets, &SecretStore::keyRead, this,
            [this](const QString &name, const QString &secret) {
                if (name == m_keyName && !m_keyEdited) {
                    const QSignalBlocker block(m_key);
                    m_key->setText(secret);
                }
            });
    for (QCheckBox *box : {m_previews, m_fetch, m_images})
        connect(box, &QCheckBox::toggled, this, &EnrichmentPreferencesPage::updateStatements);
    for (QLineEdit *edit : {m_tweetApi, m_endpoint, m_model})
        connect(edit, &QLineEdit::textChanged, this, &EnrichmentPreferencesPage::updateStatements);
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyEdited = true; });
    connect(m_server, &QComboBox::activated, this, &EnrichmentPreferencesPage::presetChosen);
    connect(m_clearCache, &QPushButton::clicked, this, &EnrichmentPreferencesPage::clearCache);
}

QWidget *EnrichmentPreferencesPage::createLinksBox()
{
    auto *box = new QGroupBox(tr("Shared links"), this);
    auto *layout = new QVBoxLayout(box);
    m_previews = new QCheckBox(tr("Add the text of shared posts and pages from saved link "
                                  "previews"),
                               box);
    layout->addWidget(m_previews);
    auto *previewsText = statement(box);
    previewsText->setText(EnrichmentDisclosure::previews());
    layout->addWidget(previewsText);
    m_fetch = new QCheckBox(tr("Fetch posts that have no saved preview from the internet"), box);
    m_fetch->setObjectName(u"fetchTweets"_s);
    layout->addWidget(m_fetch);
    m_fetchText = statement(box);
    layout->addWidget(m_fetchText);

    auto *form = new QFormLayout;
    m_tweetApi = new QLineEdit(box);
    m_tweetApi->setPlaceholderText(EnrichmentDisclosure::tweetApi({}).toString());
    m_tweetApi->setToolTip(tr("An FxTwitter-compatible service. Leave empty for the public one; "
                              "enter your own server's address to keep post numbers private."));
    form->addRow(tr("Post service:"), m_tweetApi);
    m_scope = new QComboBox(box);
    m_scope->addItem(tr("Everyone's messages"), u"all"_s);
    m_scope->addItem(tr("Only my messages"), u"own"_s);
    m_scope->setToolTip(tr("Links your partners shared explain your replies, so both are "
                           "enriched by default."));
    form->addRow(tr("Enrich:"), m_scope);
    layout->addLayout(form);
    return box;
}

QWidget *EnrichmentPreferencesPage::createImagesBox()
{
    auto *box = new QGroupBox(tr("Shared photos"), this);
    auto *layout = new QVBoxLayout(box);
    m_images = new QCheckBox(tr("Describe shared photos with an AI model"), box);
    m_images->setObjectName(u"describeImages"_s);
    layout->addWidget(m_images);
    m_imagesText = statement(box);
    layout->addWidget(m_imagesText);

    auto *form = new QFormLayout;
    m_server = new QComboBox(box);
    m_server->addItem(tr("Ollama on this computer"), VisionSettings::ollamaEndpoint());
    m_server->addItem(tr("llama.cpp server on this computer"), VisionSettings::llamaCppEndpoint());
    m_server->addItem(tr("Other OpenAI-compatible server"), QUrl());
    form->addRow(tr("Server:"), m_server);
    m_endpoint = new QLineEdit(box);
    m_endpoint->setObjectName(u"visionEndpoint"_s);
    m_endpoint->setToolTip(tr("The address ending in /v1; Idiolect adds /chat/completions."));
    form->addRow(tr("Address:"), m_endpoint);
    m_model = new QLineEdit(box);
    m_model->setPlaceholderText(VisionSettings::defaultModel());
    form->addRow(tr("Model:"), m_model);
    m_key = new QLineEdit(box);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Not needed for servers on this computer"));
    m_key->setToolTip(tr("Kept in your system's keychain, never in Idiolect's settings or "
                         "project files."));
    form->addRow(tr("API key:"), m_key);
    m_maxChars = new QSpinBox(box);
    m_maxChars->setRange(20, 2000);
    m_maxChars->setSuffix(tr(" characters"));
    form->addRow(tr("Longest description:"), m_maxChars);
    m_maxImages = new QSpinBox(box);
    m_maxImages->setRange(0, 100000);
    m_maxImages->setToolTip(tr("Photos sent per run; descriptions already in the cache are "
                               "free."));
    form->addRow(tr("Photos per run:"), m_maxImages);
    m_prompt = new QPlainTextEdit(box);
    m_prompt->setPlaceholderText(VisionSettings().effectivePrompt());
    m_prompt->setTabChangesFocus(true);
    m_prompt->setMaximumHeight(m_prompt->fontMetrics().lineSpacing() * 5);
    m_prompt->setToolTip(tr("Leave empty for the built-in prompt. %1 stands for the longest "
                            "description."));
    form->addRow(tr("Prompt:"), m_prompt);
    layout->addLayout(form);
    return box;
}

QWidget *EnrichmentPreferencesPage::createCacheBox()
{
    auto *box = new QGroupBox(tr("Cache"), this);
    auto *layout = new QHBoxLayout(box);
    m_cacheInfo = new QLabel(box);
    m_cacheInfo->setWordWrap(true);
    m_cacheInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_cacheInfo, 1);
    m_clearCache = new QPushButton(tr("Clear Cache\u2026"), box);
    layout->addWidget(m_clearCache, 0, Qt::AlignTop);
    return box;
}

void EnrichmentPreferencesPage::load(const QJsonObject &settings, const QString &cachePath)
{
    m_loaded = settings;
    m_cachePath = cachePath;
    EnrichmentParams p;
    EnrichmentSettingsJson::apply(settings, p);
    m_previews->setChecked(p.twitter != TwitterMode::Off || p.webPreviews);
    m_fetch->setChecked(p.twitter == TwitterMode::Fetch);
    m_tweetApi->setText(p.tweetApiBase.isValid() ? p.tweetApiBase.toString() : QString());
    m_scope->setCurrentIndex(p.scope == EnrichmentScope::OwnMessages ? 1 : 0);
    m_images->setChecked(p.images == ImageMode::Describe);
    m_endpoint->setText(p.vision.endpoint.toString());
    m_model->setText(p.vision.model);
    m_prompt->setPlainText(p.vision.prompt);
    m_maxChars->setValue(p.vision.maxChars);
    m_maxImages->setValue(p.maxImagesPerRun);
    m_key->clear();
    m_keyEdited = false;
    m_keyName = ApiKeyStore::keyFor(p.vision.endpoint);
    m_secrets->read(m_keyName);
    updateStatements();
    updateCacheInfo();
}

EnrichmentParams EnrichmentPreferencesPage::params() const
{
    EnrichmentParams p;
    EnrichmentSettingsJson::apply(m_loaded, p);
    const bool previews = m_previews->isChecked();
    p.twitter = m_fetch->isChecked() ? TwitterMode::Fetch
        : previews                   ? TwitterMode::Previews
                                     : TwitterMode::Off;
    p.webPreviews = previews;
    p.tweetApiBase = QUrl(m_tweetApi->text().trimmed());
    p.scope = m_scope->currentIndex() == 1 ? EnrichmentScope::OwnMessages
                                           : EnrichmentScope::AllMessages;
    p.images = m_images->isChecked() ? ImageMode::Describe : ImageMode::Off;
    const QUrl endpoint(m_endpoint->text().trimmed());
    if (isHttpUrl(endpoint))
        p.vision.endpoint = endpoint;
    if (!m_model->text().trimmed().isEmpty())
        p.vision.model = m_model->text().trimmed();
    p.vision.prompt = m_prompt->toPlainText().trimmed();
    p.vision.maxChars = m_maxChars->value();
    p.maxImagesPerRun = m_maxImages->value();
    return p;
}

QJsonObject EnrichmentPreferencesPage::settings() const
{
    QJsonObject json = EnrichmentSettingsJson::toJson(params());
    if (m_tweetApi->text().trimmed().isEmpty())
        json.remove(u"tweet_api"_s);
    return json;
}

QString EnrichmentPreferencesPage::validationError() const
{
    const QString tweetApi = m_tweetApi->text().trimmed();
    if (!tweetApi.isEmpty() && !isHttpUrl(QUrl(tweetApi)))
        return tr("The post service must be an address starting with http:// or https://.");
    if (!isHttpUrl(QUrl(m_endpoint->text().trimmed())))
        return tr("The photo server's address must start with http:// or https://.");
    return {};
}

void EnrichmentPreferencesPage::saveKey()
{
    if (!m_keyEdited)
        return;
    const QString name = ApiKeyStore::keyFor(params().vision.endpoint);
    const QString key = m_key->text().trimmed();
    if (key.isEmpty())
        m_secrets->remove(name);
    else
        m_secrets->write(name, key);
    m_keyName = name;
    m_keyEdited = false;
}

void EnrichmentPreferencesPage::updateStatements()
{
    const EnrichmentParams p = params();
    m_fetchText->setText(EnrichmentDisclosure::tweetFetch(p.tweetApiBase));
    m_imagesText->setText(EnrichmentDisclosure::images(p.vision));
    const QUrl endpoint(m_endpoint->text().trimmed());
    int preset = m_server->count() - 1;
    for (int i = 0; i + 1 < m_server->count(); ++i) {
        if (m_server->itemData(i).toUrl() == endpoint)
            preset = i;
    }
    m_server->setCurrentIndex(preset);
    Q_EMIT validityChanged();
}

void EnrichmentPreferencesPage::presetChosen(int index)
{
    const QUrl url = m_server->itemData(index).toUrl();
    if (url.isEmpty()) {
        m_endpoint->setFocus();
        m_endpoint->selectAll();
        return;
    }
    m_endpoint->setText(url.toString());
}

void EnrichmentPreferencesPage::updateCacheInfo()
{
    const QFileInfo file(m_cachePath);
    const QString where = QDir::toNativeSeparators(m_cachePath);
    if (!file.exists()) {
        m_cacheInfo->setText(tr("Fetched posts and photo descriptions are kept in %1 so "
                                "runs after the first cost nothing. The cache is empty.")
                                 .arg(where));
        m_clearCache->setEnabled(false);
        return;
    }
    m_cacheInfo->setText(tr("Fetched posts and photo descriptions are kept in %1 (%2) so "
                            "runs after the first cost nothing.")
                             .arg(where, QLocale().formattedDataSize(file.size())));
    m_clearCache->setEnabled(true);
}

void EnrichmentPreferencesPage::clearCache()
{
    const auto answer = MessageBox::question(
        this, tr("Clear the Enrichment Cache?"),
        tr("Every fetched post and photo description is forgotten. The next run that needs them "
           "asks the servers again."),
        MessageBox::Buttons(MessageBox::Button::Yes | MessageBox::Button::Cancel),
        MessageBox::Button::Cancel);
    if (answer != MessageBox::Button::Yes)
        return;
    const Status status = EnrichmentCache::clear(m_cachePath);
    if (!status)
        MessageBox::warning(this, tr("Could Not Clear the Cache"), status.error().message);
    updateCacheInfo();
}

} // namespace idiolect
