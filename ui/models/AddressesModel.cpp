#include "models/AddressesModel.h"

#include "app/Format.h"
#include "ledger/Queries.h"

namespace custos::ui {

AddressesModel::AddressesModel(QObject *parent) : QAbstractTableModel(parent) {}

Status AddressesModel::load(reg::Register *reg, qint64 clientId)
{
    QList<ledger::Address> rows;
    Status status;
    if (reg && clientId > 0) {
        auto found = ledger::addressesOfClient(*reg, clientId);
        if (found.ok())
            rows = std::move(found.value());
        else
            status = found.error();
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return status;
}

void AddressesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int AddressesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AddressesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AddressesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ledger::Address &a = m_rows.at(index.row());
    switch (role) {
    case AddressRole:
        return a.address;
    case OwnerSpecRole:
        return a.ownerSpec();
    case Qt::FontRole:
        return index.column() == Address ? QVariant(monospaceFont()) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Address ? QVariant(a.address) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Chain:
            return a.chain;
        case Address:
            return a.address;
        case Owner:
            return a.ownerSpec();
        case KeySet:
            return a.keyset;
        case Label:
            return a.label;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AddressesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Chain:
        return tr("Chain");
    case Address:
        return tr("Address");
    case Owner:
        return tr("Owner");
    case KeySet:
        return tr("Key set");
    case Label:
        return tr("Label");
    default:
        return {};
    }
}

} // namespace custos::ui
