#pragma once
// "Breaks per reconciliation run": one line per chain, a point per run at the time it finished.
// Counts of breaks are whole numbers; no amount is drawn here.

#include "reconcile/Breaks.h"

#include <QChartView>

namespace custos::ui {

class BreaksChart : public QChartView {
    Q_OBJECT
public:
    explicit BreaksChart(QWidget *parent = nullptr);
    void setRuns(const QList<reconcile::RunRecord> &runsOldestFirst);
    int seriesCount() const { return m_series; }

protected:
    void changeEvent(QEvent *event) override; // rebuilds the chart in the new language

private:
    QList<reconcile::RunRecord> m_runs;
    int m_series = 0;
};

} // namespace custos::ui
