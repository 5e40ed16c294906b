// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StopWords.h"

using namespace Qt::StringLiterals;

namespace idiolect {

QStringList StopWords::defaults()
{
    static const QStringList words
        = u"a an the and or but if so of to in on at by for with from "
          "as is am are was were be been being it its it's this that "
          "these those i me my mine you your yours he him his she her "
          "we us our they them their what which who whom not no do does "
          "did have has had will would can could should just than then "
          "there here too very also up out about into over i'm i've "
          "i'll i'd you're don't it's that's "
          "der die das den dem des ein eine einen einem einer und oder "
          "aber ich du er sie es wir ihr mich dich sich mir dir uns "
          "euch ist bin bist sind war hat habe hast haben nicht kein "
          "keine zu im in am an auf mit von für fur bei aus dass daß "
          "wie was wer so auch noch schon ja nein mal nur"_s.split(u' ', Qt::SkipEmptyParts);
    return words;
}

QSet<QString> StopWords::resolve(const QStringList &custom)
{
    const QStringList &list = custom.isEmpty() ? defaults() : custom;
    QSet<QString> set;
    for (const QString &w : list)
        set.insert(w.toLower());
    return set;
}

} // namespace idiolect
