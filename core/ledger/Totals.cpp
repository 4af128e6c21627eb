#include "ledger/Totals.h"

#include "ledger/Positions.h"
#include "ledger/Reference.h"
#include "ledger/ScalarQuery.h"
#include "register/Database.h"
#include "register/Register.h"

#include <QSet>

namespace custos::ledger {

namespace {

Error malformed(const QString &what)
{
    return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds a malformed %1; run `custosctl check` or restore a backup").arg(what));
}

Error overflow()
{
    return makeError(ErrorCode::BadInput, QStringLiteral("a total of positions would leave the range of ±(2^127-1) base units"));
}

Result<Amount> parseColumn(const reg::Statement &st, int col, const QString &what)
{
    auto a = Amount::parseBaseUnits(st.columnTextView(col));
    if (!a.ok())
        return malformed(what);
    return *a;
}

struct AssetDelta {
    Amount clients;
    Amount firm;
    qint64 holding = 0;
    qint64 movements = 0;
};

Status addTo(Amount &sum, const Amount &delta)
{
    const auto next = sum.checkedAdd(delta);
    if (!next)
        return overflow();
    sum = *next;
    return okStatus();
}

} // namespace

Result<qint64> scalarInt(reg::Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return *row ? st->columnInt(0) : qint64(0);
}

Status applyPositionChanges(reg::Database &db, const QList<PositionChange> &changes)
{
    if (changes.isEmpty())
        return okStatus();
    auto firmOf = db.prepare("SELECT is_firm FROM clients WHERE id = ?");
    auto held = db.prepare("SELECT asset_id FROM positions WHERE client_id = ? AND balance <> '0'");
    if (!firmOf.ok() || !held.ok())
        return !firmOf.ok() ? firmOf.error() : held.error();

    QHash<qint64, bool> firm;                       // client id -> is the firm
    QHash<qint64, QList<PositionChange>> byClient;  // client id -> its changes
    QHash<qint64, AssetDelta> byAsset;
    for (const PositionChange &c : changes) {
        if (!firm.contains(c.clientId)) {
            firmOf->bind(1, c.clientId);
            auto row = firmOf->step();
            if (!row.ok())
                return row.error();
            firm.insert(c.clientId, *row && firmOf->columnInt(0) != 0);
            firmOf->reset();
        }
        const bool isFirm = firm.value(c.clientId);
        AssetDelta &d = byAsset[c.assetId];
        const auto delta = c.after.checkedSub(c.before);
        if (!delta)
            return overflow();
        CUSTOS_TRY(addTo(isFirm ? d.firm : d.clients, *delta));
        if (!isFirm)
            d.holding += int(!c.after.isZero()) - int(!c.before.isZero());
        d.movements += c.movements;
        if (!isFirm)
            byClient[c.clientId].append(c);
    }

    // A client holds when any of its positions is non-zero: after the write, the positions say
    // so; before it, the unchanged positions plus the changed ones' earlier balances.
    qint64 holdingDelta = 0;
    for (auto it = byClient.constBegin(); it != byClient.constEnd(); ++it) {
        QSet<qint64> changed;
        bool before = false;
        for (const PositionChange &c : *it) {
            changed.insert(c.assetId);
            before = before || !c.before.isZero();
        }
        bool after = false;
        held->bind(1, it.key());
        while (true) {
            auto row = held->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                break;
            after = true;
            if (!changed.contains(held->columnInt(0)))
                before = true;
        }
        held->reset();
        holdingDelta += int(after) - int(before);
    }

    auto read = db.prepare("SELECT clients, firm, clients_holding, movement_count FROM asset_totals WHERE asset_id = ?");
    auto write = db.prepare("INSERT OR REPLACE INTO asset_totals(asset_id, clients, firm, clients_holding, movement_count) VALUES (?,?,?,?,?)");
    if (!read.ok() || !write.ok())
        return !read.ok() ? read.error() : write.error();
    for (auto it = byAsset.constBegin(); it != byAsset.constEnd(); ++it) {
        read->bind(1, it.key());
        auto row = read->step();
        if (!row.ok())
            return row.error();
        Amount clients, firmTotal;
        qint64 holding = 0, movements = 0;
        if (*row) {
            auto c = parseColumn(*read, 0, QStringLiteral("client total"));
            auto f = parseColumn(*read, 1, QStringLiteral("firm total"));
            if (!c.ok() || !f.ok())
                return !c.ok() ? c.error() : f.error();
            clients = *c;
            firmTotal = *f;
            holding = read->columnInt(2);
            movements = read->columnInt(3);
        }
        read->reset();
        CUSTOS_TRY(addTo(clients, it->clients));
        CUSTOS_TRY(addTo(firmTotal, it->firm));
        write->bind(1, it.key()).bind(2, clients.toBaseUnits()).bind(3, firmTotal.toBaseUnits()).bind(4, holding + it->holding)
            .bind(5, movements + it->movements);
        CUSTOS_TRY(write->run());
    }
    if (holdingDelta != 0) {
        auto upd = db.prepare("UPDATE register_totals SET value = value + ? WHERE name = 'holding_clients'");
        if (!upd.ok())
            return upd.error();
        upd->bind(1, holdingDelta);
        CUSTOS_TRY(upd->run());
    }
    return okStatus();
}

Status rebuildTotals(reg::Database &db)
{
    QHash<qint64, AssetDelta> byAsset;
    auto assets = db.prepare("SELECT id FROM assets");
    if (!assets.ok())
        return assets.error();
    while (true) {
        auto row = assets->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        byAsset.insert(assets->columnInt(0), AssetDelta{});
    }
    auto st = db.prepare("SELECT p.asset_id, p.balance, p.movement_count, c.is_firm FROM positions p JOIN clients c ON c.id = p.client_id");
    if (!st.ok())
        return st.error();
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        auto balance = parseColumn(*st, 1, QStringLiteral("position balance"));
        if (!balance.ok())
            return balance.error();
        AssetDelta &d = byAsset[st->columnInt(0)];
        const bool isFirm = st->columnInt(3) != 0;
        CUSTOS_TRY(addTo(isFirm ? d.firm : d.clients, *balance));
        if (!isFirm && !balance->isZero())
            ++d.holding;
        d.movements += st->columnInt(2);
    }
    CUSTOS_TRY(db.exec("DELETE FROM asset_totals"));
    auto write = db.prepare("INSERT INTO asset_totals(asset_id, clients, firm, clients_holding, movement_count) VALUES (?,?,?,?,?)");
    if (!write.ok())
        return write.error();
    for (auto it = byAsset.constBegin(); it != byAsset.constEnd(); ++it) {
        write->bind(1, it.key()).bind(2, it->clients.toBaseUnits()).bind(3, it->firm.toBaseUnits()).bind(4, it->holding).bind(5, it->movements);
        CUSTOS_TRY(write->run());
    }
    return db.exec("DELETE FROM register_totals WHERE name = 'holding_clients'; "
                   "INSERT INTO register_totals(name, value) SELECT 'holding_clients', count(*) FROM clients c WHERE c.is_firm = 0 "
                   "AND EXISTS (SELECT 1 FROM positions p WHERE p.client_id = c.id AND p.balance <> '0')");
}

