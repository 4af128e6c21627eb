#pragma once
// Read-only queries for screens: counts, pages of clients, one client's addresses and
// movements, pages of the audit log. Every page query walks an index (keyset pagination), so
// a page costs the same at 100,000 clients or 10,000,000 movements; nothing here counts or
// loads a whole large table.

#include "audit/AuditLog.h"
#include "ledger/Types.h"
#include "money/Amount.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace custos::reg {
class Register;
class Database;
} // namespace custos::reg

namespace custos::ledger {

struct RegisterCounts {
    qint64 clients = 0;         // without the firm
    qint64 clientAddresses = 0; // owner client:<id>
    qint64 omnibusAddresses = 0;
    qint64 firmAddresses = 0;
    qint64 movements = 0; // every movement, from the positions' movement counts
    qint64 assets = 0;
    qint64 keySets = 0;
};
Result<RegisterCounts> registerCounts(reg::Register &r);

// Client positions (summed over every client) and the firm's own positions, per asset, as kept
// incrementally in asset_totals (ledger/Totals.h): a read of one row per asset.
struct AssetHoldings {
    QString asset; // CHAIN:SYM
    int decimals = 0;
    Amount clients;
    Amount firm;
    qint64 clientsHolding = 0; // clients with a non-zero balance
};
Result<QList<AssetHoldings>> holdingsPerAsset(reg::Register &r);

struct AuditHead {
    qint64 entries = 0;
    qint64 lastSeq = 0;
    QString head; // hash of the last entry; empty when the log is empty
    QString lastAt;
    QString lastActor;
    QString lastAction;
};
Result<AuditHead> auditHead(reg::Database &db);

// Audit entries with seq below beforeSeq, newest first.
Result<QList<audit::AuditEntry>> auditEntriesBefore(reg::Database &db, qint64 beforeSeq, int limit);

// Narrows the audit log: an exact action and actor, and a range of UTC days (inclusive). Empty
// fields do not narrow. Dates are YYYY-MM-DD; anything else is BadInput.
struct AuditFilter {
    QString action;
    QString actor;
    QString fromDay;
    QString toDay;
    bool isEmpty() const { return action.isEmpty() && actor.isEmpty() && fromDay.isEmpty() && toDay.isEmpty(); }
};
// As above, keeping only the entries the filter lets through (still newest first, by seq).
Result<QList<audit::AuditEntry>> auditEntriesBefore(reg::Database &db, qint64 beforeSeq, int limit, const AuditFilter &filter);
// The actions and actors the log holds, sorted, for choosing a filter.
Result<QStringList> auditActions(reg::Database &db);
Result<QStringList> auditActors(reg::Database &db);

struct ClientSummary {
    Client client;
    qint64 addresses = 0;
    qint64 assets = 0; // assets with at least one movement
    qint64 movements = 0;
};
// Clients (not the firm) with id above afterId, in id order. A non-empty search keeps the
// clients whose id, name or LEI contains it (ASCII case-insensitive).
Result<QList<ClientSummary>> clientsAfter(reg::Register &r, qint64 afterId, int limit, const QString &search = {});

// The client's addresses, in id order.
Result<QList<Address>> addressesOfClient(reg::Register &r, qint64 clientId);

// The assets a client has movements in (one position row each).
struct ClientAsset {
    qint64 assetId = 0;
    QString asset;
    int decimals = 0;
    qint64 movements = 0;
};
Result<QList<ClientAsset>> clientAssets(reg::Register &r, qint64 clientId);

struct MovementRow {
    qint64 id = 0;
    QString asset;
    int decimals = 0;
    Amount amount;
    QString kind;
    QString occurredAt;
    QString recordedAt;
    QString chain; // of the address, empty for an adjustment without one
    QString address;
    QString txHash;
    std::optional<qint64> blockHeight;
    std::optional<qint64> corrects;
    std::optional<qint64> withdrawalId;
    QString note;
};

// Position in a newest-first walk over (occurred_at, id).
struct MovementCursor {
    bool start = true; // before the newest movement
    QString occurredAt;
    qint64 id = 0;
    static MovementCursor after(const MovementRow &m) { return MovementCursor{false, m.occurredAt, m.id}; }
};

// The next movements of one client in one asset after the cursor, newest first (by occurred_at,
// then id), through the index movements_client_asset.
Result<QList<MovementRow>> clientMovements(reg::Register &r, qint64 clientId, const ClientAsset &asset, const MovementCursor &after,
                                           int limit);

} // namespace custos::ledger
