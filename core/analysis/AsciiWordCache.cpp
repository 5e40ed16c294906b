// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AsciiWordCache.h"

#include <unicode/ubrk.h>

namespace idiolect {

std::span<const AsciiWordCache::Segment> AsciiWordCache::segments(QStringView chunk,
                                                                  UBreakIterator *words)
{
    const bool keep = chunk.size() <= kMaxChunk;
    if (keep) {
        const auto it = m_chunks.find(chunk);
        if (it != m_chunks.end())
            return it->second;
    }
    m_scratch.clear();
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(words, reinterpret_cast<const UChar *>(chunk.utf16()), int32_t(chunk.size()),
                 &status);
    if (U_SUCCESS(status)) {
        int32_t begin = 0;
        for (int32_t end = ubrk_next(words); end != UBRK_DONE;
             begin = end, end = ubrk_next(words)) {
            const int32_t rule = ubrk_getRuleStatus(words);
            if (rule >= UBRK_WORD_NUMBER)
                m_scratch.push_back(
                    Segment{quint32(begin), quint32(end - begin), rule >= UBRK_WORD_LETTER});
        }
    }
    if (!keep)
        return m_scratch;
    if (m_chunks.size() >= kMaxEntries)
        m_chunks.clear();
    return m_chunks.emplace(chunk.toString(), m_scratch).first->second;
}

} // namespace idiolect
