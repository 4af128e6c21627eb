#include "models/AuditLogModel.h"

#include "app/Format.h"
#include "ledger/Queries.h"

#include <limits>

namespace custos::ui {

AuditLogModel::AuditLogModel(QObject *parent, int pageSize) : QAbstractTableModel(parent), m_pageSize(pageSize) {}

void AuditLogModel::setRegister(RegisterPtr reg)
{
    beginResetModel();
    m_reg = std::move(reg);
    m_rows.clear();
    m_error.clear();
    m_atEnd = m_reg == nullptr;
    endResetModel();
    if (m_reg)
        fetchMore({});
}

const audit::AuditEntry *AuditLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    const audit::AuditEntry *e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case SeqRole:
        return e->seq;
    case PayloadRole:
        return QString::fromUtf8(e->payload);
    case HashRole:
        return e->hash;
    case PrevHashRole:
        return e->prevHash;
    case Qt::TextAlignmentRole:
        return index.column() == Seq ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        return index.column() == Payload || index.column() == Hash ? QVariant(monospaceFont()) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Hash)
            return e->hash;
        if (index.column() == Payload)
            return QString::fromUtf8(e->payload);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Seq:
            return e->seq;
        case Time:
            return formatTimestamp(e->at);
        case Actor:
            return e->actor;
        case Action:
            return e->action;
        case Payload:
            return QString::fromUtf8(e->payload);
        case Hash:
            return shortHash(e->hash);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Seq ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("Seq");
    case Time:
        return tr("Time (UTC)");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Payload:
        return tr("Payload");
    case Hash:
        return tr("Hash");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reg && !m_atEnd;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 before = m_rows.isEmpty() ? std::numeric_limits<qint64>::max() : m_rows.constLast().seq;
    auto page = ledger::auditEntriesBefore(m_reg->db(), before, m_pageSize);
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
