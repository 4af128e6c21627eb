#pragma once
// Clients of the register, fetched lazily in pages (keyset pagination on clients.id), so a
// register of 100,000 clients costs one page until the user scrolls. A search narrows the
// query itself, so it covers every client, not only the pages already fetched.

#include "app/Session.h"
#include "ledger/Queries.h"

#include "models/PagedModel.h"

namespace custos::ui {

class ClientListModel : public PagedTableModel<ledger::ClientSummary> {
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
    const ledger::ClientSummary *clientAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Result<QList<ledger::ClientSummary>> nextPage(const ledger::ClientSummary *last, int limit) override;

private:
    void reload();

    RegisterPtr m_reg;
    QString m_search;
};

} // namespace custos::ui
