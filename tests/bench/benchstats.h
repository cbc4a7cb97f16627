#pragma once

// Measuring helpers shared by the benchmarks: resident memory, CPU clocks, median and tail of samples.

#include <QByteArray>
#include <QFile>
#include <QList>

#include <algorithm>
#include <ctime>
#include <vector>

namespace BenchStats {

inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU time of this thread: on a shared machine wall time also measures the neighbours.
inline double cpuMs(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}
inline double threadCpuMs()
{
    return cpuMs(CLOCK_THREAD_CPUTIME_ID);
}
// The build uses the thread pool: count every thread.
inline double processCpuMs()
{
    return cpuMs(CLOCK_PROCESS_CPUTIME_ID);
}

struct Stats {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

inline Stats stats(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at
        = [&samples](double q) { return samples[std::min(samples.size() - 1, size_t(q * double(samples.size())))]; };
    return { at(0.5), at(0.95), samples.back() };
}

} // namespace BenchStats
