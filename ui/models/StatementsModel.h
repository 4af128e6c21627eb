#pragma once
// Produced statements as the register records them, newest first, fetched lazily a page at a
// time (keyset pagination on the statement id): for every client or for one (the client detail).

#include "app/Session.h"
#include "statements/Listing.h"

#include "models/PagedModel.h"

namespace custos::ui {

class StatementsModel : public PagedTableModel<statements::StatementRecord> {
    Q_OBJECT
public:
    enum Column { Client, Period, Language, IssuedAt, IssuedBy, OnRequest, File, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // qint64 statement id
        FileRole,              // QString, the PDF's path as recorded
        ClientIdRole,          // qint64
        DocumentIdRole,        // QString
    };

    explicit StatementsModel(QObject *parent = nullptr, int pageSize = 500);

    void setRegister(RegisterPtr reg); // resets and fetches the newest page; null clears
    void setClient(qint64 clientId);   // 0: every client; resets
    void setScope(RegisterPtr reg, qint64 clientId); // both at once, one reset
    qint64 client() const { return m_client; }
    void refresh();
    const statements::StatementRecord *statementAt(int row) const { return rowAt(row); }
    int rowOfDocument(const QString &documentId) const; // among the rows held; -1 when not held

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Result<QList<statements::StatementRecord>> nextPage(const statements::StatementRecord *last, int limit) override;

private:
    RegisterPtr m_reg;
    qint64 m_client = 0;
};

} // namespace custos::ui