Result<QList<AssetHoldings>> keptHoldings(reg::Register &r)
{
    auto st = r.db().prepare("SELECT a.code, a.decimals, ifnull(t.clients, '0'), ifnull(t.firm, '0'), ifnull(t.clients_holding, 0) "
                             "FROM assets a LEFT JOIN asset_totals t ON t.asset_id = a.id ORDER BY a.code");
    if (!st.ok())
        return st.error();
    QList<AssetHoldings> out;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        auto clients = parseColumn(*st, 2, QStringLiteral("client total"));
        auto firmTotal = parseColumn(*st, 3, QStringLiteral("firm total"));
        if (!clients.ok() || !firmTotal.ok())
            return !clients.ok() ? clients.error() : firmTotal.error();
        out.append(AssetHoldings{st->columnText(0), int(st->columnInt(1)), *clients, *firmTotal, st->columnInt(4)});
    }
}

Result<QList<AssetHoldings>> summedHoldings(reg::Register &r)
{
    auto assets = listAssets(r);
    if (!assets.ok())
        return assets.error();
    QList<AssetHoldings> out;
    QHash<QString, qsizetype> index;
    for (const Asset &a : *assets) {
        index.insert(a.code, out.size());
        out.append(AssetHoldings{a.code, a.decimals, {}, {}, 0});
    }
    bool overflowed = false;
    auto add = [&](const Position &p, bool isFirm) {
        const auto it = index.constFind(p.asset);
        if (it == index.constEnd())
            return;
        AssetHoldings &h = out[*it];
        Amount &sum = isFirm ? h.firm : h.clients;
        if (auto next = sum.checkedAdd(p.balance))
            sum = *next;
        else
            overflowed = true;
        if (!isFirm && !p.balance.isZero())
            ++h.clientsHolding;
    };
    CUSTOS_TRY(forEachPosition(r, PositionQuery{}, [&](const Position &p) { add(p, false); }));
    PositionQuery firmQuery;
    firmQuery.client = QStringLiteral("firm");
    CUSTOS_TRY(forEachPosition(r, firmQuery, [&](const Position &p) { add(p, true); }));
    if (overflowed)
        return makeError(ErrorCode::Internal, QStringLiteral("a total of positions overflows the amount range"));
    return out;
}

Result<qint64> keptMovementCount(reg::Database &db)
{
    return scalarInt(db, "SELECT ifnull(sum(movement_count), 0) FROM asset_totals");
}

Result<qint64> holdingClients(reg::Database &db)
{
    return scalarInt(db, "SELECT ifnull(max(value), 0) FROM register_totals WHERE name = 'holding_clients'");
}

Result<qint64> statementsDueKept(reg::Database &db, const QString &period)
{
    auto holding = holdingClients(db);
    if (!holding.ok())
        return holding.error();
    auto st = db.prepare("SELECT count(DISTINCT s.client_id) FROM statements s JOIN clients c ON c.id = s.client_id "
                         "WHERE s.period = ?1 AND c.is_firm = 0 "
                         "AND EXISTS (SELECT 1 FROM positions p WHERE p.client_id = s.client_id AND p.balance <> '0')");
    if (!st.ok())
        return st.error();
    st->bind(1, period);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    const qint64 covered = *row ? st->columnInt(0) : 0;
    return *holding - covered;
}

} // namespace custos::ledger
