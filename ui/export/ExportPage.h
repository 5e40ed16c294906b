// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportPreview.h"
#include "ExportSettings.h"
#include "jobs/LatestRequest.h"
#include "shell/Page.h"

#include <QTimer>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace idiolect {

class AnonymizeBox;
class EmptyState;
class GenerationController;
class InlineMessage;
class JobTracker;
class Session;
class Settings;

/**
 * Export: the file format, which reviewed examples, a highlighted preview of
 * the first rows, validation before writing, and a summary with "Show in Folder".
 */
class ExportPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportPage)

public:
    ExportPage(Session *session, GenerationController *generation, JobTracker *tracker,
               Settings *settings, QWidget *parent = nullptr);

    [[nodiscard]] QString pageId() const override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;
    [[nodiscard]] bool usesGeneration() const override { return true; }
    void activate() override;

    [[nodiscard]] ExportSettings exportSettings() const;
    void setExportSettings(const ExportSettings &settings);
    /** Asks for a file name and writes the dataset there. */
    void exportDataset();
    /** Writes to @p path without asking (tests, scripted use). */
    void exportTo(const QString &path);

    [[nodiscard]] QPlainTextEdit *previewText() const { return m_preview; }
    [[nodiscard]] QLabel *validationLabel() const { return m_validation; }
    [[nodiscard]] InlineMessage *resultMessage() const { return m_result; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QString lastWrittenPath() const { return m_lastWritten; }
    [[nodiscard]] AnonymizeBox *anonymizeBox() const { return m_anonymize; }

Q_SIGNALS:
    /** A dataset was written to @p path. */
    void exported(const QString &path);
    /** The background check of what would be written finished: @p invalid of @p checked fail. */
    void validated(qint64 checked, qint64 invalid);
    void reviewRequested();
    void privacyRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createForm();
    void settingsEdited();
    void refresh();
    void showPreview(const ExportPreview::Result &preview, ExportScope scope);
    void updateEnabled();

    Session *m_session;
    GenerationController *m_generation;
    JobTracker *m_tracker;
    Settings *m_settings;
    LatestRequest m_previewRequest;
    LatestRequest m_validationRequest;
    QTimer m_refreshTimer;
    bool m_stale = false; ///< Inputs changed while the page was hidden.
    bool m_updating = false;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_summary;
    AnonymizeBox *m_anonymize;
    QComboBox *m_format;
    QLabel *m_formatHelp;
    QComboBox *m_fileType;
    QButtonGroup *m_scope;
    QPlainTextEdit *m_systemPrompt;
    QComboBox *m_burstTurns;
    QCheckBox *m_metadata;
    QCheckBox *m_sidecar;
    QCheckBox *m_datasetInfo;
    QLineEdit *m_datasetName;
    QPlainTextEdit *m_preview;
    QLabel *m_validation;
    InlineMessage *m_result;
    QPushButton *m_export;
    QString m_lastWritten;
};

} // namespace idiolect
