// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageFilter.h"

#include "model/TextLayer.h"

#include <QDate>
#include <QTimeZone>

namespace idiolect {

namespace {

qint64 startOfDay(const QDate &date, const QTimeZone &zone)
{
    return date.startOfDay(zone.isValid() ? zone : QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

Expected<CorpusSpec> MessageFilter::toCorpusSpec(const TextLayer &layer,
                                                 const GenerationOptions &options)
{
    const ChatExport &ex = layer.chatExport();
    const FilterOptions &f = options.filters;
    CorpusSpec spec;
    spec.includeSystemMessages = options.includeSystemMessages;
    spec.includeMedia = options.includeMedia;
    spec.includeNoteToSelf = options.includeNoteToSelf;
    spec.selfId = options.selfId;
    spec.minTargetLength = options.minMessageLength;

    for (qsizetype k = 0; k < f.partners.size(); ++k) {
        const QString wanted = f.partners[k].trimmed();
        bool isId = false;
        const qint64 id = wanted.toLongLong(&isId);
        bool found = false;
        for (size_t t = 0; t < ex.threads.size(); ++t) {
            const Thread &thread = ex.threads[t];
            const bool match = isId
                ? thread.id == id
                : (thread.title.compare(wanted, Qt::CaseInsensitive) == 0
                   || layer.threadTitle(int(t)).compare(wanted, Qt::CaseInsensitive) == 0);
            if (match) {
                spec.threads.append(int(t));
                found = true;
            }
        }
        if (!found) {
            Error e = Error::make(
                ErrorCode::InvalidValue,
                tr("No chat matches partner filter %1 of %2.").arg(k + 1).arg(f.partners.size()));
            e.hint = tr("Give a thread id or the chat's exact name, as `idiolect-cli inspect` "
                        "lists them.");
            return e;
        }
    }

    const QTimeZone &zone = options.style.timeZone;
    if (f.from)
        spec.fromMs = startOfDay(*f.from, zone);
    if (f.to)
        spec.toMs = startOfDay(*f.to, zone);
    if (f.from && f.to && spec.fromMs >= spec.toMs) {
        Error e = Error::make(ErrorCode::InvalidValue,
                              tr("The date range is empty: the end date must be after the start "
                                 "date."));
        e.hint = tr("The end date is exclusive: --from 2023-01-01 --to 2024-01-01 covers 2023.");
        return e;
    }

    if (f.excludeBlocked) {
        spec.excludeBlockedThreads = true;
        for (const Recipient &r : ex.recipients) {
            if (r.blocked)
                spec.excludedSenders.insert(r.id);
        }
    }
    return spec;
}

} // namespace idiolect
