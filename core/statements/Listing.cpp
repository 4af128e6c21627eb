#include "statements/Listing.h"

#include "register/Database.h"

namespace custos::statements {

Result<QList<StatementRecord>> statementsBefore(reg::Database &db, qint64 beforeId, int limit, qint64 clientId)
{
    const char *all = "SELECT s.id, s.document_id, s.client_id, c.code, c.name, s.period, s.period_from, s.period_to, s.on_request, "
                      "s.language, s.file_name, s.json_file_name, s.pdf_sha256, s.pages, s.total_value, s.issued_at, s.issued_by "
                      "FROM statements s JOIN clients c ON c.id = s.client_id WHERE s.id < ?1 ORDER BY s.id DESC LIMIT ?2";
    const char *one = "SELECT s.id, s.document_id, s.client_id, c.code, c.name, s.period, s.period_from, s.period_to, s.on_request, "
                      "s.language, s.file_name, s.json_file_name, s.pdf_sha256, s.pages, s.total_value, s.issued_at, s.issued_by "
                      "FROM statements s JOIN clients c ON c.id = s.client_id WHERE s.id < ?1 AND s.client_id = ?3 "
                      "ORDER BY s.id DESC LIMIT ?2";
    auto st = db.prepare(clientId > 0 ? one : all);
    if (!st.ok())
        return st.error();
    st->bind(1, beforeId).bind(2, limit);
    if (clientId > 0)
        st->bind(3, clientId);
    QList<StatementRecord> out;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        StatementRecord s;
        s.id = st->columnInt(0);
        s.documentId = st->columnText(1);
        s.clientId = st->columnInt(2);
        s.client = st->columnText(3);
        s.clientName = st->columnText(4);
        s.period = st->columnText(5);
        s.periodFrom = st->columnText(6);
        s.periodTo = st->columnText(7);
        s.onRequest = st->columnInt(8) != 0;
        s.language = st->columnText(9);
        s.file = st->columnText(10);
        s.jsonFile = st->columnText(11);
        s.pdfSha256 = st->columnText(12);
        s.pages = st->columnInt(13);
        s.totalValue = st->columnText(14);
        s.issuedAt = st->columnText(15);
        s.issuedBy = st->columnText(16);
        out.append(s);
    }
    return out;
}

QString previousQuarter(const QDate &day)
{
    int year = day.year();
    int q = (day.month() - 1) / 3; // the current quarter's number minus one
    if (q == 0) {
        q = 4;
        --year;
    }
    return QStringLiteral("%1Q%2").arg(year).arg(q);
}

Result<qint64> statementsDue(reg::Database &db, const QString &period)
{
    // positions' primary key leads with client_id; statements_client covers (client_id, period).
    auto st = db.prepare("SELECT count(*) FROM clients c WHERE c.is_firm = 0 "
                         "AND EXISTS (SELECT 1 FROM positions p WHERE p.client_id = c.id AND p.balance <> '0') "
                         "AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.client_id = c.id AND s.period = ?1)");
    if (!st.ok())
        return st.error();
    st->bind(1, period);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return *row ? st->columnInt(0) : qint64(0);
}

} // namespace custos::statements
