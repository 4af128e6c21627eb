#pragma once
// The audit log, newest entry first, fetched lazily in pages (keyset pagination on seq).

#include "app/Session.h"
#include "audit/AuditLog.h"

#include <QAbstractTableModel>

namespace custos::ui {

class AuditLogModel : public QAbstractTableModel {
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
    const audit::AuditEntry *entryAt(int row) const;
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
    RegisterPtr m_reg;
    QList<audit::AuditEntry> m_rows;
    QString m_error;
    int m_pageSize;
    bool m_atEnd = true;
};

} // namespace custos::ui
