#include "models/LastRunsModel.h"

#include "app/Format.h"
#include "app/Theme.h"
#include "models/ReconRunsModel.h"

namespace custos::ui {

LastRunsModel::LastRunsModel(QObject *parent) : QAbstractTableModel(parent) {}

void LastRunsModel::setRuns(const QList<LastRun> &runs)
{
    beginResetModel();
    m_rows = runs;
    endResetModel();
}

int LastRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LastRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LastRunsModel::differencesText(const LastRun &run)
{
    QStringList parts;
    for (const LastRun::AssetDifference &a : run.differences) {
        if (a.difference.isZero())
            continue;
        const QString value = a.difference.toDecimal(a.decimals);
        // The row names the chain already: the asset's symbol is enough.
        const QString symbol = a.asset.mid(a.asset.indexOf(QLatin1Char(':')) + 1);
        parts << QStringLiteral("%1 %2").arg(symbol, a.difference.isNegative() ? value : QStringLiteral("+") + value);
    }
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(" · "));
}

QVariant LastRunsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const LastRun &l = m_rows.at(index.row());
    const int col = index.column();
    switch (role) {
    case RunIdRole:
        return l.run.id;
    case StatusRole:
        return l.run.status;
    case OpenBreaksRole:
        return l.openBreaks;
    case Qt::TextAlignmentRole:
        return col == Height || col == Breaks ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (col == Status)
            return l.run.status == QLatin1String("clean") ? QVariant(colors::good) : QVariant(colors::bad);
        if (col == Breaks && l.openBreaks > 0)
            return QVariant(colors::bad);
        return {};
    case Qt::FontRole:
        return col == Differences ? QVariant(monospaceFont()) : QVariant();
    case Qt::ToolTipRole:
        if (col == Status && !l.run.problem.isEmpty())
            return l.run.problem;
        if (col == Differences)
            return tr("Chain minus register, summed per asset over the run's balance breaks: %1").arg(differencesText(l));
        return {};
    case Qt::DisplayRole:
        switch (col) {
        case Chain:
            return l.run.chain;
        case Height:
            return l.run.height >= 0 ? QVariant(l.run.height) : QVariant(QStringLiteral("–"));
        case Finished:
            return formatTimestamp(l.run.finishedAt);
        case Status:
            return ReconRunsModel::statusText(l.run.status);
        case Breaks:
            return l.openBreaks > 0 ? tr("%1 (%2 open)").arg(formatCount(l.run.breaks), formatCount(l.openBreaks))
                                    : formatCount(l.run.breaks);
        case Differences:
            return differencesText(l);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant LastRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Height || section == Breaks ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Chain:
        return tr("Chain");
    case Height:
        return tr("Height");
    case Finished:
        return tr("Finished (UTC)");
    case Status:
        return tr("Status");
    case Breaks:
        return tr("Breaks");
    case Differences:
        return tr("On-chain − register");
    default:
        return {};
    }
}

} // namespace custos::ui
