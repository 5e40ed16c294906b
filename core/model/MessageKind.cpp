// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageKind.h"

using namespace Qt::StringLiterals;

namespace idiolect {

QString messageKindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Text: return u"text"_s;
    case MessageKind::MediaOnly: return u"media_only"_s;
    case MessageKind::System: return u"system"_s;
    case MessageKind::Call: return u"call"_s;
    case MessageKind::GroupUpdate: return u"group_update"_s;
    case MessageKind::Deleted: return u"deleted"_s;
    case MessageKind::EditRevision: return u"edit_revision"_s;
    case MessageKind::Story: return u"story"_s;
    case MessageKind::DraftFailed: return u"draft_failed"_s;
    }
    return u"unknown"_s;
}

} // namespace idiolect
