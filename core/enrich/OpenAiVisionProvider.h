// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VisionProvider.h"
#include "VisionSettings.h"

namespace idiolect {

/**
 * @brief Image descriptions from any OpenAI-compatible chat-completions endpoint.
 *
 * Request: `POST {endpoint}/chat/completions` with
 * `{"model", "max_tokens", "temperature": 0, "messages": [{"role": "user",
 * "content": [{"type": "text", "text": prompt}, {"type": "image_url",
 * "image_url": {"url": "data:<mime>;base64,…", "detail": "low"}}]}]}` and
 * `Authorization: Bearer <key>` only when a key is set. Works with Ollama,
 * llama.cpp's server, vLLM, LM Studio and hosted APIs. Response: the text of
 * `choices[0].message.content` (a string, or an array of text parts);
 * `error` objects, `message.refusal` and empty content are failures. The
 * text is cleaned (EnrichmentText::stripModelChatter, one line) and cut to
 * VisionSettings::maxChars.
 */
class OpenAiVisionProvider final : public VisionProvider
{
public:
    explicit OpenAiVisionProvider(VisionSettings settings);

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString profile() const override;
    [[nodiscard]] QNetworkRequest request() const override;
    [[nodiscard]] QByteArray body(const QByteArray &image,
                                  const QByteArray &mimeType) const override;
    [[nodiscard]] Parsed parse(int httpStatus, const QByteArray &body) const override;

private:
    VisionSettings m_settings;
};

} // namespace idiolect
