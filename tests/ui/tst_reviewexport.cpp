// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestExport.h"
#include "UiTestEnvironment.h"
#include "common/JobContext.h"
#include "export/ExportSelection.h"
#include "export/ExportSettings.h"
#include "export/JsonIndenter.h"
#include "generation/GenerationJob.h"
#include "generation/GenerationOptionsJson.h"
#include "project/Session.h"
#include "review/DecisionCommand.h"
#include "review/ExampleFilterProxy.h"
#include "review/ExampleTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestReviewExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tableModelPassesTester();
    void decisionsShowInTheModel();
    void filtersNarrowTheRows();
    void undoRestoresDecisions();
    void selectionAppliesTheReview_data();
    void selectionAppliesTheReview();
    void exportSettingsRoundTrip();
    void extensions_data();
    void extensions();
    void jsonIndenterKeepsKeyOrder_data();
    void jsonIndenterKeepsKeyOrder();

private:
    test::UiTestEnvironment m_env;
    ChatExportPtr m_export;
    TextLayerPtr m_layer;
    std::shared_ptr<const GenerationResult> m_result;
};

void TestReviewExport::initTestCase()
{
    m_export = test::TestExport::load(test::TestExport::writeDefault(m_env.path(u"export"_s)));
    m_layer = std::make_shared<const TextLayer>(m_export);
    GenerationParams params;
    params.layer = m_layer;
    params.options = GenerationOptionsJson::fromJson({});
    params.options.strategies = {Strategy::Conversational, Strategy::Qa, Strategy::Completion};
    auto result = GenerationJob::run(params, JobContext::detached());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(result->examples.size() > 20);
    m_result = std::make_shared<const GenerationResult>(std::move(*result));
}

