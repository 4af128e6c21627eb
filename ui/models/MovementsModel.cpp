#include "models/MovementsModel.h"

#include "app/Format.h"
#include "app/Theme.h"

namespace custos::ui {

namespace {

// Newest first: later occurred_at, then higher id.
bool newer(const ledger::MovementRow &a, const ledger::MovementRow &b)
{
    return a.occurredAt != b.occurredAt ? a.occurredAt > b.occurredAt : a.id > b.id;
}

} // namespace

MovementsModel::MovementsModel(QObject *parent, int pageSize) : QAbstractTableModel(parent), m_pageSize(pageSize) {}

Status MovementsModel::setClient(RegisterPtr reg, qint64 clientId)
{
    beginResetModel();
    m_rows.clear();
    m_streams.clear();
    m_error.clear();
    m_total = 0;
    m_clientId = clientId;
    m_reg = clientId > 0 ? std::move(reg) : nullptr;
    Status status;
    if (m_reg) {
        auto assets = ledger::clientAssets(*m_reg, clientId);
        if (assets.ok()) {
            for (const ledger::ClientAsset &a : *assets) {
                m_total += a.movements;
                m_streams.push_back(Stream{a, {}, {}, a.movements == 0});
            }
        } else {
            status = assets.error();
            m_error = status.message();
            m_reg.reset();
        }
    }
    endResetModel();
    return status;
}

void MovementsModel::clear()
{
    (void)setClient(nullptr, 0);
}

Status MovementsModel::refill(Stream &s)
{
    auto page = ledger::clientMovements(*m_reg, m_clientId, s.asset, s.cursor, m_pageSize);
    if (!page.ok())
        return page.error();
    if (page->size() < m_pageSize)
        s.exhausted = true;
    if (!page->isEmpty())
        s.cursor = ledger::MovementCursor::after(page->constLast());
    for (ledger::MovementRow &m : *page)
        s.buffer.push_back(std::move(m));
    return okStatus();
}

void MovementsModel::fail(const QString &message)
{
    m_error = message;
    for (Stream &s : m_streams) {
        s.exhausted = true;
        s.buffer.clear();
    }
    emit errorOccurred(message);
}

bool MovementsModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_reg)
        return false;
    for (const Stream &s : m_streams)
        if (!s.buffer.empty() || !s.exhausted)
            return true;
    return false;
}

void MovementsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<ledger::MovementRow> page;
    while (page.size() < m_pageSize) {
        Stream *best = nullptr;
        for (Stream &s : m_streams) {
            // A stream must show its next row before the merge may pass over it.
            if (s.buffer.empty() && !s.exhausted) {
                if (Status st = refill(s); !st.ok()) {
                    fail(st.message());
                    return;
                }
            }
            if (!s.buffer.empty() && (!best || newer(s.buffer.front(), best->buffer.front())))
                best = &s;
        }
        if (!best)
            break;
        page.append(std::move(best->buffer.front()));
        best->buffer.pop_front();
    }
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(std::move(page));
    endInsertRows();
    emit fetched();
}

int MovementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MovementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MovementsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ledger::MovementRow &m = m_rows.at(index.row());
    const int col = index.column();
    switch (role) {
    case MovementIdRole:
        return m.id;
    case AmountRole:
        return m.amount.toDecimal(m.decimals);
    case AssetRole:
        return m.asset;
    case OccurredAtRole:
        return m.occurredAt;
    case Qt::TextAlignmentRole:
        return col == Amount || col == Block || col == Id ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        return col == Amount || col == Address || col == TxHash ? QVariant(monospaceFont()) : QVariant();
    case Qt::ForegroundRole:
        return col == Amount && m.amount.isNegative() ? QVariant(colors::bad) : QVariant();
    case Qt::ToolTipRole:
        if (col == Address)
            return m.address;
        if (col == TxHash)
            return m.txHash;
        if (col == Amount)
            return tr("%1 base units").arg(m.amount.toBaseUnits());
        return {};
    case Qt::DisplayRole:
        switch (col) {
        case Occurred:
            return formatTimestamp(m.occurredAt);
        case Asset:
            return m.asset;
        case Kind:
            return m.kind;
        case Amount:
            return m.amount.toDecimal(m.decimals);
        case Address:
            return m.address;
        case TxHash:
            return m.txHash;
        case Block:
            return m.blockHeight ? QVariant(*m.blockHeight) : QVariant();
        case Recorded:
            return formatTimestamp(m.recordedAt);
        case Id:
            return m.id;
        case Note: {
            QStringList parts;
            if (m.corrects)
                parts << tr("corrects #%1").arg(*m.corrects);
            if (m.withdrawalId)
                parts << tr("withdrawal %1").arg(*m.withdrawalId);
            if (!m.note.isEmpty())
                parts << m.note;
            return parts.join(QStringLiteral("; "));
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MovementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Amount || section == Block || section == Id ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Occurred:
        return tr("Occurred (UTC)");
    case Asset:
        return tr("Asset");
    case Kind:
        return tr("Kind");
    case Amount:
        return tr("Amount");
    case Address:
        return tr("Address");
    case TxHash:
        return tr("Transaction");
    case Block:
        return tr("Block");
    case Recorded:
        return tr("Recorded (UTC)");
    case Id:
        return tr("ID");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace custos::ui
