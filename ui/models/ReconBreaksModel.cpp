#include "models/ReconBreaksModel.h"

#include "app/Format.h"
#include "app/Theme.h"

#include <QBrush>

namespace custos::ui {

namespace {

const QColor kOpenRow(0xff, 0xf1, 0xd6);     // amber: still needs an explanation
const QColor kResolvedRow(0xec, 0xee, 0xf1); // grey: settled

bool isAmount(int column)
{
    return column == ReconBreaksModel::RegisterBalance || column == ReconBreaksModel::ChainBalance
        || column == ReconBreaksModel::Difference;
}

} // namespace

ReconBreaksModel::ReconBreaksModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReconBreaksModel::setRun(RegisterPtr reg, qint64 runId)
{
    m_reg = std::move(reg);
    m_runId = m_reg ? runId : 0;
    refresh();
}

void ReconBreaksModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    custos::Status s;
    if (m_reg && m_runId > 0) {
        reconcile::BreakFilter f;
        f.run = m_runId;
        s = reconcile::forEachBreak(*m_reg, f, [this](const reconcile::BreakRecord &b) { m_rows.append(b); });
    }
    endResetModel();
    if (!s.ok()) {
        m_error = s.message();
        emit errorOccurred(m_error);
    }
}

const reconcile::BreakRecord *ReconBreaksModel::breakAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReconBreaksModel::rowOfBreak(qint64 breakId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == breakId)
            return i;
    return -1;
}

int ReconBreaksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReconBreaksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReconBreaksModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("balance"))
        return tr("balance");
    if (kind == QLatin1String("unrecorded_transfer"))
        return tr("movement not recorded");
    if (kind == QLatin1String("unknown_tx"))
        return tr("transaction unknown to the chain");
    return kind;
}

QString ReconBreaksModel::statusText(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("open");
    if (status == QLatin1String("explained"))
        return tr("explained");
    if (status == QLatin1String("resolved"))
        return tr("resolved");
    return status;
}

QVariant ReconBreaksModel::data(const QModelIndex &index, int role) const
{
    const reconcile::BreakRecord *b = index.isValid() ? breakAt(index.row()) : nullptr;
    if (!b)
        return {};
    const int c = index.column();
    switch (role) {
    case BreakIdRole:
        return b->id;
    case StatusRole:
        return b->status;
    case BaseUnitsRole:
        if (c == RegisterBalance)
            return b->registerBalance.toBaseUnits();
        if (c == ChainBalance)
            return b->chainBalance.toBaseUnits();
        return c == Difference ? QVariant(b->difference.toBaseUnits()) : QVariant();
    case Qt::TextAlignmentRole:
        return isAmount(c) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        return c == Address || isAmount(c) ? QVariant(monospaceFont()) : QVariant();
    case Qt::BackgroundRole:
        if (b->status == QLatin1String("open"))
            return QBrush(kOpenRow);
        return b->status == QLatin1String("resolved") ? QVariant(QBrush(kResolvedRow)) : QVariant();
    case Qt::ForegroundRole:
        return b->status == QLatin1String("resolved") ? QVariant(QBrush(colors::muted)) : QVariant();
    case Qt::ToolTipRole:
        if (c == Address)
            return b->address;
        return c == Note && !b->note.isEmpty() ? QVariant(b->note) : QVariant();
    case Qt::DisplayRole:
        switch (c) {
        case Kind:
            return kindText(b->kind);
        case Address:
            return b->address;
        case Asset:
            return b->asset;
        case RegisterBalance:
            return b->registerBalance.toDecimal(b->decimals);
        case ChainBalance:
            return b->chainBalance.toDecimal(b->decimals);
        case Difference:
            return b->difference.toDecimal(b->decimals);
        case Status:
            return statusText(b->status);
        case Owner:
            return b->owner;
        case Note:
            return b->note;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ReconBreaksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return isAmount(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Address:
        return tr("Address");
    case Asset:
        return tr("Asset");
    case RegisterBalance:
        return tr("Register");
    case ChainBalance:
        return tr("Chain");
    case Difference:
        return tr("Difference");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace custos::ui
