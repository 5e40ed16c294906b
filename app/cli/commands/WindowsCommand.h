// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace idiolect::cli {

/** idiolect-cli windows EXPORT [--json]: list the windows the generator sees (for inspection and scripts). */
class WindowsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WindowsCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace idiolect::cli
