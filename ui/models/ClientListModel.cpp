#include "models/ClientListModel.h"

#include "app/Format.h"

namespace custos::ui {

ClientListModel::ClientListModel(QObject *parent, int pageSize) : PagedTableModel(ColumnCount, pageSize, parent) {}

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
    restart(m_reg != nullptr, true);
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

Result<QList<ledger::ClientSummary>> ClientListModel::nextPage(const ledger::ClientSummary *last, int limit)
{
    if (!m_reg)
        return QList<ledger::ClientSummary>{};
    return ledger::clientsAfter(*m_reg, last ? last->client.id : 0, limit, m_search);
}

} // namespace custos::ui
