#include "BenchUtil.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace custos::bench {

void fail(const QString &what, const QString &message)
{
    std::fprintf(stderr, "bench: %s: %s\n", qPrintable(what), qPrintable(message));
    std::exit(2);
}

void note(const QString &line)
{
    std::fprintf(stderr, "[bench] %s\n", qPrintable(line));
    std::fflush(stderr);
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double minOf(const std::vector<double> &v)
{
    return v.empty() ? 0.0 : *std::min_element(v.begin(), v.end());
}

double maxOf(const std::vector<double> &v)
{
    return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
}

void Figures::print() const
{
    qsizetype width = 0;
    for (const auto &row : m_rows)
        width = std::max(width, row.first.size());
    for (const auto &row : m_rows)
        std::printf("%s %s\n", qPrintable(row.first.leftJustified(width)), qPrintable(row.second));
    std::fflush(stdout);
}

} // namespace custos::bench
