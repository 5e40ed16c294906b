// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

class QByteArray;
class QNetworkRequest;

namespace idiolect {

/**
 * @brief Resolves t.co short links by asking t.co where they redirect.
 *
 * Request: `HEAD {base}/{code}` with redirects not followed, so only t.co
 * learns the code and the target page is never contacted. A 301/302/307/308
 * with a Location header is the answer; 404 means the link is dead. Used
 * only when tweet fetching is switched on.
 */
class ShortLinkResolver final
{
public:
    enum class Verdict : quint8 { Ok, NotFound, Invalid };

    struct Resolved
    {
        Verdict verdict = Verdict::Invalid;
        QString target; ///< The absolute URL t.co redirects to.
    };

    static QUrl defaultBaseUrl();

    explicit ShortLinkResolver(QUrl baseUrl = defaultBaseUrl());

    [[nodiscard]] QNetworkRequest request(const QString &code) const;
    [[nodiscard]] Resolved parse(int httpStatus, const QByteArray &location) const;

private:
    QUrl m_base;
};

} // namespace idiolect
