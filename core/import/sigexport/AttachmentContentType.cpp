// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentContentType.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace idiolect::sigexport {

namespace {

struct ExtensionType
{
    std::string_view extension; ///< lower case, without the dot
    std::string_view type;
};

// Sorted by extension for the binary search (the static_assert below checks it).
constexpr std::array kTypes{
    ExtensionType{"3g2", "video/3gpp2"},
    ExtensionType{"3gp", "video/3gpp"},
    ExtensionType{"7z", "application/x-7z-compressed"},
    ExtensionType{"aac", "audio/aac"},
    ExtensionType{"amr", "audio/AMR"},
    ExtensionType{"apk", "application/vnd.android.package-archive"},
    ExtensionType{"avi", "video/x-msvideo"},
    ExtensionType{"avif", "image/avif"},
    ExtensionType{"bmp", "image/bmp"},
    ExtensionType{"csv", "text/csv"},
    ExtensionType{"doc", "application/msword"},
    ExtensionType{"docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    ExtensionType{"flac", "audio/flac"},
    ExtensionType{"gif", "image/gif"},
    ExtensionType{"gz", "application/gzip"},
    ExtensionType{"heic", "image/heif"},
    ExtensionType{"heif", "image/heif"},
    ExtensionType{"htm", "text/html"},
    ExtensionType{"html", "text/html"},
    ExtensionType{"ics", "text/calendar"},
    ExtensionType{"jpe", "image/jpeg"},
    ExtensionType{"jpeg", "image/jpeg"},
    ExtensionType{"jpg", "image/jpeg"},
    ExtensionType{"json", "application/json"},
    ExtensionType{"m4a", "audio/mp4"},
    ExtensionType{"m4v", "video/mp4"},
    ExtensionType{"md", "text/markdown"},
    ExtensionType{"mkv", "video/x-matroska"},
    ExtensionType{"mov", "video/quicktime"},
    ExtensionType{"mp3", "audio/mpeg"},
    ExtensionType{"mp4", "video/mp4"},
    ExtensionType{"mpeg", "video/mpeg"},
    ExtensionType{"mpg", "video/mpeg"},
    ExtensionType{"odt", "application/vnd.oasis.opendocument.text"},
    ExtensionType{"oga", "audio/ogg"},
    ExtensionType{"ogg", "audio/ogg"},
    ExtensionType{"opus", "audio/ogg"},
    ExtensionType{"pdf", "application/pdf"},
    ExtensionType{"png", "image/png"},
    ExtensionType{"ppt", "application/vnd.ms-powerpoint"},
    ExtensionType{"pptx",
                  "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
    ExtensionType{"rar", "application/vnd.rar"},
    ExtensionType{"svg", "image/svg+xml"},
    ExtensionType{"tif", "image/tiff"},
    ExtensionType{"tiff", "image/tiff"},
    ExtensionType{"txt", "text/plain"},
    ExtensionType{"vcf", "text/vcard"},
    ExtensionType{"wav", "audio/x-wav"},
    ExtensionType{"webm", "video/webm"},
    ExtensionType{"webp", "image/webp"},
    ExtensionType{"xls", "application/vnd.ms-excel"},
    ExtensionType{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    ExtensionType{"zip", "application/zip"},
};

constexpr qsizetype kLongestExtension = 4;

} // namespace

QString attachmentContentType(QStringView fileName)
{
    static_assert(std::is_sorted(
        kTypes.begin(), kTypes.end(),
        [](const ExtensionType &a, const ExtensionType &b) { return a.extension < b.extension; }));
    const qsizetype dot = fileName.lastIndexOf(u'.');
    const qsizetype length = dot < 0 ? 0 : fileName.size() - dot - 1;
    char lower[kLongestExtension] = {};
    bool known = length > 0 && length <= kLongestExtension;
    for (qsizetype i = 0; known && i < length; ++i) {
        const char16_t c = fileName[dot + 1 + i].unicode();
        known = c < 0x80;
        lower[i] = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
    if (known) {
        const std::string_view extension(lower, size_t(length));
        const auto it = std::lower_bound(
            kTypes.begin(), kTypes.end(), extension,
            [](const ExtensionType &entry, std::string_view key) { return entry.extension < key; });
        if (it != kTypes.end() && it->extension == extension)
            return QString::fromLatin1(it->type.data(), qsizetype(it->type.size()));
    }
    return QStringLiteral("application/octet-stream");
}

} // namespace idiolect::sigexport
