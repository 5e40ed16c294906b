// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace idiolect::cli {

/** idiolect-cli style EXPORT [--json] [--partner ...]: your texting style and partner profiles. */
class StyleCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StyleCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace idiolect::cli
