// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace idiolect::cli {

/**
 * idiolect-cli privacy-report EXPORT [--json] [--region CC] [--names-file F]
 * [--keywords-file F] [--allow-file F]: every piece of personal data the
 * privacy stage finds, what it would become, and the counts by kind and chat.
 */
class PrivacyReportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyReportCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace idiolect::cli
