#include "models/ClientListModel.h"

#include "app/Format.h"

namespace custos::ui {

ClientListModel::ClientListModel(QObject *parent, int pageSize) : QAbstractTableModel(parent), m_pageSize(pageSize) {}

void ClientListModel::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    reload();
}

void ClientListModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    reload();
}

void ClientListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_atEnd = m_reg == nullptr;
    endResetModel();
    if (m_reg)
        fetchMore({});
}

const ledger::ClientSummary *ClientListModel::clientAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    const ledger::ClientSummary *s = index.isValid() ? clientAt(index.row()) : nullptr;
    if (!s)
        return {};
    const ledger::Client &c = s->client;
    switch (role) {
    case ClientIdRole:
        return c.id;
    case ClientCodeRole:
        return c.code;
    case ClientNameRole:
        return c.name;
    case LeiRole:
        return c.lei;
    case Qt::TextAlignmentRole:
        return index.column() >= Addresses && index.column() <= Movements ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == Code || index.column() == Lei)
            return monospaceFont();
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return c.code;
        case Name:
            return c.name;
        case Lei:
            return c.lei;
        case Language:
            return c.lang;
        case Addresses:
            return formatCount(s->addresses);
        case Assets:
            return formatCount(s->assets);
        case Movements:
            return formatCount(s->movements);
        case Since:
            return formatTimestamp(c.createdAt).left(10);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= Addresses && section <= Movements ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Client ID");
    case Name:
        return tr("Name");
    case Lei:
        return tr("LEI");
    case Language:
        return tr("Lang");
    case Addresses:
        return tr("Addresses");
    case Assets:
        return tr("Assets");
    case Movements:
        return tr("Movements");
    case Since:
        return tr("Client since");
    default:
        return {};
    }
}

bool ClientListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reg && !m_atEnd;
}

void ClientListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.constLast().client.id;
    auto page = ledger::clientsAfter(*m_reg, after, m_pageSize, m_search);
    if (!page.ok()) {
        m_atEnd = true;
        m_error = page.message();
        emit errorOccurred(m_error);
        return;
    }
    m_atEnd = page->size() < m_pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

} // namespace custos::ui
