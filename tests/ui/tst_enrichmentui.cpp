// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"
#include "TestExport.h"
#include "UiTestEnvironment.h"
#include "enrich/EnrichmentController.h"
#include "enrich/EnrichmentDialog.h"
#include "enrich/EnrichmentFilterProxy.h"
#include "enrich/EnrichmentItemsModel.h"
#include "enrich/EnrichmentParams.h"
#include "enrich/EnrichmentSettingsJson.h"
#include "import/DemoExport.h"
#include "jobs/JobPool.h"
#include "jobs/JobTracker.h"
#include "project/ProjectFile.h"
#include "project/Session.h"
#include "settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace idiolect;

namespace {

/** Counts network access managers the job asks for; the offline tests require zero. */
struct NetworkProbe
{
    std::shared_ptr<std::atomic<int>> calls = std::make_shared<std::atomic<int>>(0);

    std::function<QNetworkAccessManager *()> factory() const
    {
        return [calls = calls] {
            ++*calls;
            return new QNetworkAccessManager;
        };
    }
};

} // namespace

class TestEnrichmentUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void defaultsUseStoredPreviewsWithoutNetwork();
    void networkSettingsStayOfflineUntilAsked();
    void enrichNowUsesTheNetworkWhenSwitchedOn();
    void editsChangeTheLayerAndPersist();
    void modelsPassTheTester();
    void dialogEditsRemovesAndRestores();

private:
    struct Setup
    {
        std::unique_ptr<Settings> settings;
        std::unique_ptr<JobTracker> jobs;
        std::unique_ptr<Session> session;
        std::unique_ptr<EnrichmentController> controller;
        NetworkProbe network;
    };
    std::unique_ptr<Setup> setup(const QJsonObject &enrichment = {}, const QString &project = {});
    static bool waitForResult(EnrichmentController &controller);
    /** The first item that added text: (message, key). */
    static std::pair<quint32, QString> firstAdded(const EnrichmentResult &result);

    test::UiTestEnvironment m_env;
    QString m_demo;
    ChatExportPtr m_export;
    int m_counter = 0;
};

void TestEnrichmentUi::initTestCase()
{
    QVERIFY(m_env.isValid());
    QVERIFY(DemoExport::isAvailable());
    auto demo = DemoExport::extract(m_env.path(u"demo-cache"_s));
    QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().toString()));
    m_demo = *demo;
    m_export = test::TestExport::load(m_demo);
    QVERIFY(m_export);
}

void TestEnrichmentUi::cleanup()
{
    JobPool::waitForDone();
}

std::unique_ptr<TestEnrichmentUi::Setup> TestEnrichmentUi::setup(const QJsonObject &enrichment,
                                                                 const QString &project)
{
    auto s = std::make_unique<Setup>();
    s->settings = std::make_unique<Settings>(m_env.path(u"enrich%1.ini"_s.arg(++m_counter)));
    s->settings->setEnrichment(enrichment);
    s->settings->setEnrichmentCachePath(m_env.path(u"cache%1.sqlite"_s.arg(m_counter)));
    s->jobs = std::make_unique<JobTracker>();
    s->session = std::make_unique<Session>();
    s->controller = std::make_unique<EnrichmentController>(s->session.get(), s->settings.get(),
                                                           s->jobs.get());
    s->controller->setNetworkFactory(s->network.factory());
    ProjectState state;
    state.exportPath = m_demo;
    std::unique_ptr<ProjectFile> file;
    if (!project.isEmpty()) {
        auto opened = ProjectFile::open(project, true);
        if (opened) {
            if (auto loaded = (*opened)->load(); loaded && !loaded->exportPath.isEmpty())
                state = *loaded;
            file = std::move(*opened);
        }
    }
    s->session->load(m_export, state, std::move(file));
    return s;
}

bool TestEnrichmentUi::waitForResult(EnrichmentController &controller)
{
    return QTest::qWaitFor([&controller] { return !controller.isRunning() && controller.result(); },
                           60000);
}

