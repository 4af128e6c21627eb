#pragma once
// One client's addresses with their owner designation and key set (means of access).

#include "app/Session.h"
#include "ledger/Types.h"

#include <QAbstractTableModel>

namespace custos::ui {

class AddressesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Chain, Address, Owner, KeySet, Label, ColumnCount };
    enum Role { AddressRole = Qt::UserRole, OwnerSpecRole };

    explicit AddressesModel(QObject *parent = nullptr);

    Status load(reg::Register *reg, qint64 clientId); // clientId 0 clears
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ledger::Address> m_rows;
};

} // namespace custos::ui
