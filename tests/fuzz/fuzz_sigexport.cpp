// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// signal-export's data.json (JSON Lines with naive local times) for one conversation, through
// the importer's pure entry point in a zone with daylight saving time, strict and lenient.
#include "FuzzSupport.h"

#include "import/sigexport/SignalDesktopExportImporter.h"

#include <QTimeZone>

using namespace idiolect;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTimeZone berlin("Europe/Berlin");
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const bool lenient : {false, true}) {
        ImportOptions options;
        options.lenient = lenient;
        options.localZone = berlin;
        const auto result = SignalDesktopExportImporter::parseBytes(bytes, u"Fuzz Chat"_s, options);
        if (result) {
            fuzz::checkExport(**result);
            break;
        }
        fuzz::checkError(result.error());
    }
    return 0;
}
