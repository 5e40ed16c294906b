// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VisionSettings.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace idiolect {

QUrl VisionSettings::ollamaEndpoint()
{
    return QUrl(u"http://localhost:11434/v1"_s);
}

QUrl VisionSettings::llamaCppEndpoint()
{
    return QUrl(u"http://localhost:8080/v1"_s);
}

QString VisionSettings::defaultModel()
{
    return u"gemma3:4b"_s;
}

QString VisionSettings::defaultPrompt()
{
    return u"Describe this image for a text-only chat log in one or two short sentences, "
           "at most %1 characters. Mention clearly readable text. Do not guess who the "
           "people are. Reply with the description only."_s;
}

HttpPolicy VisionSettings::defaultHttpPolicy()
{
    HttpPolicy policy;
    policy.timeoutMs = 180000;
    policy.maxRetries = 2;
    policy.concurrency = 1;
    return policy;
}

QString VisionSettings::effectivePrompt() const
{
    const QString text = prompt.trimmed().isEmpty() ? defaultPrompt() : prompt.trimmed();
    return text.contains(u"%1") ? text.arg(maxChars) : text;
}

bool VisionSettings::isLocal() const
{
    const QString host = endpoint.host();
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace idiolect
