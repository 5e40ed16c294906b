// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace idiolect {

class ChatExport;

/**
 * @brief The steps every importer runs once its rows are in a ChatExport.
 *
 * Shared so that CSV, SQLite, main.jsonl and signal-export imports give the
 * same model: threads sorted stably by (date_sent, _id), per-thread
 * statistics over Text messages, per-kind counts, and read-only side tables.
 */
class ExportFinalizer final
{
public:
    /** Copies group flag, blocked state, title and members from each thread's recipient. */
    static void applyRecipientsToThreads(ChatExport &ex);
    /** Rebuilds every thread's message index (sorted) and the statistics and counts. */
    static void indexThreads(ChatExport &ex);
    /** Marks the thread whose recipient is self as Note to Self. */
    static void markNoteToSelf(ChatExport &ex);
    /** All of the above plus MessageStore::finalize(); for importers that need nothing else. */
    static void finalize(ChatExport &ex);
};

} // namespace idiolect
