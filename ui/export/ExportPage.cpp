// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportPage.h"

#include "AnonymizeBox.h"
#include "ExportPreview.h"
#include "JsonHighlighter.h"
#include "analysis/StyleJson.h"
#include "export/DatasetValidator.h"
#include "export/DatasetWriter.h"
#include "export/ExampleRenderer.h"
#include "generation/GenerationController.h"
#include "generation/GenerationResult.h"
#include "jobs/RunJob.h"
#include "project/Session.h"
#include "settings/Settings.h"
#include "widgets/EmptyState.h"
#include "widgets/FileDialog.h"
#include "widgets/Icons.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr int kPreviewRows = 3;

QString formatHelp(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Alpaca:
        return ExportPage::tr("instruction / input / output rows, as LLaMA-Factory's alpaca "
                              "format and most instruction-tuning scripts expect.");
    case DatasetFormat::ShareGpt:
        return ExportPage::tr("conversations with human and gpt turns, as LLaMA-Factory's "
                              "sharegpt format and FastChat expect (set mask_history in "
                              "LLaMA-Factory to learn only the last turn).");
    case DatasetFormat::Messages:
        return ExportPage::tr("messages with system, user and assistant roles, as OpenAI "
                              "fine-tuning, Axolotl's chat_template and Unsloth expect; only the "
                              "last turn has weight 1 (Axolotl: message_field_training: weight).");
    }
    return {};
}

} // namespace

ExportPage::ExportPage(Session *session, GenerationController *generation, JobTracker *tracker,
                       Settings *settings, QWidget *parent)
    : Page(parent),
      m_session(session),
      m_generation(generation),
      m_tracker(tracker),
      m_settings(settings),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)),
      m_summary(new QLabel(this)),
      m_preview(new QPlainTextEdit(this)),
      m_validation(new QLabel(this)),
      m_result(new InlineMessage(this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(u"exportSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_result);

    auto *content = new QWidget(this);
    auto *contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, content);
    split->setObjectName(u"exportSplit"_s); // remembered by MainWindow
    split->addWidget(createForm());
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewLabel = new QLabel(tr("The first rows as they will be written:"), right);
    previewLabel->setBuddy(m_preview);
    m_preview->setObjectName(u"exportPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Preview of the dataset"));
    JsonHighlighter::attach(m_preview->document());
    m_validation->setObjectName(u"exportValidation"_s);
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_validation);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    contentLayout->addWidget(split);

    m_empty->setIcon(Icons::icon(u"export"_s));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    layout->addWidget(m_stack, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    m_export = new QPushButton(Icons::icon(u"export"_s), tr("&Export Dataset\u2026"), this);
    m_export->setDefault(true);
    m_export->setToolTip(tr("Choose where to save the file and write it"));
    bottom->addWidget(m_export);
    layout->addLayout(bottom);

    connect(m_export, &QPushButton::clicked, this, &ExportPage::exportDataset);
    connect(m_empty, &EmptyState::buttonClicked, this, &ExportPage::reviewRequested);
    // Several of these arrive together (a run ends: state, then result); one refresh follows.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ExportPage::refresh);
    connect(m_generation, &GenerationController::resultChanged, &m_refreshTimer,
            qOverload<>(&QTimer::start));
    connect(m_generation, &GenerationController::stateChanged, &m_refreshTimer,
            qOverload<>(&QTimer::start));
    connect(m_session, &Session::decisionsChanged, &m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_session, &Session::exportChanged, this, [this] {
        m_result->hide();
        m_anonymize->refresh();
        setExportSettings(ExportSettings::fromJson(m_session->state().exportOptions));
    });
    setExportSettings(ExportSettings());
}

QString ExportPage::pageId() const
{
    return u"export"_s;
}

QString ExportPage::title() const
{
    return tr("Export");
}

QIcon ExportPage::icon() const
{
    return Icons::icon(u"export"_s);
}

void ExportPage::activate()
{
    refresh();
}

void ExportPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale)
        m_refreshTimer.start();
}

QWidget *ExportPage::createForm()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *form = new QWidget(scroll);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);

    m_anonymize = new AnonymizeBox(m_generation, form);
    connect(m_anonymize, &AnonymizeBox::privacyRequested, this, &ExportPage::privacyRequested);
    layout->addWidget(m_anonymize);

    auto *fileBox = new QGroupBox(tr("File"), form);
    auto *f = new QFormLayout(fileBox);
    m_format = new QComboBox(fileBox);
    m_format->addItem(tr("Alpaca"), int(DatasetFormat::Alpaca));
    m_format->addItem(tr("ShareGPT"), int(DatasetFormat::ShareGpt));
    m_format->addItem(tr("Chat messages"), int(DatasetFormat::Messages));
    m_formatHelp = new QLabel(fileBox);
    m_formatHelp->setWordWrap(true);
    m_formatHelp->setForegroundRole(QPalette::PlaceholderText);
    m_fileType = new QComboBox(fileBox);
    m_fileType->addItem(tr("JSON Lines (.jsonl)"), int(ExportSettings::FileType::Jsonl));
    m_fileType->addItem(tr("JSON Lines, compressed (.jsonl.gz)"),
                        int(ExportSettings::FileType::JsonlGzip));
    m_fileType->addItem(tr("One JSON document (.json)"), int(ExportSettings::FileType::Json));
    m_fileType->addItem(tr("One JSON document, compressed (.json.gz)"),
                        int(ExportSettings::FileType::JsonGzip));
    m_fileType->setToolTip(tr("JSON Lines has one example per line; trainers stream it. The "
                              "JSON document also holds the style analysis."));
    f->addRow(tr("&Format:"), m_format);
    f->addRow(m_formatHelp);
    f->addRow(tr("File &type:"), m_fileType);
    layout->addWidget(fileBox);

    auto *scopeBox = new QGroupBox(tr("Examples"), form);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    m_scope = new QButtonGroup(this);
    auto *allButRejected = new QRadioButton(tr("All except the ones I rejected"), scopeBox);
    allButRejected->setToolTip(tr("Examples you did not review are included"));
    auto *acceptedOnly = new QRadioButton(tr("Only the ones I accepted"), scopeBox);
    m_scope->addButton(allButRejected, int(ExportScope::AllButRejected));
    m_scope->addButton(acceptedOnly, int(ExportScope::AcceptedOnly));
    scopeLayout->addWidget(allButRejected);
    scopeLayout->addWidget(acceptedOnly);
    layout->addWidget(scopeBox);

    auto *textBox = new QGroupBox(tr("Text"), form);
    auto *t = new QFormLayout(textBox);
    m_systemPrompt = new QPlainTextEdit(textBox);
    m_systemPrompt->setPlaceholderText(tr("Optional, e.g. \u201cYou are Alex. Reply the way "
                                          "Alex texts.\u201d"));
    m_systemPrompt->setTabChangesFocus(true);
    m_systemPrompt->setMaximumHeight(m_systemPrompt->fontMetrics().height() * 4);
    m_systemPrompt->setToolTip(tr("A persona prompt put before every example's instruction"));
    m_burstTurns = new QComboBox(textBox);
    m_burstTurns->addItem(tr("Join them in one turn"), int(BurstTurns::Merge));
    m_burstTurns->addItem(tr("One turn each (weighted)"), int(BurstTurns::Separate));
    m_burstTurns->setToolTip(tr("How several of your messages in a row become chat turns; one "
                                "turn each is only possible in the chat messages format."));
    t->addRow(tr("&System prompt:"), m_systemPrompt);
    t->addRow(tr("Your messages in a &row:"), m_burstTurns);
    layout->addWidget(textBox);

    auto *extraBox = new QGroupBox(tr("Extras"), form);
    auto *e = new QFormLayout(extraBox);
    m_metadata = new QCheckBox(tr("Metadata in every row"), extraBox);
    m_metadata->setToolTip(tr("Example id, type and source message ids (trainers ignore it; "
                              "it lets you trace a row back)"));
    m_sidecar = new QCheckBox(tr("Style analysis beside the file (.style.json)"), extraBox);
    m_datasetInfo = new QCheckBox(tr("Register in LLaMA-Factory's dataset_info.json"), extraBox);
    m_datasetInfo->setToolTip(tr("Adds or updates this dataset's entry in dataset_info.json in "
                                 "the same folder (JSON Lines only, and not with separate burst "
                                 "turns: LLaMA-Factory skips rows whose turns do not alternate)"));
    m_datasetName = new QLineEdit(extraBox);
    m_datasetName->setPlaceholderText(u"idiolect"_s);
    m_datasetName->setAccessibleName(tr("Dataset name"));
    e->addRow(m_metadata);
    e->addRow(m_sidecar);
    e->addRow(m_datasetInfo);
    e->addRow(tr("Dataset &name:"), m_datasetName);
    layout->addWidget(extraBox);
    layout->addStretch();
    scroll->setWidget(form);

    for (QComboBox *box : {m_format, m_fileType, m_burstTurns})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportPage::settingsEdited);
    connect(m_scope, &QButtonGroup::idToggled, this, &ExportPage::settingsEdited);
    for (QCheckBox *box : {m_metadata, m_sidecar, m_datasetInfo})
        connect(box, &QCheckBox::toggled, this, &ExportPage::settingsEdited);
    connect(m_systemPrompt, &QPlainTextEdit::textChanged, this, &ExportPage::settingsEdited);
    connect(m_datasetName, &QLineEdit::textChanged, this, &ExportPage::settingsEdited);
    return scroll;
}

