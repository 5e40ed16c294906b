// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ChatExport.h"

#include <QString>
#include <QStringList>

namespace idiolect::test {

/**
 * Writes small, deterministic signalbackup-tools CSV exports for UI tests.
 *
 * The default export: self "Alex Self" (id 2); 1:1 chats with Bea (most
 * messages), Carl, Dora (few) and Emil (blocked); the group "Climbing crew";
 * a contact without messages. Messages alternate direction, one every 37
 * minutes from 2021-01-01, so date spans are easy to reason about.
 */
class TestExport final
{
public:
    /** Writes the default export into @p dir; returns @p dir. */
    static QString writeDefault(const QString &dir);
    /** message.csv lacks the date_sent column (MissingColumn, line 1). */
    static QString writeMissingColumn(const QString &dir);
    /** message.csv has an invalid UTF-8 byte in a body (InvalidUtf8; lenient import repairs). */
    static QString writeInvalidUtf8(const QString &dir);
    /** An old-schema export (no from_recipient_id) where self cannot be decided. */
    static QString writeUnknownSelf(const QString &dir);

    /** Imports @p dir synchronously (fails the test run on error). */
    static ChatExportPtr load(const QString &dir);

    /** Number of text messages per thread in the default export, in thread id order. */
    static QList<int> defaultThreadSizes();

    static constexpr qint64 kSelfId = 2;
    static constexpr qint64 kStartMs = 1609459200000; ///< 2021-01-01T00:00:00Z
    static constexpr qint64 kStepMs = 37 * 60 * 1000;
};

} // namespace idiolect::test
