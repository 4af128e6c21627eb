// Read queries over withdrawal requests: one, a filtered page, an approver's inbox.

#include "approvals/WithdrawalRows.h"
#include "ledger/Reference.h"
#include "register/Register.h"
#include "util/Time.h"

namespace custos::approvals {

Result<Withdrawal> findWithdrawal(reg::Register &r, qint64 id)
{
    return detail::load(r.db(), id);
}

Result<QList<Withdrawal>> listWithdrawals(reg::Register &r, const WithdrawalFilter &f)
{
    QByteArray sql = QByteArray(detail::kWithdrawalSelect) + "WHERE w.id > ? ";
    std::optional<qint64> clientId;
    if (!f.client.isEmpty()) {
        auto c = ledger::findClient(r, f.client);
        CUSTOS_TRY(c);
        clientId = c->id;
        sql += "AND w.client_id = ? ";
    }
    // Expired requests may still be stored as pending until the next write sweeps them.
    const bool expired = f.status == QLatin1String("expired"), pending = f.status == QLatin1String("pending");
    if (expired)
        sql += "AND (w.status = 'expired' OR (w.status = 'pending' AND w.expires_at <= ?)) ";
    else if (pending)
        sql += "AND w.status = 'pending' AND w.expires_at > ? ";
    else if (!f.status.isEmpty())
        sql += "AND w.status = ? ";
    sql += "ORDER BY w.id LIMIT ?";
    auto st = r.db().prepare(sql.constData());
    CUSTOS_TRY(st);
    int i = 1;
    st->bind(i++, f.afterId);
    if (clientId)
        st->bind(i++, *clientId);
    if (expired || pending)
        st->bind(i++, nowUtc());
    else if (!f.status.isEmpty())
        st->bind(i++, f.status);
    st->bind(i++, f.limit);
    QList<Withdrawal> out;
    while (true) {
        auto row = st->step();
        CUSTOS_TRY(row);
        if (!*row)
            break;
        auto w = detail::fromRow(*st);
        CUSTOS_TRY(w);
        out << std::move(*w);
    }
    for (Withdrawal &w : out)
        CUSTOS_TRY(detail::loadDecisions(r.db(), w));
    return out;
}

Result<QList<Withdrawal>> approvalInbox(reg::Register &r, int limit)
{
    WithdrawalFilter f;
    f.status = QStringLiteral("pending");
    QList<Withdrawal> out;
    const QString me = r.user().name, myRole = reg::roleName(r.user().role);
    while (out.size() < limit) {
        auto page = listWithdrawals(r, f);
        CUSTOS_TRY(page);
        if (page->isEmpty())
            break;
        for (const Withdrawal &w : *page) {
            f.afterId = w.id;
            if (w.maker == me || w.approverRole != myRole || (!w.approversNamed.isEmpty() && !w.approversNamed.contains(me)))
                continue;
            if (std::any_of(w.decisions.cbegin(), w.decisions.cend(), [&](const Decision &d) { return d.signer == me; }))
                continue;
            out << w;
            if (out.size() >= limit)
                break;
        }
    }
    return out;
}

int Withdrawal::approvalsGiven() const
{
    return int(std::count_if(decisions.cbegin(), decisions.cend(), [](const Decision &d) { return d.decision == QLatin1String("approve"); }));
}

int Withdrawal::stillNeeded() const
{
    if (status != QLatin1String("pending") && status != QLatin1String("blocked"))
        return 0;
    return qMax(0, needs - approvalsGiven());
}

} // namespace custos::approvals
