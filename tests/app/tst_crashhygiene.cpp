// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CrashHygiene: the app and the CLI start with core dumps off (a crash must not write the
// messages in memory to disk), unless a developer opts in with IDIOLECT_CORE_DUMPS=1.
#include "CrashHygiene.h"

#include <QTest>

#include <sys/resource.h>

using namespace idiolect;

class TestCrashHygiene final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void developersCanOptIn();
    void coreDumpsAreDisabled();
};

void TestCrashHygiene::developersCanOptIn()
{
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? 1 << 20 : limit.rlim_max;
    if (limit.rlim_cur == 0)
        QSKIP("core dumps are off for this test run already (hard limit 0)");
    QCOMPARE(setrlimit(RLIMIT_CORE, &limit), 0);
    qputenv("IDIOLECT_CORE_DUMPS", "1");
    CrashHygiene::apply();
    QVERIFY(!CrashHygiene::coreDumpsDisabled());
    qunsetenv("IDIOLECT_CORE_DUMPS");
}

void TestCrashHygiene::coreDumpsAreDisabled()
{
    CrashHygiene::apply();
    QVERIFY(CrashHygiene::coreDumpsDisabled());
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
}

QTEST_GUILESS_MAIN(TestCrashHygiene)
#include "tst_crashhygiene.moc"
