#include "models/BatchResultModel.h"

#include "app/Theme.h"

#include <QBrush>

namespace custos::ui {

BatchResultModel::BatchResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void BatchResultModel::setResult(const statements::BatchResult &result)
{
    beginResetModel();
    m_rows.clear();
    for (const statements::Produced &p : result.produced)
        m_rows.append({Kind::Produced, p.client, p.pdfPath});
    for (const statements::NotProduced &n : result.failed)
        m_rows.append({Kind::Failed, n.client, n.reason});
    for (const statements::NotProduced &n : result.skipped)
        m_rows.append({Kind::Skipped, n.client, n.reason});
    endResetModel();
}

void BatchResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

qint64 BatchResultModel::count(Kind kind) const
{
    qint64 n = 0;
    for (const Row &r : m_rows)
        n += r.kind == kind ? 1 : 0;
    return n;
}

int BatchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return int(r.kind);
    case FileRole:
        return r.kind == Kind::Produced ? r.detail : QString();
    case Qt::ToolTipRole:
        return index.column() == Detail ? QVariant(r.detail) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() != Outcome)
            return {};
        return QBrush(r.kind == Kind::Produced ? colors::good : r.kind == Kind::Failed ? colors::bad : colors::muted);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Client:
            return r.client;
        case Outcome:
            return r.kind == Kind::Produced ? tr("produced") : r.kind == Kind::Failed ? tr("failed") : tr("skipped");
        case Detail:
            return r.detail;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant BatchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Client:
        return tr("Client");
    case Outcome:
        return tr("Outcome");
    case Detail:
        return tr("File or reason");
    default:
        return {};
    }
}

} // namespace custos::ui
