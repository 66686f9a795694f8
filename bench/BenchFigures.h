#pragma once

#include <QFile>
#include <QString>
#include <QtGlobal>

#include <sys/resource.h>
#include <time.h>

// Wall-clock and CPU time of one piece of work, and the process's peak memory. On a shared or busy
// machine the CPU time is the steadier figure; the runner (bench/run-benchmarks) prints both.
class BenchTimer
{
public:
    BenchTimer() { restart(); }
    void restart()
    {
        m_wall = now(CLOCK_MONOTONIC);
        m_cpu = now(CLOCK_PROCESS_CPUTIME_ID);
    }
    double wallMs() const { return (now(CLOCK_MONOTONIC) - m_wall) / 1e6; }
    double cpuMs() const { return (now(CLOCK_PROCESS_CPUTIME_ID) - m_cpu) / 1e6; }

private:
    static qint64 now(clockid_t clock)
    {
        timespec t{};
        clock_gettime(clock, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    }
    qint64 m_wall = 0, m_cpu = 0;
};

inline qint64 benchPeakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// One figure for the runner's table: appended to the file CP_BENCH_FIGURES names (tab-separated:
// name, wall ms, CPU ms, peak RSS MB), and logged.
inline void benchRecord(const QString& name, double wallMs, double cpuMs)
{
    const qint64 rss = benchPeakRssMb();
    qInfo("%s: %.1f ms (CPU %.1f ms), peak RSS %lld MB", qPrintable(name), wallMs, cpuMs, rss);
    const QString path = qEnvironmentVariable("CP_BENCH_FIGURES");
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write(QStringLiteral("%1\t%2\t%3\t%4\n")
                       .arg(name)
                       .arg(wallMs, 0, 'f', 1)
                       .arg(cpuMs, 0, 'f', 1)
                       .arg(rss)
                       .toUtf8());
}

inline void benchRecord(const QString& name, const BenchTimer& timer)
{
    benchRecord(name, timer.wallMs(), timer.cpuMs());
}
