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

double median(std::vector<double> v);
double minOf(const std::vector<double> &v);
double maxOf(const std::vector<double> &v);

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
