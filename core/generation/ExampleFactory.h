// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Example.h"

namespace idiolect {

class Corpus;

/** Fills the fields every strategy's examples share (ids, messages, partner, thread). */
class ExampleFactory final
{
public:
    /**
     * An example of @p type in corpus thread @p thread whose context is the
     * positions [contextBegin, contextEnd) and whose targets are
     * [targetBegin, targetEnd). The id derives from type, thread id, target
     * message ids and @p variant.
     */
    static Example make(const Corpus &corpus, quint32 thread, ExampleType type,
                        quint32 contextBegin, quint32 contextEnd, quint32 targetBegin,
                        quint32 targetEnd, quint8 variant = 0);

    /** "Continue this rapid conversation naturally" and the other fixed instructions. */
    static QString conversationInstruction(Momentum momentum);
};

} // namespace idiolect
