// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentResult.h"

#include <algorithm>

namespace idiolect {

const MessageEnrichment *EnrichmentResult::find(quint32 message) const
{
    const auto it = std::lower_bound(
        messages.begin(), messages.end(), message,
        [](const MessageEnrichment &m, quint32 value) { return m.message < value; });
    return it != messages.end() && it->message == message ? &*it : nullptr;
}

} // namespace idiolect
