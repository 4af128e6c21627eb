#pragma once
// The latest reconciliation run of each chain, for the dashboard: height, when it finished, its
// status and breaks (still open ones too), and per asset the exact sum of the differences it
// found (chain minus register).

#include "models/DashboardData.h"

#include <QAbstractTableModel>

namespace custos::ui {

class LastRunsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Chain, Height, Finished, Status, Breaks, Differences, ColumnCount };
    enum { OpenBreaksRole = Qt::UserRole + 2 };
    enum Role { RunIdRole = Qt::UserRole, StatusRole };

    explicit LastRunsModel(QObject *parent = nullptr);
    void setRuns(const QList<LastRun> &runs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "ethereum:ETH +0.5 · ethereum:USDC −10" (exact), or "none" when nothing differed.
    static QString differencesText(const LastRun &run);

private:
    QList<LastRun> m_rows;
};

} // namespace custos::ui
