#include "models/StatementsModel.h"

#include "app/Format.h"

#include <QFileInfo>

#include <limits>

namespace custos::ui {

StatementsModel::StatementsModel(QObject *parent, int pageSize) : PagedTableModel(ColumnCount, pageSize, parent) {}

void StatementsModel::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    restart(m_reg != nullptr, true);
}

void StatementsModel::setClient(qint64 clientId)
{
    m_client = clientId;
    restart(m_reg != nullptr, true);
}

void StatementsModel::setScope(RegisterPtr reg, qint64 clientId)
{
    m_reg = std::move(reg);
    m_client = clientId;
    restart(m_reg != nullptr, true);
}

void StatementsModel::refresh()
{
    restart(m_reg != nullptr, true);
}

int StatementsModel::rowOfDocument(const QString &documentId) const
{
    for (int row = 0; row < heldRows(); ++row)
        if (rowAt(row)->documentId == documentId)
            return row;
    return -1;
}

Result<QList<statements::StatementRecord>> StatementsModel::nextPage(const statements::StatementRecord *last, int limit)
{
    if (!m_reg)
        return QList<statements::StatementRecord>{};
    return statements::statementsBefore(m_reg->db(), last ? last->id : std::numeric_limits<qint64>::max(), limit, m_client);
}

QVariant StatementsModel::data(const QModelIndex &index, int role) const
{
    const statements::StatementRecord *s = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!s)
        return {};
    switch (role) {
    case IdRole:
        return s->id;
    case FileRole:
        return s->file;
    case ClientIdRole:
        return s->clientId;
    case DocumentIdRole:
        return s->documentId;
    case Qt::ToolTipRole:
        if (index.column() == File)
            return s->file;
        if (index.column() == Client)
            return s->clientName;
        if (index.column() == Period)
            return tr("%1 to %2").arg(formatTimestamp(s->periodFrom), formatTimestamp(s->periodTo));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Client:
            return s->client;
        case Period:
            return s->period;
        case Language:
            return s->language;
        case IssuedAt:
            return formatTimestamp(s->issuedAt);
        case IssuedBy:
            return s->issuedBy;
        case OnRequest:
            return s->onRequest ? tr("on request") : tr("quarterly");
        case File:
            return QFileInfo(s->file).fileName();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant StatementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Client:
        return tr("Client");
    case Period:
        return tr("Period");
    case Language:
        return tr("Language");
    case IssuedAt:
        return tr("Issued (UTC)");
    case IssuedBy:
        return tr("Issued by");
    case OnRequest:
        return tr("Kind");
    case File:
        return tr("File");
    default:
        return {};
    }
}

} // namespace custos::ui
