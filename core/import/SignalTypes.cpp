// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalTypes.h"

namespace idiolect::signaltypes {

MessageKind classify(const RowFacts &f)
{
    if (f.oldRevision)
        return MessageKind::EditRevision;
    if (f.storyType != 0 || f.parentStoryId > 0 || specialType(f.type) == 0x1)
        return MessageKind::Story;
    if (f.deleted)
        return MessageKind::Deleted;
    if (isCall(f.type))
        return MessageKind::Call;
    if (isGroupUpdate(f.type))
        return MessageKind::GroupUpdate;
    if (isStatus(f.type))
        return MessageKind::System;
    const int base = baseType(f.type);
    if (base == BaseDraft || base == BaseSentFailed || f.scheduled)
        return MessageKind::DraftFailed;
    return f.hasBodyText ? MessageKind::Text : MessageKind::MediaOnly;
}

Direction direction(qint64 type)
{
    if (baseType(type) == BaseDraft)
        return Direction::None;
    return isOutgoing(type) ? Direction::Outgoing : Direction::Incoming;
}

} // namespace idiolect::signaltypes
