// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"
#include "TestExport.h"
#include "UiTestEnvironment.h"
#include "diagnostics/DiagnosticsRecorder.h"
#include "diagnostics/EventLoopProbe.h"
#include "enrich/EnrichmentCache.h"
#include "enrich/EnrichmentController.h"
#include "enrich/EnrichmentParams.h"
#include "enrich/EnrichmentSettingsJson.h"
#include "enrich/keychain/ApiKeyStore.h"
#include "generation/GenerationController.h"
#include "help/HowItWorksDialog.h"
#include "import/DemoExport.h"
#include "import/ImportController.h"
#include "jobs/JobPool.h"
#include "jobs/JobTracker.h"
#include "preferences/EnrichmentPreferencesPage.h"
#include "preferences/ExtrasController.h"
#include "preferences/GeneralPreferencesPage.h"
#include "preferences/PreferencesDialog.h"
#include "project/Session.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "snapshot/SnapshotCache.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestPreferences final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultsSendNothing();
    void settingsRoundTrip();
    void settingsFileReadsBackInAnotherProcess();
    void apiKeyGoesToTheKeychainOnly();
    void storedKeyIsShownAndCanBeRemoved();
    void statementsNameTheHosts();
    void invalidAddressBlocksSaving();
    void presetsFillTheAddress();
    void clearCacheEmptiesIt();
    void clearCacheCanBeCanceled();
    void importCacheCanBeSwitchedOffAndDeleted();
    void controllerAddsMenusAndReusesDialogs();
    void howItWorksExplainsEverySection();
    void mainWindowWiresMenusAndTheEnrichedText();
    void internetUseIsConfirmedOncePerSession();

private:
    QString freshIni() { return m_env.path(u"prefs%1.ini"_s.arg(++m_counter)); }

    test::UiTestEnvironment m_env;
    int m_counter = 0;
};

void TestPreferences::init()
{
    MessageBox::resetForTests();
}

void TestPreferences::defaultsSendNothing()
{
    Settings settings(freshIni());
    test::MemorySecretStore secrets;
    PreferencesDialog dialog(&settings, &secrets);
    EnrichmentPreferencesPage *page = dialog.enrichmentPage();
    QVERIFY(page->previewsBox()->isChecked());
    QVERIFY(!page->fetchBox()->isChecked());
    QVERIFY(!page->imagesBox()->isChecked());

    EnrichmentParams params;
    QCOMPARE(EnrichmentSettingsJson::apply(page->settings(), params), 0);
    QCOMPARE(params.twitter, TwitterMode::Previews);
    QCOMPARE(params.images, ImageMode::Off);
    QVERIFY(params.webPreviews);
    QVERIFY(params.vision.isLocal());
    QCOMPARE(dialog.generalPage()->language(), u"system"_s);
    QCOMPARE(dialog.generalPage()->colorScheme(), Settings::ColorScheme::System);
}

void TestPreferences::settingsRoundTrip()
{
    const QString ini = freshIni();
    {
        Settings settings(ini);
        test::MemorySecretStore secrets;
        PreferencesDialog dialog(&settings, &secrets);
        GeneralPreferencesPage *general = dialog.generalPage();
        general->languageBox()->setCurrentIndex(general->languageBox()->findData(u"en"_s));
        general->schemeBox()->setCurrentIndex(
            general->schemeBox()->findData(int(Settings::ColorScheme::Dark)));
        EnrichmentPreferencesPage *page = dialog.enrichmentPage();
        page->fetchBox()->setChecked(true);
        page->imagesBox()->setChecked(true);
        page->endpointEdit()->setText(u"http://127.0.0.1:8080/v1"_s);
        page->modelEdit()->setText(u"llava"_s);
        QSignalSpy changed(&settings, &Settings::changed);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(changed.size() >= 3);
    }
    Settings again(ini);
    QCOMPARE(again.language(), u"en"_s);
    QCOMPARE(again.colorScheme(), Settings::ColorScheme::Dark);
    EnrichmentParams params;
    QCOMPARE(EnrichmentSettingsJson::apply(again.enrichment(), params), 0);
    QCOMPARE(params.twitter, TwitterMode::Fetch);
    QCOMPARE(params.images, ImageMode::Describe);
    QCOMPARE(params.vision.endpoint, QUrl(u"http://127.0.0.1:8080/v1"_s));
    QCOMPARE(params.vision.model, u"llava"_s);

    // The dialog shows what is stored.
    test::MemorySecretStore secrets;
    PreferencesDialog dialog(&again, &secrets);
    QVERIFY(dialog.enrichmentPage()->fetchBox()->isChecked());
    QVERIFY(dialog.enrichmentPage()->imagesBox()->isChecked());
    QCOMPARE(dialog.enrichmentPage()->modelEdit()->text(), u"llava"_s);
    QCOMPARE(dialog.generalPage()->language(), u"en"_s);
    QCOMPARE(dialog.generalPage()->colorScheme(), Settings::ColorScheme::Dark);
    dialog.generalPage()->schemeBox()->setCurrentIndex(0);
    dialog.apply(); // back to the system colours for the remaining tests
}

