#include "ledger/Queries.h"

#include "ledger/Positions.h"
#include "ledger/Reference.h"
#include "ledger/ScalarQuery.h"
#include "ledger/Totals.h"
#include "register/Database.h"
#include "register/Register.h"

#include <QHash>

namespace custos::ledger {

namespace {

// Steps a prepared statement to its end, calling fn for every row.
template <typename Fn> Status eachRow(reg::Statement &st, Fn &&fn)
{
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return okStatus();
        fn(st);
    }
}

QString likePattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('%');
    for (QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

// One client's movements in one asset, newest first. "occurred_at <= ?4" bounds the index range
// of movements_client_asset; the OR then skips the rows of that same instant already shown.
// ORDER BY follows the index backwards (the rowid is its last column): no sort step.
#define CUSTOS_MOVEMENT_SELECT                                                                                                             \
    "SELECT m.id, m.amount, m.kind, m.occurred_at, m.recorded_at, ad.chain, ad.address, m.tx_hash, "                                       \
    "m.block_height, m.corrects, m.withdrawal_id, m.note FROM movements m "                                                                \
    "LEFT JOIN addresses ad ON ad.id = m.address_id WHERE m.client_id = ?1 AND m.asset_id = ?2 "
constexpr const char *kFirstMovements = CUSTOS_MOVEMENT_SELECT "ORDER BY m.occurred_at DESC, m.id DESC LIMIT ?3";
constexpr const char *kNextMovements =
    CUSTOS_MOVEMENT_SELECT "AND m.occurred_at <= ?4 AND (m.occurred_at < ?4 OR m.id < ?5) ORDER BY m.occurred_at DESC, m.id DESC LIMIT ?3";
#undef CUSTOS_MOVEMENT_SELECT

Error malformed(const QString &what)
{
    return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds a malformed %1").arg(what));
}

} // namespace

Result<RegisterCounts> registerCounts(reg::Register &r)
{
    reg::Database &db = r.db();
    RegisterCounts c;
    auto clients = scalarInt(db, "SELECT count(*) FROM clients WHERE is_firm = 0");
    auto movements = keptMovementCount(db);
    auto assets = scalarInt(db, "SELECT count(*) FROM assets");
    auto keySets = scalarInt(db, "SELECT count(*) FROM keysets");
    for (const auto *res : {&clients, &movements, &assets, &keySets})
        if (!res->ok())
            return res->error();
    c.clients = *clients;
    c.movements = *movements;
    c.assets = *assets;
    c.keySets = *keySets;
    auto st = db.prepare("SELECT owner, count(*) FROM addresses GROUP BY owner");
    if (!st.ok())
        return st.error();
    CUSTOS_TRY(eachRow(*st, [&](const reg::Statement &s) {
        const QByteArrayView owner = s.columnTextView(0);
        if (owner == "client")
            c.clientAddresses = s.columnInt(1);
        else if (owner == "omnibus")
            c.omnibusAddresses = s.columnInt(1);
        else if (owner == "firm")
            c.firmAddresses = s.columnInt(1);
    }));
    return c;
}

Result<QList<AssetHoldings>> holdingsPerAsset(reg::Register &r)
{
    return keptHoldings(r);
}

Result<AuditHead> auditHead(reg::Database &db)
{
    AuditHead h;
    auto count = scalarInt(db, "SELECT count(*) FROM audit_log");
    if (!count.ok())
        return count.error();
    h.entries = *count;
    auto st = db.prepare("SELECT seq, hash, at, actor, action FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!st.ok())
        return st.error();
    CUSTOS_TRY(eachRow(*st, [&](const reg::Statement &s) {
        h.lastSeq = s.columnInt(0);
        h.head = s.columnText(1);
        h.lastAt = s.columnText(2);
        h.lastActor = s.columnText(3);
        h.lastAction = s.columnText(4);
    }));
    return h;
}

Result<QList<audit::AuditEntry>> auditEntriesBefore(reg::Database &db, qint64 beforeSeq, int limit)
{
    auto st = db.prepare("SELECT seq, at, actor, action, payload, prev_hash, hash FROM audit_log "
                         "WHERE seq < ? ORDER BY seq DESC LIMIT ?");
    if (!st.ok())
        return st.error();
    st->bind(1, beforeSeq).bind(2, limit);
    QList<audit::AuditEntry> out;
    CUSTOS_TRY(eachRow(*st, [&](const reg::Statement &s) {
        out.append(audit::AuditEntry{s.columnInt(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnTextView(4).toByteArray(),
                                     s.columnText(5), s.columnText(6)});
    }));
    return out;
}

Result<QList<ClientSummary>> clientsAfter(reg::Register &r, qint64 afterId, int limit, const QString &search)
{
    const char *all = "SELECT c.id, c.code, c.name, c.lei, c.lang, c.created_at, "
                      "(SELECT count(*) FROM addresses a WHERE a.client_id = c.id), "
                      "(SELECT count(*) FROM positions p WHERE p.client_id = c.id), "
                      "(SELECT ifnull(sum(p.movement_count), 0) FROM positions p WHERE p.client_id = c.id) "
                      "FROM clients c WHERE c.is_firm = 0 AND c.id > ?1 ORDER BY c.id LIMIT ?2";
    const char *matching = "SELECT c.id, c.code, c.name, c.lei, c.lang, c.created_at, "
                           "(SELECT count(*) FROM addresses a WHERE a.client_id = c.id), "
                           "(SELECT count(*) FROM positions p WHERE p.client_id = c.id), "
                           "(SELECT ifnull(sum(p.movement_count), 0) FROM positions p WHERE p.client_id = c.id) "
                           "FROM clients c WHERE c.is_firm = 0 AND c.id > ?1 AND (c.code LIKE ?3 ESCAPE '\\' "
                           "OR c.name LIKE ?3 ESCAPE '\\' OR ifnull(c.lei, '') LIKE ?3 ESCAPE '\\') ORDER BY c.id LIMIT ?2";
    const QString needle = search.trimmed();
    auto st = r.db().prepare(needle.isEmpty() ? all : matching);
    if (!st.ok())
        return st.error();
    st->bind(1, afterId).bind(2, limit);
    if (!needle.isEmpty())
        st->bind(3, likePattern(needle));
    QList<ClientSummary> out;
    CUSTOS_TRY(eachRow(*st, [&](const reg::Statement &s) {
        ClientSummary c;
        c.client = Client{s.columnInt(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnText(4), false, s.columnText(5)};
        c.addresses = s.columnInt(6);
        c.assets = s.columnInt(7);
        c.movements = s.columnInt(8);
        out.append(c);
    }));
    return out;
}

Result<QList<Address>> addressesOfClient(reg::Register &r, qint64 clientId)
{
    auto st = r.db().prepare("SELECT a.id, a.chain, a.address, a.owner, c.code, a.client_id, k.name, a.label "
                             "FROM addresses a JOIN keysets k ON k.id = a.keyset_id JOIN clients c ON c.id = a.client_id "
                             "WHERE a.client_id = ? ORDER BY a.id");
    if (!st.ok())
        return st.error();
    st->bind(1, clientId);
    QList<Address> out;
    CUSTOS_TRY(eachRow(*st, [&](const reg::Statement &s) {
        out.append(Address{s.columnInt(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnText(4), s.columnOptionalInt(5),
                           s.columnText(6), s.columnText(7)});
    }));
    return out;
}

Result<QList<ClientAsset>> clientAssets(reg::Register &r, qint64 clientId)
{
    auto st = r.db().prepare("SELECT p.asset_id, a.code, a.decimals, p.movement_count FROM positions p "
                             "JOIN assets a ON a.id = p.asset_id WHERE p.client_id = ? ORDER BY a.code");
    if (!st.ok())
        return st.error();
    st->bind(1, clientId);
    QList<ClientAsset> out;
    CUSTOS_TRY(eachRow(*st, [&](const reg::Statement &s) {
        out.append(ClientAsset{s.columnInt(0), s.columnText(1), int(s.columnInt(2)), s.columnInt(3)});
    }));
    return out;
}

Result<QList<MovementRow>> clientMovements(reg::Register &r, qint64 clientId, const ClientAsset &asset, const MovementCursor &after,
                                           int limit)
{
    auto st = r.db().prepare(after.start ? kFirstMovements : kNextMovements);
    if (!st.ok())
        return st.error();
    st->bind(1, clientId).bind(2, asset.assetId).bind(3, limit);
    if (!after.start)
        st->bind(4, after.occurredAt).bind(5, after.id);
    QList<MovementRow> out;
    bool bad = false;
    CUSTOS_TRY(eachRow(*st, [&](const reg::Statement &s) {
        auto amount = Amount::parseBaseUnits(s.columnTextView(1));
        if (!amount.ok()) {
            bad = true;
            return;
        }
        MovementRow m;
        m.id = s.columnInt(0);
        m.asset = asset.asset;
        m.decimals = asset.decimals;
        m.amount = *amount;
        m.kind = s.columnText(2);
        m.occurredAt = s.columnText(3);
        m.recordedAt = s.columnText(4);
        m.chain = s.columnText(5);
        m.address = s.columnText(6);
        m.txHash = s.columnText(7);
        m.blockHeight = s.columnOptionalInt(8);
        m.corrects = s.columnOptionalInt(9);
        m.withdrawalId = s.columnOptionalInt(10);
        m.note = s.columnText(11);
        out.append(m);
    }));
    if (bad)
        return malformed(QStringLiteral("movement amount for client %1 in %2").arg(clientId).arg(asset.asset));
    return out;
}

} // namespace custos::ledger
