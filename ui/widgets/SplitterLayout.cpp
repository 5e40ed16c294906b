// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SplitterLayout.h"

#include <QSplitter>

namespace idiolect {

QVariantMap SplitterLayout::save(const QWidget *root)
{
    QVariantMap states;
    for (const QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (splitter->objectName().isEmpty())
            continue;
        QVariantList sizes;
        for (int size : splitter->sizes())
            sizes.append(size);
        states.insert(splitter->objectName(), sizes);
    }
    return states;
}

int SplitterLayout::restore(QWidget *root, const QVariantMap &states)
{
    int restored = 0;
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (splitter->objectName().isEmpty())
            continue;
        // Sizes, not QSplitter::saveState(): a state saved for two panes must not be forced
        // onto a splitter that has three in a newer version, and the count is only visible here.
        const QVariantList saved = states.value(splitter->objectName()).toList();
        if (saved.size() != splitter->count())
            continue;
        QList<int> sizes;
        int total = 0;
        for (const QVariant &value : saved) {
            bool ok = false;
            const int size = value.toInt(&ok);
            if (!ok || size < 0 || size > 1 << 20)
                break;
            sizes.append(size);
            total += size;
        }
        if (sizes.size() != splitter->count() || total <= 0)
            continue;
        splitter->setSizes(sizes);
        ++restored;
    }
    return restored;
}

} // namespace idiolect
