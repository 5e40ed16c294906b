// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Signal's plaintext chat export: the input is main.jsonl, or a ZIP holding it, through the
// importer's pure entry point, strict and then lenient.
#include "FuzzSupport.h"

#include "import/plaintext/SignalPlaintextImporter.h"

using namespace idiolect;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const bool lenient : {false, true}) {
        ImportOptions options;
        options.lenient = lenient;
        const auto result = SignalPlaintextImporter::parseBytes(bytes, options);
        if (result) {
            fuzz::checkExport(**result);
            break;
        }
        fuzz::checkError(result.error());
    }
    return 0;
}