ExportSettings ExportPage::exportSettings() const
{
    ExportSettings s;
    s.format = DatasetFormat(m_format->currentData().toInt());
    s.fileType = ExportSettings::FileType(m_fileType->currentData().toInt());
    s.scope = ExportScope(std::max(0, m_scope->checkedId()));
    s.systemPrompt = m_systemPrompt->toPlainText();
    s.burstTurns = s.format == DatasetFormat::Messages
        ? BurstTurns(m_burstTurns->currentData().toInt())
        : BurstTurns::Merge;
    s.metadata = m_metadata->isChecked();
    s.styleSidecar = m_sidecar->isChecked();
    s.datasetInfo = m_datasetInfo->isChecked();
    const QString name = m_datasetName->text().trimmed();
    s.datasetName = name.isEmpty() ? u"idiolect"_s : name;
    return s;
}

void ExportPage::setExportSettings(const ExportSettings &s)
{
    m_updating = true;
    m_format->setCurrentIndex(m_format->findData(int(s.format)));
    m_fileType->setCurrentIndex(m_fileType->findData(int(s.fileType)));
    if (QAbstractButton *b = m_scope->button(int(s.scope)))
        b->setChecked(true);
    if (m_systemPrompt->toPlainText() != s.systemPrompt)
        m_systemPrompt->setPlainText(s.systemPrompt);
    m_burstTurns->setCurrentIndex(m_burstTurns->findData(int(s.burstTurns)));
    m_metadata->setChecked(s.metadata);
    m_sidecar->setChecked(s.styleSidecar);
    m_datasetInfo->setChecked(s.datasetInfo);
    m_datasetName->setText(s.datasetName);
    m_updating = false;
    updateEnabled();
    refresh();
}

void ExportPage::updateEnabled()
{
    const ExportSettings s = exportSettings();
    m_formatHelp->setText(formatHelp(s.format));
    m_burstTurns->setEnabled(s.format == DatasetFormat::Messages);
    const bool jsonl = s.fileType == ExportSettings::FileType::Jsonl
        || s.fileType == ExportSettings::FileType::JsonlGzip;
    m_sidecar->setEnabled(jsonl);
    m_datasetInfo->setEnabled(s.datasetInfoApplies());
    m_datasetName->setEnabled(s.datasetInfoApplies() && s.datasetInfo);
}

