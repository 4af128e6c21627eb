#include "widgets/BreaksChart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QScatterSeries>
#include <QValueAxis>

namespace custos::ui {

namespace {

const QColor kLineColors[] = {QColor(0x2f, 0x6f, 0xb0), QColor(0xe0, 0x8a, 0x2c), QColor(0x1b, 0x7f, 0x3b), QColor(0x8e, 0x44, 0xad),
                              QColor(0xb4, 0x23, 0x18)};

} // namespace

BreaksChart::BreaksChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::white);
    setMinimumHeight(180);
    setRuns({});
}

void BreaksChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setRuns(m_runs);
    QChartView::changeEvent(event);
}

void BreaksChart::setRuns(const QList<reconcile::RunRecord> &runs)
{
    m_runs = runs;
    auto *chart = new QChart;
    chart->setTitle(runs.isEmpty() ? tr("Breaks per reconciliation run (no run yet)") : tr("Breaks per reconciliation run"));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() + 1);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(6, 2, 6, 2));
    chart->legend()->setAlignment(Qt::AlignRight);

    QMap<QString, QList<const reconcile::RunRecord *>> byChain;
    qint64 most = 0;
    QDateTime first, last;
    for (const reconcile::RunRecord &run : runs) {
        const QDateTime at = QDateTime::fromString(run.finishedAt, Qt::ISODate);
        if (!at.isValid())
            continue;
        byChain[run.chain].append(&run);
        most = qMax(most, run.breaks);
        if (!first.isValid() || at < first)
            first = at;
        if (!last.isValid() || at > last)
            last = at;
    }
    auto *x = new QDateTimeAxis;
    x->setTickCount(3);
    x->setTitleText(first.isValid() && first.secsTo(last) < 2 * 86400
                        ? tr("run finished on %1 (UTC)").arg(first.toUTC().toString(QStringLiteral("yyyy-MM-dd")))
                        : tr("run finished (UTC)"));
    if (first.isValid()) {
        // A single instant still gets a readable span around it; runs within two days show times.
        x->setRange(first.addSecs(-3600), last.addSecs(3600));
        x->setFormat(first.secsTo(last) < 2 * 86400 ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd"));
    } else {
        x->setFormat(QStringLiteral("yyyy-MM-dd"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        x->setRange(now.addDays(-7), now);
    }
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, qMax<qint64>(most + 1, 4));
    y->setTickCount(5);
    y->setTitleText(tr("breaks"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    m_series = 0;
    int colour = 0;
    for (auto it = byChain.cbegin(); it != byChain.cend(); ++it) {
        auto *line = new QLineSeries;
        line->setName(it.key());
        auto *points = new QScatterSeries;
        points->setMarkerSize(7);
        const QColor c = kLineColors[colour++ % std::size(kLineColors)];
        line->setColor(c);
        points->setColor(c);
        points->setBorderColor(c);
        for (const reconcile::RunRecord *run : it.value()) {
            const qreal t = qreal(QDateTime::fromString(run->finishedAt, Qt::ISODate).toMSecsSinceEpoch());
            line->append(t, qreal(run->breaks));
            points->append(t, qreal(run->breaks));
        }
        for (QXYSeries *s : {static_cast<QXYSeries *>(line), static_cast<QXYSeries *>(points)}) {
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
        }
        ++m_series;
    }
    // Only the lines carry a legend entry.
    const auto markers = chart->legend()->markers();
    for (QLegendMarker *m : markers)
        if (qobject_cast<QScatterSeries *>(m->series()))
            m->setVisible(false);
    chart->legend()->setVisible(m_series > 0);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace custos::ui
