#pragma once
// One client's current positions (ledger::forEachPosition), balances as exact decimals.

#include "app/Session.h"
#include "ledger/Positions.h"

#include <QAbstractTableModel>

namespace custos::ui {

class PositionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Asset, Balance, Movements, ColumnCount };
    enum Role {
        AssetRole = Qt::UserRole, // QString CHAIN:SYM
        BalanceRole,              // QString exact decimal in whole units
        BaseUnitsRole,            // QString signed integer in base units
    };

    explicit PositionsModel(QObject *parent = nullptr);

    // Loads the client's positions; an empty code clears. Returns core's error, if any.
    Status load(reg::Register *reg, const QString &clientCode);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ledger::Position> m_rows;
};

} // namespace custos::ui
