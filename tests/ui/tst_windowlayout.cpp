// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's layout across restarts: where the user left the splitters.
#include "TestExport.h"
#include "UiTestEnvironment.h"
#include "generation/GenerationController.h"
#include "import/ImportController.h"
#include "jobs/JobPool.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/SplitterLayout.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestWindowLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void splittersComeBackAfterRestart();
    void splitterLayoutIgnoresWhatDoesNotFit();

private:
    bool openAndWait(const QString &path);

    test::UiTestEnvironment m_env;
    QString m_export;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowLayout::initTestCase()
{
    QVERIFY(m_env.isValid());
    m_export = test::TestExport::writeDefault(m_env.path(u"signal-csv"_s));
}

void TestWindowLayout::init()
{
    MessageBox::resetForTests();
    FileDialog::resetForTests();
    m_settings = std::make_unique<Settings>(m_env.settingsFile());
}

void TestWindowLayout::cleanup()
{
    m_window.reset();
    JobPool::waitForDone();
    m_settings.reset();
}

bool TestWindowLayout::openAndWait(const QString &path)
{
    QSignalSpy done(m_window->importer(), &ImportController::succeeded);
    QSignalSpy failed(m_window->importer(), &ImportController::failed);
    m_window->openPath(path);
    return QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000)
        && !done.isEmpty();
}

void TestWindowLayout::splittersComeBackAfterRestart()
{
    // The review page with examples, so its splitter is laid out.
    auto showReview = [this]() -> QSplitter * {
        if (!openAndWait(m_export) || !m_window->showPage(u"review"_s))
            return nullptr;
        if (!QTest::qWaitFor(
                [this] {
                    return m_window->generation()->state() == GenerationController::State::Ready;
                },
                60000))
            return nullptr;
        return m_window->findChild<QSplitter *>(u"reviewSplit"_s);
    };
    auto restart = [this] {
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->resize(1280, 800);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    };
    m_settings->setValue(Settings::Key::ConfirmQuitWhileBusy, false); // a preview may still run
    const auto restoreSettings = qScopeGuard([this] {
        m_settings->reset(Settings::Key::ConfirmQuitWhileBusy); // the other tests share the file
        m_settings->reset(Settings::Key::SplitterStates);
    });
    QVERIFY(restart()); // at the size the screens are made for
    QSplitter *split = showReview();
    QVERIFY(split);
    // Built in: the example table takes more of the width than the conversation.
    QList<int> sizes = split->sizes();
    QCOMPARE(sizes.size(), 2);
    QVERIFY2(sizes[0] > sizes[1], qPrintable(u"%1 %2"_s.arg(sizes[0]).arg(sizes[1])));

    split->setSizes({400, sizes[0] + sizes[1] - 400});
    QVERIFY(m_window->close());
    QVERIFY(restart());
    split = showReview();
    QVERIFY(split);
    sizes = split->sizes();
    QVERIFY2(sizes[0] < sizes[1], qPrintable(u"%1 %2"_s.arg(sizes[0]).arg(sizes[1])));

    // A saved layout for another pane count is not used (more cases in tst_uisettings).
    QVariantMap states = m_settings->splitterStates();
    QVERIFY(states.contains(u"reviewSplit"_s));
    states.insert(u"reviewSplit"_s, QVariantList{100, 900, 50});
    m_settings->setSplitterStates(states);
    QVERIFY(restart());
    split = showReview();
    QVERIFY(split);
    sizes = split->sizes();
    QVERIFY2(sizes[0] > sizes[1], qPrintable(u"%1 %2"_s.arg(sizes[0]).arg(sizes[1])));
}

void TestWindowLayout::splitterLayoutIgnoresWhatDoesNotFit()
{
    QWidget root;
    root.resize(800, 400);
    auto *named = new QSplitter(&root);
    named->setObjectName(u"named"_s);
    named->addWidget(new QWidget);
    named->addWidget(new QWidget);
    auto *unnamed = new QSplitter(&root);
    unnamed->addWidget(new QWidget);
    unnamed->addWidget(new QWidget);
    named->resize(800, 400);
    named->setSizes({200, 600});
    const QList<int> before = named->sizes();

    const QVariantMap saved = SplitterLayout::save(&root);
    QCOMPARE(saved.size(), 1); // only splitters with a name are remembered
    QCOMPARE(saved.value(u"named"_s).toList(), (QVariantList{before[0], before[1]}));

    const QList<QVariantList> unfit = {
        {100, 200, 300}, // another pane count
        {u"wide"_s, 10}, // not a number
        {-4, 10}, // negative
        {0, 0}, // nothing to divide
        {}, // empty
    };
    for (const QVariantList &sizes : unfit) {
        QCOMPARE(SplitterLayout::restore(&root, {{u"named"_s, sizes}}), 0);
        QCOMPARE(named->sizes(), before);
    }
    QCOMPARE(SplitterLayout::restore(&root, {{u"named"_s, u"garbage"_s}}), 0);
    QCOMPARE(SplitterLayout::restore(&root, {{u"named"_s, QVariantList{600, 200}}}), 1);
    QVERIFY(named->sizes()[0] > 2 * named->sizes()[1]);
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
