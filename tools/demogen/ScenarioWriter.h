// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace idiolect::demogen {

class Scenario;
struct ScenarioMessage;

/**
 * @brief Turns a scenario into one export format.
 *
 * begin() once with the cast, write() for every message in stream order,
 * finish() at the end. A writer must not keep every message in memory: the
 * performance exports stream a million messages through it.
 */
class ScenarioWriter
{
public:
    virtual ~ScenarioWriter() = default;
    virtual bool begin(const Scenario &scenario) = 0;
    virtual bool write(const ScenarioMessage &message) = 0;
    virtual bool finish() = 0;
    /** Why the last call failed. */
    [[nodiscard]] virtual QString errorString() const = 0;
};

} // namespace idiolect::demogen
