// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace idiolect {

QString Error::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (line > 0) {
            out += u':' + QString::number(line);
            if (column > 0)
                out += u':' + QString::number(column);
        }
        out += u": "_s;
    }
    out += message;
    if (!hint.isEmpty())
        out += u" ("_s + hint + u')';
    return out;
}

Error Error::canceled()
{
    return make(ErrorCode::Canceled,
                QCoreApplication::translate("idiolect", "The operation was canceled."));
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return u"none"_s;
    case ErrorCode::NotFound: return u"not_found"_s;
    case ErrorCode::Unreadable: return u"unreadable"_s;
    case ErrorCode::UnknownFormat: return u"unknown_format"_s;
    case ErrorCode::MissingTable: return u"missing_table"_s;
    case ErrorCode::MissingColumn: return u"missing_column"_s;
    case ErrorCode::FieldCount: return u"field_count"_s;
    case ErrorCode::UnterminatedQuote: return u"unterminated_quote"_s;
    case ErrorCode::InvalidUtf8: return u"invalid_utf8"_s;
    case ErrorCode::InvalidValue: return u"invalid_value"_s;
    case ErrorCode::NotCsv: return u"not_csv"_s;
    case ErrorCode::UnknownSelf: return u"unknown_self"_s;
    case ErrorCode::InvalidJson: return u"invalid_json"_s;
    case ErrorCode::Canceled: return u"canceled"_s;
    case ErrorCode::WriteFailed: return u"write_failed"_s;
    case ErrorCode::Invalid: return u"invalid"_s;
    case ErrorCode::Network: return u"network"_s;
    case ErrorCode::Internal: return u"internal"_s;
    }
    return u"unknown"_s;
}

} // namespace idiolect
