// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WordListFile.h"

#include "common/Utf8.h"

#include <QCoreApplication>
#include <QFile>

namespace idiolect {

QStringList WordListFile::parse(QStringView text)
{
    QStringList out;
    for (QStringView line : text.split(u'\n')) {
        const QStringView t = line.trimmed();
        if (t.isEmpty() || t.startsWith(u'#'))
            continue;
        const QString entry = t.toString();
        if (!out.contains(entry))
            out.append(entry);
    }
    return out;
}

Expected<QStringList> WordListFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("idiolect", "The list file does not exist."),
                           path);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(
            ErrorCode::Unreadable,
            QCoreApplication::translate("idiolect", "The list file cannot be read: %1.")
                .arg(file.errorString()),
            path);
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const qsizetype bad = utf8::firstInvalidByte(bytes);
    if (bad >= 0) {
        Error e = Error::make(
            ErrorCode::InvalidUtf8,
            QCoreApplication::translate("idiolect", "The list file is not UTF-8 text."), path);
        const QByteArrayView before(bytes.constData(), bad);
        e.line = before.count('\n') + 1;
        e.column = bad - (before.lastIndexOf('\n') + 1) + 1;
        e.hint = QCoreApplication::translate("idiolect", "Save the file as UTF-8 and try again.");
        return e;
    }
    return parse(QString::fromUtf8(bytes));
}

} // namespace idiolect
