// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiDetector.h"

#include <memory>

namespace idiolect {

class TermIndex;
struct TermEntry;
struct WordToken;

/**
 * @brief Finds names and sensitive keywords of a TermIndex in text.
 *
 * Case-insensitive and word-boundary aware in every script: "anna", "ANNA!",
 * "(Anna)", "Anna🎉" all match Anna. Also finds possessives without an
 * apostrophe ("Annas Auto"), Arabic and Hebrew one-letter prefixes ("وأحمد"),
 * accent-free spellings ("Jose" for José) and names inside Chinese or Japanese
 * text. After a keyword it also marks a labelled value ("password: hunter2",
 * "PIN 4711") as a Secret.
 */
class TermDetector final : public PiiDetector
{
public:
    explicit TermDetector(std::shared_ptr<const TermIndex> index);

    void detect(QStringView text, const ScanContext &context,
                std::vector<PiiHit> &out) const override;

private:
    enum class Variant : quint8 { Exact, Possessive, Prefixed, AccentFolded };

    bool matchAt(QStringView text, const std::vector<WordToken> &tokens, size_t i,
                 const QString &folded, Variant variant, qint32 start, qint32 end,
                 const ScanContext &context, std::vector<PiiHit> &out, size_t *consumed) const;
    void matchUnspaced(QStringView text, const WordToken &token, std::vector<PiiHit> &out) const;
    static void labelledValue(QStringView text, qint32 after, bool wholeLine,
                              std::vector<PiiHit> &out);

    std::shared_ptr<const TermIndex> m_index;
};

} // namespace idiolect
