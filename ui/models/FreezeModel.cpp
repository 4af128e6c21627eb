#include "models/FreezeModel.h"

#include "app/Format.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace custos::ui {

FreezeModel::FreezeModel(QObject *parent) : QAbstractTableModel(parent) {}

void FreezeModel::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    refresh();
}

void FreezeModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (m_reg) {
        auto list = approvals::listFreezes(*m_reg, false);
        if (list.ok()) {
            m_rows = std::move(*list);
            std::stable_sort(m_rows.begin(), m_rows.end(), [](const approvals::Freeze &a, const approvals::Freeze &b) {
                return a.active() > b.active();
            });
        } else {
            m_error = list.message();
        }
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit errorOccurred(m_error);
}

const approvals::Freeze *FreezeModel::freezeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FreezeModel::activeCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const approvals::Freeze &f) { return f.active(); }));
}

int FreezeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FreezeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FreezeModel::scopeText(const approvals::Freeze &f)
{
    if (f.client.isEmpty() && f.asset.isEmpty())
        return tr("All withdrawals");
    if (f.asset.isEmpty())
        return tr("Client %1").arg(f.client);
    if (f.client.isEmpty())
        return tr("Asset %1").arg(f.asset);
    return tr("Client %1 in %2").arg(f.client, f.asset);
}

QString FreezeModel::liftingText(const approvals::Freeze &f)
{
    if (!f.active())
        return tr("Lifted by %1 and %2").arg(f.unfreezeBy, f.liftedBy);
    if (!f.unfreezeBy.isEmpty())
        return tr("Lift asked by %1: 1 of 2 admins").arg(f.unfreezeBy);
    return tr("Active: lifting needs 2 admins");
}

QVariant FreezeModel::data(const QModelIndex &index, int role) const
{
    const approvals::Freeze *f = index.isValid() ? freezeAt(index.row()) : nullptr;
    if (!f)
        return {};
    switch (role) {
    case IdRole:
        return f->id;
    case ActiveRole:
        return f->active();
    case UnfreezeByRole:
        return f->unfreezeBy;
    case Qt::ForegroundRole:
        return f->active() && index.column() == Lifting ? QVariant(QBrush(QColor(0xb4, 0x23, 0x18))) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Scope:
            return scopeText(*f);
        case Reason:
            return f->reason;
        case FrozenBy:
            return f->frozenBy;
        case FrozenAt:
            return formatTimestamp(f->frozenAt);
        case Lifting:
            return liftingText(*f);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FreezeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Scope:
        return tr("Scope");
    case Reason:
        return tr("Reason");
    case FrozenBy:
        return tr("Frozen by");
    case FrozenAt:
        return tr("Frozen at");
    case Lifting:
        return tr("Lifting");
    default:
        return {};
    }
}

} // namespace custos::ui
