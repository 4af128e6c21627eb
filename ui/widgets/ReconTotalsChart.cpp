#include "widgets/ReconTotalsChart.h"

#include "app/Format.h"
#include "app/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

namespace custos::ui {

namespace {

// For drawing only: the bars of one asset as percentages of the larger magnitude. A negative
// total draws as empty (its exact value is in the tooltip).
std::pair<qreal, qreal> bars(const reconcile::RunAssetTotal &t)
{
    const qreal reg = t.registerTotal.isNegative() ? 0.0 : t.registerTotal.toDecimal(t.decimals).toDouble();
    const qreal onChain = t.chainTotal.isNegative() ? 0.0 : t.chainTotal.toDecimal(t.decimals).toDouble();
    const qreal top = std::max(reg, onChain);
    if (top <= 0)
        return {0.0, 0.0};
    return {100.0 * reg / top, 100.0 * onChain / top};
}

} // namespace

ReconTotalsChart::ReconTotalsChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::white);
    setMinimumHeight(200);
    setRuns({});
}

void ReconTotalsChart::setRuns(const QList<LastRun> &lastRuns)
{
    m_runs = lastRuns;
    m_rows.clear();
    for (const LastRun &last : lastRuns) {
        const reconcile::RunRecord &run = last.run;
        if (run.status == QLatin1String("incomplete")) {
            Row row;
            row.label = tr("%1: run %2 incomplete").arg(run.chain).arg(run.id);
            row.runId = run.id;
            row.exact = tr("%1: the latest run (%2) is incomplete, so nothing was measured.\n%3").arg(run.chain).arg(run.id).arg(run.problem);
            m_rows.append(row);
            continue;
        }
        if (last.totals.isEmpty()) {
            Row row;
            row.label = tr("%1: run %2, no totals kept").arg(run.chain).arg(run.id);
            row.runId = run.id;
            row.exact = tr("%1: run %2 was recorded before the register kept totals per run; run a reconciliation to see them.")
                            .arg(run.chain)
                            .arg(run.id);
            m_rows.append(row);
            continue;
        }
        for (const reconcile::RunAssetTotal &t : last.totals) {
            Row row;
            row.label = t.asset;
            row.runId = run.id;
            row.measured = true;
            row.total = t;
            std::tie(row.registerBar, row.chainBar) = bars(t);
            const auto diff = t.chainTotal.checkedSub(t.registerTotal);
            row.exact = tr("%1 at run %2 (height %3, %4 UTC)\nregister: %5\non-chain: %6\ndifference: %7")
                            .arg(t.asset)
                            .arg(run.id)
                            .arg(run.height)
                            .arg(formatTimestamp(run.finishedAt), t.registerTotal.toDecimal(t.decimals), t.chainTotal.toDecimal(t.decimals),
                                 diff ? diff->toDecimal(t.decimals) : tr("out of range"));
            m_rows.append(row);
        }
    }

    auto *chart = new QChart;
    chart->setTitle(lastRuns.isEmpty() ? tr("Positions vs on-chain per asset at the last run: no reconciliation yet")
                                       : tr("Positions vs on-chain per asset at the last run"));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() + 1);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(8, 4, 8, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *reg = new QBarSet(tr("Register"));
    auto *onChain = new QBarSet(tr("On-chain"));
    reg->setColor(colors::client);
    reg->setBorderColor(colors::client);
    onChain->setColor(colors::good);
    onChain->setBorderColor(colors::good);
    QStringList categories;
    // Horizontal bars grow upwards from the first category: feed the rows last to first so they
    // read top-down.
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        categories << it->label;
        *reg << it->registerBar;
        *onChain << it->chainBar;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(reg);
    series->append(onChain);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto *shareAxis = new QValueAxis;
    shareAxis->setRange(0, 100);
    shareAxis->setTickCount(6);
    shareAxis->setLabelFormat(QStringLiteral("%.0f %%"));
    shareAxis->setTitleText(tr("share of the larger of the two totals"));
    chart->addAxis(shareAxis, Qt::AlignBottom);
    series->attachAxis(shareAxis);

    auto showExact = [this](bool on, int index) {
        if (on && index >= 0 && index < m_rows.size())
            QToolTip::showText(QCursor::pos(), m_rows.at(m_rows.size() - 1 - index).exact, this);
        else
            QToolTip::hideText();
    };
    connect(reg, &QBarSet::hovered, this, showExact);
    connect(onChain, &QBarSet::hovered, this, showExact);

    QStringList description;
    for (const Row &row : std::as_const(m_rows))
        description << row.exact;
    setAccessibleName(tr("Positions vs on-chain per asset at the last run"));
    setAccessibleDescription(lastRuns.isEmpty() ? tr("No reconciliation yet.") : description.join(QStringLiteral("\n\n")));

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

void ReconTotalsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setRuns(m_runs);
    QChartView::changeEvent(event);
}

} // namespace custos::ui
