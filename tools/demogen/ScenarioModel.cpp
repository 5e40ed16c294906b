// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioModel.h"

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

QString joined(const QString &given, const QString &family)
{
    if (given.isEmpty())
        return family;
    if (family.isEmpty())
        return given;
    return given + u' ' + family;
}

} // namespace

QString ScenarioPerson::profileJoined() const
{
    return joined(profileGiven, profileFamily);
}

QString ScenarioPerson::systemJoined() const
{
    return joined(systemGiven, systemFamily);
}

QString ScenarioPerson::displayName() const
{
    for (const QString &name : {nickname, systemJoined(), profileJoined(), username, e164}) {
        if (!name.isEmpty())
            return name;
    }
    return u"Unknown"_s;
}

QString ScenarioPerson::firstName() const
{
    for (const QString &name : {nickname, systemGiven, profileGiven, username}) {
        if (!name.isEmpty())
            return name;
    }
    return e164;
}

QString ScenarioGroup::groupId() const
{
    return (legacyV1 ? u"__textsecure_group__!"_s : u"__signal_group__v2__!"_s)
        + QString::fromLatin1(groupKey.toHex());
}

} // namespace idiolect::demogen
