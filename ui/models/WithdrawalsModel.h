#pragma once
// Withdrawal requests: either every request (optionally of one status), fetched lazily in pages
// in id order (keyset pagination in core), or the signed-in user's approval inbox (the pending
// requests they may still sign, read at once: core caps it).

#include "app/Session.h"
#include "approvals/Withdrawals.h"

#include "models/PagedModel.h"

namespace custos::ui {

class WithdrawalsModel : public PagedTableModel<approvals::Withdrawal> {
    Q_OBJECT
public:
    enum Column { Id, Client, Asset, Amount, Value, Destination, Status, Approvals, Maker, Created, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // qint64
        StatusRole,            // QString: pending | approved | rejected | blocked | expired | executed
        MakerRole,             // QString
        SortRole,              // what the column sorts by: amount and value in numeric order
    };
    enum class Source { All, Inbox };

    explicit WithdrawalsModel(Source source, QObject *parent = nullptr, int pageSize = 200);

    Source source() const { return m_source; }
    void setRegister(RegisterPtr reg);              // resets and fetches the first page; null clears
    void setStatusFilter(const QString &status);    // empty: every status (All only)
    QString statusFilter() const { return m_status; }
    void refresh();
    const approvals::Withdrawal *withdrawalAt(int row) const { return rowAt(row); }
    int rowOfId(qint64 id) const; // among the rows held; -1 when not held

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status);   // translated
    static QString approvalsText(const approvals::Withdrawal &w); // "1 of 2"

protected:
    Result<QList<approvals::Withdrawal>> nextPage(const approvals::Withdrawal *last, int limit) override;

private:
    Source m_source;
    RegisterPtr m_reg;
    QString m_status;
};

} // namespace custos::ui
