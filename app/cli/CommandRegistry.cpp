// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

#include "commands/EnrichCommand.h"
#include "commands/EpisodesCommand.h"
#include "commands/GenerateCommand.h"
#include "commands/InspectCommand.h"
#include "commands/PrivacyReportCommand.h"
#include "commands/StyleCommand.h"
#include "commands/ValidateCommand.h"
#include "commands/WindowsCommand.h"

namespace idiolect::cli {

std::vector<std::unique_ptr<CliCommand>> createCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<InspectCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<StyleCommand>());
    commands.push_back(std::make_unique<EpisodesCommand>());
    commands.push_back(std::make_unique<WindowsCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<EnrichCommand>());
    commands.push_back(std::make_unique<PrivacyReportCommand>());
    return commands;
}

} // namespace idiolect::cli
