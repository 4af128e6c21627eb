#include "util/Time.h"

#include <QTimeZone>

#include <atomic>
#include <limits>

namespace custos {

namespace {

bool digits(QByteArrayView t, qsizetype from, qsizetype n, int &out)
{
    if (from + n > t.size())
        return false;
    int v = 0;
    for (qsizetype i = from; i < from + n; ++i) {
        const char c = t[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

int daysInMonth(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : d[m - 1];
}

Error badTime(QByteArrayView text)
{
    return makeError(ErrorCode::BadInput,
                     QStringLiteral("'%1' is not an ISO 8601 UTC time (expected e.g. 2026-01-31T12:00:00Z)")
                         .arg(QString::fromUtf8(text.first(qMin<qsizetype>(text.size(), 64)))));
}

} // namespace

QString toIsoUtc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

namespace {
std::atomic<qint64> g_override{std::numeric_limits<qint64>::min()}; // seconds since the epoch
}

void setClockOverride(const QDateTime &utc)
{
    g_override.store(utc.toSecsSinceEpoch());
}

void advanceClockOverride(qint64 seconds)
{
    qint64 cur = g_override.load();
    while (cur != std::numeric_limits<qint64>::min() && !g_override.compare_exchange_weak(cur, cur + seconds)) {
    }
}

void clearClockOverride()
{
    g_override.store(std::numeric_limits<qint64>::min());
}

QDateTime nowUtcDateTime()
{
    const qint64 o = g_override.load();
    if (o != std::numeric_limits<qint64>::min())
        return QDateTime::fromSecsSinceEpoch(o, Qt::UTC);
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

QString nowUtc()
{
    return toIsoUtc(nowUtcDateTime());
}

QDateTime fromIsoUtc(const QString &text)
{
    if (text.size() != 20 || !text.endsWith(QLatin1Char('Z')))
        return QDateTime();
    QDateTime t = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!t.isValid())
        return QDateTime();
    t.setTimeZone(QTimeZone::utc());
    return t;
}

Result<QString> normalizeIsoUtc(QByteArrayView t)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!digits(t, 0, 4, y) || t.size() < 10 || t[4] != '-' || !digits(t, 5, 2, mo) || t[7] != '-' || !digits(t, 8, 2, d))
        return badTime(t);
    if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
        return badTime(t);
    qsizetype pos = 10;
    if (t.size() > 10) {
        if (t[10] != 'T' || !digits(t, 11, 2, h) || t.size() < 19 || t[13] != ':' || !digits(t, 14, 2, mi)
            || t[16] != ':' || !digits(t, 17, 2, s))
            return badTime(t);
        if (h > 23 || mi > 59 || s > 59)
            return badTime(t);
        pos = 19;
        if (pos < t.size() && t[pos] == '.') {
            ++pos;
            const qsizetype start = pos;
            while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9')
                ++pos;
            if (pos == start)
                return badTime(t);
        }
        const QByteArrayView zone = t.sliced(pos);
        if (zone != "Z" && zone != "+00:00")
            return badTime(t);
    }
    char buf[21];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, mo, d, h, mi, s);
    return QString::fromLatin1(buf, 20);
}

Result<QString> endOfDayExclusive(const QString &date)
{
    const QDate d = QDate::fromString(date, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid() || date.size() != 10)
        return makeError(ErrorCode::BadInput, QStringLiteral("'%1' is not a date (expected YYYY-MM-DD)").arg(date));
    return toIsoUtc(QDateTime(d.addDays(1), QTime(0, 0), Qt::UTC));
}

} // namespace custos
