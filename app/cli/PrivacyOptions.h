// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include "model/TextLayer.h"
#include "privacy/PrivacyConfig.h"

#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace idiolect::cli {

/**
 * The privacy options shared by privacy-report and generate: --region,
 * --names-file, --keywords-file, --allow-file (and, with @p anonymizeFlag,
 * --anonymize pseudonymize|redact|off and --pseudonym-map FILE).
 */
struct PrivacyOptions
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyOptions)

public:
    static void add(QCommandLineParser &parser, bool anonymizeFlag);

    /**
     * The configuration the options describe, starting from PrivacyConfig::defaults().
     * Prints the problem and sets *exitCode on failure. Pass @p enabled exactly when the
     * parser has --anonymize; it becomes false for --anonymize off.
     */
    static std::optional<PrivacyConfig> toConfig(const QCommandLineParser &parser, CliIo &io,
                                                 int *exitCode, bool *enabled = nullptr);

    /**
     * Runs the privacy stage over @p input with the options' configuration (nothing for
     * --anonymize off), reading and updating --pseudonym-map. Returns null after printing
     * the problem (sets *exitCode).
     */
    static TextLayerPtr anonymize(const TextLayerPtr &input, const QCommandLineParser &parser,
                                  CliIo &io, int *exitCode);
};

} // namespace idiolect::cli
