// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace idiolect {

struct EnrichmentParams;
class SecretStore;

/**
 * The Enrichment tab of the preferences: which enrichments run, what each
 * one sends where (stated next to its switch), the image model's endpoint,
 * model and API key, and the cache. The API key goes to the SecretStore
 * (the system keychain), never into settings().
 */
class EnrichmentPreferencesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrichmentPreferencesPage)

public:
    explicit EnrichmentPreferencesPage(SecretStore *secrets, QWidget *parent = nullptr);

    /** Shows @p settings (EnrichmentSettingsJson form) and asks the keychain for the key. */
    void load(const QJsonObject &settings, const QString &cachePath);
    /** The choices in EnrichmentSettingsJson form; never contains the API key. */
    [[nodiscard]] QJsonObject settings() const;
    /** Writes (or removes) the API key of the current endpoint if the user changed it. */
    void saveKey();
    /** Empty if the input can be saved, else why not. */
    [[nodiscard]] QString validationError() const;

    QCheckBox *previewsBox() const { return m_previews; }
    QCheckBox *fetchBox() const { return m_fetch; }
    QCheckBox *imagesBox() const { return m_images; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *keyEdit() const { return m_key; }
    QLabel *fetchStatement() const { return m_fetchText; }
    QLabel *imagesStatement() const { return m_imagesText; }
    QPushButton *clearCacheButton() const { return m_clearCache; }

Q_SIGNALS:
    void validityChanged();

private:
    QWidget *createLinksBox();
    QWidget *createImagesBox();
    QWidget *createCacheBox();
    void updateStatements();
    void presetChosen(int index);
    void clearCache();
    void updateCacheInfo();
    [[nodiscard]] EnrichmentParams params() const;

    SecretStore *m_secrets;
    QJsonObject m_loaded; ///< Keeps settings this page has no field for.
    QString m_cachePath;
    QString m_keyName; ///< The keychain entry the key field was loaded from.
    bool m_keyEdited = false;
    QCheckBox *m_previews;
    QCheckBox *m_fetch;
    QLineEdit *m_tweetApi;
    QComboBox *m_scope;
    QLabel *m_fetchText;
    QCheckBox *m_images;
    QLabel *m_imagesText;
    QComboBox *m_server;
    QLineEdit *m_endpoint;
    QLineEdit *m_model;
    QLineEdit *m_key;
    QPlainTextEdit *m_prompt;
    QSpinBox *m_maxChars;
    QSpinBox *m_maxImages;
    QLabel *m_cacheInfo;
    QPushButton *m_clearCache;
};

} // namespace idiolect
