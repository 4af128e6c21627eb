#pragma once
// Clients of the register, fetched lazily in pages (keyset pagination on clients.id), so a
// register of 100,000 clients costs one page until the user scrolls. A search narrows the
// query itself, so it covers every client, not only the pages already fetched.

#include "app/Session.h"
#include "ledger/Queries.h"

#include <QAbstractTableModel>

namespace custos::ui {

class ClientListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, Lei, Language, Addresses, Assets, Movements, Since, ColumnCount };
    enum Role {
        ClientIdRole = Qt::UserRole, // qint64
        ClientCodeRole,              // QString
        ClientNameRole,              // QString
        LeiRole,                     // QString
    };

    explicit ClientListModel(QObject *parent = nullptr, int pageSize = 500);

    void setRegister(RegisterPtr reg);   // resets; null clears
    void setSearch(const QString &text); // resets and refetches the first page
    const QString &search() const { return m_search; }
    int pageSize() const { return m_pageSize; }
    bool atEnd() const { return m_atEnd; }
    const ledger::ClientSummary *clientAt(int row) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    void reload();

    RegisterPtr m_reg;
    QList<ledger::ClientSummary> m_rows;
    QString m_search;
    QString m_error;
    int m_pageSize;
    bool m_atEnd = true;
};

} // namespace custos::ui
