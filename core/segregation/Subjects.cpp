#include "segregation/Subjects.h"

#include "register/Database.h"

namespace custos::segregation {

namespace {

// Runs a one-row query; false when there is no row.
template <typename Bind, typename Read> Result<bool> oneRow(reg::Database &db, const char *sql, Bind &&bind, Read &&read)
{
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    bind(*st);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (*row)
        read(*st);
    return *row;
}

} // namespace

Result<SubjectInfo> describeSubject(reg::Database &db, const QString &subject)
{
    SubjectInfo s;
    s.text = subject;
    const qsizetype colon = subject.indexOf(QLatin1Char(':'));
    const QString prefix = colon < 0 ? subject : subject.left(colon);
    const QString rest = colon < 0 ? QString() : subject.mid(colon + 1);
    if (subject == QLatin1String("audit-log")) {
        s.kind = SubjectInfo::Kind::AuditLog;
        return s;
    }
    if (colon < 0) {
        s.kind = SubjectInfo::Kind::Other;
        return s;
    }
    if (prefix == QLatin1String("rule")) {
        s.kind = SubjectInfo::Kind::Rule;
        return s;
    }
    if (prefix == QLatin1String("chain")) {
        s.kind = SubjectInfo::Kind::Chain;
        s.chain = rest.section(QLatin1Char('/'), 0, 0);
        s.asset = rest.section(QLatin1Char('/'), 1);
        return s;
    }
    Result<bool> found = false;
    if (prefix == QLatin1String("keyset")) {
        s.kind = SubjectInfo::Kind::KeySet;
        s.keyset = rest;
        found = oneRow(
            db, "SELECT owner, created_at FROM keysets WHERE name = ?", [&](reg::Statement &st) { st.bind(1, rest); },
            [&](reg::Statement &st) {
                s.owner = st.columnText(0);
                s.createdAt = st.columnText(1);
            });
    } else if (prefix == QLatin1String("user")) {
        s.kind = SubjectInfo::Kind::User;
        s.user = rest;
        found = oneRow(
            db, "SELECT role, created_at, ifnull(disabled_at, '') FROM users WHERE name = ?", [&](reg::Statement &st) { st.bind(1, rest); },
            [&](reg::Statement &st) {
                s.role = st.columnText(0);
                s.createdAt = st.columnText(1);
                s.disabledAt = st.columnText(2);
            });
    } else if (prefix == QLatin1String("movement")) {
        s.kind = SubjectInfo::Kind::Movement;
        bool ok = false;
        s.movementId = rest.toLongLong(&ok);
        if (ok)
            found = oneRow(
                db,
                "SELECT m.client_id, c.code, c.name, a.code, m.kind, m.amount, m.occurred_at, m.recorded_at, "
                "ifnull(ad.chain || ':' || ad.address, '') FROM movements m JOIN clients c ON c.id = m.client_id "
                "JOIN assets a ON a.id = m.asset_id LEFT JOIN addresses ad ON ad.id = m.address_id WHERE m.id = ?",
                [&](reg::Statement &st) { st.bind(1, s.movementId); },
                [&](reg::Statement &st) {
                    s.clientId = st.columnInt(0);
                    s.client = st.columnText(1);
                    s.clientName = st.columnText(2);
                    s.asset = st.columnText(3);
                    s.movementKind = st.columnText(4);
                    s.amount = st.columnText(5);
                    s.occurredAt = st.columnText(6);
                    s.recordedAt = st.columnText(7);
                    s.address = st.columnText(8);
                });
    } else if (prefix == QLatin1String("client")) {
        s.kind = SubjectInfo::Kind::Client;
        s.client = rest.section(QLatin1Char('/'), 0, 0);
        s.asset = rest.section(QLatin1Char('/'), 1);
        found = oneRow(
            db, "SELECT id, name FROM clients WHERE code = ?", [&](reg::Statement &st) { st.bind(1, s.client); },
            [&](reg::Statement &st) {
                s.clientId = st.columnInt(0);
                s.clientName = st.columnText(1);
            });
    } else {
        s.kind = SubjectInfo::Kind::Address;
        s.chain = prefix;
        s.address = rest;
        found = oneRow(
            db,
            "SELECT ad.owner, ifnull(ad.client_id, 0), ifnull(c.code, ''), ifnull(c.name, ''), ifnull(k.name, ''), "
            "ifnull(ad.label, ''), ad.created_at FROM addresses ad LEFT JOIN clients c ON c.id = ad.client_id "
            "LEFT JOIN keysets k ON k.id = ad.keyset_id WHERE ad.chain = ? AND ad.address = ?",
            [&](reg::Statement &st) { st.bind(1, prefix).bind(2, rest); },
            [&](reg::Statement &st) {
                s.owner = st.columnText(0);
                s.clientId = st.columnInt(1);
                s.client = st.columnText(2);
                s.clientName = st.columnText(3);
                s.keyset = st.columnText(4);
                s.label = st.columnText(5);
                s.createdAt = st.columnText(6);
            });
    }
    if (!found.ok())
        return found.error();
    s.found = *found;
    return s;
}

} // namespace custos::segregation
