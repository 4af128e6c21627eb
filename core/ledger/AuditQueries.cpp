// Filtered pages of the audit log and the values a filter can take (see Queries.h).

#include "ledger/Queries.h"
#include "register/Database.h"

#include <QDate>

namespace custos::ledger {

namespace {

Result<QString> dayBound(const QString &day, bool after, const char *which)
{
    if (day.isEmpty())
        return QString();
    const QDate d = QDate::fromString(day, Qt::ISODate);
    if (!d.isValid() || day.size() != 10)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("the %1 date '%2' is not a date; write it as YYYY-MM-DD").arg(QLatin1String(which), day));
    // Entries are stamped "YYYY-MM-DDTHH:MM:SSZ": text order is time order.
    return (after ? d.addDays(1) : d).toString(Qt::ISODate);
}

Result<QStringList> distinctColumn(reg::Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    QStringList out;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        out.append(st->columnText(0));
    }
}

} // namespace

Result<QList<audit::AuditEntry>> auditEntriesBefore(reg::Database &db, qint64 beforeSeq, int limit, const AuditFilter &f)
{
    if (f.isEmpty())
        return auditEntriesBefore(db, beforeSeq, limit);
    auto from = dayBound(f.fromDay, false, "from");
    if (!from.ok())
        return from.error();
    auto until = dayBound(f.toDay, true, "to");
    if (!until.ok())
        return until.error();
    if (!from->isEmpty() && !until->isEmpty() && *from >= *until)
        return makeError(ErrorCode::BadInput, QStringLiteral("the from date %1 is after the to date %2").arg(f.fromDay, f.toDay));
    auto st = db.prepare("SELECT seq, at, actor, action, payload, prev_hash, hash FROM audit_log "
                         "WHERE seq < ?1 AND (?2 = '' OR action = ?2) AND (?3 = '' OR actor = ?3) "
                         "AND (?4 = '' OR at >= ?4) AND (?5 = '' OR at < ?5) ORDER BY seq DESC LIMIT ?6");
    if (!st.ok())
        return st.error();
    st->bind(1, beforeSeq).bind(2, f.action).bind(3, f.actor).bind(4, *from).bind(5, *until).bind(6, limit);
    QList<audit::AuditEntry> out;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        out.append(audit::AuditEntry{st->columnInt(0), st->columnText(1), st->columnText(2), st->columnText(3),
                                     st->columnTextView(4).toByteArray(), st->columnText(5), st->columnText(6)});
    }
}

Result<QStringList> auditActions(reg::Database &db)
{
    return distinctColumn(db, "SELECT DISTINCT action FROM audit_log ORDER BY action");
}

Result<QStringList> auditActors(reg::Database &db)
{
    return distinctColumn(db, "SELECT DISTINCT actor FROM audit_log ORDER BY actor");
}

} // namespace custos::ledger
