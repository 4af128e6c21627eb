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

MovementsModel::MovementsModel(QObject *parent, int pageSize) : PagedTableModel(ColumnCount, pageSize, parent) {}

Status MovementsModel::setClient(RegisterPtr reg, qint64 clientId)
{
    m_streams.clear();
    m_interned.clear();
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
            m_reg.reset();
        }
    }
    restart(m_reg != nullptr, false);
    if (!status.ok())
        fail(status.message());
    return status;
}

void MovementsModel::clear()
{
    (void)setClient(nullptr, 0);
}

Status MovementsModel::refill(Stream &s, int limit)
{
    auto page = ledger::clientMovements(*m_reg, m_clientId, s.asset, s.cursor, limit);
    if (!page.ok())
        return page.error();
    if (page->size() < limit)
        s.exhausted = true;
    if (!page->isEmpty())
        s.cursor = ledger::MovementCursor::after(page->constLast());
    for (ledger::MovementRow &m : *page)
        s.buffer.push_back(std::move(m));
    return okStatus();
}

QString MovementsModel::intern(const QString &text)
{
    if (text.isEmpty())
        return text;
    const auto it = m_interned.constFind(text);
    if (it != m_interned.constEnd())
        return *it;
    if (m_interned.size() < kMaxInterned)
        m_interned.insert(text, text);
    return text;
}

Result<QList<ledger::MovementRow>> MovementsModel::nextPage(const ledger::MovementRow *, int limit)
{
    QList<ledger::MovementRow> page;
    if (!m_reg)
        return page;
    page.reserve(limit);
    while (page.size() < limit) {
        Stream *best = nullptr;
        for (Stream &s : m_streams) {
            // A stream must show its next row before the merge may pass over it.
            if (s.buffer.empty() && !s.exhausted) {
                if (Status st = refill(s, limit); !st.ok()) {
                    for (Stream &t : m_streams) {
                        t.exhausted = true;
                        t.buffer.clear();
                    }
                    return st.error();
                }
            }
            if (!s.buffer.empty() && (!best || newer(s.buffer.front(), best->buffer.front())))
                best = &s;
        }
        if (!best)
            break;
        ledger::MovementRow &m = best->buffer.front();
        // Asset, kind, chain and address repeat over a client's movements: share one copy of
        // each, so a million rows held cost a fraction of the memory.
        for (QString *s : {&m.asset, &m.kind, &m.chain, &m.address})
            *s = intern(*s);
        page.append(std::move(m));
        best->buffer.pop_front();
    }
    return page;
}

QVariant MovementsModel::data(const QModelIndex &index, int role) const
{
    const ledger::MovementRow *row = index.isValid() && index.column() < ColumnCount ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const ledger::MovementRow &m = *row;
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
