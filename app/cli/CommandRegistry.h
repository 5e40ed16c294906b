// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

namespace idiolect::cli {

class CliCommand;

/** Every command idiolect-cli offers, in the order "--help" lists them. */
std::vector<std::unique_ptr<CliCommand>> createCommands();

} // namespace idiolect::cli
