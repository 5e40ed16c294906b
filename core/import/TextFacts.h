// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

/** Facts about a message body that every importer decides the same way. */
namespace idiolect::textfacts {

/** True if the text has at least one non-whitespace character (Text vs MediaOnly). */
bool hasNonSpace(QStringView text);

/** True if the text contains an http:// or https:// URL (MessageFlag::HasUrl). */
bool containsUrl(QStringView text);

} // namespace idiolect::textfacts
