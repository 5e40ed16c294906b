// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

#include "commands/InspectCommand.h"

namespace idiolect::cli {

std::vector<std::unique_ptr<CliCommand>> createCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<InspectCommand>());
    return commands;
}

} // namespace idiolect::cli
