#pragma once
// Appends movements, keeps positions up to date and records the audit entry, all inside the
// caller's transaction. Positions change only through here (invariant 4: derived from movements),
// and with them the per-asset totals of ledger/Totals.h.

#include "ledger/MovementDigest.h"
#include "money/Amount.h"
#include "register/Database.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace custos::ledger {

struct MovementRecord {
    qint64 clientId = 0;
    qint64 assetId = 0;
    Amount amount;
    QByteArray kind;       // deposit | withdrawal | fee | adjustment | transfer
    QByteArray occurredAt; // normalized ISO UTC
    QByteArray recordedAt;
    std::optional<qint64> addressId;
    QByteArray txHash;
    std::optional<qint64> blockHeight;
    std::optional<qint64> corrects;
    std::optional<qint64> withdrawalId;
    QByteArray note;
};

class MovementWriter {
public:
    MovementWriter(reg::Database &db, std::optional<qint64> batchId);
    Status prepare();
    // Inserts one movement; returns its id. Position overflow is an error.
    Result<qint64> add(const MovementRecord &m);
    qint64 count() const { return m_digest.count(); }
    // Writes the positions and the audit entry (action, payload + "movements" range and digest).
    Status finish(const QString &actor, const QString &action, QJsonObject payload);

private:
    struct Delta {
        Amount sum;
        qint64 count = 0;
        qint64 lastId = 0;
    };
    reg::Database &m_db;
    std::optional<qint64> m_batchId;
    reg::Statement m_insert;
    MovementDigest m_digest;
    QHash<QPair<qint64, qint64>, Delta> m_deltas;
    qint64 m_first = 0;
    qint64 m_last = 0;
};

// The index key of a tx hash: its first 16 hex digits (after any 0x) as a signed 64-bit integer.
std::optional<qint64> txKeyOf(QByteArrayView txHash);

// Whether kind names a movement kind; and the sign it requires (+1 deposit, -1 withdrawal/fee, 0 any).
bool isMovementKind(QByteArrayView kind);
int requiredSign(QByteArrayView kind);

} // namespace custos::ledger
