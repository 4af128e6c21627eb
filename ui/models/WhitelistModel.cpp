#include "models/WhitelistModel.h"

#include "app/Format.h"
#include "util/Time.h"

namespace custos::ui {

WhitelistModel::WhitelistModel(QObject *parent) : QAbstractTableModel(parent) {}

void WhitelistModel::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    refresh();
}

void WhitelistModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (m_reg) {
        auto list = approvals::listWhitelist(*m_reg);
        if (list.ok())
            m_rows = std::move(*list);
        else
            m_error = list.message();
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit errorOccurred(m_error);
}

const approvals::WhitelistEntry *WhitelistModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WhitelistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WhitelistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WhitelistModel::stateText(const approvals::WhitelistEntry &e, const QString &nowIso)
{
    if (e.status != QLatin1String("approved"))
        return tr("Proposed, %1 of %2 admins").arg(e.approvedBy.size()).arg(e.needs);
    if (e.usableAt(nowIso))
        return tr("Approved, usable");
    return tr("Approved, cooling off until %1").arg(formatTimestamp(e.usableFrom));
}

QVariant WhitelistModel::data(const QModelIndex &index, int role) const
{
    const approvals::WhitelistEntry *e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case IdRole:
        return e->id;
    case StatusRole:
        return e->status;
    case ProposedByRole:
        return e->proposedBy;
    case ApprovedByRole:
        return e->approvedBy;
    case Qt::FontRole:
        return index.column() == Address ? QVariant(monospaceFont()) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Client:
            return e->client;
        case Chain:
            return e->chain;
        case Address:
            return e->address;
        case Label:
            return e->label;
        case Status:
            return stateText(*e, nowUtc());
        case Approvals:
            return e->approvedBy.join(QStringLiteral(", "));
        case ProposedBy:
            return e->proposedBy;
        case UsableFrom:
            return formatTimestamp(e->usableFrom);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant WhitelistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Client:
        return tr("Client");
    case Chain:
        return tr("Chain");
    case Address:
        return tr("Address");
    case Label:
        return tr("Label");
    case Status:
        return tr("State");
    case Approvals:
        return tr("Approved by");
    case ProposedBy:
        return tr("Proposed by");
    case UsableFrom:
        return tr("Usable from");
    default:
        return {};
    }
}

} // namespace custos::ui
