// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/Settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace idiolect {

/**
 * The General tab of the preferences: language, colour scheme and the import
 * cache (whether imported exports are kept as snapshots, how much room they
 * take, and a button that deletes them — they hold message text).
 */
class GeneralPreferencesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralPreferencesPage)

public:
    explicit GeneralPreferencesPage(QWidget *parent = nullptr);

    void load(const Settings &settings);
    /** "system" or a language code. */
    [[nodiscard]] QString language() const;
    [[nodiscard]] Settings::ColorScheme colorScheme() const;
    [[nodiscard]] bool useImportCache() const;

    QComboBox *languageBox() const { return m_language; }
    QComboBox *schemeBox() const { return m_scheme; }
    QCheckBox *importCacheBox() const { return m_importCache; }
    QPushButton *clearImportCacheButton() const { return m_clearImportCache; }
    QLabel *importCacheInfo() const { return m_importCacheInfo; }

    /** Where the snapshots live (the user's cache folder, or @p directory in tests). */
    void setSnapshotDirectory(const QString &directory);

private:
    QWidget *createImportCacheBox();
    void clearImportCache();
    void updateImportCacheInfo();

    QComboBox *m_language;
    QComboBox *m_scheme;
    QCheckBox *m_importCache = nullptr;
    QLabel *m_importCacheInfo = nullptr;
    QPushButton *m_clearImportCache = nullptr;
    QString m_snapshotDirectory;
};

} // namespace idiolect
