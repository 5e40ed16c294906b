// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace idiolect {

/**
 * Re-indents compact JSON for display without parsing it, so the keys stay in
 * the order the writer emits them (QJsonDocument would sort them), which is
 * what "the rows as they will be written" must show.
 */
class JsonIndenter final
{
public:
    [[nodiscard]] static QString indent(const QByteArray &compactJson, int width = 2);
};

} // namespace idiolect
