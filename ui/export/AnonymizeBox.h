// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;

namespace idiolect {

class GenerationController;

/**
 * The anonymization switch of the export form: whether names, numbers and
 * other personal data are replaced before examples are generated (and so in
 * the preview, the review and the file). Reads and writes the generation
 * controller's setting, which the project keeps.
 */
class AnonymizeBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnonymizeBox)

public:
    explicit AnonymizeBox(GenerationController *generation, QWidget *parent = nullptr);

    [[nodiscard]] QCheckBox *checkBox() const { return m_check; }
    /** Shows the controller's current setting (after a project was opened). */
    void refresh();

Q_SIGNALS:
    /** "Review the replacements" was clicked. */
    void privacyRequested();

private:
    GenerationController *m_generation;
    QCheckBox *m_check;
    QLabel *m_help;
};

} // namespace idiolect
