// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextLayer.h"

namespace idiolect {

TextLayer::TextLayer(ChatExportPtr ex) : m_export(std::move(ex)) { }

QStringView TextLayer::body(quint32 message) const
{
    const auto it = m_bodies.constFind(message);
    return it != m_bodies.constEnd() ? QStringView(*it) : m_export->messages.body(message);
}

QStringView TextLayer::quoteBody(quint32 message) const
{
    const auto it = m_quotes.constFind(message);
    return it != m_quotes.constEnd() ? QStringView(*it) : m_export->messages.quoteBody(message);
}

QString TextLayer::displayName(qint64 recipientId) const
{
    const auto it = m_names.constFind(recipientId);
    return it != m_names.constEnd() ? *it : m_export->displayName(recipientId);
}

QString TextLayer::threadTitle(int threadIndex) const
{
    const auto it = m_titles.constFind(threadIndex);
    if (it != m_titles.constEnd())
        return *it;
    if (threadIndex < 0 || size_t(threadIndex) >= m_export->threads.size())
        return {};
    return m_export->threads[size_t(threadIndex)].title;
}

void TextLayer::setDropped(quint32 message, bool dropped)
{
    if (dropped)
        m_dropped.insert(message);
    else
        m_dropped.remove(message);
}

} // namespace idiolect
