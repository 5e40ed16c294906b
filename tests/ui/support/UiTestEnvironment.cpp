// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestEnvironment.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace idiolect::test {

UiTestEnvironment::UiTestEnvironment()
{
    for (const auto &[var, sub] :
         {std::pair{"XDG_DATA_HOME", u"data"_s}, std::pair{"XDG_CACHE_HOME", u"cache"_s},
          std::pair{"XDG_CONFIG_HOME", u"config"_s}}) {
        const QString dir = path(sub);
        QDir().mkpath(dir);
        qputenv(var, QFile::encodeName(dir));
    }
}

QString UiTestEnvironment::path(const QString &relative) const
{
    return m_dir.filePath(relative);
}

} // namespace idiolect::test
