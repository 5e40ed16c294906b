// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <utility>

namespace idiolect {
class ChatExport;
}

/** Counted import warnings, shared by the importers that gather counts while they read. */
namespace idiolect::importwarnings {

/** Adds one warning standing for @p count occurrences; nothing if @p count <= 0. */
void add(ChatExport &ex, const QString &code, qint64 count, const QString &message,
         const QString &file = {}, qint64 line = -1);

/** The warning for @p count lone surrogates a JSON importer repaired (MessageStore::append). */
void addLoneSurrogates(ChatExport &ex, qint64 count);

/** The total of @p counts and up to eight of its keys joined by ", " (unknown field names). */
std::pair<qint64, QString> summarize(const QMap<QString, qint64> &counts);

} // namespace idiolect::importwarnings
