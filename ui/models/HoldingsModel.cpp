#include "models/HoldingsModel.h"

#include "app/Format.h"
#include "app/Theme.h"

#include <QPainter>
#include <QPixmap>

namespace custos::ui {

namespace {

// The chart's colour for a column, as a small square beside the header text.
QPixmap swatch(const QColor &color)
{
    QPixmap pix(10, 10);
    pix.fill(Qt::transparent);
    QPainter p(&pix);
    p.fillRect(QRect(0, 0, 10, 10), color);
    return pix;
}

} // namespace

HoldingsModel::HoldingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void HoldingsModel::setHoldings(const QList<ledger::AssetHoldings> &holdings)
{
    beginResetModel();
    m_rows = holdings;
    endResetModel();
}

int HoldingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HoldingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoldingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ledger::AssetHoldings &h = m_rows.at(index.row());
    const int col = index.column();
    switch (role) {
    case AssetRole:
        return h.asset;
    case ClientsAmountRole:
        return h.clients.toDecimal(h.decimals);
    case FirmAmountRole:
        return h.firm.toDecimal(h.decimals);
    case Qt::TextAlignmentRole:
        return col == Asset ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        return col == Clients || col == Firm ? QVariant(monospaceFont()) : QVariant();
    case Qt::DisplayRole:
        switch (col) {
        case Asset:
            return h.asset;
        case Clients:
            return h.clients.toDecimal(h.decimals);
        case Firm:
            return h.firm.toDecimal(h.decimals);
        case Holders:
            return formatCount(h.clientsHolding);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant HoldingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Asset ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && (section == Clients || section == Firm))
        return swatch(section == Clients ? colors::client : colors::firm);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Asset:
        return tr("Asset");
    case Clients:
        return tr("Client positions");
    case Firm:
        return tr("Firm (own)");
    case Holders:
        return tr("Clients holding");
    default:
        return {};
    }
}

} // namespace custos::ui
