#pragma once
// "Client vs firm holdings per asset": one horizontal bar per asset, split into the share held
// for clients and the firm's own share. Amounts become doubles only to draw the bars; every
// number a user reads (tooltips, the table beside the chart) is the exact decimal.

#include "ledger/Queries.h"

#include <QChartView>

namespace custos::ui {

class HoldingsChart : public QChartView {
    Q_OBJECT
public:
    explicit HoldingsChart(QWidget *parent = nullptr);
    void setHoldings(const QList<ledger::AssetHoldings> &holdings);
    int assetCount() const { return int(m_labels.size()); }

protected:
    void changeEvent(QEvent *event) override; // rebuilds the chart in the new language

private:
    QList<ledger::AssetHoldings> m_holdings;
    QStringList m_labels; // per asset: exact "client / firm" text for the tooltip
};

} // namespace custos::ui
