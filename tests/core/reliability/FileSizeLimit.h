// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk without root: RLIMIT_FSIZE makes every write past the limit fail with EFBIG.
#pragma once

#include <QDir>
#include <QStringList>

#include <csignal>
#include <sys/resource.h>

namespace idiolect::testing {

/**
 * @brief While alive, no file of this process can grow past @p bytes — as if the disk were full.
 *
 * SIGXFSZ is ignored meanwhile so the failing write returns an error instead of killing the
 * process. Restores the previous limit and signal handler on destruction.
 */
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_previous);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    [[nodiscard]] bool isActive() const { return m_ok; }

private:
    rlimit m_previous{};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

/** Every entry of @p dir (hidden ones too), sorted: what a failed write must not change. */
inline QStringList folderEntries(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace idiolect::testing
