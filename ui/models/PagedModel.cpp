#include "models/PagedModel.h"

#include <QScopedValueRollback>

namespace custos::ui {

PagedModelBase::PagedModelBase(int columns, int pageSize, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns), m_pageSize(qMax(1, pageSize))
{
}

int PagedModelBase::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : heldRows();
}

int PagedModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

bool PagedModelBase::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PagedModelBase::fetchMore(const QModelIndex &parent)
{
    // A listener may ask for more from inside our own rowsInserted(); a change must never start
    // while another is being announced, so such a nested request is ignored.
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    auto added = appendNextPage();
    if (!added.ok()) {
        fail(added.message());
        return;
    }
    m_atEnd = *added < m_pageSize;
    if (*added > 0)
        emit fetched();
}

void PagedModelBase::restart(bool active, bool fetchFirst)
{
    beginResetModel();
    dropRows();
    m_error.clear();
    // Nothing to fetch while the reset is announced: a listener (a view, a model tester) may ask
    // for more from inside modelReset(), and rows must not arrive in the middle of a reset.
    m_atEnd = true;
    endResetModel();
    m_atEnd = !active;
    if (active && fetchFirst)
        fetchMore({});
}

void PagedModelBase::fail(const QString &message)
{
    m_atEnd = true;
    m_error = message;
    emit errorOccurred(message);
}

} // namespace custos::ui
