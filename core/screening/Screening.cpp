#include "screening/Screening.h"

#include "chain/AddressCheck.h"
#include "register/Register.h"
#include "util/Time.h"

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

Result<int> recordDepositScreening(reg::Register &r, const QString &chainName, const QList<chain::Transfer> &transfers)
{
    auto hits = screenDepositSources(r, chainName, transfers);
    CUSTOS_TRY(hits);
    if (hits->isEmpty())
        return 0;
    QHash<QString, const chain::Transfer *> byKey;
    for (const chain::Transfer &t : transfers)
        byKey.insert(t.txHash + QLatin1Char('\x1f') + t.address, &t);
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto ins = r.db().prepare("INSERT OR IGNORE INTO screening_hits(chain, tx_hash, address, counterparty, asset, amount, list, reason, seen_at) "
                              "VALUES (?,?,?,?,?,?,?,?,?)");
    CUSTOS_TRY(ins);
    const QString now = nowUtc();
    QJsonArray recorded;
    for (const CounterpartyHit &h : *hits) {
        const chain::Transfer *t = byKey.value(h.txHash + QLatin1Char('\x1f') + h.address);
        for (const Hit &list : h.hits) {
            ins->bind(1, chainName).bind(2, h.txHash.toLower()).bind(3, h.address).bind(4, h.counterparty).bind(5, t ? t->asset : QString())
                .bind(6, t ? t->amount.toBaseUnits() : QStringLiteral("0")).bind(7, list.list).bind(8, list.reason).bind(9, now);
            CUSTOS_TRY(ins->run());
            if (r.db().changes() > 0)
                recorded.append(QJsonObject{{QStringLiteral("tx_hash"), h.txHash}, {QStringLiteral("address"), h.address},
                                            {QStringLiteral("counterparty"), h.counterparty}, {QStringLiteral("list"), list.list}});
        }
    }
    if (!recorded.isEmpty())
        CUSTOS_TRY(r.audit(QStringLiteral("screening.deposit_hit"), QJsonObject{{QStringLiteral("chain"), chainName}, {QStringLiteral("hits"), recorded}}));
    CUSTOS_TRY(tx.commit());
    return int(recorded.size());
}

Result<QList<DepositHit>> depositHits(reg::Register &r, int limit)
{
    auto st = r.db().prepare("SELECT id, chain, tx_hash, address, counterparty, asset, amount, list, reason, seen_at FROM screening_hits "
                             "ORDER BY id DESC LIMIT ?");
    CUSTOS_TRY(st);
    st->bind(1, limit);
    QList<DepositHit> out;
    while (true) {
        auto row = st->step();
        CUSTOS_TRY(row);
        if (!*row)
            return out;
        out << DepositHit{st->columnInt(0), st->columnText(1), st->columnText(2), st->columnText(3), st->columnText(4),
                          st->columnText(5), st->columnText(6), st->columnText(7), st->columnText(8), st->columnText(9)};
    }
}

} // namespace custos::screening
