#include "reconcile/RegisterBalances.h"

namespace custos::reconcile {

Result<RegisterView> registerView(reg::Database &db, const QString &chain, qint64 height)
{
    RegisterView v;
    auto assets = db.prepare("SELECT id, code, contract, decimals FROM assets WHERE chain = ? ORDER BY code");
    if (!assets.ok())
        return assets.error();
    assets->bind(1, chain);
    QStringList ids;
    while (true) {
        auto row = assets->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        v.assets.append(ChainAsset{assets->columnInt(0), assets->columnText(1), assets->columnText(2), int(assets->columnInt(3))});
        ids << QString::number(assets->columnInt(0));
    }
    if (v.assets.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("the register has no asset on %1; add one with 'asset add'").arg(chain));

    auto addrs = db.prepare("SELECT id, address FROM addresses WHERE chain = ?");
    if (!addrs.ok())
        return addrs.error();
    addrs->bind(1, chain);
    while (true) {
        auto row = addrs->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        v.addresses.insert(addrs->columnInt(0), ChainAddress{addrs->columnInt(0), addrs->columnText(1)});
    }

    // Asset ids are integers from the register itself, so building the IN list is safe.
    const QByteArray sql = "SELECT address_id, asset_id, amount, block_height FROM movements WHERE asset_id IN ("
                           + ids.join(QLatin1Char(',')).toLatin1() + ") AND address_id IS NOT NULL AND block_height IS NOT NULL";
    auto mv = db.prepare(sql.constData());
    if (!mv.ok())
        return mv.error();
    while (true) {
        auto row = mv->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        const qint64 h = mv->columnInt(3);
        if (v.lowestHeight < 0 || h < v.lowestHeight)
            v.lowestHeight = h;
        if (h > height)
            continue;
        auto amount = Amount::parseBaseUnits(mv->columnTextView(2));
        if (!amount.ok())
            return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds a malformed movement amount"));
        Amount &sum = v.balances[qMakePair(mv->columnInt(0), mv->columnInt(1))];
        auto next = sum.checkedAdd(*amount);
        if (!next)
            return makeError(ErrorCode::Internal, QStringLiteral("an address balance overflows the amount range"));
        sum = *next;
    }
    return v;
}

} // namespace custos::reconcile