std::pair<quint32, QString> TestEnrichmentUi::firstAdded(const EnrichmentResult &result)
{
    for (const MessageEnrichment &m : result.messages) {
        for (const EnrichmentItem &item : m.items) {
            if (item.status == EnrichmentStatus::Added)
                return {m.message, item.key};
        }
    }
    return {0, QString()};
}

void TestEnrichmentUi::defaultsUseStoredPreviewsWithoutNetwork()
{
    auto s = setup();
    QVERIFY(!s->controller->wantsNetwork());
    QVERIFY(waitForResult(*s->controller));
    const EnrichmentResult &result = *s->controller->result();
    QVERIFY(!result.messages.empty());
    QVERIFY(result.summary.tweetsFromPreviews + result.summary.linksFromPreviews > 0);
    QVERIFY(result.summary.enhancedMessages > 0);
    QCOMPARE(result.summary.networkRequests, 0);
    QCOMPARE(s->network.calls->load(), 0);
    QVERIFY(!s->controller->lastRunUsedNetwork());

    // The layer carries the additions.
    const auto [message, key] = firstAdded(result);
    QVERIFY(!key.isEmpty());
    const TextLayerPtr layer = s->controller->layer();
    QVERIFY(layer->body(message) != m_export->messages.body(message));

    // Enrich Now with the defaults is still offline.
    s->controller->run();
    QVERIFY(waitForResult(*s->controller));
    QCOMPARE(s->network.calls->load(), 0);
}

void TestEnrichmentUi::networkSettingsStayOfflineUntilAsked()
{
    EnrichmentParams p;
    p.twitter = TwitterMode::Fetch;
    p.images = ImageMode::Describe;
    p.tweetApiBase = QUrl(u"http://127.0.0.1:9/"_s);
    p.vision.endpoint = QUrl(u"http://127.0.0.1:9/v1"_s);
    auto s = setup(EnrichmentSettingsJson::toJson(p));
    QVERIFY(s->controller->wantsNetwork());
    // Opening the export ran the offline pass only.
    QVERIFY(waitForResult(*s->controller));
    QCOMPARE(s->network.calls->load(), 0);
    QCOMPARE(s->controller->result()->summary.networkRequests, 0);
    // Changing the settings reruns offline too.
    p.vision.model = u"another-model"_s;
    s->settings->setEnrichment(EnrichmentSettingsJson::toJson(p));
    QVERIFY(s->controller->isRunning());
    QVERIFY(waitForResult(*s->controller));
    QCOMPARE(s->network.calls->load(), 0);
}

void TestEnrichmentUi::enrichNowUsesTheNetworkWhenSwitchedOn()
{
    EnrichmentParams p;
    p.twitter = TwitterMode::Fetch;
    p.tweetApiBase = QUrl(u"http://127.0.0.1:9/"_s); // discard port: nothing listens
    auto s = setup(EnrichmentSettingsJson::toJson(p));
    QVERIFY(waitForResult(*s->controller));
    const qint64 before = s->controller->result()->summary.tweetsUnavailable;
    QVERIFY2(before > 0, "the demo needs a tweet link without a stored preview");
    QSignalSpy started(s->controller.get(), &EnrichmentController::started);
    s->controller->run();
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!s->controller->isRunning(), 120000);
    QVERIFY(s->network.calls->load() > 0);
    const EnrichmentResult &result = *s->controller->result();
    QVERIFY(result.summary.tweetsFailed > 0);
    // Failures add nothing.
    for (const MessageEnrichment &m : result.messages) {
        for (const EnrichmentItem &item : m.items) {
            if (item.status == EnrichmentStatus::Failed)
                QVERIFY(item.text.isEmpty());
        }
    }
}

