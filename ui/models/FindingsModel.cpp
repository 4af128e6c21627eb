#include "models/FindingsModel.h"

namespace custos::ui {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(const QList<segregation::Finding> &findings)
{
    beginResetModel();
    m_rows = findings;
    endResetModel();
}

void FindingsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void FindingsModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Layer), index(int(m_rows.size()) - 1, Layer), {Qt::DisplayRole});
}

const segregation::Finding *FindingsModel::findingAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

qint64 FindingsModel::count(segregation::Layer layer) const
{
    qint64 n = 0;
    for (const segregation::Finding &f : m_rows)
        n += f.layer == layer ? 1 : 0;
    return n;
}

QString FindingsModel::layerText(segregation::Layer layer)
{
    switch (layer) {
    case segregation::Layer::OnChain:
        return tr("On-chain");
    case segregation::Layer::Access:
        return tr("Access");
    case segregation::Layer::Records:
        return tr("Records");
    }
    return {};
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const segregation::Finding *f = index.isValid() ? findingAt(index.row()) : nullptr;
    if (!f)
        return {};
    switch (role) {
    case LayerRole:
        return int(f->layer);
    case SubjectRole:
        return f->subject;
    case RuleRole:
        return f->rule;
    case Qt::ToolTipRole:
        return index.column() == Detail || index.column() == Subject ? QVariant(index.column() == Detail ? f->detail : f->subject)
                                                                     : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Layer:
            return layerText(f->layer);
        case Rule:
            return f->rule;
        case Subject:
            return f->subject;
        case Detail:
            return f->detail;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Layer:
        return tr("Layer");
    case Rule:
        return tr("Rule");
    case Subject:
        return tr("Subject");
    case Detail:
        return tr("Finding");
    default:
        return {};
    }
}

FindingsFilterProxy::FindingsFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void FindingsFilterProxy::setLayer(std::optional<segregation::Layer> layer)
{
    if (m_layer == layer)
        return;
    m_layer = layer;
    invalidateFilter();
}

void FindingsFilterProxy::setSearchText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

bool FindingsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m)
        return false;
    if (m_layer && m->index(sourceRow, FindingsModel::Layer, sourceParent).data(FindingsModel::LayerRole).toInt() != int(*m_layer))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c : {FindingsModel::Rule, FindingsModel::Subject, FindingsModel::Detail})
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace custos::ui
