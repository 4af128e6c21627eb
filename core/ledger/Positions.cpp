#include "ledger/Positions.h"

#include "register/Register.h"
#include "util/Time.h"

#include <QHash>

#include <map>

namespace custos::ledger {

namespace {

Status checkClient(reg::Register &r, const QString &code)
{
    auto st = r.db().prepare("SELECT 1 FROM clients WHERE code = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, code);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::BadInput, QStringLiteral("unknown client '%1'").arg(code));
    return okStatus();
}

Status current(reg::Register &r, const PositionQuery &q, const std::function<void(const Position &)> &fn)
{
    const char *all = "SELECT c.code, a.code, a.decimals, p.balance, p.movement_count FROM positions p "
                      "JOIN clients c ON c.id = p.client_id JOIN assets a ON a.id = p.asset_id WHERE c.is_firm = 0 ORDER BY c.id, a.code";
    const char *one = "SELECT c.code, a.code, a.decimals, p.balance, p.movement_count FROM positions p "
                      "JOIN clients c ON c.id = p.client_id JOIN assets a ON a.id = p.asset_id WHERE c.code = ? ORDER BY a.code";
    auto st = r.db().prepare(q.client.isEmpty() ? all : one);
    if (!st.ok())
        return st.error();
    if (!q.client.isEmpty())
        st->bind(1, q.client);
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return okStatus();
        auto bal = Amount::parseBaseUnits(st->columnTextView(3));
        if (!bal.ok())
            return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds a malformed balance for %1 %2").arg(st->columnText(0), st->columnText(1)));
        if (bal->isZero() && !q.includeZero)
            continue;
        fn(Position{st->columnText(0), st->columnText(1), int(st->columnInt(2)), *bal, st->columnInt(4)});
    }
}

// Sums movements that occurred before the end of the day, one streaming pass.
Status historical(reg::Register &r, const PositionQuery &q, const std::function<void(const Position &)> &fn)
{
    auto end = endOfDayExclusive(q.atDate);
    if (!end.ok())
        return end.error();
    const char *all = "SELECT m.client_id, m.asset_id, m.amount FROM movements m JOIN clients c ON c.id = m.client_id "
                      "WHERE c.is_firm = 0 AND m.occurred_at < ?";
    const char *one = "SELECT m.client_id, m.asset_id, m.amount FROM movements m "
                      "WHERE m.client_id = (SELECT id FROM clients WHERE code = ?) AND m.occurred_at < ?";
    auto st = r.db().prepare(q.client.isEmpty() ? all : one);
    if (!st.ok())
        return st.error();
    if (q.client.isEmpty())
        st->bind(1, *end);
    else
        st->bind(1, q.client).bind(2, *end);
    struct Sum {
        Amount balance;
        qint64 count = 0;
    };
    std::map<std::pair<qint64, qint64>, Sum> sums;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        auto amount = Amount::parseBaseUnits(st->columnTextView(2));
        if (!amount.ok())
            return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds a malformed movement amount"));
        Sum &s = sums[{st->columnInt(0), st->columnInt(1)}];
        auto next = s.balance.checkedAdd(*amount);
        if (!next)
            return makeError(ErrorCode::Internal, QStringLiteral("a position overflows the amount range"));
        s.balance = *next;
        ++s.count;
    }
    auto names = r.db().prepare("SELECT c.code, a.code, a.decimals FROM clients c, assets a WHERE c.id = ? AND a.id = ?");
    if (!names.ok())
        return names.error();
    struct Out {
        qint64 clientId;
        QString client, asset;
        int decimals;
        Sum sum;
    };
    QList<Out> out;
    for (const auto &[key, s] : sums) {
        if (s.balance.isZero() && !q.includeZero)
            continue;
        names->bind(1, key.first).bind(2, key.second);
        auto row = names->step();
        if (!row.ok())
            return row.error();
        out.append(Out{key.first, names->columnText(0), names->columnText(1), int(names->columnInt(2)), s});
        names->reset();
    }
    std::sort(out.begin(), out.end(), [](const Out &a, const Out &b) {
        return a.clientId != b.clientId ? a.clientId < b.clientId : a.asset < b.asset;
    });
    for (const Out &o : out)
        fn(Position{o.client, o.asset, o.decimals, o.sum.balance, o.sum.count});
    return okStatus();
}

} // namespace

Status forEachPosition(reg::Register &r, const PositionQuery &q, const std::function<void(const Position &)> &fn)
{
    if (!q.client.isEmpty())
        CUSTOS_TRY(checkClient(r, q.client));
    return q.atDate.isEmpty() ? current(r, q, fn) : historical(r, q, fn);
}

} // namespace custos::ledger