void TestEnrichmentUi::editsChangeTheLayerAndPersist()
{
    const QString project = m_env.path(u"edits.idiolect"_s);
    quint32 message = 0;
    QString key;
    {
        auto s = setup({}, project);
        QVERIFY(waitForResult(*s->controller));
        std::tie(message, key) = firstAdded(*s->controller->result());
        QVERIFY(!key.isEmpty());
        QSignalSpy layerChanged(s->controller.get(), &EnrichmentController::layerChanged);
        s->controller->setText(message, key, u"A corrected description."_s);
        QCOMPARE(layerChanged.size(), 1);
        QVERIFY(s->controller->layer()->body(message).contains(u"A corrected description."_s));
        QVERIFY(!s->session->state().enrichment.value(u"edits"_s).toArray().isEmpty());
        QVERIFY(s->session->flush());
    }
    {
        auto s = setup({}, project);
        QVERIFY(s->controller->edits().find(message, key));
        QVERIFY(waitForResult(*s->controller));
        QVERIFY(s->controller->layer()->body(message).contains(u"A corrected description."_s));

        s->controller->clearItem(message, key);
        QVERIFY(!s->controller->layer()->body(message).contains(u"A corrected description."_s));
        QCOMPARE(s->controller->layer()->body(message), m_export->messages.body(message));
        s->controller->resetItem(message, key);
        QVERIFY(s->controller->layer()->body(message) != m_export->messages.body(message));
        QVERIFY(s->controller->edits().isEmpty());
    }
}

void TestEnrichmentUi::modelsPassTheTester()
{
    auto s = setup();
    EnrichmentItemsModel model(s->controller.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EnrichmentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitForResult(*s->controller));
    QVERIFY(model.rowCount() > 0);
    const int all = proxy.rowCount();
    QCOMPARE(all, model.rowCount());
    proxy.setShow(EnrichmentFilterProxy::Show::Added);
    const int added = proxy.rowCount();
    QVERIFY(added > 0 && added <= all);
    proxy.setShow(EnrichmentFilterProxy::Show::Problems);
    QCOMPARE(proxy.rowCount(), all - added);
    proxy.setShow(EnrichmentFilterProxy::Show::Edited);
    QCOMPARE(proxy.rowCount(), 0);

    const auto [message, key] = firstAdded(*s->controller->result());
    s->controller->setText(message, key, u"edited"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, EnrichmentItemsModel::Text).data().toString(), u"edited"_s);
    QCOMPARE(proxy.index(0, EnrichmentItemsModel::Source).data().toString(), u"Edited by you"_s);
    proxy.setShow(EnrichmentFilterProxy::Show::All);
    proxy.setSearch(u"edited"_s);
    QVERIFY(proxy.rowCount() >= 1);
    proxy.setSearch(u"no such text anywhere 1234"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearch({});
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

    s->controller->runOffline(); // a new result resets the model
    QVERIFY(waitForResult(*s->controller));
    QVERIFY(model.rowCount() > 0);
}

void TestEnrichmentUi::dialogEditsRemovesAndRestores()
{
    auto s = setup();
    QVERIFY(waitForResult(*s->controller));
    EnrichmentDialog dialog(s->controller.get());
    dialog.show();
    QVERIFY(dialog.summaryLabel()->text().contains(u"changed."_s));
    auto *proxy = dialog.proxy();
    int row = 0;
    while (row < proxy->rowCount()
           && !proxy->index(row, 0).data(EnrichmentItemsModel::HasTextRole).toBool())
        ++row;
    QVERIFY(row < proxy->rowCount());
    dialog.view()->setCurrentIndex(proxy->index(row, 0));
    const quint32 message = proxy->index(row, 0).data(EnrichmentItemsModel::MessageRole).toUInt();
    const QString key = proxy->index(row, 0).data(EnrichmentItemsModel::KeyRole).toString();
    QVERIFY(!dialog.editor()->toPlainText().isEmpty());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.restoreButton()->isEnabled());

    dialog.editor()->setPlainText(u"My own words."_s);
    QVERIFY(dialog.saveButton()->isEnabled());
    dialog.saveButton()->click();
    QVERIFY(s->controller->edits().find(message, key));
    QCOMPARE(s->controller->edits().find(message, key)->text, u"My own words."_s);
    QVERIFY(dialog.restoreButton()->isEnabled());

    dialog.removeButton()->click();
    QVERIFY(s->controller->edits().find(message, key)->cleared);
    QVERIFY(!dialog.removeButton()->isEnabled());

    dialog.restoreButton()->click();
    QVERIFY(!s->controller->edits().find(message, key));
}

QTEST_MAIN(TestEnrichmentUi)
#include "tst_enrichmentui.moc"
