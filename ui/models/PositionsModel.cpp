#include "models/PositionsModel.h"

#include "app/Format.h"
#include "app/Theme.h"

namespace custos::ui {

PositionsModel::PositionsModel(QObject *parent) : QAbstractTableModel(parent) {}

Status PositionsModel::load(reg::Register *reg, const QString &clientCode)
{
    QList<ledger::Position> rows;
    Status status;
    if (reg && !clientCode.isEmpty()) {
        ledger::PositionQuery q;
        q.client = clientCode;
        status = ledger::forEachPosition(*reg, q, [&](const ledger::Position &p) { rows.append(p); });
        if (!status.ok())
            rows.clear();
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return status;
}

void PositionsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int PositionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PositionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PositionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ledger::Position &p = m_rows.at(index.row());
    switch (role) {
    case AssetRole:
        return p.asset;
    case BalanceRole:
        return p.balance.toDecimal(p.decimals);
    case BaseUnitsRole:
        return p.balance.toBaseUnits();
    case Qt::TextAlignmentRole:
        return index.column() == Asset ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        return index.column() == Balance ? QVariant(monospaceFont()) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Balance && p.balance.isNegative() ? QVariant(colors::bad) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Balance ? tr("%1 base units (%2 decimals)").arg(p.balance.toBaseUnits()).arg(p.decimals) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Asset:
            return p.asset;
        case Balance:
            return p.balance.toDecimal(p.decimals);
        case Movements:
            return formatCount(p.movements);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PositionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Asset ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Asset:
        return tr("Asset");
    case Balance:
        return tr("Balance");
    case Movements:
        return tr("Movements");
    default:
        return {};
    }
}

} // namespace custos::ui
