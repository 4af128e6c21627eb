#pragma once
// The breaks of one reconciliation run, in the order the run found them. Open breaks are
// highlighted amber, resolved ones greyed; amounts are exact decimals of the asset.

#include "app/Session.h"
#include "reconcile/Breaks.h"

#include <QAbstractTableModel>

namespace custos::ui {

class ReconBreaksModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Address, Asset, RegisterBalance, ChainBalance, Difference, Status, Owner, Note, ColumnCount };
    enum Role {
        BreakIdRole = Qt::UserRole, // qint64
        StatusRole,                 // QString: open | explained | resolved
        BaseUnitsRole,              // QString: the column's amount in base units (amount columns)
    };

    explicit ReconBreaksModel(QObject *parent = nullptr);

    // Shows the breaks of runId (reads them at once); a null register or runId <= 0 clears.
    void setRun(RegisterPtr reg, qint64 runId);
    void refresh();
    qint64 runId() const { return m_runId; }
    const reconcile::BreakRecord *breakAt(int row) const;
    int rowOfBreak(qint64 breakId) const; // -1 when not listed
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(const QString &kind);     // translated break kind
    static QString statusText(const QString &status); // translated break status

signals:
    void errorOccurred(const QString &message);

private:
    RegisterPtr m_reg;
    qint64 m_runId = 0;
    QList<reconcile::BreakRecord> m_rows;
    QString m_error;
};

} // namespace custos::ui
