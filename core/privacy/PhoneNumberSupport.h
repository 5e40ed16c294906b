// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/privacy: the only header that includes libphonenumber.
#pragma once

#include <QString>
#include <QStringView>

namespace i18n::phonenumbers {
class PhoneNumber;
class PhoneNumberUtil;
} // namespace i18n::phonenumbers

namespace idiolect {

/** Helpers around libphonenumber shared by the phone detector's files. */
class PhoneNumberSupport final
{
public:
    /** The libphonenumber singleton, with its logging silenced. */
    static const i18n::phonenumbers::PhoneNumberUtil &util();
    /** "+4915123456789". */
    static QString e164(const i18n::phonenumbers::PhoneNumber &number);
    /** libphonenumber's UTF-8 byte offset into @p s as a UTF-16 offset. */
    static qint32 utf16Offset(QStringView s, int byteOffset);
    /** The ASCII digits of @p s (other scripts' digits converted). */
    static QString digitsOf(QStringView s);
    /**
     * True if what precedes @p start makes a national-format number an identifier: a letter,
     * digit or '#' right before it, or an order/invoice/tracking/version label shortly before.
     */
    static bool hasNegativeContext(QStringView text, qint32 start);
    /** True for the separators people write inside phone numbers. */
    static bool isSeparator(char16_t c);
};

} // namespace idiolect
