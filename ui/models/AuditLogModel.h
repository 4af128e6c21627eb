#pragma once
// The audit log, newest entry first, fetched lazily in pages (keyset pagination on seq),
// optionally narrowed by action, actor and a range of days.

#include "app/Session.h"
#include "audit/AuditLog.h"
#include "ledger/Queries.h"

#include "models/PagedModel.h"

namespace custos::ui {

class AuditLogModel : public PagedTableModel<audit::AuditEntry> {
    Q_OBJECT
public:
    enum Column { Seq, Time, Actor, Action, Hash, Payload, ColumnCount };
    enum Role {
        SeqRole = Qt::UserRole, // qint64
        PayloadRole,            // QString, the canonical JSON as stored
        HashRole,               // QString hex
        PrevHashRole,           // QString hex
    };

    explicit AuditLogModel(QObject *parent = nullptr, int pageSize = 500);

    void setRegister(RegisterPtr reg); // resets and fetches the newest page; null clears
    void setFilter(const ledger::AuditFilter &filter); // resets and fetches the newest matching page
    const ledger::AuditFilter &filter() const { return m_filter; }
    const audit::AuditEntry *entryAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Result<QList<audit::AuditEntry>> nextPage(const audit::AuditEntry *last, int limit) override;

private:
    RegisterPtr m_reg;
    ledger::AuditFilter m_filter;
};

} // namespace custos::ui
