// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpPolicy.h"

#include <QString>
#include <QUrl>

namespace idiolect {

/**
 * @brief Where and how images are described: an OpenAI-compatible chat endpoint.
 *
 * The defaults talk to a local Ollama (`http://localhost:11434/v1`); a
 * llama.cpp server (`http://localhost:8080/v1`) or any hosted
 * OpenAI-compatible API works by changing endpoint, model and apiKey. The
 * key is only ever placed in the Authorization header: core never logs,
 * stores or prints it (the desktop app keeps it in the system keychain).
 */
struct VisionSettings
{
    static QUrl ollamaEndpoint();
    static QUrl llamaCppEndpoint();
    static QString defaultModel();
    /** The built-in prompt; "%1" is replaced by maxChars. */
    static QString defaultPrompt();

    QUrl endpoint = ollamaEndpoint(); ///< Base URL; "/chat/completions" is appended.
    QString model = defaultModel();
    QString apiKey; ///< Empty for local servers.
    QString prompt; ///< Empty: defaultPrompt().
    int maxChars = 200; ///< Longer descriptions are cut on a word boundary.
    int maxTokens = 160;
    HttpPolicy http = defaultHttpPolicy();

    /** Local models are slow on CPU: a long timeout and one request at a time. */
    static HttpPolicy defaultHttpPolicy();

    /** The prompt actually sent (prompt or the default, with maxChars filled in). */
    [[nodiscard]] QString effectivePrompt() const;

    /** True if the endpoint is on this machine (localhost, 127.0.0.0/8, ::1). */
    [[nodiscard]] bool isLocal() const;
};

} // namespace idiolect
