// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

class QTemporaryDir;

namespace idiolect {

class ChatExport;
struct Error;

/**
 * Shared pieces of the libFuzzer targets in tests/fuzz (see docs/reliability.md).
 *
 * A fuzz target must never stop on bad input: every input ends in a value or an
 * Error. What it may not do is crash, leak, hang, or return a model that breaks
 * the invariants every later stage relies on; fuzzCheck() turns a broken
 * invariant into an abort() that libFuzzer records as a finding.
 */
namespace fuzz {

/** Creates the QCoreApplication (once) that timers, thread pools and tr() expect; every target
 *  runs it from LLVMFuzzerInitialize (FuzzSupport.cpp). */
void initialize();

/** Aborts with @p what when @p condition is false (a finding, not bad input). */
void check(bool condition, const char *what);

/** Checks the model invariants every importer promises (indices, order, mention ranges). */
void checkExport(const ChatExport &ex);

/** Checks that an error is a proper value: a code other than None and a sentence. */
void checkError(const Error &error);

/** A scratch folder reused by every run of one process (RAM-backed when /dev/shm exists). */
QString scratchDir();

/** Writes @p bytes to @p path (scratch files only; user files go through QSaveFile). */
void writeScratchFile(const QString &path, QByteArrayView bytes);

/**
 * Splits @p data into parts at every occurrence of @p separator (which is
 * dropped). Lets byte-level mutation keep a multi-file structure.
 */
QList<QByteArray> splitParts(QByteArrayView data, QByteArrayView separator);

/** A byte reader for structured inputs; returns zeros once the input is used up. */
class ByteReader final
{
public:
    ByteReader(const uint8_t *data, size_t size) : m_data(data), m_size(size) { }

    [[nodiscard]] bool atEnd() const { return m_pos >= m_size; }
    quint8 byte() { return atEnd() ? 0 : m_data[m_pos++]; }
    /** A little-endian integer of @p bytes bytes (1..8), sign-extended. */
    qint64 integer(int bytes);
    /** Up to @p max bytes, length-prefixed by one byte. */
    QByteArray bytes(int max);

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace fuzz
} // namespace idiolect
