#pragma once
// One client's current positions (ledger::forEachPosition), balances as exact decimals, each with
// the on-chain balance at its chain's latest reconciliation and the difference the run found
// (reconcile::clientChainPositions).

#include "app/Session.h"
#include "ledger/Positions.h"
#include "reconcile/ClientChain.h"

#include <QAbstractTableModel>

namespace custos::ui {

class PositionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Asset, Balance, OnChain, Difference, Movements, ColumnCount };
    enum Role {
        AssetRole = Qt::UserRole, // QString CHAIN:SYM
        BalanceRole,              // QString exact decimal in whole units
        BaseUnitsRole,            // QString signed integer in base units
        ChainStateRole,           // int reconcile::ClientChainPosition::State
        ChainBaseUnitsRole,       // QString on-chain balance at the run in base units (measured only)
        DifferenceBaseUnitsRole,  // QString chain minus register at the run in base units (measured only)
        RunRole,                  // qint64 the run's id (0: not reconciled)
    };

    explicit PositionsModel(QObject *parent = nullptr);

    // Loads the client's positions and their chain figures; an empty code clears. Returns core's
    // error, if any.
    Status load(reg::Register *reg, const QString &clientCode);
    // The positions alone (the chain columns read "reading…" until setChainPositions): the client
    // page loads the chain figures in a worker, since a client with many movements recorded after
    // the run takes a walk over them (reconcile::clientChainPositions).
    Status loadPositions(reg::Register *reg, const QString &clientCode);
    void setChainPositions(const QList<reconcile::ClientChainPosition> &chain);
    bool chainPending() const { return m_chainPending; }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        ledger::Position position;
        reconcile::ClientChainPosition chain;
    };
    QVariant display(const Row &row, int column) const;
    QString chainTip(const Row &row) const;
    QList<Row> m_rows;
    bool m_chainPending = false;
};

} // namespace custos::ui
