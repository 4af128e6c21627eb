// On-chain separation: owner designations, client assets at firm addresses, other clients' or
// the firm's funds at client addresses, positions backed on chain, firm <-> client transfers.

#include "segregation/Rules.h"

#include "register/Database.h"
#include "register/Register.h"

#include <algorithm>
#include <map>

namespace custos::segregation {

namespace {

QString ownerWord(Owner o)
{
    switch (o) {
    case Owner::Client: return QStringLiteral("client");
    case Owner::Omnibus: return QStringLiteral("omnibus");
    case Owner::Firm: return QStringLiteral("firm");
    case Owner::Unknown: break;
    }
    return QStringLiteral("undesignated");
}

// Sorted keys, so findings come in a stable order whatever the hash map's layout.
template <typename Map> std::vector<typename Map::key_type> sortedKeys(const Map &m)
{
    std::vector<typename Map::key_type> keys;
    keys.reserve(m.size());
    for (const auto &kv : m)
        keys.push_back(kv.first);
    std::sort(keys.begin(), keys.end());
    return keys;
}

qint32 hiOf(quint64 key) { return qint32(quint32(key >> 32)); }
qint32 loOf(quint64 key) { return qint32(quint32(key)); }

QString runWords(const RunFact &r)
{
    return QStringLiteral("reconciliation run %1 of %2 at height %3").arg(r.id).arg(r.chain).arg(r.height);
}

} // namespace

Status addressWithoutOwner(CheckContext &c, RuleOutput &out)
{
    for (const AddressFact &a : c.inv.addresses) {
        if (a.owner == Owner::Unknown)
            out.add(c.addressName(a.id), QStringLiteral("Address %1 has no owner designation (client:<id>, omnibus or firm).").arg(c.addressName(a.id)));
        else if (a.owner == Owner::Client && a.client < 0)
            out.add(c.addressName(a.id),
                    QStringLiteral("Address %1 is designated to a client that is not in the register: its owner is unknown.").arg(c.addressName(a.id)));
        else if (a.owner == Owner::Client && a.clientIsFirm)
            out.add(c.addressName(a.id), QStringLiteral("Address %1 is designated as a segregated client address of the firm's own book; "
                                                        "designate it firm or give it to the client it serves.")
                                             .arg(c.addressName(a.id)));
    }
    for (const BreakFact &b : std::as_const(c.inv.lastRunBreaks)) {
        if (b.addressId || b.status == QLatin1String("resolved") || b.kind != QLatin1String("balance"))
            continue;
        const RunFact run = std::as_const(c.inv.lastRun).value(c.inv.assets.value(b.asset).chain);
        out.add(run.chain + QLatin1Char(':') + b.address,
                QStringLiteral("Address %1 holds %2 on chain at %3 but is not in the register: it has no owner designation (break %4).")
                    .arg(b.address, c.amount(b.chainBalance.baseUnits(), b.asset), runWords(run))
                    .arg(b.id));
    }
    return okStatus();
}

Status addressDesignatedTwice(CheckContext &c, RuleOutput &out)
{
    for (const auto &[first, second] : c.inv.duplicateAddresses) {
        const qint32 a = c.inv.addressAt(first), b = c.inv.addressAt(second);
        const QString ownerA = a >= 0 ? ownerWord(c.inv.addresses[size_t(a)].owner) : QString();
        const QString ownerB = b >= 0 ? ownerWord(c.inv.addresses[size_t(b)].owner) : QString();
        out.add(c.addressName(first), QStringLiteral("Address %1 is registered twice (as %1, %2, and as %3, %4): one address must have "
                                                     "exactly one owner designation.")
                                          .arg(c.addressName(first), ownerA, c.addressName(second), ownerB));
    }
    return okStatus();
}

Status clientAssetsAtFirmAddress(CheckContext &c, RuleOutput &out)
{
    for (quint64 key : sortedKeys(c.facts.clientAtFirm)) {
        const Spread &s = c.facts.clientAtFirm.at(key);
        const AddressFact &a = c.inv.addresses[size_t(hiOf(key))];
        out.add(c.addressName(a.id),
                QStringLiteral("Firm address %1 holds %2 client movements in %3 (first: movement %4 of client %5), netting %6 that the "
                               "register attributes to clients: client assets at a firm address.")
                    .arg(c.addressName(a.id))
                    .arg(s.count)
                    .arg(c.inv.assets.value(loOf(key)).code)
                    .arg(s.firstMovement)
                    .arg(c.clientCode(s.sampleClient), c.amount(s.amount, loOf(key))));
    }
    return okStatus();
}

Status otherClientAtSegregatedAddress(CheckContext &c, RuleOutput &out)
{
    for (qint32 ax : sortedKeys(c.facts.foreignAtSegregated)) {
        const Spread &s = c.facts.foreignAtSegregated.at(ax);
        const AddressFact &a = c.inv.addresses[size_t(ax)];
        out.add(c.addressName(a.id), QStringLiteral("Segregated address %1 of client %2 holds %3 movements of other clients (first: movement "
                                                    "%4 of client %5): client assets are commingled.")
                                         .arg(c.addressName(a.id), c.clientCode(a.client))
                                         .arg(s.count)
                                         .arg(s.firstMovement)
                                         .arg(c.clientCode(s.sampleClient)));
    }
    return okStatus();
}

Status firmFundsAtClientAddress(CheckContext &c, RuleOutput &out)
{
    for (quint64 key : sortedKeys(c.facts.firmAtClient)) {
        const Spread &s = c.facts.firmAtClient.at(key);
        const AddressFact &a = c.inv.addresses[size_t(hiOf(key))];
        out.add(c.addressName(a.id), QStringLiteral("%1 address %2 holds %3 movements of the firm's own book in %4 (first: movement %5), "
                                                    "netting %6: firm funds in a client address.")
                                         .arg(a.owner == Owner::Omnibus ? QStringLiteral("Omnibus") : QStringLiteral("Client"),
                                              c.addressName(a.id))
                                         .arg(s.count)
                                         .arg(c.inv.assets.value(loOf(key)).code)
                                         .arg(s.firstMovement)
                                         .arg(c.amount(s.amount, loOf(key))));
    }
    for (const BreakFact &b : std::as_const(c.inv.lastRunBreaks)) {
        if (b.kind != QLatin1String("balance") || b.status != QLatin1String("open") || !b.addressId || b.difference.baseUnits() <= 0)
            continue;
        const qint32 ax = c.inv.addressAt(*b.addressId);
        if (ax < 0 || c.inv.addresses[size_t(ax)].owner == Owner::Firm)
            continue;
        const RunFact run = std::as_const(c.inv.lastRun).value(c.inv.assets.value(b.asset).chain);
        out.add(c.addressName(*b.addressId),
                QStringLiteral("At %1, address %2 held %3 on chain against %4 of client positions recorded there: %5 more than the "
                               "clients' holdings, not explained (break %6 is open).")
                    .arg(runWords(run), c.addressName(*b.addressId), c.amount(b.chainBalance.baseUnits(), b.asset),
                         c.amount(b.registerBalance.baseUnits(), b.asset), c.amount(b.difference.baseUnits(), b.asset))
                    .arg(b.id));
    }
    return okStatus();
}

Status chainNotReconciled(CheckContext &c, RuleOutput &out)
{
    std::map<qint32, std::pair<qint64, qint64>> held; // asset -> (clients with a position, movements)
    c.facts.positions.forEach([&](qint32 ci, qint32 ai, const Sum &sum) {
        if (ci < 0 || ai < 0 || c.inv.clients[size_t(ci)].firm || sum.amount == 0)
            return;
        auto &h = held[ai];
        ++h.first;
        h.second += sum.count;
    });
    for (const auto &[ai, h] : held) {
        const AssetFact &asset = c.inv.assets[ai];
        if (c.inv.lastRun.contains(asset.chain))
            continue;
        out.add(QStringLiteral("chain:") + asset.chain + QStringLiteral("/") + asset.code,
                QStringLiteral("%1 clients hold positions in %2 but %3 has no completed reconciliation%4: whether these positions are held "
                               "on chain was not checked; run 'custosctl reconcile --chain %3'.")
                    .arg(h.first)
                    .arg(asset.code, asset.chain,
                         c.options.asOfEnd.isEmpty() ? QString() : QStringLiteral(" before %1").arg(c.options.asOfEnd)));
    }
    return okStatus();
}

Status positionNotBacked(CheckContext &c, RuleOutput &out)
{
    Facts &f = c.facts;
    // What the chain held at the run: the register's sums at the run plus each balance break's difference.
    std::unordered_map<quint64, int128> segregatedDiff; // (client, asset): the breaks at their segregated addresses
    std::unordered_map<quint64, int128> omnibus = f.omnibusAtRun;
    bool overflow = false;
    for (const BreakFact &b : std::as_const(c.inv.lastRunBreaks)) {
        if (b.kind != QLatin1String("balance") || !b.addressId || b.asset < 0)
            continue;
        const qint32 ax = c.inv.addressAt(*b.addressId);
        if (ax < 0)
            continue;
        const AddressFact &a = c.inv.addresses[size_t(ax)];
        int128 *slot = a.owner == Owner::Client && a.client >= 0 && !a.clientIsFirm ? &segregatedDiff[pairKey(a.client, b.asset)]
                       : a.owner == Owner::Omnibus                                  ? &omnibus[pairKey(ax, b.asset)]
                                                                                     : nullptr;
        if (slot && __builtin_add_overflow(*slot, b.difference.baseUnits(), slot))
            overflow = true;
    }
    if (overflow)
        return makeError(ErrorCode::Internal, QStringLiteral("a chain balance overflows the amount range"));

    // An omnibus address short of its clients' claims: one finding for the address; the clients'
    // shares are then taken at their claims (the shortfall is named where it is).
    for (quint64 key : sortedKeys(f.omnibusClaimsAt)) {
        const int128 claims = f.omnibusClaimsAt.at(key);
        const int128 chainHeld = omnibus.count(key) ? omnibus.at(key) : 0;
        if (claims <= 0 || chainHeld >= claims)
            continue;
        const qint32 ax = hiOf(key), ai = loOf(key);
        const RunFact run = std::as_const(c.inv.lastRun).value(c.inv.assets.value(ai).chain);
        out.add(c.addressName(c.inv.addresses[size_t(ax)].id),
                QStringLiteral("At %1, omnibus address %2 held %3 against %4 of client positions recorded there: the pooled clients are "
                               "short %5 in %6.")
                    .arg(runWords(run), c.addressName(c.inv.addresses[size_t(ax)].id), c.amount(chainHeld, ai), c.amount(claims, ai),
                         c.amount(claims - chainHeld, ai), c.inv.assets.value(ai).code));
    }
    f.positions.forEach([&](qint32 ci, qint32 ai, const Sum &sum) {
        const int128 position = sum.atRun;
        if (position <= 0)
            return;
        const auto diff = segregatedDiff.find(pairKey(ci, ai));
        int128 seg = sum.segregatedAtRun, heldTotal = 0;
        if ((diff != segregatedDiff.end() && __builtin_add_overflow(seg, diff->second, &seg))
            || __builtin_add_overflow(seg, sum.omnibusClaimAtRun, &heldTotal)) {
            overflow = true;
            return;
        }
        const int128 omni = sum.omnibusClaimAtRun;
        if (heldTotal >= position)
            return;
        const AssetFact &asset = c.inv.assets[ai];
        const RunFact run = std::as_const(c.inv.lastRun).value(asset.chain);
        out.add(QStringLiteral("client:%1/%2").arg(c.clientCode(ci), asset.code),
                QStringLiteral("At %1, client %2's position of %3 was held as %4 at their segregated addresses and %5 in omnibus "
                               "addresses: %6 short (the position is not backed).")
                    .arg(runWords(run), c.clientCode(ci), c.amount(position, ai), c.amount(seg, ai), c.amount(omni, ai),
                         c.amount(position - heldTotal, ai)));
    });
    if (overflow)
        return makeError(ErrorCode::Internal, QStringLiteral("a client's holdings overflow the amount range"));
    return okStatus();
}

Status firmClientTransfer(CheckContext &c, RuleOutput &out)
{
    if (c.facts.firmClientCandidates.empty())
        return okStatus();
    auto st = c.r.db().prepare("SELECT m.kind, m.tx_hash, m.client_id, m.address_id, m.amount, m.asset_id FROM movements m WHERE m.id = ?");
    if (!st.ok())
        return st.error();
    for (qint64 id : c.facts.firmClientCandidates) {
        st->bind(1, id);
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (*row) {
            const qint32 ai = c.inv.assetIndex.value(st->columnInt(5), -1);
            auto amount = Amount::parseBaseUnits(st->columnTextView(4));
            out.add(QStringLiteral("movement:%1").arg(id),
                    QStringLiteral("Transaction %1 moves assets between a firm address and %2 (movement %3: %4 of %5 for client %6), but "
                                   "the client side is recorded as a %7, not as a fee or a withdrawal.")
                        .arg(st->columnText(1), c.addressName(st->columnInt(3)))
                        .arg(id)
                        .arg(st->columnText(0), amount.ok() ? c.amount(magnitude(amount->baseUnits()), ai) : st->columnText(4),
                             c.clientCode(c.inv.clientAt(st->columnInt(2))), st->columnText(0)));
        }
        st->reset();
    }
    return okStatus();
}

} // namespace custos::segregation
