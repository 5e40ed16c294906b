// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "enrich/EnrichmentCache.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

struct KeyInfo
{
    Settings::Key key;
    QLatin1StringView name;
    QVariant defaultValue;
};

const KeyInfo &info(Settings::Key key)
{
    static const KeyInfo table[] = {
        {Settings::Key::WindowGeometry, "window/geometry"_L1, QByteArray()},
        {Settings::Key::WindowState, "window/state"_L1, QByteArray()},
        {Settings::Key::RecentFiles, "files/recent"_L1, QStringList()},
        {Settings::Key::LastOpenDir, "files/lastOpenDir"_L1, QDir::homePath()},
        {Settings::Key::LastExportDir, "files/lastExportDir"_L1, QDir::homePath()},
        {Settings::Key::ColorScheme, "appearance/colorScheme"_L1, u"System"_s},
        {Settings::Key::LastPage, "window/lastPage"_L1, u"overview"_s},
        {Settings::Key::ConfirmQuitWhileBusy, "app/confirmQuitWhileBusy"_L1, true},
        {Settings::Key::UseImportCache, "import/useCache"_L1, true},
        {Settings::Key::Language, "app/language"_L1, u"system"_s},
        {Settings::Key::Enrichment, "enrichment/settings"_L1, QString()},
        {Settings::Key::EnrichmentCachePath, "enrichment/cachePath"_L1, QString()},
        {Settings::Key::SplitterStates, "window/splitters"_L1, QVariantMap()},
    };
    for (const KeyInfo &k : table) {
        if (k.key == key)
            return k;
    }
    Q_UNREACHABLE();
    return table[0];
}

// Not "general/": QSettings writes that group as [%General] and reads it back as
// "General", so its keys would never be found again after a restart.
const auto kVersionKey = "app/settingsVersion"_L1;

template<typename E>
QString enumName(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}

template<typename E>
E enumFromName(const QString &name, E fallback)
{
    bool ok = false;
    const int v = QMetaEnum::fromType<E>().keyToValue(name.toLatin1().constData(), &ok);
    return ok ? E(v) : fallback;
}

} // namespace

Settings::Settings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return info(key).name;
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (m_settings->value(keyName(key)) == value && m_settings->contains(keyName(key)))
        return;
    m_settings->setValue(keyName(key), value);
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
    Q_EMIT changed(key);
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

QVariantMap Settings::splitterStates() const
{
    return value(Key::SplitterStates).toMap();
}

void Settings::setSplitterStates(const QVariantMap &states)
{
    setValue(Key::SplitterStates, states);
}

QStringList Settings::recentFiles() const
{
    return value(Key::RecentFiles).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString clean = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    setValue(Key::RecentFiles, list);
    Q_EMIT recentFilesChanged();
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList list = recentFiles();
    if (list.removeAll(path) == 0)
        return;
    setValue(Key::RecentFiles, list);
    Q_EMIT recentFilesChanged();
}

void Settings::clearRecentFiles()
{
    setValue(Key::RecentFiles, QStringList());
    Q_EMIT recentFilesChanged();
}

QString Settings::lastOpenDir() const
{
    return value(Key::LastOpenDir).toString();
}

void Settings::setLastOpenDir(const QString &dir)
{
    setValue(Key::LastOpenDir, dir);
}

QString Settings::lastExportDir() const
{
    return value(Key::LastExportDir).toString();
}

void Settings::setLastExportDir(const QString &dir)
{
    setValue(Key::LastExportDir, dir);
}

Settings::ColorScheme Settings::colorScheme() const
{
    return enumFromName(value(Key::ColorScheme).toString(), ColorScheme::System);
}

void Settings::setColorScheme(ColorScheme scheme)
{
    setValue(Key::ColorScheme, enumName(scheme));
}

QString Settings::lastPage() const
{
    return value(Key::LastPage).toString();
}

void Settings::setLastPage(const QString &page)
{
    setValue(Key::LastPage, page);
}

bool Settings::useImportCache() const
{
    return value(Key::UseImportCache).toBool();
}

void Settings::setUseImportCache(bool use)
{
    setValue(Key::UseImportCache, use);
}

QString Settings::language() const
{
    const QString language = value(Key::Language).toString();
    return language.isEmpty() ? u"system"_s : language;
}

void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, language.isEmpty() ? u"system"_s : language);
}

QJsonObject Settings::enrichment() const
{
    return QJsonDocument::fromJson(value(Key::Enrichment).toString().toUtf8()).object();
}

void Settings::setEnrichment(const QJsonObject &settings)
{
    setValue(Key::Enrichment,
             QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
}

QString Settings::enrichmentCachePath() const
{
    const QString path = value(Key::EnrichmentCachePath).toString();
    return path.isEmpty() ? EnrichmentCache::defaultPath() : path;
}

void Settings::setEnrichmentCachePath(const QString &path)
{
    if (path.isEmpty() || path == EnrichmentCache::defaultPath())
        reset(Key::EnrichmentCachePath);
    else
        setValue(Key::EnrichmentCachePath, path);
}

int Settings::version() const
{
    return m_settings->value(kVersionKey, 0).toInt();
}

void Settings::sync()
{
    m_settings->sync();
}

void Settings::migrate()
{
    const int from = version();
    if (from >= kCurrentVersion)
        return;
    // Version 0 → 1: nothing was renamed yet; future migrations go here in order.
    m_settings->setValue(kVersionKey, kCurrentVersion);
}

} // namespace idiolect
