#include "models/ClientFilterProxy.h"

#include "models/ClientListModel.h"

namespace custos::ui {

ClientFilterProxy::ClientFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void ClientFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    if (auto *clients = qobject_cast<ClientListModel *>(sourceModel()))
        clients->setSearch(m_search);
    invalidateFilter();
}

bool ClientFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    for (int role : {ClientListModel::ClientCodeRole, ClientListModel::ClientNameRole, ClientListModel::LeiRole})
        if (idx.data(role).toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace custos::ui
