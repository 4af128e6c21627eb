#include "widgets/ClientHistoryChart.h"

#include "app/Theme.h"
#include "ledger/Queries.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMap>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace custos::ui {

namespace {
constexpr int kPage = 5000;
}

ClientHistory loadClientHistory(reg::Register &r, qint64 clientId, const std::atomic_bool &cancel)
{
    ClientHistory out;
    auto assets = ledger::clientAssets(r, clientId);
    if (!assets.ok()) {
        out.error = assets.message();
        return out;
    }
    for (const ledger::ClientAsset &a : *assets) {
        // Net change per day, walking newest first; positions start from nothing.
        QMap<QDate, Amount> perDay;
        ledger::MovementCursor cursor;
        while (true) {
            if (cancel) {
                out.cancelled = true;
                return out;
            }
            auto page = ledger::clientMovements(r, clientId, a, cursor, kPage);
            if (!page.ok()) {
                out.error = page.message();
                return out;
            }
            for (const ledger::MovementRow &m : *page) {
                const QDate day = QDateTime::fromString(m.occurredAt, Qt::ISODate).toUTC().date();
                Amount &slot = perDay[day];
                const std::optional<Amount> sum = slot.checkedAdd(m.amount);
                if (!sum) {
                    out.error = QStringLiteral("the movements of %1 exceed the amount range when summed").arg(a.asset);
                    return out;
                }
                slot = *sum;
            }
            if (page->size() < kPage)
                break;
            cursor = ledger::MovementCursor::after(page->constLast());
        }
        AssetHistory h{a.asset, a.decimals, {}};
        Amount balance;
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
            const std::optional<Amount> next = balance.checkedAdd(it.value());
            if (!next) {
                out.error = QStringLiteral("the balance of %1 exceeds the amount range").arg(a.asset);
                return out;
            }
            balance = *next;
            h.closing.append({it.key(), balance});
        }
        out.assets.append(h);
    }
    return out;
}

ClientHistoryChart::ClientHistoryChart(QWidget *parent) : QWidget(parent)
{
    m_asset = new QComboBox(this);
    m_asset->setObjectName(QStringLiteral("historyAsset"));
    m_asset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_asset->setMinimumContentsLength(14);
    m_assetLabel = new QLabel(this);
    m_assetLabel->setBuddy(m_asset);
    m_status = mutedLabel(QString(), this);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundBrush(Qt::white);
    m_view->setMinimumHeight(180);
    auto *top = new QHBoxLayout;
    top->addWidget(m_assetLabel);
    top->addWidget(m_asset);
    top->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_asset, &QComboBox::currentIndexChanged, this, &ClientHistoryChart::draw);
    retranslateUi();
    draw();
}

ClientHistoryChart::~ClientHistoryChart()
{
    cancel();
}

void ClientHistoryChart::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    if (m_watcher) {
        // The worker holds its own register reference and stops at its next page.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

void ClientHistoryChart::setClient(RegisterPtr reg, qint64 clientId)
{
    cancel();
    m_history = {};
    m_asset->clear();
    draw();
    if (!reg || clientId <= 0)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher = new QFutureWatcher<ClientHistory>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_history = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        {
            const QSignalBlocker block(m_asset);
            m_asset->clear();
            for (const AssetHistory &a : m_history.assets)
                m_asset->addItem(a.asset);
        }
        draw();
        emit loaded();
    });
    retranslateUi();
    m_watcher->setFuture(
        QtConcurrent::run([reg, clientId, flag = m_cancel] { return loadClientHistory(*reg, clientId, *flag); }));
}

void ClientHistoryChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        draw();
    }
    QWidget::changeEvent(event);
}

void ClientHistoryChart::retranslateUi()
{
    m_assetLabel->setText(tr("&Asset:"));
    m_asset->setAccessibleName(tr("Asset of the holdings chart"));
    if (isLoading())
        m_status->setText(tr("Summing the client's movements…"));
    else if (!m_history.error.isEmpty())
        m_status->setText(m_history.error);
    else
        m_status->setText(tr("Balance at the end of each day with movements (UTC); exact figures are in the positions table."));
}

void ClientHistoryChart::draw()
{
    retranslateUi();
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->legend()->hide();
    const int index = m_asset->currentIndex();
    const AssetHistory *h = index >= 0 && index < m_history.assets.size() ? &m_history.assets.at(index) : nullptr;
    chart->setTitle(h ? tr("Holdings of %1 over time").arg(h->asset) : tr("Holdings over time"));
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
    x->setTickCount(5);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.6g"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    if (h && !h->closing.isEmpty()) {
        auto *line = new QLineSeries;
        line->setColor(colors::client);
        double lo = 0, hi = 0;
        double lastV = 0;
        for (const auto &[day, balance] : h->closing) {
            const qreal t = qreal(QDateTime(day, QTime(23, 59, 59), Qt::UTC).toMSecsSinceEpoch());
            const double v = balance.toDecimal(h->decimals).toDouble(); // drawing only
            if (!line->points().isEmpty())
                line->append(t, lastV); // a step: the balance holds until the day's movements
            line->append(t, v);
            lo = qMin(lo, v);
            hi = qMax(hi, v);
            lastV = v;
        }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        const QDate first = h->closing.constFirst().first, last = h->closing.constLast().first;
        x->setRange(QDateTime(first.addDays(-1), QTime(0, 0), Qt::UTC), QDateTime(last.addDays(1), QTime(0, 0), Qt::UTC));
        y->setRange(lo, hi > lo ? hi * 1.05 : lo + 1);
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        x->setRange(now.addDays(-30), now);
        y->setRange(0, 1);
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace custos::ui
