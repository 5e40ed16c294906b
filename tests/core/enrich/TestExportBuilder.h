// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ChatExport.h"
#include "model/TextLayer.h"

#include <memory>

namespace idiolect::test {

/**
 * @brief Builds a small in-memory ChatExport for enrichment tests.
 *
 * Self is recipient 1; thread 0 is a 1:1 chat with recipient 2, thread 1 a
 * chat with recipient 3. Messages get increasing ids and timestamps.
 */
class TestExportBuilder final
{
public:
    TestExportBuilder();

    quint32 text(const QString &body, bool outgoing = true, int thread = 0);
    quint32 mediaOnly(bool outgoing = true, int thread = 0);
    void preview(quint32 message, const QString &url, const QString &title,
                 const QString &description);
    void image(quint32 message, const QString &path,
               const QString &contentType = QStringLiteral("image/jpeg"), bool sticker = false);
    void flag(quint32 message, quint32 flag);

    ChatExportPtr build();
    static TextLayerPtr rawLayer(const ChatExportPtr &ex);

private:
    quint32 append(MessageKind kind, const QString &body, bool outgoing, int thread);

    std::shared_ptr<ChatExport> m_export;
    qint64 m_next = 1;
};

} // namespace idiolect::test
