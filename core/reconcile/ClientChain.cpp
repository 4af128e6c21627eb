#include "reconcile/ClientChain.h"

#include "ledger/ScalarQuery.h"
#include "reconcile/ReconQueries.h"
#include "register/Register.h"

#include <QHash>

#include <optional>

namespace custos::reconcile {

namespace {

Error malformed(const QString &what)
{
    return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds a malformed %1; restore a backup of the register").arg(what));
}

Error overflow()
{
    return makeError(ErrorCode::Internal, QStringLiteral("a client's position at the last run overflows the amount range"));
}

// The run as the client page needs it: the last movement it had seen.
struct RunPin {
    RunRecord run;
    qint64 lastMovement = 0;
};

Result<std::optional<RunPin>> pinOf(reg::Register &r, const QString &chain)
{
    auto run = latestRun(r, chain);
    if (!run.ok())
        return run.error();
    if (!*run)
        return std::optional<RunPin>();
    auto st = r.db().prepare("SELECT last_movement FROM recon_runs WHERE id = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, (*run)->id);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return std::optional<RunPin>(RunPin{**run, *row ? st->columnInt(0) : 0});
}

// The sum of the client's movements in the asset recorded after movement `after`. Either walk the
// client's index range (movements_client_asset: `count` entries) or the rowid range after the run
// (every client's movements since): whichever is shorter.
Result<Amount> movementsAfter(reg::Database &db, qint64 clientId, qint64 assetId, qint64 after, qint64 count)
{
    auto top = ledger::scalarInt(db, "SELECT ifnull(max(id), 0) FROM movements");
    if (!top.ok())
        return top.error();
    const qint64 since = *top - after;
    const char *byClient = "SELECT amount FROM movements INDEXED BY movements_client_asset WHERE client_id = ? AND asset_id = ? AND id > ?";
    const char *byRowid = "SELECT amount FROM movements WHERE +client_id = ? AND +asset_id = ? AND id > ?";
    auto st = db.prepare(since < count ? byRowid : byClient);
    if (!st.ok())
        return st.error();
    st->bind(1, clientId).bind(2, assetId).bind(3, after);
    Amount sum;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return sum;
        auto a = Amount::parseBaseUnits(st->columnTextView(0));
        if (!a.ok())
            return malformed(QStringLiteral("movement amount"));
        const auto next = sum.checkedAdd(*a);
        if (!next)
            return overflow();
        sum = *next;
    }
}

} // namespace

Result<QList<ClientChainPosition>> clientChainPositions(reg::Register &r, const QString &clientCode)
{
    reg::Database &db = r.db();
    auto client = db.prepare("SELECT id FROM clients WHERE code = ?");
    if (!client.ok())
        return client.error();
    client->bind(1, clientCode);
    auto found = client->step();
    if (!found.ok())
        return found.error();
    if (!*found)
        return makeError(ErrorCode::BadInput, QStringLiteral("unknown client '%1'; choose a client from the list").arg(clientCode));
    const qint64 clientId = client->columnInt(0);

    // The client's own addresses, per chain (an omnibus address has no client).
    QHash<QString, QList<qint64>> addresses;
    auto own = db.prepare("SELECT id, chain FROM addresses WHERE client_id = ?");
    if (!own.ok())
        return own.error();
    own->bind(1, clientId);
    while (true) {
        auto row = own->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        addresses[own->columnText(1)].append(own->columnInt(0));
    }

    auto positions = db.prepare("SELECT p.asset_id, a.code, a.chain, a.decimals, p.balance, p.last_movement_id, p.movement_count "
                                "FROM positions p JOIN assets a ON a.id = p.asset_id WHERE p.client_id = ? ORDER BY a.code");
    auto breaks = db.prepare("SELECT difference FROM recon_breaks WHERE address_id = ? AND run_id = ? AND kind = 'balance' AND asset_id = ?");
    if (!positions.ok() || !breaks.ok())
        return !positions.ok() ? positions.error() : breaks.error();
    positions->bind(1, clientId);
    QHash<QString, std::optional<RunPin>> pins; // chain -> its latest run
    QList<ClientChainPosition> out;
    while (true) {
        auto row = positions->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        ClientChainPosition p;
        const qint64 assetId = positions->columnInt(0);
        p.asset = positions->columnText(1);
        const QString chain = positions->columnText(2);
        p.decimals = int(positions->columnInt(3));
        auto balance = Amount::parseBaseUnits(positions->columnTextView(4));
        if (!balance.ok())
            return malformed(QStringLiteral("position balance"));
        const qint64 lastMovement = positions->columnInt(5);
        const qint64 movementCount = positions->columnInt(6);
        if (!pins.contains(chain)) {
            auto pin = pinOf(r, chain);
            if (!pin.ok())
                return pin.error();
            pins.insert(chain, *pin);
        }
        const std::optional<RunPin> &pin = pins[chain];
        if (!pin) {
            out.append(p);
            continue;
        }
        p.runId = pin->run.id;
        p.height = pin->run.height;
        p.runFinishedAt = pin->run.finishedAt;
        if (pin->run.status == QLatin1String("incomplete")) {
            p.state = ClientChainPosition::State::Incomplete;
            out.append(p);
            continue;
        }
        const QList<qint64> ownOnChain = addresses.value(chain);
        if (ownOnChain.isEmpty()) {
            p.state = ClientChainPosition::State::Omnibus;
            out.append(p);
            continue;
        }
        p.registerAtRun = *balance;
        if (lastMovement > pin->lastMovement) {
            auto later = movementsAfter(db, clientId, assetId, pin->lastMovement, movementCount);
            if (!later.ok())
                return later.error();
            const auto atRun = balance->checkedSub(*later);
            if (!atRun)
                return overflow();
            p.registerAtRun = *atRun;
        }
        for (qint64 addressId : ownOnChain) {
            breaks->bind(1, addressId).bind(2, pin->run.id).bind(3, assetId);
            while (true) {
                auto b = breaks->step();
                if (!b.ok())
                    return b.error();
                if (!*b)
                    break;
                auto diff = Amount::parseBaseUnits(breaks->columnTextView(0));
                if (!diff.ok())
                    return malformed(QStringLiteral("break difference"));
                const auto next = p.difference.checkedAdd(*diff);
                if (!next)
                    return overflow();
                p.difference = *next;
                ++p.breaks;
            }
            breaks->reset();
        }
        const auto onChain = p.registerAtRun.checkedAdd(p.difference);
        if (!onChain)
            return overflow();
        p.chain = *onChain;
        p.state = ClientChainPosition::State::Measured;
        out.append(p);
    }
    return out;
}

} // namespace custos::reconcile
