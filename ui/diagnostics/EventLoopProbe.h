// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace idiolect {

/**
 * @brief Measures how long the UI thread's event loop is kept from running.
 *
 * A precise timer fires every intervalMs(); whatever it arrives late by is
 * the time the event loop was busy elsewhere (a stall). The probe keeps the
 * worst and mean lateness over the session and counts stalls over
 * kStallMs — the "no UI-thread stall over 50 ms" goal, measured while the
 * app does real work (the main window runs it while jobs run). Stopping and
 * starting again keeps the figures; reset() clears them. Where the platform
 * tells the thread's CPU time, the probe also separates stalls the UI thread
 * caused (it computed) from the machine being busy with other processes.
 */
class EventLoopProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLoopProbe)

public:
    static constexpr int kDefaultIntervalMs = 20;
    static constexpr int kStallMs = 50;

    struct Stats
    {
        qint64 samples = 0;
        double maxLatencyMs = 0;
        double meanLatencyMs = 0;
        qint64 stalls = 0; ///< Samples later than kStallMs.
        double stalledMs = 0; ///< Sum of the lateness of those stalls.
        qint64 runningMs = 0; ///< How long the probe has measured (running spans only).
        /// The most CPU time the UI thread itself used between two ticks (-1: unknown).
        /// A long stall with little CPU time means the machine was busy, not the app.
        double maxBusyMs = -1;
        qint64 busyStalls = 0; ///< Ticks between which the UI thread computed over kStallMs.
    };

    /** One stall, and what the app had just done when it happened (see mark()). */
    struct Stall
    {
        qint64 atMs = 0; ///< When the late tick came, ms since the probe was made.
        double lateMs = 0;
        double busyMs = -1; ///< CPU time the UI thread used meanwhile; -1: unknown.
        QString after; ///< The last mark() before the stall, empty if none.
        qint64 sinceMarkMs = 0; ///< How long after that mark.
    };
    static constexpr int kMaxStallList = 100;

    explicit EventLoopProbe(QObject *parent = nullptr, int intervalMs = kDefaultIntervalMs);

    void start();
    void stop();
    void reset();
    [[nodiscard]] bool isRunning() const { return m_timer.isActive(); }
    [[nodiscard]] int intervalMs() const { return m_timer.interval(); }
    [[nodiscard]] Stats stats() const;
    /** The first kMaxStallList stalls since the start or the last reset(). */
    [[nodiscard]] const QList<Stall> &stallList() const { return m_stallList; }
    /**
     * Notes what the app just did (a fixed label such as "page review" or
     * "generation result", never user data), so each stall says where it happened.
     */
    void mark(const QString &what);

    /** CPU time the calling thread has used, in ms; -1 where the platform does not say. */
    [[nodiscard]] static double threadCpuMs();

Q_SIGNALS:
    /** The event loop was blocked for @p ms (more than kStallMs). */
    void stalled(double ms);

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_epoch; ///< Since construction: the time base of stalls and marks.
    QString m_mark;
    qint64 m_markMs = 0;
    QList<Stall> m_stallList;
    QElapsedTimer m_clock;
    QElapsedTimer m_running;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = -1;
    double m_maxBusyMs = -1;
    qint64 m_busyStalls = 0;
    qint64 m_measuredMs = 0; ///< Measured time of earlier start()/stop() spans.
    qint64 m_samples = 0;
    double m_maxMs = 0;
    double m_sumMs = 0;
    qint64 m_stalls = 0;
    double m_stalledMs = 0;
};

} // namespace idiolect
