#include "reconcile/Reconcile.h"

#include "chain/SnapshotSource.h"
#include "ledger/MovementWriter.h"
#include "reconcile/RegisterBalances.h"
#include "reconcile/RunStore.h"
#include "register/Register.h"
#include "screening/Screening.h"
#include "util/Time.h"

#include <QSet>

namespace custos::reconcile {

QString breakKindName(BreakKind k)
{
    switch (k) {
    case BreakKind::Balance: return QStringLiteral("balance");
    case BreakKind::UnrecordedTransfer: return QStringLiteral("unrecorded_transfer");
    case BreakKind::UnknownTx: return QStringLiteral("unknown_tx");
    }
    return QString();
}

namespace {

struct Index {
    QHash<QString, qint64> addressIds;
    QHash<qint64, ChainAsset> assetById;
    QHash<QString, ChainAsset> assetByCode;

    explicit Index(const RegisterView &v)
    {
        for (const ChainAddress &a : v.addresses)
            addressIds.insert(a.address, a.id);
        for (const ChainAsset &a : v.assets) {
            assetById.insert(a.id, a);
            assetByCode.insert(a.code, a);
        }
    }
};

struct Keys {
    QList<chain::AssetAddress> list;
    QList<QPair<qint64, qint64>> ids; // (address id, asset id) per key
    QList<chain::Balance> unregistered; // snapshot rows at addresses or assets the register does not know
};

// Node sources: every registered address of the chain with every asset of the chain, so a deposit
// the register never recorded shows. Snapshots: the pairs the register or the file knows.
Keys buildKeys(const RegisterView &v, const Index &ix, const chain::SnapshotSource *snapshot)
{
    Keys k;
    const qsizetype expected = snapshot ? v.balances.size() + snapshot->rowCount() : v.addresses.size() * v.assets.size();
    k.list.reserve(expected);
    k.ids.reserve(expected);
    QSet<QPair<qint64, qint64>> seen;
    seen.reserve(expected);
    auto add = [&](qint64 addressId, const ChainAsset &asset) {
        const auto key = qMakePair(addressId, asset.id);
        if (seen.contains(key))
            return;
        seen.insert(key);
        k.list.append(chain::AssetAddress{v.addresses.value(addressId).address, asset.code, asset.contract, asset.decimals});
        k.ids.append(key);
    };
    if (!snapshot) {
        for (const ChainAddress &a : v.addresses)
            for (const ChainAsset &asset : v.assets)
                add(a.id, asset);
        return k;
    }
    for (auto it = v.balances.constBegin(); it != v.balances.constEnd(); ++it)
        add(it.key().first, ix.assetById.value(it.key().second));
    // One pass over the file's rows the register has no movement for: a registered address gets
    // its pair compared; an address the register does not know is reported as it stands.
    for (const chain::Balance &b : snapshot->rowsNotIn(k.list)) {
        const auto id = ix.addressIds.constFind(b.key.address);
        if (id != ix.addressIds.constEnd() && ix.assetByCode.contains(b.key.asset))
            add(*id, ix.assetByCode.value(b.key.asset));
        else
            k.unregistered.append(b);
    }
    return k;
}

Result<QMap<QString, Amount>> tolerances(reg::Register &r, const RegisterView &v)
{
    QMap<QString, Amount> out;
    for (const ChainAsset &a : v.assets) {
        auto t = r.meta(QStringLiteral("recon_tolerance:") + a.code);
        if (!t.ok())
            return t.error();
        if (t->isEmpty())
            continue;
        auto amount = Amount::parseBaseUnits(*t);
        if (!amount.ok())
            return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds a malformed tolerance for %1").arg(a.code));
        out.insert(a.code, *amount);
    }
    return out;
}

Amount magnitude(Amount a)
{
    return a.isNegative() ? a.negated().value_or(Amount()) : a;
}

// Transfers on chain that the register has no movement for, and register movements whose
// transaction the chain does not know, in blocks from+1 .. to.
Status matchTransfers(reg::Register &r, const QString &chainName, chain::ChainSource &source, const Keys &keys, const Index &ix,
                      qint64 from, qint64 to, QList<BreakLine> &breaks)
{
    if (to <= from)
        return okStatus();
    auto transfers = source.transfers(keys.list, from, to);
    if (!transfers.ok())
        return transfers.error();
    CUSTOS_TRY(screening::recordDepositScreening(r, chainName, *transfers)); // deposit sources against the screening lists
    auto find = r.db().prepare("SELECT count(*) FROM movements WHERE tx_key = ? AND tx_hash = ? AND address_id = ? AND asset_id = ?");
    if (!find.ok())
        return find.error();
    QSet<QString> chainTxs;
    for (const chain::Transfer &t : *transfers) {
        const QString hash = t.txHash.toLower();
        chainTxs.insert(hash);
        const QByteArray bytes = hash.toLatin1();
        const ChainAsset asset = ix.assetByCode.value(t.asset);
        find->bindOptional(1, ledger::txKeyOf(bytes)).bindText(2, bytes).bind(3, ix.addressIds.value(t.address)).bind(4, asset.id);
        auto row = find->step();
        const qint64 n = row.ok() && *row ? find->columnInt(0) : 0;
        find->reset();
        if (!row.ok())
            return row.error();
        if (n == 0)
            breaks.append(BreakLine{0, BreakKind::UnrecordedTransfer, t.address, t.asset, asset.decimals, Amount(), t.amount, t.amount, hash});
    }
    auto recorded = r.db().prepare("SELECT m.tx_hash, a.address, s.code, s.decimals, m.amount FROM movements m "
                                   "JOIN addresses a ON a.id = m.address_id JOIN assets s ON s.id = m.asset_id "
                                   "WHERE a.chain = ? AND m.block_height > ? AND m.block_height <= ? AND m.tx_hash IS NOT NULL");
    if (!recorded.ok())
        return recorded.error();
    recorded->bind(1, chainName).bind(2, from).bind(3, to);
    while (true) {
        auto row = recorded->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return okStatus();
        const QString hash = recorded->columnText(0);
        if (chainTxs.contains(hash))
            continue;
        auto amount = Amount::parseBaseUnits(recorded->columnTextView(4));
        if (!amount.ok())
            return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds a malformed movement amount"));
        breaks.append(BreakLine{0, BreakKind::UnknownTx, recorded->columnText(1), recorded->columnText(2), int(recorded->columnInt(3)),
                                *amount, Amount(), amount->negated().value_or(Amount()), hash});
    }
}

} // namespace

Result<RunResult> runReconciliation(reg::Register &r, const chain::Network &net, chain::ChainSource &source, const RunOptions &o,
                                    const Progress &progress)
{
    CUSTOS_TRY(r.require(QStringLiteral("run reconciliations"), {reg::Role::Operator}));
    RunResult res;
    res.chain = net.name;
    res.source = o.sourceLabel;
    const QString started = nowUtc();
    auto report = [&](const QString &stage, qint64 d, qint64 t) {
        if (progress)
            progress(stage, d, t);
    };
    auto incomplete = [&](const Error &e) -> Result<RunResult> {
        res.status = QStringLiteral("incomplete");
        res.problem = e.message;
        res.breaks.clear();
        res.totals.clear(); // nothing was measured that a total could stand for
        CUSTOS_TRY(recordRun(r, res, started));
        return res;
    };

    report(QStringLiteral("checking the source"), 0, 1);
    if (auto s = source.checkNetwork(); !s.ok())
        return incomplete(s.error());
    auto tip = source.tip();
    if (!tip.ok())
        return incomplete(tip.error());
    qint64 height = tip->height - o.confirmations;
    if (o.height) {
        if (*o.height > tip->height)
            return makeError(ErrorCode::BadInput, QStringLiteral("height %1 is above the chain's tip %2").arg(*o.height).arg(tip->height));
        height = *o.height;
    }
    if (height < 0)
        return makeError(ErrorCode::BadInput, QStringLiteral("the chain has fewer than %1 confirmations' worth of blocks").arg(o.confirmations));
    auto pinned = height == tip->height ? Result<chain::BlockRef>(*tip) : source.blockAt(height);
    if (!pinned.ok())
        return incomplete(pinned.error());
    res.height = pinned->height;
    res.blockHash = pinned->hash;

    report(QStringLiteral("summing the register"), 0, 1);
    auto view = registerView(r.db(), net.name, res.height);
    if (!view.ok())
        return view.error();
    const Index ix(*view);
    auto *snapshot = dynamic_cast<chain::SnapshotSource *>(&source);
    const Keys keys = buildKeys(*view, ix, snapshot);
    res.pairs = keys.list.size();
    auto tol = tolerances(r, *view);
    if (!tol.ok())
        return tol.error();
    for (auto it = tol->constBegin(); it != tol->constEnd(); ++it)
        res.tolerances.insert(it.key(), it->toBaseUnits());

    auto balances = source.balances(keys.list, res.height, [&](qint64 d, qint64 t) { report(QStringLiteral("asking the chain"), d, t); });
    if (!balances.ok())
        return balances.error().code == ErrorCode::BadInput ? Result<RunResult>(balances.error()) : incomplete(balances.error());
    if (balances->size() != keys.list.size())
        return incomplete(makeError(ErrorCode::SourceFailed, QStringLiteral("the source answered %1 balances for %2 questions").arg(balances->size()).arg(keys.list.size())));
    QMap<QString, RunAssetTotal> totals;
    auto addTotal = [&](const QString &asset, int decimals, const Amount &reg, const Amount &onChain) {
        RunAssetTotal &t = totals[asset];
        t.asset = asset;
        t.decimals = decimals;
        const auto r = t.registerTotal.checkedAdd(reg);
        const auto c = t.chainTotal.checkedAdd(onChain);
        if (!r || !c)
            return false;
        t.registerTotal = *r;
        t.chainTotal = *c;
        ++t.pairs;
        return true;
    };
    for (qsizetype i = 0; i < keys.list.size(); ++i) {
        const Amount reg = view->balances.value(keys.ids[i]);
        const Amount onChain = (*balances)[i].balance;
        auto diff = onChain.checkedSub(reg);
        if (!diff || !addTotal(keys.list[i].asset, keys.list[i].decimals, reg, onChain))
            return makeError(ErrorCode::Internal, QStringLiteral("a difference overflows the amount range"));
        if (diff->isZero() || magnitude(*diff) <= tol->value(keys.list[i].asset))
            continue;
        res.breaks.append(BreakLine{0, BreakKind::Balance, keys.list[i].address, keys.list[i].asset, keys.list[i].decimals, reg, onChain, *diff, {}});
    }
    if (snapshot) {
        for (const chain::Balance &b : keys.unregistered) {
            if (totals.contains(b.key.asset) && !addTotal(b.key.asset, b.key.decimals, Amount(), b.balance))
                return makeError(ErrorCode::Internal, QStringLiteral("a chain total overflows the amount range"));
            res.breaks.append(BreakLine{0, BreakKind::Balance, b.key.address, b.key.asset, b.key.decimals, Amount(), b.balance, b.balance, {}});
        }
    } else {
        auto prev = previousRunHeight(r.db(), net.name);
        if (!prev.ok())
            return prev.error();
        const qint64 from = prev->value_or(view->lowestHeight >= 0 ? view->lowestHeight - 1 : res.height);
        report(QStringLiteral("matching transfers"), 0, 1);
        if (auto s = matchTransfers(r, net.name, source, keys, ix, from, res.height, res.breaks); !s.ok())
            return s.error().code == ErrorCode::SourceFailed ? incomplete(s.error()) : Result<RunResult>(s.error());
        // The pinned block must still be the same block, and the tip must not have gone back.
        auto again = source.blockAt(res.height);
        if (!again.ok())
            return incomplete(again.error());
        if (again->hash != res.blockHash)
            return incomplete(makeError(ErrorCode::SourceFailed, QStringLiteral("the chain reorganised during the run: block %1 changed from %2 to %3")
                                                                     .arg(res.height).arg(res.blockHash, again->hash)));
        auto tipAfter = source.tip();
        if (!tipAfter.ok())
            return incomplete(tipAfter.error());
        if (tipAfter->height < tip->height)
            return incomplete(makeError(ErrorCode::SourceFailed, QStringLiteral("the chain's tip went back from %1 to %2 during the run")
                                                                     .arg(tip->height).arg(tipAfter->height)));
    }
    res.status = res.breaks.isEmpty() ? QStringLiteral("clean") : QStringLiteral("breaks");
    res.totals = totals.values();
    CUSTOS_TRY(recordRun(r, res, started));
    return res;
}

Status setTolerance(reg::Register &r, const QString &asset, const QString &decimal)
{
    CUSTOS_TRY(r.require(QStringLiteral("set reconciliation tolerances"), {reg::Role::Admin}));
    auto st = r.db().prepare("SELECT decimals FROM assets WHERE code = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, asset);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::BadInput, QStringLiteral("unknown asset '%1'").arg(asset));
    auto amount = Amount::parse(decimal, int(st->columnInt(0)));
    if (!amount.ok())
        return amount.error();
    if (amount->isNegative())
        return makeError(ErrorCode::BadInput, QStringLiteral("a tolerance cannot be negative"));
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    CUSTOS_TRY(r.setMeta(QStringLiteral("recon_tolerance:") + asset, amount->toBaseUnits()));
    CUSTOS_TRY(r.audit(QStringLiteral("reconcile.tolerance"), QJsonObject{{QStringLiteral("asset"), asset}, {QStringLiteral("tolerance"), decimal}}));
    return tx.commit();
}

} // namespace custos::reconcile