void TestPreferences::settingsFileReadsBackInAnotherProcess()
{
    // QSettings shares one in-memory copy per file within a process, so a round trip here
    // cannot show how the file reads back after a restart. Check the text instead: no
    // key may live in a group named "general", which QSettings writes as [%General] but
    // reads back as "General" (keys are case-sensitive), losing it on every restart.
    const QString ini = freshIni();
    {
        Settings settings(ini);
        settings.setLanguage(u"de"_s);
        settings.setValue(Settings::Key::ConfirmQuitWhileBusy, false);
        settings.setEnrichment(QJsonObject{{u"twitter"_s, u"off"_s}});
        settings.sync();
    }
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("language=de"));
    QVERIFY2(!text.contains("%General"), text.constData());
    const QMetaEnum keys = QMetaEnum::fromType<Settings::Key>();
    for (int i = 0; i < keys.keyCount(); ++i) {
        const QString name = Settings::keyName(Settings::Key(keys.value(i)));
        QVERIFY2(name.contains(u'/'), qPrintable(name));
        QVERIFY2(name.section(u'/', 0, 0).compare(u"general"_s, Qt::CaseInsensitive) != 0,
                 qPrintable(name));
    }
}

void TestPreferences::apiKeyGoesToTheKeychainOnly()
{
    const QString ini = freshIni();
    const QString secret = u"sk-test-4711-do-not-store"_s;
    test::MemorySecretStore secrets;
    {
        Settings settings(ini);
        PreferencesDialog dialog(&settings, &secrets);
        EnrichmentPreferencesPage *page = dialog.enrichmentPage();
        page->imagesBox()->setChecked(true);
        page->endpointEdit()->setText(u"https://vision.example.org/v1"_s);
        QTest::keyClicks(page->keyEdit(), secret);
        dialog.accept();
        settings.sync();
    }
    const QString entry = ApiKeyStore::keyFor(QUrl(u"https://vision.example.org/v1"_s));
    QCOMPARE(secrets.secrets.value(entry), secret);
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("vision.example.org")); // the settings were written...
    QVERIFY(!written.contains(secret.toUtf8())); // ...but not the key
    QVERIFY(!written.contains("sk-test"));
}

void TestPreferences::storedKeyIsShownAndCanBeRemoved()
{
    Settings settings(freshIni());
    test::MemorySecretStore secrets;
    const QString entry = ApiKeyStore::keyFor(VisionSettings::ollamaEndpoint());
    secrets.secrets.insert(entry, u"local-key"_s);
    PreferencesDialog dialog(&settings, &secrets);
    QLineEdit *key = dialog.enrichmentPage()->keyEdit();
    QTRY_COMPARE(key->text(), u"local-key"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);

    // Untouched, the key is not rewritten; cleared, it is removed from the keychain.
    dialog.apply();
    QCOMPARE(secrets.secrets.value(entry), u"local-key"_s);
    key->selectAll();
    QTest::keyClick(key, Qt::Key_Delete);
    dialog.apply();
    QVERIFY(!secrets.secrets.contains(entry));
}

void TestPreferences::statementsNameTheHosts()
{
    Settings settings(freshIni());
    test::MemorySecretStore secrets;
    PreferencesDialog dialog(&settings, &secrets);
    EnrichmentPreferencesPage *page = dialog.enrichmentPage();
    QVERIFY(page->fetchStatement()->text().contains(u"api.fxtwitter.com"_s));
    QVERIFY(page->imagesStatement()->text().contains(u"this computer"_s));

    page->endpointEdit()->setText(u"https://api.openai.com/v1"_s);
    QVERIFY(page->imagesStatement()->text().contains(u"uploaded to api.openai.com"_s));
    QVERIFY(page->imagesStatement()->text().contains(u"outside this computer"_s));
}

