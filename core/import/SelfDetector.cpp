// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelfDetector.h"

#include <QCoreApplication>

#include <algorithm>

namespace idiolect {

namespace {

/** The key holding at least @p share of all counts, or -1. */
qint64 dominant(const QHash<qint64, qint64> &counts, double share, qint64 *total = nullptr)
{
    qint64 sum = 0;
    qint64 bestKey = -1;
    qint64 bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        sum += it.value();
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < bestKey)) {
            bestCount = it.value();
            bestKey = it.key();
        }
    }
    if (total)
        *total = sum;
    if (sum == 0 || double(bestCount) < share * double(sum))
        return -1;
    return bestKey;
}

QList<qint64> sorted(QSet<qint64> set)
{
    QList<qint64> list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

Expected<SelfInfo> SelfDetector::detect(const SelfEvidence &ev, std::optional<qint64> override)
{
    SelfInfo info;
    if (override) {
        if (!ev.knownRecipients.contains(*override) && !ev.outgoingSenders.contains(*override)) {
            Error e
                = Error::make(ErrorCode::UnknownSelf,
                              tr("Recipient id %1 does not exist in this export.").arg(*override));
            e.hint = tr("Run \"idiolect-cli inspect\" to see the detected id and the candidates.");
            return e;
        }
        info.id = *override;
        info.method = SelfMethod::Override;
        info.detail = tr("Set by the user.");
        return info;
    }

    if (ev.hasFromColumn && !ev.outgoingSenders.isEmpty()) {
        qint64 total = 0;
        const qint64 id = dominant(ev.outgoingSenders, 0.99, &total);
        if (id >= 0) {
            info.id = id;
            info.method = SelfMethod::OutgoingSender;
            info.detail = ev.outgoingSenders.size() == 1
                ? tr("All %1 outgoing messages have the same sender.").arg(total)
                : tr("%1 of %2 outgoing messages have the same sender.")
                      .arg(ev.outgoingSenders.value(id))
                      .arg(total);
            return info;
        }
    }

    if (ev.hasFromColumn && !ev.incomingTargets.isEmpty()) {
        qint64 total = 0;
        const qint64 id = dominant(ev.incomingTargets, 0.99, &total);
        if (id >= 0) {
            info.id = id;
            info.method = SelfMethod::IncomingTarget;
            info.detail
                = tr("%1 incoming messages are addressed to the same recipient.").arg(total);
            return info;
        }
    }

    // signalbackup-tools' scanSelf heuristic.
    QSet<qint64> direct;
    for (auto it = ev.oneToOneOthers.cbegin(); it != ev.oneToOneOthers.cend(); ++it)
        direct.insert(it.key());
    std::optional<QSet<qint64>> silent;
    for (const QSet<qint64> &members : ev.silentGroupMembers) {
        if (members.isEmpty())
            continue;
        if (!silent)
            silent = members;
        else
            silent = *silent & members;
    }

    QSet<qint64> candidates;
    if (!direct.isEmpty() && silent) {
        candidates = direct & *silent;
        if (candidates.isEmpty())
            candidates = direct;
    } else if (!direct.isEmpty()) {
        candidates = direct;
    } else if (silent) {
        candidates = *silent;
    }

    if (candidates.size() == 1) {
        info.id = *candidates.cbegin();
        info.method = SelfMethod::Heuristic;
        info.detail = tr("Only one recipient quotes or reacts in 1:1 chats and never writes "
                         "incoming group messages.");
        return info;
    }

    // Several direct candidates: prefer one that clearly dominates the evidence.
    if (candidates.size() > 1 && !ev.oneToOneOthers.isEmpty()) {
        const qint64 id = dominant(ev.oneToOneOthers, 0.95);
        if (id >= 0 && candidates.contains(id)) {
            info.id = id;
            info.method = SelfMethod::Heuristic;
            info.detail = tr("One recipient accounts for almost all quotes and reactions in 1:1 "
                             "chats.");
            info.candidates = sorted(candidates);
            return info;
        }
    }

    info.candidates = sorted(candidates);
    info.detail = candidates.isEmpty()
        ? tr("The export has no evidence of who you are.")
        : QCoreApplication::translate("idiolect", "Self is ambiguous: %n recipients are possible.",
                                      nullptr, int(candidates.size()));
    return info;
}

} // namespace idiolect
