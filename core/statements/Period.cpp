#include "statements/Period.h"

#include <QRegularExpression>

namespace custos::statements {

namespace {

QString instant(const QDate &d, const char *time)
{
    return d.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T') + QLatin1String(time) + QLatin1Char('Z');
}

Result<QDate> parseDay(const QString &text, const char *what)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = re.match(text);
    const QDate d = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
    if (!d.isValid() || d.year() < 1970)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("--%1 '%2' is not a date: give it as YYYY-MM-DD, e.g. 2026-02-28").arg(QLatin1String(what), text));
    return d;
}

} // namespace

QString Period::from() const
{
    return instant(firstDay, "00:00:00");
}
QString Period::endExclusive() const
{
    return instant(lastDay.addDays(1), "00:00:00");
}
QString Period::to() const
{
    return instant(lastDay, "23:59:59");
}

Result<Period> quarter(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})[Qq]([1-4])$"));
    const auto m = re.match(text);
    if (!m.hasMatch() || m.captured(1).toInt() < 1970)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("--quarter '%1' is not a quarter: give it as YYYYQn with n from 1 to 4, e.g. 2026Q3").arg(text));
    const int year = m.captured(1).toInt(), q = m.captured(2).toInt();
    Period p;
    p.isQuarter = true;
    p.label = QStringLiteral("%1Q%2").arg(year).arg(q);
    p.firstDay = QDate(year, 3 * (q - 1) + 1, 1);
    p.lastDay = p.firstDay.addMonths(3).addDays(-1);
    return p;
}

Result<Period> dateRange(const QString &from, const QString &to)
{
    auto first = parseDay(from, "from");
    if (!first.ok())
        return first.error();
    auto last = parseDay(to, "to");
    if (!last.ok())
        return last.error();
    if (*last < *first)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("--from %1 is after --to %2: the period must not end before it starts").arg(from, to));
    Period p;
    p.firstDay = *first;
    p.lastDay = *last;
    p.label = from + QLatin1Char('_') + to;
    return p;
}

} // namespace custos::statements
