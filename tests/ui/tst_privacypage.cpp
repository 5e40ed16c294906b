// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestEnvironment.h"
#include "generation/GenerationController.h"
#include "import/DemoExport.h"
#include "import/ImportController.h"
#include "privacy/PrivacyController.h"
#include "privacy/PrivacyHitFilter.h"
#include "privacy/PrivacyHitModel.h"
#include "privacy/PrivacyKindModel.h"
#include "privacy/PrivacyMessageView.h"
#include "privacy/PrivacyPage.h"
#include "project/Session.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

#include <functional>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestPrivacyPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void kindModel();
    void modelsOverTheDemo();
    void allowListingAWord();
    void choosingAPseudonym();
    void acceptingByKey();

private:
    bool openDemoAndShowPrivacy();
    bool waitForRun();
    PrivacyPage *page() const;
    /** Selects the first listed finding matching @p pred; returns its proxy row or -1. */
    int selectFinding(const std::function<bool(const PrivacyFinding &)> &pred);

    test::UiTestEnvironment m_env;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestPrivacyPage::initTestCase()
{
    QVERIFY(m_env.isValid());
    if (!DemoExport::isAvailable())
        QSKIP("this build embeds no demo export (resources/demo)");
}

void TestPrivacyPage::init()
{
    m_settings = std::make_unique<Settings>(m_env.settingsFile());
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPrivacyPage::cleanup()
{
    m_window.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_settings.reset();
}

PrivacyPage *TestPrivacyPage::page() const
{
    return qobject_cast<PrivacyPage *>(m_window->page(u"privacy"_s));
}

bool TestPrivacyPage::waitForRun()
{
    PrivacyController *c = page()->controller();
    return QTest::qWaitFor([c] { return c->result() && !c->isRunning() && !c->isStale(); }, 60000);
}

bool TestPrivacyPage::openDemoAndShowPrivacy()
{
    QSignalSpy done(m_window->importer(), &ImportController::succeeded);
    m_window->openDemo();
    if (!QTest::qWaitFor([&] { return !done.isEmpty(); }, 60000))
        return false;
    return m_window->showPage(u"privacy"_s) && waitForRun();
}

int TestPrivacyPage::selectFinding(const std::function<bool(const PrivacyFinding &)> &pred)
{
    PrivacyHitFilter *filter = page()->filter();
    for (int row = 0; row < filter->rowCount(); ++row) {
        const int source = filter->mapToSource(filter->index(row, 0)).row();
        if (pred(page()->hitModel()->finding(source))) {
            page()->hitsView()->setCurrentIndex(filter->index(row, 0));
            return row;
        }
    }
    return -1;
}

void TestPrivacyPage::kindModel()
{
    PrivacyKindModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), kPiiKindCount + 1);
    KindCountArray counts{};
    counts[size_t(PiiKind::Name)] = 5;
    counts[size_t(PiiKind::Phone)] = 2;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCounts(counts);
    QCOMPARE(changed.size(), 1);
    model.setCounts(counts);
    QCOMPARE(changed.size(), 1); // unchanged: no signal
    QCOMPARE(model.total(), 7);
    QCOMPARE(model.index(0).data(PrivacyKindModel::KindRole).toInt(), -1);
    QCOMPARE(model.index(0).data(PrivacyKindModel::CountRole).toLongLong(), 7);
    QCOMPARE(model.index(1 + int(PiiKind::Phone)).data(PrivacyKindModel::CountRole).toLongLong(),
             2);
    QVERIFY(model.index(1).data().toString().contains(u"5"_s));
}

