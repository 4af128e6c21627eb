#include "models/ReconRunsModel.h"

#include "app/Format.h"

namespace custos::ui {

ReconRunsModel::ReconRunsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReconRunsModel::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    refresh();
}

void ReconRunsModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    custos::Status s;
    if (m_reg)
        s = reconcile::forEachRun(*m_reg, QString(), [this](const reconcile::RunRecord &run) { m_rows.append(run); });
    endResetModel();
    if (!s.ok()) {
        m_error = s.message();
        emit errorOccurred(m_error);
    }
}

const reconcile::RunRecord *ReconRunsModel::runAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReconRunsModel::rowOfRun(qint64 runId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == runId)
            return i;
    return -1;
}

int ReconRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReconRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReconRunsModel::statusText(const QString &status)
{
    if (status == QLatin1String("clean"))
        return tr("clean");
    if (status == QLatin1String("breaks"))
        return tr("breaks");
    if (status == QLatin1String("incomplete"))
        return tr("incomplete");
    return status;
}

QVariant ReconRunsModel::data(const QModelIndex &index, int role) const
{
    const reconcile::RunRecord *r = index.isValid() ? runAt(index.row()) : nullptr;
    if (!r)
        return {};
    const int c = index.column();
    switch (role) {
    case RunIdRole:
        return r->id;
    case StatusRole:
        return r->status;
    case ProblemRole:
        return r->problem;
    case Qt::TextAlignmentRole:
        return c == Id || c == Height || c == Breaks ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (c == Status && !r->problem.isEmpty())
            return r->problem;
        return c == Height && !r->blockHash.isEmpty() ? QVariant(r->blockHash) : QVariant();
    case Qt::DisplayRole:
        switch (c) {
        case Id:
            return r->id;
        case Chain:
            return r->chain;
        case Height:
            return r->height >= 0 ? QVariant(r->height) : QVariant(QStringLiteral("—"));
        case Status:
            return statusText(r->status);
        case Breaks:
            return r->status == QLatin1String("incomplete") ? QVariant(QStringLiteral("—")) : QVariant(formatCount(r->breaks));
        case Finished:
            return formatTimestamp(r->finishedAt);
        case RunBy:
            return r->runBy;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ReconRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Id || section == Height || section == Breaks ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Run");
    case Chain:
        return tr("Chain");
    case Height:
        return tr("Height");
    case Status:
        return tr("Status");
    case Breaks:
        return tr("Breaks");
    case Finished:
        return tr("Finished (UTC)");
    case RunBy:
        return tr("By");
    default:
        return {};
    }
}

} // namespace custos::ui
