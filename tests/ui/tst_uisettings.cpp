// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestEnvironment.h"
#include "settings/Settings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestUiSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void enumsAreStoredByName();
    void unknownEnumNameFallsBack();
    void recentFilesAreMostRecentFirstAndCapped();
    void removeAndClearRecent();
    void valuesPersistAcrossInstances();
    void migrationStampsTheVersion();

private:
    test::UiTestEnvironment m_env;
    int m_counter = 0;
    QString freshIni() { return m_env.path(u"s%1.ini"_s.arg(++m_counter)); }
};

void TestUiSettings::defaults()
{
    Settings s(freshIni());
    QCOMPARE(s.colorScheme(), Settings::ColorScheme::System);
    QVERIFY(s.recentFiles().isEmpty());
    QVERIFY(s.windowGeometry().isEmpty());
    QCOMPARE(s.lastPage(), u"overview"_s);
    QVERIFY(s.value(Settings::Key::ConfirmQuitWhileBusy).toBool());
}

void TestUiSettings::enumsAreStoredByName()
{
    const QString ini = freshIni();
    {
        Settings s(ini);
        QSignalSpy changed(&s, &Settings::changed);
        s.setColorScheme(Settings::ColorScheme::Dark);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<Settings::Key>(), Settings::Key::ColorScheme);
        s.sync();
    }
    QSettings raw(ini, QSettings::IniFormat);
    QCOMPARE(raw.value(Settings::keyName(Settings::Key::ColorScheme)).toString(), u"Dark"_s);
}

void TestUiSettings::unknownEnumNameFallsBack()
{
    const QString ini = freshIni();
    {
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(Settings::keyName(Settings::Key::ColorScheme), u"Sepia"_s);
    }
    Settings s(ini);
    QCOMPARE(s.colorScheme(), Settings::ColorScheme::System);
}

void TestUiSettings::recentFilesAreMostRecentFirstAndCapped()
{
    Settings s(freshIni());
    QSignalSpy spy(&s, &Settings::recentFilesChanged);
    for (int i = 0; i < Settings::kMaxRecentFiles + 3; ++i)
        s.addRecentFile(u"/exports/e%1"_s.arg(i));
    QCOMPARE(spy.size(), Settings::kMaxRecentFiles + 3);
    QStringList list = s.recentFiles();
    QCOMPARE(list.size(), Settings::kMaxRecentFiles);
    QCOMPARE(list.first(), u"/exports/e%1"_s.arg(Settings::kMaxRecentFiles + 2));
    s.addRecentFile(u"/exports/e5"_s);
    list = s.recentFiles();
    QCOMPARE(list.first(), u"/exports/e5"_s);
    QCOMPARE(list.count(u"/exports/e5"_s), 1);
}

void TestUiSettings::removeAndClearRecent()
{
    Settings s(freshIni());
    s.addRecentFile(u"/a"_s);
    s.addRecentFile(u"/b"_s);
    s.removeRecentFile(u"/a"_s);
    QCOMPARE(s.recentFiles(), QStringList{u"/b"_s});
    QSignalSpy spy(&s, &Settings::recentFilesChanged);
    s.removeRecentFile(u"/not-there"_s);
    QCOMPARE(spy.size(), 0);
    s.clearRecentFiles();
    QVERIFY(s.recentFiles().isEmpty());
}

void TestUiSettings::valuesPersistAcrossInstances()
{
    const QString ini = freshIni();
    {
        Settings s(ini);
        s.setWindowGeometry(QByteArray("geometry-bytes"));
        s.setLastPage(u"review"_s);
        s.setLastOpenDir(u"/home/me/exports"_s);
        s.setSplitterStates({{u"reviewSplit"_s, QVariantList{700, 400}}});
    }
    Settings s(ini);
    QCOMPARE(s.windowGeometry(), QByteArray("geometry-bytes"));
    QCOMPARE(s.lastPage(), u"review"_s);
    QCOMPARE(s.lastOpenDir(), u"/home/me/exports"_s);
    QCOMPARE(s.splitterStates().value(u"reviewSplit"_s).toList(), (QVariantList{700, 400}));
}

void TestUiSettings::migrationStampsTheVersion()
{
    const QString ini = freshIni();
    {
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(u"files/recent"_s, QStringList{u"/old"_s});
    }
    Settings s(ini);
    QCOMPARE(s.version(), Settings::kCurrentVersion);
    QCOMPARE(s.recentFiles(), QStringList{u"/old"_s});
}

QTEST_GUILESS_MAIN(TestUiSettings)
#include "tst_uisettings.moc"