void TestReviewExport::tableModelPassesTester()
{
    Session session;
    session.load(m_export, {}, nullptr);
    ExampleTableModel model(&session);
    ExampleFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(m_result, m_layer);
    QCOMPARE(model.rowCount(), int(m_result->examples.size()));
    proxy.sort(ExampleTableModel::Date);
    proxy.setStatus(ExampleFilterProxy::StatusFilter::Pending);
    session.setDecisions({{model.index(0, 0).data(ExampleTableModel::ExampleIdRole).toString(),
                           ReviewDecision{ReviewStatus::Rejected, false, {}}}});
    proxy.setText(u"chat 2"_s);
    model.setResult(nullptr, nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestReviewExport::decisionsShowInTheModel()
{
    Session session;
    session.load(m_export, {}, nullptr);
    ExampleTableModel model(&session);
    model.setResult(m_result, m_layer);
    const QString id = model.index(2, 0).data(ExampleTableModel::ExampleIdRole).toString();
    QCOMPARE(id, m_result->examples[2].idString());
    QCOMPARE(model.rowOfId(id), 2);
    QCOMPARE(model.index(2, ExampleTableModel::Status).data().toString(), u"Pending"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    session.setDecisions({{id, ReviewDecision{ReviewStatus::Accepted, true, u"my better text"_s}}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(model.index(2, ExampleTableModel::Status).data().toString(), u"Accepted, edited"_s);
    QCOMPARE(model.output(2), u"my better text"_s);
    QVERIFY(model.originalOutput(2) != u"my better text"_s);
    QCOMPARE(model.index(2, ExampleTableModel::Output).data().toString(), u"my better text"_s);
    QCOMPARE(model.index(2, 0).data(ExampleTableModel::EditedRole).toBool(), true);
    QCOMPARE(model.index(2, ExampleTableModel::Partner).data().toString(),
             m_result->examples[2].partner);
}

void TestReviewExport::filtersNarrowTheRows()
{
    Session session;
    session.load(m_export, {}, nullptr);
    ExampleTableModel model(&session);
    model.setResult(m_result, m_layer);
    ExampleFilterProxy proxy;
    proxy.setSourceModel(&model);
    const int all = proxy.rowCount();
    int qa = 0;
    int inChat2 = 0;
    for (const Example &e : m_result->examples) {
        qa += e.type == ExampleType::Qa;
        inChat2 += e.threadId == 2;
    }
    proxy.setType(int(ExampleType::Qa));
    QCOMPARE(proxy.rowCount(), qa);
    proxy.setType(std::nullopt);
    proxy.setThreadId(2);
    QCOMPARE(proxy.rowCount(), inChat2);
    proxy.setThreadId(std::nullopt);
    const QList<QString> ids = proxy.visibleIds();
    QCOMPARE(ids.size(), all);
    session.setDecisions({{ids[0], ReviewDecision{ReviewStatus::Rejected, false, {}}},
                          {ids[1], ReviewDecision{ReviewStatus::Accepted, true, u"x"_s}}});
    proxy.setStatus(ExampleFilterProxy::StatusFilter::Rejected);
    QCOMPARE(proxy.visibleIds(), QList<QString>{ids[0]});
    proxy.setStatus(ExampleFilterProxy::StatusFilter::Edited);
    QCOMPARE(proxy.visibleIds(), QList<QString>{ids[1]});
    proxy.setStatus(ExampleFilterProxy::StatusFilter::Pending);
    QCOMPARE(proxy.rowCount(), all - 2);
    proxy.setStatus(ExampleFilterProxy::StatusFilter::All);
    proxy.setText(u"nothing contains this"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setText(u"FROM ME"_s); // case-insensitive, matches the outputs
    QVERIFY(proxy.rowCount() > 0);
}

void TestReviewExport::undoRestoresDecisions()
{
    Session session;
    session.load(m_export, {}, nullptr);
    QUndoStack stack;
    session.setDecisions({{u"a"_s, ReviewDecision{ReviewStatus::Accepted, false, {}}}});
    stack.push(new DecisionCommand(&session,
                                   {{u"a"_s, ReviewDecision{ReviewStatus::Rejected, false, {}}},
                                    {u"b"_s, ReviewDecision{ReviewStatus::Rejected, false, {}}}},
                                   u"reject two"_s));
    QCOMPARE(session.decision(u"a"_s).status, ReviewStatus::Rejected);
    QCOMPARE(session.decision(u"b"_s).status, ReviewStatus::Rejected);
    stack.undo();
    QCOMPARE(session.decision(u"a"_s).status, ReviewStatus::Accepted);
    QVERIFY(!session.state().decisions.contains(u"b"_s));
    stack.redo();
    QCOMPARE(session.decision(u"b"_s).status, ReviewStatus::Rejected);
    QCOMPARE(stack.undoText(), u"reject two"_s);
}

void TestReviewExport::selectionAppliesTheReview_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("expected");
    const int n = int(m_result->examples.size());
    QTest::newRow("all but rejected") << int(ExportScope::AllButRejected) << n - 1;
    QTest::newRow("accepted only") << int(ExportScope::AcceptedOnly) << 2;
}

void TestReviewExport::selectionAppliesTheReview()
{
    QFETCH(int, scope);
    QFETCH(int, expected);
    const auto &examples = m_result->examples;
    QHash<QString, ReviewDecision> decisions;
    decisions.insert(examples[0].idString(), ReviewDecision{ReviewStatus::Rejected, false, {}});
    decisions.insert(examples[1].idString(), ReviewDecision{ReviewStatus::Accepted, false, {}});
    decisions.insert(examples[5].idString(),
                     ReviewDecision{ReviewStatus::Accepted, true, u"edited text"_s});
    decisions.insert(examples[6].idString(), ReviewDecision{ReviewStatus::Pending, true, u"p"_s});
    const std::vector<Example> out
        = ExportSelection::select(examples, decisions, ExportScope(scope));
    QCOMPARE(int(out.size()), expected);
    for (const Example &e : out)
        QVERIFY(e.id != examples[0].id);
    const auto edited = std::find_if(out.begin(), out.end(),
                                     [&](const Example &e) { return e.id == examples[5].id; });
    QVERIFY(edited != out.end());
    QCOMPARE(edited->outputOverride, std::optional<QString>(u"edited text"_s));
    // Generated order is kept.
    for (size_t i = 1; i < out.size(); ++i) {
        const auto pos = [&](quint64 id) {
            return std::find_if(examples.begin(), examples.end(),
                                [id](const Example &e) { return e.id == id; })
                - examples.begin();
        };
        QVERIFY(pos(out[i - 1].id) < pos(out[i].id));
    }
}

void TestReviewExport::exportSettingsRoundTrip()
{
    ExportSettings s;
    s.format = DatasetFormat::Messages;
    s.fileType = ExportSettings::FileType::JsonGzip;
    s.scope = ExportScope::AcceptedOnly;
    s.datasetInfo = false;
    s.datasetName = u"me"_s;
    s.systemPrompt = u"You are me."_s;
    s.burstTurns = BurstTurns::Separate;
    s.metadata = false;
    s.styleSidecar = false;
    QVERIFY(ExportSettings::fromJson(s.toJson()) == s);
    QVERIFY(ExportSettings::fromJson({}) == ExportSettings());
    QVERIFY(ExportSettings::fromJson(QJsonObject{{u"format"_s, u"bogus"_s}}).format
            == DatasetFormat::Alpaca);
}

void TestReviewExport::extensions_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    using T = ExportSettings::FileType;
    QTest::newRow("add") << int(T::Jsonl) << u"/d/data"_s << u"/d/data.jsonl"_s;
    QTest::newRow("replace") << int(T::JsonGzip) << u"/d/data.jsonl"_s << u"/d/data.json.gz"_s;
    QTest::newRow("double") << int(T::Json) << u"/d/data.jsonl.gz"_s << u"/d/data.json"_s;
    QTest::newRow("keep") << int(T::JsonlGzip) << u"/d/x.JSONL.GZ"_s << u"/d/x.jsonl.gz"_s;
    QTest::newRow("other dots") << int(T::Jsonl) << u"/d/v1.2"_s << u"/d/v1.2.jsonl"_s;
}

void TestReviewExport::extensions()
{
    QFETCH(int, type);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    ExportSettings s;
    s.fileType = ExportSettings::FileType(type);
    QCOMPARE(s.withExtension(path), expected);
    QCOMPARE(s.datasetInfoApplies(), s.fileType == ExportSettings::FileType::Jsonl);
}

void TestReviewExport::jsonIndenterKeepsKeyOrder_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("order") << QByteArray(R"({"z":1,"a":[1,2],"e":{},"f":[]})")
                           << u"{\n  \"z\": 1,\n  \"a\": [\n    1,\n    2\n  ],\n  \"e\": {},\n"
                              "  \"f\": []\n}"_s;
    QTest::newRow("strings") << QByteArray(R"({"k":"a,{b}\"c: [x]"})")
                             << u"{\n  \"k\": \"a,{b}\\\"c: [x]\"\n}"_s;
    QTest::newRow("utf8") << QByteArray("[\"\xc3\xa4\xf0\x9f\x91\x8b\"]")
                          << u"[\n  \"\u00e4\U0001F44B\"\n]"_s;
}

void TestReviewExport::jsonIndenterKeepsKeyOrder()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QCOMPARE(JsonIndenter::indent(json), expected);
}

QTEST_MAIN(TestReviewExport)
#include "tst_reviewexport.moc"
