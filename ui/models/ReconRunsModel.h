#pragma once
// Reconciliation runs, newest first, as the register keeps them (a few per chain and day, so the
// whole list is read at once).

#include "app/Session.h"
#include "reconcile/Breaks.h"

#include <QAbstractTableModel>

namespace custos::ui {

class ReconRunsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Chain, Height, Status, Breaks, Finished, RunBy, ColumnCount };
    enum Role {
        RunIdRole = Qt::UserRole, // qint64
        StatusRole,               // QString: clean | breaks | incomplete
        ProblemRole,              // QString, why an incomplete run is incomplete
    };

    explicit ReconRunsModel(QObject *parent = nullptr);

    void setRegister(RegisterPtr reg); // resets and reads the runs; null clears
    void refresh();
    const reconcile::RunRecord *runAt(int row) const;
    int rowOfRun(qint64 runId) const; // -1 when not listed
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status); // translated name of a run status

signals:
    void errorOccurred(const QString &message);

private:
    RegisterPtr m_reg;
    QList<reconcile::RunRecord> m_rows;
    QString m_error;
};

} // namespace custos::ui
