// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneralPreferencesPage.h"

#include "common/Catalogues.h"
#include "import/ImportOptions.h"
#include "snapshot/SnapshotCache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QString nativeName(const QString &code)
{
    QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name[0].toUpper();
    return name;
}

} // namespace

GeneralPreferencesPage::GeneralPreferencesPage(QWidget *parent)
    : QWidget(parent), m_language(new QComboBox(this)), m_scheme(new QComboBox(this))
{
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System language"), u"system"_s);
    for (const QString &code : catalogues::availableLanguages())
        m_language->addItem(nativeName(code), code);

    m_scheme->setObjectName(u"colorScheme"_s);
    m_scheme->addItem(tr("Follow the system"), int(Settings::ColorScheme::System));
    m_scheme->addItem(tr("Light"), int(Settings::ColorScheme::Light));
    m_scheme->addItem(tr("Dark"), int(Settings::ColorScheme::Dark));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    auto *note
        = new QLabel(tr("A new language takes effect the next time you start Idiolect."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    form->addRow(tr("&Appearance:"), m_scheme);
    form->addRow(createImportCacheBox());

    setSnapshotDirectory(SnapshotCache::directory(ImportOptions{}));
}

QWidget *GeneralPreferencesPage::createImportCacheBox()
{
    auto *box = new QGroupBox(tr("Import cache"), this);
    auto *layout = new QVBoxLayout(box);
    m_importCache
        = new QCheckBox(tr("&Keep a snapshot of opened exports so they reopen instantly"), box);
    m_importCache->setObjectName(u"useImportCache"_s);
    m_importCache->setToolTip(tr("Reopening an unchanged export then reads the snapshot instead "
                                 "of parsing the export again. Changed exports are always "
                                 "imported afresh."));
    layout->addWidget(m_importCache);
    auto *row = new QHBoxLayout;
    m_importCacheInfo = new QLabel(box);
    m_importCacheInfo->setWordWrap(true);
    m_importCacheInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importCacheInfo->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(m_importCacheInfo, 1);
    m_clearImportCache = new QPushButton(tr("&Delete Snapshots"), box);
    m_clearImportCache->setObjectName(u"clearImportCache"_s);
    row->addWidget(m_clearImportCache, 0, Qt::AlignTop);
    layout->addLayout(row);
    connect(m_clearImportCache, &QPushButton::clicked, this,
            &GeneralPreferencesPage::clearImportCache);
    return box;
}

void GeneralPreferencesPage::setSnapshotDirectory(const QString &directory)
{
    m_snapshotDirectory = directory;
    updateImportCacheInfo();
}

void GeneralPreferencesPage::clearImportCache()
{
    SnapshotCache::clear(m_snapshotDirectory);
    updateImportCacheInfo();
}

void GeneralPreferencesPage::updateImportCacheInfo()
{
    const SnapshotCache::Usage usage = SnapshotCache::usage(m_snapshotDirectory);
    const QString where = QDir::toNativeSeparators(m_snapshotDirectory);
    QString text = tr("Snapshots contain your messages. They are readable only by your user "
                      "account and stay in %1; at most %n are kept.",
                      nullptr, SnapshotCache::kKeep)
                       .arg(where);
    if (usage.files == 0)
        text += u' ' + tr("There are none now.");
    else
        text += u' '
            + tr("%n snapshot(s) now take %1.", nullptr, usage.files)
                  .arg(locale().formattedDataSize(usage.bytes));
    m_importCacheInfo->setText(text);
    m_clearImportCache->setEnabled(usage.files > 0);
}

void GeneralPreferencesPage::load(const Settings &settings)
{
    const int language = m_language->findData(settings.language());
    m_language->setCurrentIndex(std::max(0, language));
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(int(settings.colorScheme()))));
    m_importCache->setChecked(settings.useImportCache());
}

QString GeneralPreferencesPage::language() const
{
    return m_language->currentData().toString();
}

Settings::ColorScheme GeneralPreferencesPage::colorScheme() const
{
    return Settings::ColorScheme(m_scheme->currentData().toInt());
}

bool GeneralPreferencesPage::useImportCache() const
{
    return m_importCache->isChecked();
}

} // namespace idiolect