void TestPreferences::invalidAddressBlocksSaving()
{
    const QString ini = freshIni();
    Settings settings(ini);
    test::MemorySecretStore secrets;
    PreferencesDialog dialog(&settings, &secrets);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    dialog.enrichmentPage()->endpointEdit()->setText(u"ftp://nowhere"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.enrichmentPage()->validationError().isEmpty());
    dialog.apply();
    QVERIFY(!QSettings(ini, QSettings::IniFormat)
                 .contains(Settings::keyName(Settings::Key::Enrichment)));
    dialog.enrichmentPage()->endpointEdit()->setText(u"http://localhost:11434/v1"_s);
    QVERIFY(ok->isEnabled());
}

void TestPreferences::presetsFillTheAddress()
{
    Settings settings(freshIni());
    test::MemorySecretStore secrets;
    PreferencesDialog dialog(&settings, &secrets);
    auto *server = dialog.enrichmentPage()->findChild<QComboBox *>();
    QVERIFY(server);
    // The first combo box of the page is the scope; find the server by its items.
    const QList<QComboBox *> boxes = dialog.enrichmentPage()->findChildren<QComboBox *>();
    QComboBox *servers = nullptr;
    for (QComboBox *box : boxes) {
        if (box->findData(VisionSettings::llamaCppEndpoint()) >= 0)
            servers = box;
    }
    QVERIFY(servers);
    QCOMPARE(servers->currentData().toUrl(), VisionSettings::ollamaEndpoint());
    const int llama = servers->findData(VisionSettings::llamaCppEndpoint());
    servers->setCurrentIndex(llama);
    Q_EMIT servers->activated(llama);
    QCOMPARE(QUrl(dialog.enrichmentPage()->endpointEdit()->text()),
             VisionSettings::llamaCppEndpoint());
    dialog.enrichmentPage()->endpointEdit()->setText(u"https://example.net/v1"_s);
    QCOMPARE(servers->currentIndex(), servers->count() - 1); // "other server"
}

void TestPreferences::clearCacheEmptiesIt()
{
    const QString path = m_env.path(u"cache-clear.sqlite"_s);
    {
        auto cache = EnrichmentCache::open(path);
        QVERIFY(cache);
        (*cache)->storeImageDescription(u"abc"_s, u"profile"_s, u"A cat."_s);
        QCOMPARE((*cache)->counts().images, 1);
    }
    Settings settings(freshIni());
    settings.setEnrichmentCachePath(path);
    test::MemorySecretStore secrets;
    PreferencesDialog dialog(&settings, &secrets);
    QPushButton *clear = dialog.enrichmentPage()->clearCacheButton();
    QVERIFY(clear->isEnabled());
    MessageBox::setNextAnswer(MessageBox::Button::Yes);
    clear->click();
    QCOMPARE(MessageBox::shownCount(), 1);
    auto cache = EnrichmentCache::open(path);
    QVERIFY(cache);
    QCOMPARE((*cache)->counts().images, 0);
}

void TestPreferences::clearCacheCanBeCanceled()
{
    const QString path = m_env.path(u"cache-keep.sqlite"_s);
    {
        auto cache = EnrichmentCache::open(path);
        QVERIFY(cache);
        (*cache)->storeImageDescription(u"abc"_s, u"profile"_s, u"A dog."_s);
    }
    Settings settings(freshIni());
    settings.setEnrichmentCachePath(path);
    test::MemorySecretStore secrets;
    PreferencesDialog dialog(&settings, &secrets);
    MessageBox::setNextAnswer(MessageBox::Button::Cancel);
    dialog.enrichmentPage()->clearCacheButton()->click();
    auto cache = EnrichmentCache::open(path);
    QVERIFY(cache);
    QCOMPARE((*cache)->counts().images, 1);
}

