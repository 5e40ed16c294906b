// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QNetworkRequest;

namespace idiolect {

/**
 * @brief A model that turns an image into a short description.
 *
 * Like TweetProvider, a provider only builds the request and parses the
 * response; HttpBatch does the transport. parse() returns Ok only for a real,
 * non-empty description — error JSON, refusals and empty answers are never
 * turned into text.
 */
class VisionProvider
{
public:
    enum class Verdict : quint8 { Ok, Invalid, Refused };

    struct Parsed
    {
        Verdict verdict = Verdict::Invalid;
        QString description;
    };

    virtual ~VisionProvider() = default;

    [[nodiscard]] virtual QString name() const = 0;
    /** What makes descriptions of the same image differ (model, prompt): part of the cache key. */
    [[nodiscard]] virtual QString profile() const = 0;
    [[nodiscard]] virtual QNetworkRequest request() const = 0;
    /** The request body for one image of type @p mimeType ("image/jpeg"). */
    [[nodiscard]] virtual QByteArray body(const QByteArray &image,
                                          const QByteArray &mimeType) const = 0;
    [[nodiscard]] virtual Parsed parse(int httpStatus, const QByteArray &body) const = 0;
};

} // namespace idiolect
