#pragma once
// UTC timestamps as the register stores them: "YYYY-MM-DDTHH:MM:SSZ" (sortable text).

#include "util/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace custos {

// The current time, whole seconds. Every "now" in core comes from here, so tests can pin it.
QString nowUtc();
QDateTime nowUtcDateTime();
QString toIsoUtc(const QDateTime &t);

// Test clock: while set, nowUtc()/nowUtcDateTime() answer this instant instead of the system
// clock (velocity windows, cooling-off, expiry and desk hours are tested with it). Process-wide;
// clearClockOverride() goes back to the system clock.
void setClockOverride(const QDateTime &utc);
void advanceClockOverride(qint64 seconds); // no effect unless an override is set
void clearClockOverride();

// Parses a stored "YYYY-MM-DDTHH:MM:SSZ" (invalid QDateTime for anything else).
QDateTime fromIsoUtc(const QString &text);

// Parses ISO 8601 UTC: "2026-01-31T12:00:00Z", with optional fractional seconds (dropped: the
// register keeps whole seconds), or "+00:00" instead of "Z", or a bare date "2026-01-31"
// (midnight UTC). Anything else (other offsets, invalid dates) is an error naming the text.
Result<QString> normalizeIsoUtc(QByteArrayView text);

// "YYYY-MM-DD" -> the first instant after that day ("YYYY-MM-(DD+1)T00:00:00Z"), for "--at DATE".
Result<QString> endOfDayExclusive(const QString &date);

} // namespace custos
