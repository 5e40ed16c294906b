// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortLinkResolver.h"

#include "EnrichmentText.h"
#include "HttpBatch.h"

#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace idiolect {

QUrl ShortLinkResolver::defaultBaseUrl()
{
    return QUrl(u"https://t.co"_s);
}

ShortLinkResolver::ShortLinkResolver(QUrl baseUrl) : m_base(std::move(baseUrl)) { }

QNetworkRequest ShortLinkResolver::request(const QString &code) const
{
    QNetworkRequest request(HttpBatch::joinUrl(m_base, QString(u'/' + code)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, EnrichmentText::userAgent());
    return request;
}

ShortLinkResolver::Resolved ShortLinkResolver::parse(int httpStatus,
                                                     const QByteArray &location) const
{
    Resolved resolved;
    if (httpStatus == 404 || httpStatus == 410) {
        resolved.verdict = Verdict::NotFound;
        return resolved;
    }
    const bool redirect = httpStatus == 301 || httpStatus == 302 || httpStatus == 303
        || httpStatus == 307 || httpStatus == 308;
    const QUrl target = QUrl::fromEncoded(location.trimmed(), QUrl::StrictMode);
    if (!redirect || !target.isValid() || target.isRelative()
        || (target.scheme() != u"https" && target.scheme() != u"http"))
        return resolved;
    resolved.verdict = Verdict::Ok;
    resolved.target = target.toString(QUrl::FullyEncoded);
    return resolved;
}

} // namespace idiolect
