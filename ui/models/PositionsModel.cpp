#include "models/PositionsModel.h"

#include "app/Format.h"
#include "app/Theme.h"

#include <QHash>

namespace custos::ui {

using State = reconcile::ClientChainPosition::State;

PositionsModel::PositionsModel(QObject *parent) : QAbstractTableModel(parent) {}

Status PositionsModel::load(reg::Register *reg, const QString &clientCode)
{
    Status status = loadPositions(reg, clientCode);
    if (status.ok() && reg && !clientCode.isEmpty()) {
        auto chain = reconcile::clientChainPositions(*reg, clientCode);
        if (!chain.ok()) {
            clear();
            return chain.error();
        }
        setChainPositions(*chain);
    }
    return status;
}

Status PositionsModel::loadPositions(reg::Register *reg, const QString &clientCode)
{
    QList<Row> rows;
    Status status;
    if (reg && !clientCode.isEmpty()) {
        ledger::PositionQuery q;
        q.client = clientCode;
        status = ledger::forEachPosition(*reg, q, [&](const ledger::Position &p) { rows.append(Row{p, {}}); });
        if (!status.ok())
            rows.clear();
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_chainPending = !m_rows.isEmpty();
    endResetModel();
    return status;
}

void PositionsModel::setChainPositions(const QList<reconcile::ClientChainPosition> &chain)
{
    QHash<QString, reconcile::ClientChainPosition> byAsset;
    for (const reconcile::ClientChainPosition &c : chain)
        byAsset.insert(c.asset, c);
    for (Row &row : m_rows) {
        reconcile::ClientChainPosition unknown;
        unknown.asset = row.position.asset;
        unknown.decimals = row.position.decimals;
        row.chain = byAsset.value(row.position.asset, unknown);
    }
    m_chainPending = false;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, OnChain), index(int(m_rows.size()) - 1, Difference));
}

void PositionsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_chainPending = false;
    endResetModel();
}

int PositionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PositionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PositionsModel::chainTip(const Row &row) const
{
    if (m_chainPending)
        return tr("Reading the latest reconciliation of this asset's chain.");
    const reconcile::ClientChainPosition &c = row.chain;
    switch (c.state) {
    case State::NotReconciled:
        return tr("No reconciliation has been run on this asset's chain yet.");
    case State::Incomplete:
        return tr("The latest run on this chain (%1) is incomplete: nothing was measured.").arg(c.runId);
    case State::Omnibus:
        return tr("Held in omnibus (pooled) addresses: the chain shows the pool, not this client's share. See the omnibus addresses' "
                  "reconciliation at run %1.")
            .arg(c.runId);
    case State::Measured:
        return tr("Run %1 at height %2 (%3 UTC)\nregister at the run: %4\non-chain: %5\ndifference: %6 (%7 balance breaks)")
            .arg(c.runId)
            .arg(c.height)
            .arg(formatTimestamp(c.runFinishedAt), c.registerAtRun.toDecimal(c.decimals), c.chain.toDecimal(c.decimals),
                 c.difference.toDecimal(c.decimals))
            .arg(c.breaks);
    }
    return {};
}

QVariant PositionsModel::display(const Row &row, int column) const
{
    const ledger::Position &p = row.position;
    const reconcile::ClientChainPosition &c = row.chain;
    switch (column) {
    case Asset:
        return p.asset;
    case Balance:
        return p.balance.toDecimal(p.decimals);
    case OnChain:
    case Difference:
        if (m_chainPending)
            return tr("reading…");
        switch (c.state) {
        case State::NotReconciled:
            return tr("not reconciled");
        case State::Incomplete:
            return tr("run incomplete");
        case State::Omnibus:
            return tr("omnibus share");
        case State::Measured:
            return column == OnChain ? c.chain.toDecimal(c.decimals) : c.difference.toDecimal(c.decimals);
        }
        return {};
    case Movements:
        return formatCount(p.movements);
    default:
        return {};
    }
}

QVariant PositionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    const ledger::Position &p = row.position;
    const reconcile::ClientChainPosition &c = row.chain;
    const bool measured = c.state == State::Measured;
    const bool amountColumn = index.column() == Balance || ((index.column() == OnChain || index.column() == Difference) && measured);
    switch (role) {
    case AssetRole:
        return p.asset;
    case BalanceRole:
        return p.balance.toDecimal(p.decimals);
    case BaseUnitsRole:
        return p.balance.toBaseUnits();
    case ChainStateRole:
        return m_chainPending ? QVariant() : QVariant(int(c.state));
    case ChainBaseUnitsRole:
        return measured ? QVariant(c.chain.toBaseUnits()) : QVariant();
    case DifferenceBaseUnitsRole:
        return measured ? QVariant(c.difference.toBaseUnits()) : QVariant();
    case RunRole:
        return c.runId;
    case Qt::TextAlignmentRole:
        return index.column() == Asset ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (amountColumn) {
            QFont f = monospaceFont();
            f.setBold(index.column() == Difference && !c.difference.isZero());
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Balance && p.balance.isNegative())
            return colors::bad;
        if (index.column() == Difference && measured)
            return c.difference.isZero() ? colors::good : colors::bad;
        if ((index.column() == OnChain || index.column() == Difference) && !measured)
            return colors::muted;
        return {};
    case Qt::BackgroundRole:
        return index.column() == Difference && measured && !c.difference.isZero() ? QVariant(QColor(0xfd, 0xec, 0xea)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Balance)
            return tr("%1 base units (%2 decimals)").arg(p.balance.toBaseUnits()).arg(p.decimals);
        if (index.column() == OnChain || index.column() == Difference)
            return chainTip(row);
        return {};
    case Qt::DisplayRole:
        return display(row, index.column());
    default:
        return {};
    }
}

QVariant PositionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Asset ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (section == OnChain)
            return tr("The balance on chain at the latest reconciliation of the asset's chain");
        if (section == Difference)
            return tr("On-chain minus register, both at that run");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Asset:
        return tr("Asset");
    case Balance:
        return tr("Balance");
    case OnChain:
        return tr("On-chain at last run");
    case Difference:
        return tr("Difference");
    case Movements:
        return tr("Movements");
    default:
        return {};
    }
}

} // namespace custos::ui
