#pragma once
// The register's side of a reconciliation: per (address, asset) of a chain, the sum of the
// movements recorded up to a block height (omnibus addresses sum every client's movements).

#include "chain/ChainSource.h"
#include "register/Database.h"

#include <QHash>

namespace custos::reconcile {

struct ChainAsset {
    qint64 id = 0;
    QString code;
    QString contract;
    int decimals = 0;
};

struct ChainAddress {
    qint64 id = 0;
    QString address;
};

struct RegisterView {
    QList<ChainAsset> assets;
    QHash<qint64, ChainAddress> addresses;           // address id -> address
    QHash<QPair<qint64, qint64>, Amount> balances;   // (address id, asset id) -> register balance
    qint64 lowestHeight = -1;                        // lowest block height of the chain's movements
};

// Streams the movements once; memory grows with the number of (address, asset) pairs only.
Result<RegisterView> registerView(reg::Database &db, const QString &chain, qint64 height);

} // namespace custos::reconcile
