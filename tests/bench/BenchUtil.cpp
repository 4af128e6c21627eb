#include "BenchUtil.h"

#include <QFile>
#include <QStringList>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <malloc.h>
#include <sys/resource.h>

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

void StageClock::operator()(const QString &stage, qint64, qint64)
{
    if (m_starts.empty() || m_starts.back().first != stage)
        m_starts.emplace_back(stage, m_clock.ms());
}

QString StageClock::summary(double endMs) const
{
    QStringList parts;
    for (std::size_t i = 0; i < m_starts.size(); ++i) {
        const double end = i + 1 < m_starts.size() ? m_starts[i + 1].second : endMs;
        parts << QStringLiteral("%1 %2 ms").arg(m_starts[i].first).arg(end - m_starts[i].second, 0, 'f', 0);
    }
    return parts.join(QStringLiteral("; "));
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

QString cpuDescription()
{
    QString model = QSysInfo::currentCpuArchitecture();
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) { // /proc files report size 0: read to the end, do not test atEnd()
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                model = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    return model + QStringLiteral(", ") + QString::number(QThread::idealThreadCount()) + QStringLiteral(" threads");
}

double processCpuMs()
{
    struct rusage u = {};
    if (::getrusage(RUSAGE_SELF, &u) != 0)
        return 0.0;
    const auto ms = [](const struct timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return ms(u.ru_utime) + ms(u.ru_stime);
}

qint64 procStatusBytes(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.startsWith(key))
            continue;
        const QList<QByteArray> parts = line.mid(key.size()).simplified().split(' ');
        bool ok = false;
        const qint64 kib = parts.value(0).toLongLong(&ok);
        return ok ? kib * 1024 : -1;
    }
    return -1;
}

bool resetPeakRss()
{
    ::malloc_trim(0);
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
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
