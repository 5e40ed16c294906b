// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectState.h"

using namespace Qt::StringLiterals;

namespace idiolect {

QString reviewStatusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Pending: return u"pending"_s;
    case ReviewStatus::Accepted: return u"accepted"_s;
    case ReviewStatus::Rejected: return u"rejected"_s;
    }
    return u"pending"_s;
}

ReviewStatus reviewStatusFromName(const QString &name)
{
    if (name == "accepted"_L1)
        return ReviewStatus::Accepted;
    if (name == "rejected"_L1)
        return ReviewStatus::Rejected;
    return ReviewStatus::Pending;
}

} // namespace idiolect
