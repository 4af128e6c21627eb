#pragma once
// Withdrawal freezes, active ones first, with the two-admin rule for lifting one visible
// ("1 of 2 admins" once the first admin asked to lift it). The whole list is read at once.

#include "app/Session.h"
#include "approvals/Freeze.h"

#include <QAbstractTableModel>

namespace custos::ui {

class FreezeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Scope, Reason, FrozenBy, FrozenAt, Lifting, ColumnCount };
    enum Role { IdRole = Qt::UserRole, ActiveRole, UnfreezeByRole };

    explicit FreezeModel(QObject *parent = nullptr);

    void setRegister(RegisterPtr reg); // resets and reads; null clears
    void refresh();
    const approvals::Freeze *freezeAt(int row) const;
    int activeCount() const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString liftingText(const approvals::Freeze &f); // "Active", "Lift asked: 1 of 2 admins (…)", "Lifted by …"
    static QString scopeText(const approvals::Freeze &f);   // translated scope

signals:
    void errorOccurred(const QString &message);

private:
    RegisterPtr m_reg;
    QList<approvals::Freeze> m_rows;
    QString m_error;
};

} // namespace custos::ui
