#include "models/AuditLogModel.h"

#include "app/Format.h"
#include "ledger/Queries.h"

#include <limits>

namespace custos::ui {

AuditLogModel::AuditLogModel(QObject *parent, int pageSize) : PagedTableModel(ColumnCount, pageSize, parent) {}

void AuditLogModel::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    restart(m_reg != nullptr, true);
}

void AuditLogModel::setFilter(const ledger::AuditFilter &filter)
{
    m_filter = filter;
    restart(m_reg != nullptr, true);
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

Result<QList<audit::AuditEntry>> AuditLogModel::nextPage(const audit::AuditEntry *last, int limit)
{
    if (!m_reg)
        return QList<audit::AuditEntry>{};
    return ledger::auditEntriesBefore(m_reg->db(), last ? last->seq : std::numeric_limits<qint64>::max(), limit, m_filter);
}

} // namespace custos::ui
