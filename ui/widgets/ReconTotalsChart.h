#pragma once
// "Positions vs on-chain per asset at the last run": per asset of every chain's latest run, a
// bar for the register's total and one for the chain's total as that run compared them, each as
// a share of the larger of the two (assets of different magnitudes stay comparable). Amounts
// become doubles only to draw the bars; the tooltip and the accessible description carry the
// exact decimals. A chain whose latest run is incomplete shows as such, with no chain figure.

#include "models/DashboardData.h"

#include <QChartView>

namespace custos::ui {

class ReconTotalsChart : public QChartView {
    Q_OBJECT
public:
    struct Row {
        QString label;   // the category: asset, or chain and why it has no figures
        qint64 runId = 0;
        bool measured = false;
        reconcile::RunAssetTotal total; // measured rows only
        qreal registerBar = 0;          // drawn length, percent of the larger of the two
        qreal chainBar = 0;
        QString exact;                  // the tooltip: exact decimals
    };

    explicit ReconTotalsChart(QWidget *parent = nullptr);
    void setRuns(const QList<LastRun> &lastRuns);
    const QList<Row> &rows() const { return m_rows; }
    bool hasRuns() const { return !m_runs.isEmpty(); }

protected:
    void changeEvent(QEvent *event) override; // rebuilds the chart in the new language

private:
    QList<LastRun> m_runs;
    QList<Row> m_rows;
};

} // namespace custos::ui
