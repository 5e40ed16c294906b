// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringView>
#include <QtGlobal>

namespace idiolect::utf8 {

/**
 * Returns the byte offset of the first byte that is not part of a valid UTF-8
 * sequence, or -1 if the whole view is valid. Overlong forms, surrogates and
 * code points above U+10FFFF are invalid (RFC 3629).
 */
qsizetype firstInvalidByte(QByteArrayView bytes);

inline bool isValid(QByteArrayView bytes)
{
    return firstInvalidByte(bytes) < 0;
}

/**
 * Length of the leading run of ASCII bytes (below 0x80): 16 bytes per step. Such a run
 * decodes to the same UTF-16 as Latin-1, which Qt widens without a decoder's state.
 */
qsizetype asciiPrefix(QByteArrayView bytes);

/** Number of Unicode code points in UTF-16 text (a surrogate pair counts once). */
qsizetype codePointCount(QStringView text);

/** Parses an optionally signed decimal int64 with no surrounding spaces; false on anything else. */
bool parseInt64(QByteArrayView bytes, qint64 *out);

} // namespace idiolect::utf8
