// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScenarioWriter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <vector>

class QSaveFile;

namespace idiolect::demogen {

/**
 * @brief Writes the scenario as signal-export (sigexport) output for Signal Desktop.
 *
 * One folder per chat, named as signal-export names it (the display name's
 * letters and digits, numbered when two clash; "NotetoSelf"), with data.json
 * (JSON Lines: naive local ISO dates in @p zone, "Me" for the user, bodies
 * without backticks and with two trailing spaces, quotes as "\n\n> text\n\n",
 * [name, emoji] reactions, edits) and media/ with the attachments under
 * signal-export's "<date>_<nn>_<name>" names. As signal-export does, it skips
 * disappearing messages, key and profile changes and stories, writes calls
 * as synthesized text, and group and timer updates as empty rows.
 */
class SigexportWriter final : public ScenarioWriter
{
public:
    SigexportWriter(QString dir, QTimeZone zone);
    ~SigexportWriter() override;

    bool begin(const Scenario &scenario) override;
    bool write(const ScenarioMessage &message) override;
    bool finish() override;
    [[nodiscard]] QString errorString() const override { return m_error; }

    /** signal-export's folder name for a display name: letters and digits only. */
    static QString folderName(const QString &displayName);

private:
    [[nodiscard]] QString nameOf(qint64 recipientId) const;
    [[nodiscard]] QString localIso(qint64 ms) const;
    [[nodiscard]] QString callText(const ScenarioMessage &m) const;

    QString m_dir;
    QTimeZone m_zone;
    const Scenario *m_scenario = nullptr;
    QHash<qint64, QString> m_names; ///< recipient id → name as signal-export writes it
    QStringList m_folders; ///< per scenario chat; empty = not exported
    std::vector<std::unique_ptr<QSaveFile>> m_files;
    QString m_error;
};

} // namespace idiolect::demogen
