// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace idiolect {

/**
 * @brief Every persistent application preference, typed, keyed and defaulted in one place.
 *
 * Project data (selection, review decisions, ...) lives in the project file,
 * not here. Enums are stored by name so reordering them never corrupts a
 * user's configuration; version() and migrate() handle renamed keys.
 */
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class ColorScheme { System, Light, Dark };
    Q_ENUM(ColorScheme)

    enum class Key {
        WindowGeometry,
        WindowState,
        RecentFiles,
        LastOpenDir,
        LastExportDir,
        ColorScheme,
        LastPage,
        ConfirmQuitWhileBusy,
        UseImportCache,
        Language,
        Enrichment,
        EnrichmentCachePath,
        SplitterStates,
    };
    Q_ENUM(Key)

    static constexpr int kCurrentVersion = 1;
    static constexpr int kMaxRecentFiles = 10;

    /** Uses the platform's standard location for Idiolect's settings. */
    explicit Settings(QObject *parent = nullptr);
    /** Uses an INI file (tests, portable mode). */
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    [[nodiscard]] QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    [[nodiscard]] static QString keyName(Key key);
    [[nodiscard]] static QVariant defaultValue(Key key);

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /** Where the user left each page's splitters: QSplitter::saveState() by objectName. */
    [[nodiscard]] QVariantMap splitterStates() const;
    void setSplitterStates(const QVariantMap &states);

    /** Most recent first, at most kMaxRecentFiles. */
    [[nodiscard]] QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    [[nodiscard]] QString lastOpenDir() const;
    void setLastOpenDir(const QString &dir);
    [[nodiscard]] QString lastExportDir() const;
    void setLastExportDir(const QString &dir);

    [[nodiscard]] ColorScheme colorScheme() const;
    void setColorScheme(ColorScheme scheme);

    [[nodiscard]] QString lastPage() const;
    void setLastPage(const QString &page);

    /** Keep a snapshot of each imported export so it reopens without parsing (on by default). */
    [[nodiscard]] bool useImportCache() const;
    void setUseImportCache(bool use);

    /** "system" (follow the system's languages) or a language code such as "de". */
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);

    /** The enrichment choices as EnrichmentSettingsJson writes them (never an API key). */
    [[nodiscard]] QJsonObject enrichment() const;
    void setEnrichment(const QJsonObject &settings);
    /** The enrichment cache file; the shared default (EnrichmentCache::defaultPath()) if unset. */
    [[nodiscard]] QString enrichmentCachePath() const;
    void setEnrichmentCachePath(const QString &path);

    /** Settings format version found on disk (0 = written before versioning). */
    [[nodiscard]] int version() const;
    void sync();

Q_SIGNALS:
    void changed(idiolect::Settings::Key key);
    void recentFilesChanged();

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace idiolect
