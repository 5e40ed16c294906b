// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The bounded ZIP reader behind the plaintext importer: central directory (ZIP64 included),
// then every entry read whole and streamed, with sizes and CRC-32 enforced.
#include "FuzzSupport.h"

#include "import/plaintext/ZipArchive.h"

#include <QIODevice>

using namespace idiolect;

namespace {

constexpr qsizetype kMaxEntries = 16;
constexpr qint64 kMaxEntryBytes = 1 << 20;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto zip = ZipArchive::fromBytes(bytes);
    if (!zip) {
        fuzz::checkError(zip.error());
        return 0;
    }
    const std::vector<ZipEntry> &entries = (*zip)->entries();
    for (qsizetype i = 0; i < qMin(qsizetype(entries.size()), kMaxEntries); ++i) {
        const ZipEntry &entry = entries[size_t(i)];
        fuzz::check((*zip)->indexOf(entry.name) >= 0, "an entry cannot be found by its name");
        const auto whole = (*zip)->readEntry(i, kMaxEntryBytes);
        if (whole)
            fuzz::check(whole->size() == entry.size, "an entry read whole has the wrong size");
        else
            fuzz::checkError(whole.error());

        auto device = (*zip)->openEntry(i);
        if (!device) {
            fuzz::checkError(device.error());
            continue;
        }
        qint64 total = 0;
        char buffer[4096];
        while (total <= kMaxEntryBytes) {
            const qint64 n = (*device)->read(buffer, sizeof buffer);
            if (n <= 0)
                break;
            total += n;
        }
        fuzz::check(total <= entry.size, "a stream returned more bytes than the entry declares");
    }
    return 0;
}