void ExportPage::settingsEdited()
{
    if (m_updating)
        return;
    updateEnabled();
    m_session->setExportOptions(exportSettings().toJson());
    refresh();
}

void ExportPage::refresh()
{
    m_refreshTimer.stop();
    const auto &result = m_generation->result();
    const TextLayerPtr layer = m_generation->resultLayer();
    if (!result || !layer) {
        m_previewRequest.cancel();
        m_validationRequest.cancel();
        m_empty->setTitle(tr("Nothing to export yet"));
        m_empty->setText(tr("Choose chats in the Overview; once examples are generated you can "
                            "review them and export the dataset here."));
        m_empty->setButtonText({});
        m_stack->setCurrentWidget(m_empty);
        m_summary->clear();
        m_export->setEnabled(false);
        return;
    }
    m_stack->setCurrentIndex(1);
    if (!isVisible()) {
        // Reviewing changes decisions at every key; the page catches up when it shows.
        m_stale = true;
        return;
    }
    m_stale = false;
    const ExportSettings s = exportSettings();
    // Everything per example happens on workers, over the shared result: the
    // count and the first rows, then the validation of everything that would be written.
    ExportPreview::Params params;
    params.result = result;
    params.layer = layer;
    params.decisions = m_session->state().decisions;
    params.scope = s.scope;
    params.render.format = s.format;
    params.render.burstTurns = s.burstTurns;
    params.render.systemPrompt = s.systemPrompt;
    params.metadata = s.metadata ? MetadataLevel::Compact : MetadataLevel::None;
    params.rows = kPreviewRows;
    auto previewContext = std::make_shared<JobContext>();
    const quint64 previewTicket = m_previewRequest.begin(previewContext);
    runJob<ExportPreview::Result>(
        m_tracker, this, tr("Preparing the preview"), previewContext,
        [params](JobContext &job) { return ExportPreview::run(params, job); },
        [this, previewTicket, scope = s.scope](Expected<ExportPreview::Result> preview) {
            if (!m_previewRequest.isCurrent(previewTicket) || !preview)
                return;
            m_previewRequest.finish(previewTicket);
            showPreview(*preview, scope);
        });

    m_validation->setText(tr("Checking the examples\u2026"));
    auto context = std::make_shared<JobContext>();
    const quint64 ticket = m_validationRequest.begin(context);
    runJob<ValidationReport>(
        m_tracker, this, tr("Checking the dataset"), context,
        [params](JobContext &job) {
            const std::vector<Example> examples
                = ExportSelection::select(params.result->examples, params.decisions, params.scope);
            return DatasetValidator::validate(examples,
                                              ExampleRenderer(params.layer, params.render), job);
        },
        [this, ticket](Expected<ValidationReport> report) {
            if (!m_validationRequest.isCurrent(ticket) || !report)
                return;
            m_validationRequest.finish(ticket);
            Q_EMIT validated(report->checked, report->invalidExamples);
            if (report->ok()) {
                m_validation->setText(tr("\u2714 All %Ln example(s) pass the format's rules.",
                                         nullptr, int(report->checked)));
                return;
            }
            m_validation->setText(
                tr("%Ln example(s) break the format's rules and will not be written:", nullptr,
                   int(report->invalidExamples))
                + u"\n"_s + report->lines(8).join(u'\n'));
        });
}

void ExportPage::showPreview(const ExportPreview::Result &preview, ExportScope scope)
{
    const QLocale l;
    m_summary->setText(tr("<b>%1 of %2 examples</b> will be written (%3).")
                           .arg(l.toString(preview.selected), l.toString(preview.total),
                                scope == ExportScope::AcceptedOnly
                                    ? tr("only the ones you accepted")
                                    : tr("all except the ones you rejected")));
    m_export->setEnabled(preview.selected > 0);
    m_preview->setPlainText(preview.rows.isEmpty()
                                ? tr("No example matches; accept some on the Review page or "
                                     "include the unreviewed ones.")
                                : preview.rows.join(u'\n'));
}

