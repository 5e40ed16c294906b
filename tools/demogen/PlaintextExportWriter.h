// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScenarioWriter.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>

class QSaveFile;

namespace idiolect::demogen {

struct ScenarioAttachment;

/**
 * @brief Writes the scenario as Signal Android's plaintext chat export.
 *
 * The folder Signal's "Export chat history" creates: main.jsonl (a backup
 * header, then one Backup.proto frame per line as protobuf JSON: 64-bit
 * numbers as strings, bytes as base64, defaults omitted), metadata.json and
 * files/<2 hex>/<name><ext>. Like the real exporter it leaves out
 * disappearing messages, stories and view-once media. Every other
 * attachment pointer omits localKey, as Android's plaintext export does, so
 * an importer must find those files by content hash. Recipient and chat ids
 * are the scenario's, so imports can be compared with CSV/SQLite.
 */
class PlaintextExportWriter final : public ScenarioWriter
{
public:
    explicit PlaintextExportWriter(QString dir);
    ~PlaintextExportWriter() override;

    bool begin(const Scenario &scenario) override;
    bool write(const ScenarioMessage &message) override;
    bool finish() override;
    [[nodiscard]] QString errorString() const override { return m_error; }

private:
    bool line(const QJsonObject &frame);
    QJsonObject chatItem(const ScenarioMessage &m, bool revision, int revisionIndex);
    QJsonObject content(const ScenarioMessage &m);
    QJsonObject pointer(const QByteArray &bytes, const QString &contentType, qint64 messageId,
                        int index, const ScenarioAttachment *a);
    QJsonObject updateMessage(const ScenarioMessage &m) const;
    [[nodiscard]] QString aci(qint64 recipientId) const;

    QString m_dir;
    std::unique_ptr<QSaveFile> m_main;
    const Scenario *m_scenario = nullptr;
    QString m_error;
};

} // namespace idiolect::demogen
