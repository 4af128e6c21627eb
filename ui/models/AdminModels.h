#pragma once
// The small lists of the Administration page: users, key sets and chain endpoints. Each is read
// whole (tens of rows) by load() and never holds a secret.

#include "ledger/Types.h"
#include "register/Register.h"
#include "settings/Endpoints.h"

#include <QAbstractTableModel>

namespace custos::ui {

class UsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Role, PublicKey, Created, ColumnCount };
    enum { NameRole = Qt::UserRole };
    explicit UsersModel(QObject *parent = nullptr);
    Status load(reg::Register *reg); // null clears
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString roleText(reg::Role role); // translated

private:
    QList<reg::UserInfo> m_rows;
};

class KeySetsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Owner, Description, ColumnCount };
    enum { NameRole = Qt::UserRole };
    explicit KeySetsModel(QObject *parent = nullptr);
    Status load(reg::Register *reg);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ledger::KeySet> m_rows;
};

class EndpointsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Chain, Url, Credentials, Added, ColumnCount };
    enum { NameRole = Qt::UserRole, ChainRole };
    explicit EndpointsModel(QObject *parent = nullptr);
    Status load(reg::Register *reg);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<settings::Endpoint> m_rows;
};

} // namespace custos::ui
