// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpPolicy.h"

#include <QByteArray>
#include <QDateTime>

#include <algorithm>

namespace idiolect {

int HttpPolicy::backoffMs(int attempt) const
{
    qint64 delay = qMax(0, backoffBaseMs);
    for (int i = 1; i < attempt && delay < backoffMaxMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, qMax(0, backoffMaxMs)));
}

qint64 HttpPolicy::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : std::min<qint64>(seconds, qint64(24) * 3600) * 1000;
    // An HTTP date (RFC 9110 IMF-fixdate) ends in "GMT", which Qt's RFC 2822 parser wants as +0000.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(u" GMT"))
        date = date.chopped(3) + u"+0000";
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return std::max<qint64>(0, now.msecsTo(at));
}

bool HttpPolicy::isRetryableStatus(int status)
{
    switch (status) {
    case 408:
    case 425:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504: return true;
    default: return false;
    }
}

} // namespace idiolect
