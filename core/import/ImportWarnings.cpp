// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWarnings.h"

#include "model/ChatExport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace idiolect::importwarnings {

void add(ChatExport &ex, const QString &code, qint64 count, const QString &message,
         const QString &file, qint64 line)
{
    if (count <= 0)
        return;
    ex.addWarning(code, message, file, line);
    ex.warnings.last().count = count;
}

void addLoneSurrogates(ChatExport &ex, qint64 count)
{
    add(ex, u"lone_surrogates_repaired"_s, count,
        QCoreApplication::translate("idiolect",
                                    "%n unpaired UTF-16 surrogates (JSON escapes such as \\ud800 "
                                    "that stand for no character) were replaced with U+FFFD.",
                                    nullptr, int(count)));
}

std::pair<qint64, QString> summarize(const QMap<QString, qint64> &counts)
{
    qint64 total = 0;
    QStringList names;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        total += it.value();
        if (names.size() < 8)
            names.append(it.key());
    }
    return {total, names.join(u", "_s)};
}

} // namespace idiolect::importwarnings
