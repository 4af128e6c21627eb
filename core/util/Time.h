#pragma once
// UTC timestamps as the register stores them: "YYYY-MM-DDTHH:MM:SSZ" (sortable text).

#include "util/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace custos {

QString nowUtc();
QString toIsoUtc(const QDateTime &t);

// Parses ISO 8601 UTC: "2026-01-31T12:00:00Z", with optional fractional seconds (dropped: the
// register keeps whole seconds), or "+00:00" instead of "Z", or a bare date "2026-01-31"
// (midnight UTC). Anything else (other offsets, invalid dates) is an error naming the text.
Result<QString> normalizeIsoUtc(QByteArrayView text);

// "YYYY-MM-DD" -> the first instant after that day ("YYYY-MM-(DD+1)T00:00:00Z"), for "--at DATE".
Result<QString> endOfDayExclusive(const QString &date);

} // namespace custos
