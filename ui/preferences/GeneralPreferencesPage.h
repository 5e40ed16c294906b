// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/Settings.h"

#include <QWidget>

class QComboBox;

namespace idiolect {

/** The General tab of the preferences: language and colour scheme. */
class GeneralPreferencesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralPreferencesPage)

public:
    explicit GeneralPreferencesPage(QWidget *parent = nullptr);

    void load(const Settings &settings);
    /** "system" or a language code. */
    [[nodiscard]] QString language() const;
    [[nodiscard]] Settings::ColorScheme colorScheme() const;

    /** Language codes with a catalogue embedded in the application ("en" always). */
    [[nodiscard]] static QStringList availableLanguages();

    QComboBox *languageBox() const { return m_language; }
    QComboBox *schemeBox() const { return m_scheme; }

private:
    QComboBox *m_language;
    QComboBox *m_scheme;
};

} // namespace idiolect
