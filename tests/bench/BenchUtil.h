#pragma once
// Small helpers shared by the benchmark program: fail-fast unwrapping of core results,
// wall-clock timing and the figure table printed at the end.

#include "util/Result.h"

#include <QString>

#include <chrono>
#include <utility>
#include <vector>

namespace custos::bench {

// Prints "bench: WHAT: MESSAGE" to stderr and exits with status 2.
[[noreturn]] void fail(const QString &what, const QString &message);

inline void need(const Status &s, const char *what)
{
    if (!s.ok())
        fail(QString::fromUtf8(what), s.message());
}

template <typename T>
T need(Result<T> r, const char *what)
{
    if (!r.ok())
        fail(QString::fromUtf8(what), r.message());
    return std::move(r).value();
}

// Progress lines on stderr, so stdout carries only the report.
void note(const QString &line);

class Stopwatch {
public:
    Stopwatch() : m_start(std::chrono::steady_clock::now()) {}
    double ms() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
    }
    double seconds() const { return ms() / 1000.0; }

private:
    std::chrono::steady_clock::time_point m_start;
};

// A progress callback (stage, done, total) that notes when each stage began, for a summary of
// the time spent per stage: "checking the source 0.0 s; summing the register 7.7 s; ...".
class StageClock {
public:
    void operator()(const QString &stage, qint64 done, qint64 total);
    double ms() const { return m_clock.ms(); }
    QString summary(double endMs) const;

private:
    std::vector<std::pair<QString, double>> m_starts; // stage, ms since the clock began
    Stopwatch m_clock;
};

double median(std::vector<double> v);
double minOf(const std::vector<double> &v);
double maxOf(const std::vector<double> &v);

// "model name" of /proc/cpuinfo with the number of threads, for the report.
QString cpuDescription();

// CPU time (user + system) used so far by this process, all its threads, in milliseconds.
double processCpuMs();

// A "Vm..." field of /proc/self/status (VmRSS, VmHWM, ...) in bytes; -1 when unreadable.
qint64 procStatusBytes(const char *field);
// Returns freed heap to the system and resets the peak resident set size (VmHWM) to the current
// RSS (Linux >= 4.0: "5" written to /proc/self/clear_refs). False when the reset is refused.
bool resetPeakRss();

// "key value" lines, printed aligned at the end of the run.
class Figures {
public:
    void add(const QString &key, const QString &value) { m_rows.emplace_back(key, value); }
    void add(const QString &key, qint64 value) { add(key, QString::number(value)); }
    void add(const QString &key, double value, int decimals) { add(key, QString::number(value, 'f', decimals)); }
    void print() const;

private:
    std::vector<std::pair<QString, QString>> m_rows;
};

} // namespace custos::bench
