// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace idiolect {

/**
 * @brief Where the bytes that matter to CSV are in a block of 64 input bytes, one bit per byte.
 *
 * Bit i of each mask stands for byte i of the block. CsvTokenizer classifies its input a block
 * at a time (SSE2: sixteen bytes per compare) and then finds field ends by walking the set bits
 * with count-trailing-zeros, so the work per field is a handful of instructions instead of a
 * loop over its bytes. Blocks start at multiples of 64 from the start of the input.
 */
struct CsvBlockMasks
{
    static constexpr qsizetype Size = 64;

    quint64 separators = 0; ///< ',' or '\n'.
    quint64 newlines = 0; ///< '\n'.
    quint64 quotes = 0; ///< '"'.

    /** Classifies the @p size (at most Size) bytes at @p bytes; missing bytes are content. */
    [[nodiscard]] static CsvBlockMasks classify(const char *bytes, qsizetype size)
    {
        return size == Size ? classifyFull(bytes) : classifyPadded(bytes, size);
    }
    /** Classifies a whole block (SSE2 where available: the hot path, so it is inline). */
    [[nodiscard]] static CsvBlockMasks classifyFull(const char *bytes);
    /** The last, short block of an input, padded with zero bytes instead of read past its end. */
    [[nodiscard]] static CsvBlockMasks classifyPadded(const char *bytes, qsizetype size);
    /** The same with a byte loop: the portable fallback, and the reference for the tests. */
    [[nodiscard]] static CsvBlockMasks classifyScalar(const char *bytes, qsizetype size);

    friend bool operator==(const CsvBlockMasks &, const CsvBlockMasks &) = default;
};

#if defined(__SSE2__)
namespace csvblock {

/** Adds the classes of the sixteen bytes at @p bytes to @p masks, from bit @p shift on. */
inline void classify16(const char *bytes, int shift, CsvBlockMasks &masks)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes));
    const __m128i newline = _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'));
    const __m128i separator = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), newline);
    const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    // movemask: one bit per byte, in the low 16 bits of a non-negative int.
    masks.separators |= quint64(_mm_movemask_epi8(separator)) << shift;
    masks.newlines |= quint64(_mm_movemask_epi8(newline)) << shift;
    masks.quotes |= quint64(_mm_movemask_epi8(quote)) << shift;
}

} // namespace csvblock
#endif

inline CsvBlockMasks CsvBlockMasks::classifyFull(const char *bytes)
{
#if defined(__SSE2__)
    CsvBlockMasks masks;
    csvblock::classify16(bytes, 0, masks);
    csvblock::classify16(bytes + 16, 16, masks);
    csvblock::classify16(bytes + 32, 32, masks);
    csvblock::classify16(bytes + 48, 48, masks);
    return masks;
#else
    return classifyScalar(bytes, Size);
#endif
}

} // namespace idiolect
