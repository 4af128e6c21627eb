#pragma once
// Statement periods. A quarter "YYYYQn" runs from the first instant of its first day (UTC) to just
// before the first instant of the next quarter; an on-request period runs from the first instant
// of its first day to just before the first instant of the day after its last day. The register
// keeps whole seconds, so "just before" is the last second of the last day.

#include "util/Result.h"

#include <QDate>
#include <QString>

namespace custos::statements {

struct Period {
    QString label;  // "2026Q3", or "2026-02-10_2026-03-05" for a date range (safe in file names)
    QDate firstDay; // UTC
    QDate lastDay;  // UTC, inclusive
    bool isQuarter = false;

    QString from() const;         // "2026-07-01T00:00:00Z": movements at or after it are in the period
    QString endExclusive() const; // "2026-10-01T00:00:00Z": movements at or after it are not
    QString to() const;           // "2026-09-30T23:59:59Z": the last instant in the period
};

// "2026Q3" (also "2026q3"). Errors (BadInput) name the text and the expected form.
Result<Period> quarter(const QString &text);
// Two dates "YYYY-MM-DD", both days included; from must not be after to.
Result<Period> dateRange(const QString &from, const QString &to);

} // namespace custos::statements
