#include "ledger/MovementWriter.h"

#include "audit/AuditLog.h"
#include "ledger/Totals.h"

namespace custos::ledger {

std::optional<qint64> txKeyOf(QByteArrayView h)
{
    if (h.startsWith("0x"))
        h = h.sliced(2);
    if (h.size() < 16)
        return std::nullopt;
    quint64 v = 0;
    for (qsizetype i = 0; i < 16; ++i) {
        const char c = h[i];
        const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return std::nullopt;
        v = (v << 4) | quint64(d);
    }
    return qint64(v);
}

bool isMovementKind(QByteArrayView k)
{
    return k == "deposit" || k == "withdrawal" || k == "fee" || k == "adjustment" || k == "transfer";
}

int requiredSign(QByteArrayView k)
{
    if (k == "deposit")
        return 1;
    if (k == "withdrawal" || k == "fee")
        return -1;
    return 0;
}

MovementWriter::MovementWriter(reg::Database &db, std::optional<qint64> batchId) : m_db(db), m_batchId(batchId) {}

Status MovementWriter::prepare()
{
    auto st = m_db.prepare("INSERT INTO movements(client_id, asset_id, amount, kind, occurred_at, recorded_at, address_id, "
                           "tx_hash, block_height, corrects, withdrawal_id, batch_id, note, tx_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st.ok())
        return st.error();
    m_insert = std::move(*st);
    return okStatus();
}

Result<qint64> MovementWriter::add(const MovementRecord &m)
{
    const QByteArray amount = m.amount.toBaseUnits().toLatin1();
    m_insert.bind(1, m.clientId).bind(2, m.assetId).bindText(3, amount).bindText(4, m.kind).bindText(5, m.occurredAt)
        .bindText(6, m.recordedAt).bindOptional(7, m.addressId);
    if (m.txHash.isEmpty())
        m_insert.bindNull(8);
    else
        m_insert.bindText(8, m.txHash);
    m_insert.bindOptional(9, m.blockHeight).bindOptional(10, m.corrects).bindOptional(11, m.withdrawalId).bindOptional(12, m_batchId);
    if (m.note.isEmpty())
        m_insert.bindNull(13);
    else
        m_insert.bindText(13, m.note);
    m_insert.bindOptional(14, txKeyOf(m.txHash));
    CUSTOS_TRY(m_insert.run());
    const qint64 id = m_db.lastInsertId();
    if (m_first == 0)
        m_first = id;
    m_last = id;

    MovementFields f;
    f.id = id;
    f.clientId = m.clientId;
    f.assetId = m.assetId;
    f.amount = amount;
    f.kind = m.kind;
    f.occurredAt = m.occurredAt;
    f.recordedAt = m.recordedAt;
    f.addressId = m.addressId;
    f.txHash = m.txHash;
    f.blockHeight = m.blockHeight;
    f.corrects = m.corrects;
    f.withdrawalId = m.withdrawalId;
    f.batchId = m_batchId;
    f.note = m.note;
    m_digest.add(f);

    Delta &d = m_deltas[qMakePair(m.clientId, m.assetId)];
    auto sum = d.sum.checkedAdd(m.amount);
    if (!sum)
        return makeError(ErrorCode::BadInput, QStringLiteral("the position would leave the range of ±(2^127-1) base units"));
    d.sum = *sum;
    d.count += 1;
    d.lastId = id;
    return id;
}

Status MovementWriter::finish(const QString &actor, const QString &action, QJsonObject payload)
{
    auto read = m_db.prepare("SELECT balance, movement_count FROM positions WHERE client_id = ? AND asset_id = ?");
    auto write = m_db.prepare("INSERT OR REPLACE INTO positions(client_id, asset_id, balance, movement_count, last_movement_id) "
                              "VALUES (?,?,?,?,?)");
    if (!read.ok() || !write.ok())
        return !read.ok() ? read.error() : write.error();
    QList<PositionChange> changes;
    changes.reserve(m_deltas.size());
    for (auto it = m_deltas.constBegin(); it != m_deltas.constEnd(); ++it) {
        read->bind(1, it.key().first).bind(2, it.key().second);
        auto row = read->step();
        if (!row.ok())
            return row.error();
        Amount balance;
        qint64 count = 0;
        if (*row) {
            auto b = Amount::parseBaseUnits(read->columnTextView(0));
            if (!b.ok())
                return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds a malformed position balance"));
            balance = *b;
            count = read->columnInt(1);
        }
        read->reset();
        auto sum = balance.checkedAdd(it->sum);
        if (!sum)
            return makeError(ErrorCode::BadInput, QStringLiteral("a position would leave the range of ±(2^127-1) base units"));
        write->bind(1, it.key().first).bind(2, it.key().second).bind(3, sum->toBaseUnits()).bind(4, count + it->count).bind(5, it->lastId);
        CUSTOS_TRY(write->run());
        changes.append(PositionChange{it.key().first, it.key().second, balance, *sum, it->count});
    }
    // The per-asset totals and the holding-clients count move with the positions, in this transaction.
    CUSTOS_TRY(applyPositionChanges(m_db, changes));
    if (m_digest.count() > 0)
        payload.insert(QStringLiteral("movements"),
                       QJsonObject{{QStringLiteral("first"), double(m_first)}, {QStringLiteral("last"), double(m_last)},
                                   {QStringLiteral("count"), double(m_digest.count())}, {QStringLiteral("digest"), m_digest.finishHex()}});
    auto e = audit::append(m_db, actor, action, payload);
    if (!e.ok())
        return e.error();
    return okStatus();
}

} // namespace custos::ledger
