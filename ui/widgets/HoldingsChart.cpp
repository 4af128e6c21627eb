#include "widgets/HoldingsChart.h"

#include "app/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

namespace custos::ui {

namespace {

// For drawing only: a bar's length. Negative totals draw as empty.
qreal barLength(const Amount &a, int decimals)
{
    return a.isNegative() ? 0.0 : a.toDecimal(decimals).toDouble();
}

} // namespace

HoldingsChart::HoldingsChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::white);
    setMinimumHeight(200);
    setHoldings({});
}

void HoldingsChart::setHoldings(const QList<ledger::AssetHoldings> &holdings)
{
    m_holdings = holdings;
    auto *chart = new QChart;
    chart->setTitle(tr("Client vs firm holdings per asset"));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() + 1);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(8, 4, 8, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *clients = new QBarSet(tr("Client positions"));
    auto *firm = new QBarSet(tr("Firm (own)"));
    clients->setColor(colors::client);
    firm->setColor(colors::firm);
    clients->setBorderColor(colors::client);
    firm->setBorderColor(colors::firm);
    QStringList categories;
    m_labels.clear();
    // Horizontal bars grow upwards from the first category: feed the assets last to first so
    // they read top-down in the same order as the table.
    for (auto it = holdings.crbegin(); it != holdings.crend(); ++it) {
        const ledger::AssetHoldings &h = *it;
        categories << h.asset;
        *clients << barLength(h.clients, h.decimals);
        *firm << barLength(h.firm, h.decimals);
        m_labels.prepend(
            tr("%1\nclient positions: %2\nfirm (own): %3").arg(h.asset, h.clients.toDecimal(h.decimals), h.firm.toDecimal(h.decimals)));
    }
    auto *series = new QHorizontalPercentBarSeries;
    series->append(clients);
    series->append(firm);
    series->setBarWidth(0.6);
    chart->addSeries(series);

    auto *assetAxis = new QBarCategoryAxis;
    assetAxis->append(categories);
    assetAxis->setGridLineVisible(false);
    chart->addAxis(assetAxis, Qt::AlignLeft);
    series->attachAxis(assetAxis);
    auto *shareAxis = new QValueAxis;
    shareAxis->setRange(0, 100);
    shareAxis->setTickCount(6);
    shareAxis->setLabelFormat(QStringLiteral("%.0f %%"));
    shareAxis->setTitleText(tr("share of the asset held in custody"));
    chart->addAxis(shareAxis, Qt::AlignBottom);
    series->attachAxis(shareAxis);

    auto showExact = [this](bool on, int index) {
        if (on && index >= 0 && index < m_labels.size())
            QToolTip::showText(QCursor::pos(), m_labels.at(m_labels.size() - 1 - index), this);
        else
            QToolTip::hideText();
    };
    connect(clients, &QBarSet::hovered, this, showExact);
    connect(firm, &QBarSet::hovered, this, showExact);

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

void HoldingsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setHoldings(m_holdings);
    QChartView::changeEvent(event);
}

} // namespace custos::ui
