#include "models/AdminModels.h"

#include "app/Format.h"
#include "ledger/Reference.h"

namespace custos::ui {

namespace {

QVariant leftAligned()
{
    return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

// --- users -------------------------------------------------------------------------------------

UsersModel::UsersModel(QObject *parent) : QAbstractTableModel(parent) {}

QString UsersModel::roleText(reg::Role role)
{
    switch (role) {
    case reg::Role::Operator:
        return tr("operator");
    case reg::Role::Approver:
        return tr("approver");
    case reg::Role::Compliance:
        return tr("compliance");
    case reg::Role::Admin:
        return tr("admin");
    }
    return {};
}

Status UsersModel::load(reg::Register *reg)
{
    Result<QList<reg::UserInfo>> fresh = reg ? reg->users() : Result<QList<reg::UserInfo>>(QList<reg::UserInfo>{});
    beginResetModel();
    m_rows.clear();
    if (fresh.ok())
        m_rows = *fresh;
    endResetModel();
    return fresh.ok() ? okStatus() : Status(fresh.error());
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const reg::UserInfo &u = m_rows.at(index.row());
    if (role == NameRole)
        return u.name;
    if (role == Qt::FontRole && index.column() == PublicKey)
        return monospaceFont();
    if (role == Qt::ToolTipRole && index.column() == PublicKey)
        return QString::fromLatin1(u.publicKey.toHex());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return u.name;
    case Role:
        return roleText(u.role);
    case PublicKey:
        return shortHash(QString::fromLatin1(u.publicKey.toHex()));
    case Created:
        return formatTimestamp(u.createdAt);
    default:
        return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return leftAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("User");
    case Role:
        return tr("Role");
    case PublicKey:
        return tr("Signing key (Ed25519)");
    case Created:
        return tr("Added (UTC)");
    default:
        return {};
    }
}

// --- key sets ----------------------------------------------------------------------------------

KeySetsModel::KeySetsModel(QObject *parent) : QAbstractTableModel(parent) {}

Status KeySetsModel::load(reg::Register *reg)
{
    Result<QList<ledger::KeySet>> fresh = reg ? ledger::listKeySets(*reg) : Result<QList<ledger::KeySet>>(QList<ledger::KeySet>{});
    beginResetModel();
    m_rows.clear();
    if (fresh.ok())
        m_rows = *fresh;
    endResetModel();
    return fresh.ok() ? okStatus() : Status(fresh.error());
}

int KeySetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeySetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeySetsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const ledger::KeySet &k = m_rows.at(index.row());
    if (role == NameRole)
        return k.name;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return k.name;
    case Owner:
        return k.owner == QLatin1String("firm") ? tr("firm") : tr("client");
    case Description:
        return k.description;
    default:
        return {};
    }
}

QVariant KeySetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return leftAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Key set");
    case Owner:
        return tr("Designated");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

// --- chain endpoints ---------------------------------------------------------------------------

EndpointsModel::EndpointsModel(QObject *parent) : QAbstractTableModel(parent) {}

Status EndpointsModel::load(reg::Register *reg)
{
    Result<QList<settings::Endpoint>> fresh =
        reg ? settings::listEndpoints(*reg) : Result<QList<settings::Endpoint>>(QList<settings::Endpoint>{});
    beginResetModel();
    m_rows.clear();
    if (fresh.ok())
        m_rows = *fresh;
    endResetModel();
    return fresh.ok() ? okStatus() : Status(fresh.error());
}

int EndpointsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EndpointsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const settings::Endpoint &e = m_rows.at(index.row());
    if (role == NameRole)
        return e.name;
    if (role == ChainRole)
        return e.chain;
    if (role == Qt::FontRole && index.column() == Url)
        return monospaceFont();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return e.name;
    case Chain:
        return e.chain;
    case Url:
        return e.url;
    case Credentials:
        return e.hasCredentials() ? tr("user %1 (password kept in the register)").arg(e.user) : tr("none");
    case Added:
        return tr("%1 by %2").arg(formatTimestamp(e.createdAt), e.createdBy);
    default:
        return {};
    }
}

QVariant EndpointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return leftAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Endpoint");
    case Chain:
        return tr("Chain");
    case Url:
        return tr("URL");
    case Credentials:
        return tr("Credentials");
    case Added:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace custos::ui
