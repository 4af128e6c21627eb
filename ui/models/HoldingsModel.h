#pragma once
// Client positions vs the firm's own positions per asset, as exact decimals.

#include "ledger/Queries.h"

#include <QAbstractTableModel>

namespace custos::ui {

class HoldingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Asset, Clients, Firm, Holders, ColumnCount };
    enum Role {
        AssetRole = Qt::UserRole, // QString
        ClientsAmountRole,        // QString exact decimal
        FirmAmountRole,           // QString exact decimal
    };

    explicit HoldingsModel(QObject *parent = nullptr);
    void setHoldings(const QList<ledger::AssetHoldings> &holdings);
    const QList<ledger::AssetHoldings> &holdings() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ledger::AssetHoldings> m_rows;
};

} // namespace custos::ui