void TestPreferences::importCacheCanBeSwitchedOffAndDeleted()
{
    const QString ini = freshIni();
    const QString snapshots = m_env.path(u"snapshots%1"_s.arg(m_counter));
    QVERIFY(QDir().mkpath(snapshots));
    for (const QString &name : {u"a.snapshot"_s, u"b.snapshot"_s, u"keep.txt"_s}) {
        QFile file(QDir(snapshots).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    {
        Settings settings(ini);
        QVERIFY(settings.useImportCache()); // on by default: reopening is instant
        test::MemorySecretStore secrets;
        PreferencesDialog dialog(&settings, &secrets);
        GeneralPreferencesPage *general = dialog.generalPage();
        QVERIFY(general->importCacheBox()->isChecked());
        general->setSnapshotDirectory(snapshots);
        // The note says what the snapshots hold, where they are and how many there are.
        const QString info = general->importCacheInfo()->text();
        QVERIFY2(info.contains(u"messages"_s), qPrintable(info));
        QVERIFY2(info.contains(QDir::toNativeSeparators(snapshots)), qPrintable(info));
        QVERIFY2(info.contains(u"2 snapshot"_s), qPrintable(info));
        QVERIFY2(info.contains(general->locale().formattedDataSize(2 * 4096)), qPrintable(info));
        QVERIFY(general->clearImportCacheButton()->isEnabled());

        general->clearImportCacheButton()->click();
        QCOMPARE(SnapshotCache::usage(snapshots).files, 0);
        QVERIFY(QFile::exists(QDir(snapshots).filePath(u"keep.txt"_s)));
        QVERIFY(!general->clearImportCacheButton()->isEnabled());
        QVERIFY2(general->importCacheInfo()->text().contains(u"none"_s),
                 qPrintable(general->importCacheInfo()->text()));

        general->importCacheBox()->setChecked(false);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!settings.useImportCache());
    }
    Settings again(ini);
    QVERIFY(!again.useImportCache());
    test::MemorySecretStore secrets;
    PreferencesDialog dialog(&again, &secrets);
    QVERIFY(!dialog.generalPage()->importCacheBox()->isChecked());
}

void TestPreferences::controllerAddsMenusAndReusesDialogs()
{
    Settings settings(freshIni());
    QWidget window;
    QMenuBar bar(&window);
    QMenu *edit = bar.addMenu(u"Edit"_s);
    edit->setObjectName(u"editMenu"_s);
    QMenu *tools = bar.addMenu(u"Tools"_s);
    tools->setObjectName(u"toolsMenu"_s);
    QAction *cancel = tools->addAction(u"Cancel"_s);
    QMenu *help = bar.addMenu(u"Help"_s);
    help->setObjectName(u"helpMenu"_s);
    help->addAction(u"About"_s);
    test::MemorySecretStore secrets;
    JobTracker jobs;
    Session session;
    ImportController importer(&session, &settings, &jobs);
    ExtrasController extras(&window, &settings, &session, &importer, &jobs);
    extras.setSecretStore(&secrets);
    extras.install(&bar);
    QVERIFY(edit->actions().contains(extras.preferencesAction()));
    QCOMPARE(help->actions().value(0), extras.howItWorksAction());
    QVERIFY(help->actions().contains(extras.diagnosticsAction()));
    QVERIFY(tools->actions().contains(extras.enrichAction()));
    QCOMPARE(tools->actions().last(), cancel);
    QVERIFY(!extras.enrichAction()->isEnabled()); // no export open
    QVERIFY(!extras.preferencesAction()->shortcut().isEmpty());

    extras.preferencesAction()->trigger();
    PreferencesDialog *first = window.findChild<PreferencesDialog *>();
    QVERIFY(first);
    QVERIFY(first->isVisible());
    QCOMPARE(extras.showPreferences(), first); // raised, not opened twice
    QCOMPARE(window.findChildren<PreferencesDialog *>().size(), 1);
    first->reject();

    extras.howItWorksAction()->trigger();
    QVERIFY(window.findChild<HowItWorksDialog *>());
    QVERIFY(window.findChild<HowItWorksDialog *>()->isVisible());
}

void TestPreferences::howItWorksExplainsEverySection()
{
    const QStringList sections = HowItWorksDialog::sections();
    for (const QString &topic : {u"windows"_s, u"episodes"_s, u"bursts"_s, u"adaptive"_s,
                                 u"completion"_s, u"anonymization"_s, u"enrichment"_s})
        QVERIFY2(sections.contains(topic), qPrintable(topic));
    HowItWorksDialog dialog;
    const QString text = dialog.browser()->toPlainText();
    for (const QString &word : {u"Conversation windows"_s, u"Episodes"_s, u"Bursts"_s,
                                u"Adaptive examples"_s, u"Anonymization"_s})
        QVERIFY2(text.contains(word), qPrintable(word));
    QVERIFY(text.size() > 1500);
    dialog.showSection(u"anonymization"_s);
}

void TestPreferences::mainWindowWiresMenusAndTheEnrichedText()
{
    if (!DemoExport::isAvailable())
        QSKIP("this build embeds no demo export (resources/demo)");
    Settings settings(freshIni());
    test::MemorySecretStore secrets;
    {
        MainWindow window(&settings);
        window.extras()->setSecretStore(&secrets);
        const auto inMenu = [&window](const QString &menu, QAction *action) {
            auto *m = window.menuBar()->findChild<QMenu *>(menu);
            return m && m->actions().contains(action);
        };
        ExtrasController *extras = window.extras();
        QVERIFY(inMenu(u"editMenu"_s, extras->preferencesAction()));
        QVERIFY(inMenu(u"toolsMenu"_s, extras->enrichAction()));
        QVERIFY(inMenu(u"toolsMenu"_s, extras->enrichmentResultsAction()));
        QVERIFY(inMenu(u"helpMenu"_s, extras->howItWorksAction()));
        QVERIFY(inMenu(u"helpMenu"_s, extras->diagnosticsAction()));
        QVERIFY(!extras->probe()->isRunning()); // idle: nothing to measure

        // The welcome page's link opens the explanation.
        auto *link = window.findChild<QLabel *>(u"howItWorksLink"_s);
        QVERIFY(link);
        Q_EMIT link->linkActivated(u"#how"_s);
        QVERIFY(window.findChild<HowItWorksDialog *>());

        // Generation reads the enriched text once the offline pass is done.
        QSignalSpy done(window.importer(), &ImportController::succeeded);
        window.openDemo();
        QVERIFY(done.wait(60000));
        EnrichmentController *enrichment = extras->enrichment();
        QTRY_VERIFY_WITH_TIMEOUT(enrichment->result() && !enrichment->isRunning(), 60000);
        QCOMPARE(window.generation()->layer(), enrichment->layer());
        QVERIFY(enrichment->layer() != nullptr);
        QVERIFY(extras->diagnostics()->lastImport().has_value());
        // The probe measured the UI thread while the jobs ran.
        QTRY_VERIFY(extras->probe()->stats().samples > 0);
        QVERIFY(extras->enrichAction()->isEnabled());

        // Changing the colour scheme in the preferences checks it in the View menu too.
        PreferencesDialog *dialog = extras->showPreferences();
        dialog->generalPage()->schemeBox()->setCurrentIndex(
            dialog->generalPage()->schemeBox()->findData(int(Settings::ColorScheme::Light)));
        dialog->accept();
        QVERIFY(window.actions().schemeLight->isChecked());
        settings.setColorScheme(Settings::ColorScheme::System);
        QVERIFY(window.actions().schemeSystem->isChecked());
    }
    JobPool::waitForDone();
}

void TestPreferences::internetUseIsConfirmedOncePerSession()
{
    if (!DemoExport::isAvailable())
        QSKIP("this build embeds no demo export (resources/demo)");
    auto demo = DemoExport::extract(m_env.path(u"demo-cache"_s));
    QVERIFY(demo);
    Settings settings(freshIni());
    settings.setEnrichmentCachePath(m_env.path(u"confirm-cache.sqlite"_s));
    QWidget window;
    JobTracker jobs;
    Session session;
    ImportController importer(&session, &settings, &jobs);
    test::MemorySecretStore secrets;
    ExtrasController extras(&window, &settings, &session, &importer, &jobs);
    extras.setSecretStore(&secrets);
    EnrichmentController *enrichment = extras.enrichment();
    auto requests = std::make_shared<std::atomic<int>>(0);
    enrichment->setNetworkFactory([requests] {
        ++*requests;
        return new QNetworkAccessManager;
    });
    session.load(test::TestExport::load(*demo), ProjectState{}, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(enrichment->result() && !enrichment->isRunning(), 60000);
    QSignalSpy started(enrichment, &EnrichmentController::started);

    // With the defaults nothing leaves the computer: no question, an offline run.
    extras.enrichAction()->trigger();
    QCOMPARE(MessageBox::shownCount(), 0);
    QCOMPARE(started.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!enrichment->isRunning(), 60000);

    EnrichmentParams p;
    p.twitter = TwitterMode::Fetch;
    p.tweetApiBase = QUrl(u"http://127.0.0.1:9/"_s);
    settings.setEnrichment(EnrichmentSettingsJson::toJson(p));
    QTRY_VERIFY_WITH_TIMEOUT(!enrichment->isRunning(), 60000);
    started.clear();

    // Declined: nothing runs.
    MessageBox::setNextAnswer(MessageBox::Button::Cancel);
    extras.enrichAction()->trigger();
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(started.size(), 0);
    QCOMPARE(requests->load(), 0);

    // Accepted: the network run starts, and the question is not asked again.
    MessageBox::setNextAnswer(MessageBox::Button::Yes);
    extras.enrichAction()->trigger();
    QCOMPARE(MessageBox::shownCount(), 2);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.last().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!enrichment->isRunning(), 120000);
    QVERIFY(requests->load() > 0);
    extras.enrichAction()->trigger();
    QCOMPARE(MessageBox::shownCount(), 2);
    QCOMPARE(started.size(), 2);
    enrichment->cancel();
    JobPool::waitForDone();
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
