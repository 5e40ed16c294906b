// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace idiolect::sigexport {

/**
 * The MIME type signal-export's data.json leaves out, guessed from a file name's extension
 * (case-insensitive): "photo.JPG" → "image/jpeg", "voice.m4a" → "audio/mp4". Unknown or
 * missing extensions give "application/octet-stream". The names follow shared-mime-info, so
 * the types are the ones a MIME database would report, but the guess is a fixed table:
 * it is the same on every machine, thread-safe, and cannot be led astray by hostile names
 * (the importer used QMimeDatabase before, whose glob matching crashed under fuzzing).
 */
QString attachmentContentType(QStringView fileName);

} // namespace idiolect::sigexport
