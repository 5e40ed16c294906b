// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Builders for the hostile-input tests: exports of every format written on the fly (streamed, so
// ten million rows cost no memory in the test), and a peak-memory probe.
#pragma once

#include "common/Expected.h"
#include "import/ImportOptions.h"
#include "model/ChatExport.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace idiolect::testing {

/** Ana (id 1) writes to the exporting user Ben (id 3) and back; one thread (id 1). */
constexpr qint64 kPartner = 1;
constexpr qint64 kSelf = 3;
constexpr qint64 kIncoming = 10485780; ///< Signal type: incoming, secure, push.
constexpr qint64 kOutgoing = 10485783; ///< Signal type: sent, secure, push.

/**
 * @brief Writes a minimal signalbackup-tools CSV export (recipient, thread, message) row by row.
 *
 * Test data only (plain QFile); bodies are quoted as signalbackup-tools does.
 */
class CsvExportWriter final
{
public:
    /** Creates @p dir with recipient.csv and thread.csv and opens message.csv. */
    explicit CsvExportWriter(const QString &dir);
    ~CsvExportWriter();
    Q_DISABLE_COPY_MOVE(CsvExportWriter)

    [[nodiscard]] bool isOk() const { return m_ok; }
    /** One message row; odd ids come from the partner, even ids from self. */
    void message(qint64 id, qint64 dateSent, QByteArrayView body, bool quoted = true);
    /** A raw line (without its newline) for rows tests want to break on purpose. */
    void raw(QByteArrayView line);
    /** Flushes and closes message.csv; false if any write failed. */
    bool finish();

private:
    void flushBuffer();

    QFile m_file;
    QByteArray m_buffer;
    bool m_ok = true;
};

/** A plaintext main.jsonl (Signal's own export) for the same chat, one body per message. */
QByteArray plaintextExport(const QList<QByteArray> &jsonBodies);

/** A signal-export data.json line for a message with the JSON-encoded body @p jsonBody. */
QByteArray sigexportLine(int second, bool mine, QByteArrayView jsonBody);

/** Creates a Signal Android database.sqlite in @p dir with the same chat; empty on success. */
QString writeSqliteExport(const QString &dir, const QList<QByteArray> &bodies);

/** Imports @p path with @p options through ImportJob. */
Expected<ChatExportPtr> importExport(const QString &path, ImportOptions options = {});

/** True if the export has a warning with @p code. */
bool hasWarning(const ChatExport &ex, const QString &code);

/**
 * @brief Peak resident memory of this process since construction, from /proc/self/status.
 *
 * Resets the kernel's high-water mark (clear_refs) first, so each probe measures
 * only its own scope. Under AddressSanitizer the numbers include the allocator's
 * quarantine and are not asserted (see kSanitized).
 */
class PeakMemory final
{
public:
    PeakMemory();
    /** Highest resident set size reached since construction minus the size then, in bytes. */
    [[nodiscard]] qint64 growth() const;

    static qint64 residentBytes(const char *field);

private:
    qint64 m_base = 0;
};

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

} // namespace idiolect::testing
