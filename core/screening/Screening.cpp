#include "screening/Screening.h"

#include "chain/AddressCheck.h"
#include "register/Register.h"

#include <QJsonArray>

namespace custos::screening {

Result<QList<Hit>> screenAddress(reg::Database &db, const QString &chain, const QString &canonicalAddress)
{
    auto st = db.prepare("SELECT list, reason FROM screening_entries WHERE chain = ? AND address = ? ORDER BY list");
    CUSTOS_TRY(st);
    st->bind(1, chain).bind(2, canonicalAddress);
    QList<Hit> out;
    while (true) {
        auto row = st->step();
        CUSTOS_TRY(row);
        if (!*row)
            break;
        out << Hit{st->columnText(0), st->columnText(1)};
    }
    return out;
}

QJsonObject resultJson(const QList<Hit> &hits)
{
    QJsonArray arr;
    for (const Hit &h : hits)
        arr.append(QJsonObject{{QStringLiteral("list"), h.list}, {QStringLiteral("reason"), h.reason}});
    return QJsonObject{{QStringLiteral("checked"), true}, {QStringLiteral("hit"), !hits.isEmpty()}, {QStringLiteral("hits"), arr}};
}

Result<QList<CounterpartyHit>> screenDepositSources(reg::Register &r, const QString &chainName,
                                                    const QList<chain::Transfer> &transfers, qint64 *unscreened)
{
    auto net = chain::networkByName(chainName);
    CUSTOS_TRY(net);
    QList<CounterpartyHit> out;
    qint64 skipped = 0;
    for (const chain::Transfer &t : transfers) {
        if (t.amount.isNegative() || t.amount.isZero())
            continue;
        if (t.counterparty.isEmpty()) {
            ++skipped;
            continue;
        }
        auto canonical = chain::normalizeAddress(*net, t.counterparty);
        if (!canonical.ok()) {
            ++skipped;
            continue;
        }
        auto hits = screenAddress(r.db(), net->name, *canonical);
        CUSTOS_TRY(hits);
        if (!hits->isEmpty())
            out << CounterpartyHit{t.txHash, t.address, *canonical, *hits};
    }
    if (unscreened)
        *unscreened = skipped;
    return out;
}

} // namespace custos::screening
