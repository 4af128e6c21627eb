#include "models/WithdrawalsModel.h"

#include "app/Format.h"

#include <QBrush>
#include <QColor>

namespace custos::ui {

namespace {

// A key that sorts non-negative decimal texts ("12.5", "146183.85646") in numeric order as
// plain strings: the whole part right-aligned, the fraction left-aligned. Exact, any scale.
QString numericKey(const QString &decimal)
{
    const qsizetype dot = decimal.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? decimal : decimal.left(dot);
    const QString fraction = dot < 0 ? QString() : decimal.mid(dot + 1);
    return whole.rightJustified(40, QLatin1Char('0')) + QLatin1Char('.') + fraction.leftJustified(38, QLatin1Char('0'));
}

} // namespace

WithdrawalsModel::WithdrawalsModel(Source source, QObject *parent, int pageSize)
    : PagedTableModel(ColumnCount, pageSize, parent), m_source(source)
{
}

void WithdrawalsModel::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    restart(m_reg != nullptr, true);
}

void WithdrawalsModel::setStatusFilter(const QString &status)
{
    m_status = status;
    restart(m_reg != nullptr, true);
}

void WithdrawalsModel::refresh()
{
    restart(m_reg != nullptr, true);
}

int WithdrawalsModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < heldRows(); ++i)
        if (rowAt(i)->id == id)
            return i;
    return -1;
}

Result<QList<approvals::Withdrawal>> WithdrawalsModel::nextPage(const approvals::Withdrawal *last, int limit)
{
    if (!m_reg)
        return QList<approvals::Withdrawal>();
    if (m_source == Source::Inbox) {
        if (last) // the inbox is read in one piece
            return QList<approvals::Withdrawal>();
        return approvals::approvalInbox(*m_reg, limit);
    }
    approvals::WithdrawalFilter f;
    f.status = m_status;
    f.afterId = last ? last->id : 0;
    f.limit = limit;
    return approvals::listWithdrawals(*m_reg, f);
}

QString WithdrawalsModel::statusText(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("blocked"))
        return tr("Blocked (screening)");
    if (status == QLatin1String("expired"))
        return tr("Expired");
    if (status == QLatin1String("executed"))
        return tr("Executed");
    return status;
}

QString WithdrawalsModel::approvalsText(const approvals::Withdrawal &w)
{
    return tr("%1 of %2").arg(w.approvalsGiven()).arg(w.needs);
}

QVariant WithdrawalsModel::data(const QModelIndex &index, int role) const
{
    const approvals::Withdrawal *w = index.isValid() ? withdrawalAt(index.row()) : nullptr;
    if (!w)
        return {};
    switch (role) {
    case IdRole:
        return w->id;
    case StatusRole:
        return w->status;
    case MakerRole:
        return w->maker;
    case SortRole:
        if (index.column() == Amount)
            return numericKey(w->amountText());
        if (index.column() == Value) // requests without a price sort first
            return w->eurValue.isEmpty() ? QString() : numericKey(w->eurValue);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == Id || index.column() == Amount || index.column() == Value ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        return index.column() == Destination || index.column() == Amount ? QVariant(monospaceFont()) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() != Status)
            return {};
        if (w->status == QLatin1String("blocked") || w->status == QLatin1String("rejected"))
            return QBrush(QColor(0xb4, 0x23, 0x18));
        if (w->status == QLatin1String("pending"))
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        if (w->status == QLatin1String("approved") || w->status == QLatin1String("executed"))
            return QBrush(QColor(0x1d, 0x7a, 0x3e));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Value && !w->eurValue.isEmpty())
            return tr("Exactly %1 EUR at the request's time, rounded to the cent for display").arg(w->eurValue);
        if (index.column() == Value)
            return tr("No EUR price of %1 was known when the request was made").arg(w->asset);
        return index.column() == Destination ? QVariant(w->destination) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return w->id;
        case Client:
            return w->client;
        case Asset:
            return w->asset;
        case Amount:
            return w->amountText();
        case Value:
            return w->eurValue.isEmpty() ? QStringLiteral("–") : formatEur(w->eurValue);
        case Destination:
            return w->destination;
        case Status:
            return statusText(w->status);
        case Approvals:
            return approvalsText(*w);
        case Maker:
            return w->maker;
        case Created:
            return formatTimestamp(w->createdAt);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant WithdrawalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("No.");
    case Client:
        return tr("Client");
    case Asset:
        return tr("Asset");
    case Amount:
        return tr("Amount");
    case Value:
        return tr("Value");
    case Destination:
        return tr("Destination");
    case Status:
        return tr("Status");
    case Approvals:
        return tr("Approvals");
    case Maker:
        return tr("Requested by");
    case Created:
        return tr("Requested at");
    default:
        return {};
    }
}

} // namespace custos::ui
