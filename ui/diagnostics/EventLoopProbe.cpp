// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLoopProbe.h"

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif

namespace idiolect {

namespace {

/** CPU time the calling thread has used, in ns; -1 where the platform does not say. */
qint64 threadCpuNs()
{
#if defined(Q_OS_UNIX) && defined(CLOCK_THREAD_CPUTIME_ID)
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#endif
    return -1;
}

} // namespace

EventLoopProbe::EventLoopProbe(QObject *parent, int intervalMs) : QObject(parent)
{
    m_epoch.start();
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(std::max(1, intervalMs));
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
}

void EventLoopProbe::start()
{
    if (m_timer.isActive())
        return;
    m_clock.start();
    m_running.start();
    m_lastNs = 0;
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

void EventLoopProbe::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_measuredMs += m_running.elapsed();
}

void EventLoopProbe::reset()
{
    m_samples = 0;
    m_maxMs = m_sumMs = m_stalledMs = 0;
    m_stalls = 0;
    m_measuredMs = 0;
    m_maxBusyMs = -1;
    m_busyStalls = 0;
    m_stallList.clear();
    if (m_timer.isActive()) {
        m_running.start();
        m_clock.start();
        m_lastNs = 0;
        m_lastCpuNs = threadCpuNs();
    }
}

void EventLoopProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double late = std::max(0.0, double(now - m_lastNs) / 1e6 - double(m_timer.interval()));
    m_lastNs = now;
    const qint64 cpu = threadCpuNs();
    double busy = -1;
    if (cpu >= 0 && m_lastCpuNs >= 0) {
        busy = double(cpu - m_lastCpuNs) / 1e6;
        m_maxBusyMs = std::max(m_maxBusyMs, busy);
        if (busy > kStallMs)
            ++m_busyStalls;
    }
    m_lastCpuNs = cpu;
    ++m_samples;
    m_sumMs += late;
    m_maxMs = std::max(m_maxMs, late);
    if (late > kStallMs) {
        ++m_stalls;
        m_stalledMs += late;
        if (m_stallList.size() < kMaxStallList) {
            const qint64 at = m_epoch.elapsed();
            m_stallList.append({at, late, busy, m_mark, m_mark.isEmpty() ? 0 : at - m_markMs});
        }
        Q_EMIT stalled(late);
    }
}

void EventLoopProbe::mark(const QString &what)
{
    m_mark = what;
    m_markMs = m_epoch.elapsed();
}

double EventLoopProbe::threadCpuMs()
{
    const qint64 ns = threadCpuNs();
    return ns < 0 ? -1.0 : double(ns) / 1e6;
}

EventLoopProbe::Stats EventLoopProbe::stats() const
{
    Stats s;
    s.samples = m_samples;
    s.maxLatencyMs = m_maxMs;
    s.meanLatencyMs = m_samples > 0 ? m_sumMs / double(m_samples) : 0.0;
    s.stalls = m_stalls;
    s.stalledMs = m_stalledMs;
    s.maxBusyMs = m_maxBusyMs;
    s.busyStalls = m_busyStalls;
    s.runningMs = m_measuredMs + (m_timer.isActive() ? m_running.elapsed() : 0);
    return s;
}

} // namespace idiolect
