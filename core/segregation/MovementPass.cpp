// One streaming pass over every movement, collecting what the rules need: sums per client and
// asset, sums at the last reconciliation per chain, movements at addresses of the wrong owner,
// missing chain references and late recordings. Memory grows with the number of (client, asset)
// positions and with what is found, never with the number of movements.

#include "segregation/CheckData.h"

#include "register/Database.h"
#include "register/Register.h"

namespace custos::segregation {

namespace {

struct RunScope {
    bool has = false;
    qint64 height = -1;
    qint64 lastMovement = 0;
};

inline void addTo(int128 &sum, int128 v, bool &overflow)
{
    if (__builtin_add_overflow(sum, v, &sum))
        overflow = true;
}

inline void spread(Spread &s, int128 v, qint64 id, qint32 client, bool &overflow)
{
    addTo(s.amount, v, overflow);
    if (s.count++ == 0) {
        s.firstMovement = id;
        s.sampleClient = client;
    }
}

Result<qint64> movementCount(CheckContext &c)
{
    auto st = c.r.db().prepare("SELECT ifnull(max(id), 0) FROM movements");
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return *row ? st->columnInt(0) : 0;
}

// The transactions seen both at a firm address and at a client or omnibus address (as a movement
// that is neither a fee nor a withdrawal): sorted tx keys are intersected, then each shared key is
// confirmed on the full hash through the index movements_tx.
Status findFirmClientTransfers(CheckContext &c)
{
    Facts &f = c.facts;
    for (auto *v : {&f.firmTxKeys, &f.clientTxKeys}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    std::vector<qint64> shared;
    std::set_intersection(f.firmTxKeys.begin(), f.firmTxKeys.end(), f.clientTxKeys.begin(), f.clientTxKeys.end(), std::back_inserter(shared));
    f.firmTxKeys = {};
    f.clientTxKeys = {};
    if (shared.empty())
        return okStatus();
    auto st = c.r.db().prepare("SELECT m.id FROM movements m JOIN addresses a ON a.id = m.address_id WHERE m.tx_key = ?1 "
                               "AND a.owner <> 'firm' AND m.kind NOT IN ('fee','withdrawal') AND EXISTS (SELECT 1 FROM movements f "
                               "JOIN addresses fa ON fa.id = f.address_id WHERE f.tx_key = ?1 AND f.tx_hash = m.tx_hash AND fa.owner = 'firm') "
                               "ORDER BY m.id");
    if (!st.ok())
        return st.error();
    for (qint64 key : shared) {
        st->bind(1, key);
        while (true) {
            auto row = st->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                break;
            f.firmClientCandidates.push_back(st->columnInt(0));
        }
        st->reset();
    }
    std::sort(f.firmClientCandidates.begin(), f.firmClientCandidates.end());
    return okStatus();
}

} // namespace

Status scanMovements(CheckContext &c)
{
    Inventory &inv = c.inv;
    Facts &f = c.facts;
    auto total = movementCount(c);
    if (!total.ok())
        return total.error();

    std::vector<RunScope> scope(size_t(inv.chains.size()));
    for (qsizetype i = 0; i < inv.chains.size(); ++i) {
        const auto run = inv.lastRun.constFind(inv.chains[i]);
        if (run != inv.lastRun.constEnd())
            scope[size_t(i)] = RunScope{true, run->height, run->lastMovement};
    }
    qint64 maxAssetId = 0;
    for (const AssetFact &a : std::as_const(inv.assets))
        maxAssetId = std::max(maxAssetId, a.id);
    std::vector<qint32> assetSlot(size_t(maxAssetId) + 1, -1);
    for (qsizetype i = 0; i < inv.assets.size(); ++i)
        assetSlot[size_t(inv.assets[i].id)] = qint32(i);

    const qint64 clients = qint64(inv.clients.size()), assets = inv.assets.size();
    f.positions.reset(clients, assets);

    auto st = c.r.db().prepare("SELECT id, client_id, asset_id, amount, kind, occurred_at, recorded_at, address_id, tx_key, "
                               "block_height, tx_hash IS NULL FROM movements");
    if (!st.ok())
        return st.error();
    const QByteArray asOf = c.options.asOfEnd.toLatin1();
    const qint64 limit = c.recordingLimitSeconds;
    c.report("movements", 0, *total);
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        const qint64 id = st->columnInt(0);
        const qint32 ci = inv.clientAt(st->columnInt(1));
        const qint64 assetId = st->columnInt(2);
        const qint32 ai = assetId >= 0 && assetId <= maxAssetId ? assetSlot[size_t(assetId)] : -1;
        auto parsed = Amount::parseBaseUnits(st->columnTextView(3));
        if (!parsed.ok())
            return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds a malformed amount in movement %1").arg(id));
        const int128 amount = parsed->baseUnits();
        if ((++f.movements & 0xffff) == 0)
            c.report("movements", f.movements, *total);

        Sum &pos = f.positions(ci, ai);
        addTo(pos.amount, amount, f.overflow);
        ++pos.count;

        const QByteArrayView recorded = st->columnTextView(6);
        if (!asOf.isEmpty() && !(recorded < QByteArrayView(asOf)))
            continue;
        ++f.movementsInScope;

        const char kind = st->columnTextView(4).isEmpty() ? '?' : st->columnTextView(4)[0];
        const bool hasAddress = !st->columnIsNull(7);
        const std::optional<qint64> height = st->columnOptionalInt(9);
        if (kind != 'a' && (!hasAddress || st->columnInt(10) != 0 || !height)) {
            if (f.missingChainReferenceTotal++ < kListedPerRule)
                f.missingChainReference.push_back(id);
        }
        const auto occurredAt = epochSeconds(st->columnTextView(5)), recordedAt = epochSeconds(recorded);
        if (occurredAt && recordedAt && *recordedAt - *occurredAt > limit) {
            if (f.lateTotal++ < kListedPerRule)
                f.late.emplace_back(id, *recordedAt - *occurredAt);
        }

        const bool firm = ci >= 0 && inv.clientIsFirm[size_t(ci)];
        const qint64 addressId = hasAddress ? st->columnInt(7) : -1;
        const PackedAddress a = addressId >= 0 && size_t(addressId) < inv.packedAddresses.size() ? inv.packedAddresses[size_t(addressId)]
                                                                                                 : PackedAddress{};
        if (a.known) {
            if (a.owner == Owner::Firm && !firm)
                spread(f.clientAtFirm[pairKey(inv.addressAt(addressId), ai)], amount, id, ci, f.overflow);
            else if (a.owner != Owner::Firm && firm)
                spread(f.firmAtClient[pairKey(inv.addressAt(addressId), ai)], amount, id, ci, f.overflow);
            else if (a.owner == Owner::Client && a.client != ci)
                spread(f.foreignAtSegregated[inv.addressAt(addressId)], amount, id, ci, f.overflow);
            if (!st->columnIsNull(8)) {
                if (a.owner == Owner::Firm)
                    f.firmTxKeys.push_back(st->columnInt(8));
                else if (kind != 'f' && kind != 'w')
                    f.clientTxKeys.push_back(st->columnInt(8));
            }
        }

        if (ai < 0)
            continue;
        const RunScope &run = scope[size_t(inv.assets[ai].chainIndex)];
        if (!run.has || id > run.lastMovement)
            continue;
        if ((!height || *height <= run.height) && !firm && ci >= 0)
            addTo(pos.atRun, amount, f.overflow);
        if (a.known && height && *height <= run.height) {
            if (a.owner == Owner::Client && a.client >= 0 && !a.clientIsFirm) {
                addTo((a.client == ci ? pos : f.positions(a.client, ai)).segregatedAtRun, amount, f.overflow);
            } else if (a.owner == Owner::Omnibus) {
                const qint32 ax = inv.addressAt(addressId);
                addTo(f.omnibusAtRun[pairKey(ax, ai)], amount, f.overflow);
                if (!firm && ci >= 0) {
                    addTo(pos.omnibusClaimAtRun, amount, f.overflow);
                    addTo(f.omnibusClaimsAt[pairKey(ax, ai)], amount, f.overflow);
                }
            }
        }
    }
    c.report("movements", f.movements, *total);
    if (f.overflow)
        return makeError(ErrorCode::Internal, QStringLiteral("a sum of movements overflows the amount range; the register holds impossible amounts"));
    return findFirmClientTransfers(c);
}

} // namespace custos::segregation
