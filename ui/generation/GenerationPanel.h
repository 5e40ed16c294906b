// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generation/GenerationOptions.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace idiolect {

/**
 * Every generation setting with a tooltip that explains it: strategies and
 * their parameters, balance, maximum examples, seed, minimum length, blocked
 * chats. Emits changed() on every edit; "Reset to Defaults" restores the
 * app's defaults.
 */
class GenerationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationPanel)

public:
    explicit GenerationPanel(QWidget *parent = nullptr);

    /** Shows @p options (no changed() signal). */
    void setOptions(const GenerationOptions &options);
    [[nodiscard]] GenerationOptions options() const;

    /** The app's defaults (the library's, with blocked chats excluded). */
    [[nodiscard]] static GenerationOptions defaults();

    /** The checkable group of a strategy: checked = the strategy runs. */
    [[nodiscard]] QGroupBox *strategyGroup(Strategy strategy) const;

Q_SIGNALS:
    void changed(const idiolect::GenerationOptions &options);

private:
    struct IntField
    {
        QSpinBox *box;
        std::function<int &(GenerationOptions &)> ref;
    };
    struct DoubleField
    {
        QDoubleSpinBox *box;
        std::function<double &(GenerationOptions &)> ref;
    };
    struct BoolField
    {
        QCheckBox *box;
        std::function<bool &(GenerationOptions &)> ref;
    };

    QFormLayout *addGroup(const QString &title, Strategy strategy, const QString &what);
    QFormLayout *addGroup(const QString &title);
    void addRow(QFormLayout *form, const QString &label, const QString &tip, QWidget *field);
    void addInt(QFormLayout *form, const QString &label, const QString &tip, int min, int max,
                const QString &suffix, std::function<int &(GenerationOptions &)> ref);
    void addDouble(QFormLayout *form, const QString &label, const QString &tip, double min,
                   double max, double step, std::function<double &(GenerationOptions &)> ref);
    void addBool(QFormLayout *form, const QString &label, const QString &tip,
                 std::function<bool &(GenerationOptions &)> ref);
    void addExamplesGroup();
    void emitChanged();
    void updateEnabled();

    QVBoxLayout *m_layout;
    GenerationOptions m_base;
    bool m_updating = false;
    QList<IntField> m_ints;
    QList<DoubleField> m_doubles;
    QList<BoolField> m_bools;
    QList<std::pair<Strategy, QGroupBox *>> m_strategyGroups;
    QCheckBox *m_limit = nullptr;
    QSpinBox *m_maxExamples = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_noStrategy = nullptr;
};

} // namespace idiolect