void TestPrivacyPage::modelsOverTheDemo()
{
    QVERIFY(openDemoAndShowPrivacy());
    PrivacyPage *p = page();
    QAbstractItemModelTester hits(p->hitModel(),
                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filter(p->filter(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester kinds(p->kindModel(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    const PrivacyReport &report = p->controller()->result()->report;
    QVERIFY(report.totalHits() > 0);
    QCOMPARE(p->hitModel()->rowCount(), int(report.findings.size()));

    // All chats: the counts are the report's.
    p->onlySelectedChats()->setChecked(false);
    for (PiiKind kind : kAllPiiKinds) {
        QCOMPARE(
            p->kindModel()->index(1 + int(kind)).data(PrivacyKindModel::CountRole).toLongLong(),
            report.hitsByKind[size_t(kind)]);
    }
    QCOMPARE(p->filter()->rowCount(), p->hitModel()->rowCount());
    // The kind filter shows exactly that kind's findings.
    p->filter()->setKind(int(PiiKind::Name));
    QVERIFY(p->filter()->rowCount() > 0);
    for (int row = 0; row < p->filter()->rowCount(); ++row)
        QCOMPARE(p->filter()->index(row, 0).data(PrivacyHitModel::KindRole).toInt(),
                 int(PiiKind::Name));
    p->filter()->setKind(-1);
    // Masking hides the text found.
    const int row = selectFinding([](const PrivacyFinding &f) { return f.original.size() > 3; });
    QVERIFY(row >= 0);
    const QModelIndex found = p->filter()->index(row, PrivacyHitModel::Found);
    const QString shown = found.data().toString();
    p->hitModel()->setMasked(true);
    QVERIFY(found.data().toString() != shown);
    QVERIFY(found.data().toString().startsWith(shown.left(1)));
    p->hitModel()->setMasked(false);
    // The detail shows the message with the span highlighted in both texts.
    const PrivacyFinding *f = p->currentFinding();
    QVERIFY(f);
    QVERIFY(p->messageView()->originalText().contains(f->original));
    if (f->action == FindingAction::Replaced)
        QVERIFY(p->messageView()->anonymizedText().contains(f->replacement));
}

void TestPrivacyPage::allowListingAWord()
{
    QVERIFY(openDemoAndShowPrivacy());
    PrivacyPage *p = page();
    PrivacyController *c = p->controller();
    p->onlySelectedChats()->setChecked(false);
    // A name that is a single word, replaced in its message.
    const int row = selectFinding([](const PrivacyFinding &f) {
        return f.kind == PiiKind::Name && f.field == TextField::Body
            && f.action == FindingAction::Replaced && !f.original.contains(u' ');
    });
    QVERIFY(row >= 0);
    const QString word = p->currentFinding()->original;
    const quint32 message = p->currentFinding()->message;
    QVERIFY(!c->result()->layer->body(message).contains(word));

    p->allowCurrentWord();
    QVERIFY(c->choices().allowList.contains(word));
    QVERIFY(waitForRun());
    const auto countWord = [&c, &word] {
        int n = 0;
        for (const PrivacyFinding &f : c->result()->report.findings)
            n += f.original.compare(word, Qt::CaseInsensitive) == 0 ? 1 : 0;
        return n;
    };
    QCOMPARE(countWord(), 0);
    QVERIFY(c->result()->layer->body(message).contains(word));
    // The page still shows that message, now with the word kept.
    QVERIFY(p->messageView()->anonymizedText().contains(word));

    // Reopening the project brings the allow list back.
    m_window.reset();
    QThreadPool::globalInstance()->waitForDone();
    init();
    QVERIFY(openDemoAndShowPrivacy());
    c = page()->controller();
    QVERIFY(c->choices().allowList.contains(word));
    QCOMPARE(countWord(), 0);
    QVERIFY(c->result()->layer->body(message).contains(word));

    // Adding it as a name again takes it off the allow list: the hit comes back.
    page()->nameField()->setText(word);
    page()->addName();
    QVERIFY(!c->choices().allowList.contains(word));
    QVERIFY(waitForRun());
    QVERIFY(countWord() > 0);
    QVERIFY(!c->result()->layer->body(message).contains(word));
}

void TestPrivacyPage::choosingAPseudonym()
{
    QVERIFY(openDemoAndShowPrivacy());
    PrivacyPage *p = page();
    PrivacyController *c = p->controller();
    p->onlySelectedChats()->setChecked(false);
    QVERIFY(selectFinding([c](const PrivacyFinding &f) {
                return f.action == FindingAction::Replaced && f.field == TextField::Body
                    && c->personOf(f);
            })
            >= 0);
    const quint32 message = p->currentFinding()->message;
    QVERIFY(p->pseudonymField()->isEnabled());
    QVERIFY(!p->pseudonymField()->text().isEmpty());
    p->pseudonymField()->setText(u"Zelda Quirinus"_s);
    p->renameCurrentPerson();
    QVERIFY(waitForRun());
    const QString body = c->result()->layer->body(message).toString();
    QVERIFY2(body.contains(u"Zelda"_s) || body.contains(u"Quirinus"_s),
             qPrintable(u"no new name"_s));
    QVERIFY(p->messageView()->anonymizedText().contains(u"Zelda"_s)
            || p->messageView()->anonymizedText().contains(u"Quirinus"_s));
    // Stored in the project's map, so the next run keeps it.
    const auto map = PseudonymMap::fromJson(c->choices().mapping);
    QVERIFY(map);
    bool found = false;
    for (const PseudonymMap::Entry &e : map->entries())
        found = found || (e.given == u"Zelda"_s && e.family == u"Quirinus"_s);
    QVERIFY(found);

    // Generation anonymizes with the same map: the dataset says "Zelda" where the page does.
    GenerationController *generation = m_window->generation();
    QVERIFY(generation->anonymize());
    generation->run();
    QVERIFY(QTest::qWaitFor(
        [generation] { return generation->state() == GenerationController::State::Ready; }, 60000));
    QVERIFY(generation->resultLayer());
    QCOMPARE(generation->resultLayer()->body(message), body);
}

void TestPrivacyPage::acceptingByKey()
{
    QVERIFY(openDemoAndShowPrivacy());
    PrivacyPage *p = page();
    PrivacyController *c = p->controller();
    QVERIFY(p->filter()->rowCount() > 1);
    p->hitsView()->setCurrentIndex(p->filter()->index(0, 0));
    p->hitsView()->setFocus();
    const PrivacyFinding *first = p->currentFinding();
    QVERIFY(first && !c->isAccepted(*first));
    const QString id = PrivacyController::hitId(*first);
    QTest::keyClick(p->hitsView(), Qt::Key_A);
    QCOMPARE(c->choices().hitStatus.value(id), u"accepted"_s);
    QCOMPARE(p->hitsView()->currentIndex().row(), 1); // moved on
    QCOMPARE(
        p->filter()->index(0, PrivacyHitModel::Status).data(PrivacyHitModel::AcceptedRole).toBool(),
        true);
    // Hiding accepted findings removes it from the list.
    const int before = p->filter()->rowCount();
    p->filter()->setHideAccepted(true);
    QCOMPARE(p->filter()->rowCount(), before - 1);
    // Accepting does not re-run the stage.
    QVERIFY(!c->isRunning());
}

QTEST_MAIN(TestPrivacyPage)
#include "tst_privacypage.moc"
