// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recipient.h"

using namespace Qt::StringLiterals;

namespace idiolect {

QStringList Recipient::nameValues() const
{
    QStringList out;
    for (const QString *s : {&nicknameJoined, &nicknameGiven, &nicknameFamily, &systemJoined,
                             &systemGiven, &systemFamily, &systemNickname, &profileJoined,
                             &profileGiven, &profileFamily, &username, &groupTitle}) {
        const QString t = s->trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    return out;
}

void Recipient::resolveDisplayName()
{
    auto join = [](const QString &a, const QString &b) -> QString {
        if (a.isEmpty())
            return b;
        if (b.isEmpty())
            return a;
        return a + u' ' + b;
    };
    const QString candidates[] = {
        nicknameJoined, join(nicknameGiven, nicknameFamily),
        systemJoined,   join(systemGiven, systemFamily),
        profileJoined,  join(profileGiven, profileFamily),
        groupTitle,     e164,
        username,       aci,
    };
    for (const QString &c : candidates) {
        const QString t = c.trimmed();
        if (!t.isEmpty()) {
            displayName = t;
            return;
        }
    }
    displayName = u'#' + QString::number(id);
}

} // namespace idiolect
