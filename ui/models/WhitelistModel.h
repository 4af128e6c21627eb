#pragma once
// The destination whitelist: every proposed and approved address per client, with its admin
// approvals and when it becomes usable (the whole list is read at once: a few per client).

#include "app/Session.h"
#include "approvals/Whitelist.h"

#include <QAbstractTableModel>

namespace custos::ui {

class WhitelistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Client, Chain, Address, Label, Status, Approvals, ProposedBy, UsableFrom, ColumnCount };
    enum Role { IdRole = Qt::UserRole, StatusRole, ProposedByRole, ApprovedByRole /* QStringList */ };

    explicit WhitelistModel(QObject *parent = nullptr);

    void setRegister(RegisterPtr reg); // resets and reads; null clears
    void refresh();
    const approvals::WhitelistEntry *entryAt(int row) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "approved, usable", "approved, cooling off until …", "proposed, 0 of 1 admins"
    static QString stateText(const approvals::WhitelistEntry &e, const QString &nowIso);

signals:
    void errorOccurred(const QString &message);

private:
    RegisterPtr m_reg;
    QList<approvals::WhitelistEntry> m_rows;
    QString m_error;
};

} // namespace custos::ui
