#pragma once
// Canonical encoding of movement rows, hashed into the audit entry that recorded them.
// The writer and `audit verify` both use this one encoding.

#include "crypto/Sha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace custos::ledger {

struct MovementFields {
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 assetId = 0;
    QByteArrayView amount;      // base units, decimal text
    QByteArrayView kind;
    QByteArrayView occurredAt;
    QByteArrayView recordedAt;
    std::optional<qint64> addressId;
    QByteArrayView txHash;
    std::optional<qint64> blockHeight;
    std::optional<qint64> corrects;
    std::optional<qint64> withdrawalId;
    std::optional<qint64> batchId;
    QByteArrayView note;
};

class MovementDigest {
public:
    MovementDigest();
    void add(const MovementFields &m);
    qint64 count() const { return m_count; }
    QString finishHex(); // hex SHA-256 over every row added

private:
    void putInt(std::optional<qint64> v);
    void putText(QByteArrayView v);
    crypto::Sha256 m_hash;
    QByteArray m_buf;
    qint64 m_count = 0;
};

} // namespace custos::ledger
