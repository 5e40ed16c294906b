// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace idiolect {
class Session;
}

namespace idiolect::test {

/**
 * A deterministic curation session for the crash-safety test: step n changes what a user changes
 * while curating — review decisions, edits (some of them 200 KB, so a save takes a while),
 * the chat selection, the date range, generation and export settings, privacy choices.
 *
 * Every step writes its number into the generation settings ("step"), so a project file tells
 * which step it holds; replaying steps 1..n on a Session without a file gives the state the
 * file must then contain.
 */
class CurationScript final
{
public:
    /** Applies step @p n (1-based) to @p session, which must hold the TestExport default export. */
    static void apply(Session &session, int n);
};

} // namespace idiolect::test
