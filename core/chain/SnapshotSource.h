#pragma once
// A chain snapshot file (chain,address,asset,balance,block_height) for air-gapped desks and the
// demo. Only the rows of the reconciled chain are read; they must share one block_height, which
// is the run's height. An (address, asset) pair the file does not list holds nothing.

#include "chain/ChainSource.h"

#include <QHash>
#include <QPair>

namespace custos::chain {

class SnapshotSource : public ChainSource {
public:
    // `decimals` gives each asset code's decimals (balances are whole-unit decimals in the file).
    // Reads and checks the whole file at once: a malformed row or mixed heights is BadInput
    // naming FILE:LINE, nothing is compared.
    static Result<std::unique_ptr<SnapshotSource>> load(const Network &net, const QString &file, const QHash<QString, int> &decimals);

    Status checkNetwork() override { return okStatus(); }
    Result<BlockRef> tip() override { return m_block; }
    Result<BlockRef> blockAt(qint64 height) override;
    Result<QList<Balance>> balances(const QList<AssetAddress> &keys, qint64 height, const SourceProgress &progress = {}) override;
    Result<QList<Transfer>> transfers(const QList<AssetAddress> &keys, qint64 fromHeight, qint64 toHeight) override;

    // Rows of the file whose (address, asset) were not asked for, for "chain holds funds at an
    // address the register does not know" reporting.
    QList<Balance> rowsNotIn(const QList<AssetAddress> &keys) const;
    qint64 rowCount() const { return m_rows.size(); }

private:
    SnapshotSource() = default;
    Network m_net;
    BlockRef m_block;
    QHash<QPair<QString, QString>, Balance> m_rows; // (canonical address, asset) -> balance
};

} // namespace custos::chain