void ExportPage::exportDataset()
{
    const ExportSettings s = exportSettings();
    const QString suggestion = m_settings->lastExportDir() + u'/'
        + (s.datasetName.isEmpty() ? u"idiolect"_s : s.datasetName) + u'-'
        + datasetFormatName(s.format) + s.extension();
    const QString path
        = FileDialog::saveFileName(this, tr("Export Dataset"), suggestion,
                                   tr("Datasets (*.jsonl *.jsonl.gz *.json *.json.gz)"));
    if (path.isEmpty())
        return;
    exportTo(path);
}

void ExportPage::exportTo(const QString &chosenPath)
{
    const auto &result = m_generation->result();
    const TextLayerPtr layer = m_generation->resultLayer();
    if (!result || !layer)
        return;
    const ExportSettings s = exportSettings();
    const QString path = s.withExtension(chosenPath);
    m_settings->setLastExportDir(QFileInfo(path).absolutePath());
    DatasetWriteOptions options;
    options.path = path;
    options.render.format = s.format;
    options.render.burstTurns = s.burstTurns;
    options.render.systemPrompt = s.systemPrompt;
    options.metadata = s.metadata ? std::nullopt : std::optional(MetadataLevel::None);
    // The validation line says which rows break the format's rules; they are left out.
    options.dropInvalid = true;
    options.writeDatasetInfo = s.datasetInfo && s.datasetInfoApplies();
    options.datasetName = s.datasetName;
    options.styleSidecar = s.styleSidecar;
    options.styleAnalysis = StyleJson::toJson(result->style, false);
    QJsonObject byType;
    for (auto it = result->summary.examplesByType.cbegin();
         it != result->summary.examplesByType.cend(); ++it)
        byType.insert(it.key(), it.value());
    options.runInfo = QJsonObject{{u"generated_examples"_s, byType}};
    m_export->setEnabled(false);
    m_result->hide();
    // The review is applied on the worker: the examples are copied there, not here.
    runJob<DatasetWriteResult>(
        m_tracker, this, tr("Writing %1").arg(QFileInfo(path).fileName()),
        [result, decisions = m_session->state().decisions, scope = s.scope, layer,
         options](JobContext &job) {
            return DatasetWriter::write(ExportSelection::select(result->examples, decisions, scope),
                                        layer, options, job);
        },
        [this](Expected<DatasetWriteResult> written) {
            m_export->setEnabled(true);
            if (!written) {
                m_result->showError(written.error());
                return;
            }
            m_lastWritten = written->path;
            const QLocale l;
            QString text
                = tr("<b>Wrote %Ln example(s)</b> (%1) to %2.", nullptr, int(written->written))
                      .arg(l.formattedDataSize(written->bytes),
                           QDir::toNativeSeparators(written->path).toHtmlEscaped());
            if (!written->datasetInfoPath.isEmpty())
                text += u"<br>"_s
                    + tr("LLaMA-Factory can load it as \u201c%1\u201d from that "
                         "folder.")
                          .arg(exportSettings().datasetName.toHtmlEscaped());
            if (written->validation.invalidExamples > 0)
                text += u"<br>"_s
                    + tr("%Ln example(s) broke the format's rules and were left out.", nullptr,
                         int(written->validation.invalidExamples));
            for (const QString &w : written->warnings)
                text += u"<br>"_s + w.toHtmlEscaped();
            m_result->showMessage(Theme::Tone::Positive, text);
            QAction *show = m_result->addActionButton(tr("Show in Folder"));
            const QString folder = QFileInfo(written->path).absolutePath();
            connect(show, &QAction::triggered, this,
                    [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
            Q_EMIT exported(written->path);
        });
}

} // namespace idiolect
