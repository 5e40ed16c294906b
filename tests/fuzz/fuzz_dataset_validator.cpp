// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset file validator (`idiolect-cli validate`): JSON, JSON Lines and gzip of either,
// written to a RAM-backed scratch file.
#include "FuzzSupport.h"

#include "export/DatasetFileValidator.h"

#include <QDir>

using namespace idiolect;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QDir(fuzz::scratchDir()).filePath(u"dataset.jsonl"_s);
    fuzz::writeScratchFile(path,
                           QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    const auto report = DatasetFileValidator::validateFile(path);
    if (!report) {
        fuzz::checkError(report.error());
        return 0;
    }
    const ValidationReport &v = report->validation;
    fuzz::check(v.checked > 0, "a report that checked nothing");
    fuzz::check(v.invalidExamples <= v.checked, "more invalid examples than examples");
    fuzz::check((v.invalidExamples == 0) == v.issues.empty(), "issues without invalid examples");
    qint64 rows = 0;
    for (auto it = report->rowsByFormat.cbegin(); it != report->rowsByFormat.cend(); ++it)
        rows += it.value();
    fuzz::check(rows <= v.checked, "more rows by format than rows");
    for (const ValidationIssue &issue : v.issues)
        fuzz::check(!issue.message.isEmpty(), "an issue without a sentence");
    (void)v.lines(5);
    return 0;
}
