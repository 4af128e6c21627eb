// The dashboard's figures and the client page's chain columns over the demo register: the
// dashboard reads kept totals that equal the positions summed; the "positions vs on-chain" chart
// shows, per asset, exactly what the chain's latest run compared (nothing before a run, no figure
// for an incomplete run); the client page shows the on-chain balance and the difference for a
// client with a planted break. Offscreen.

#include "chain/Network.h"
#include "demo/DemoGenerator.h"
#include "ledger/Queries.h"
#include "ledger/Totals.h"
#include "models/DashboardData.h"
#include "models/PositionsModel.h"
#include "reconcile/Breaks.h"
#include "reconcile/ClientChain.h"
#include "reconcile/ReconQueries.h"
#include "reconcile/Reconcile.h"
#include "reconcile/Sources.h"
#include "register/Register.h"
#include "statements/Listing.h"
#include "widgets/ReconTotalsChart.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QColor>
#include <QHorizontalBarSeries>
#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

using namespace custos;
using namespace custos::ui;

namespace {

const QByteArray kPassword = "dashboard-password";

QString describe(const QList<ledger::AssetHoldings> &list)
{
    QStringList out;
    for (const ledger::AssetHoldings &h : list)
        out << QStringLiteral("%1 %2 %3 %4").arg(h.asset, h.clients.toBaseUnits(), h.firm.toBaseUnits()).arg(h.clientsHolding);
    return out.join(QLatin1Char(';'));
}

// The chart's drawn values, top row first (the bars are fed bottom-up).
QList<QPair<qreal, qreal>> drawnBars(ReconTotalsChart &chart)
{
    QList<QPair<qreal, qreal>> out;
    const auto series = chart.chart()->series();
    if (series.size() != 1)
        return out;
    auto *bars = qobject_cast<QHorizontalBarSeries *>(series.first());
    if (!bars || bars->barSets().size() != 2)
        return out;
    const QBarSet *reg = bars->barSets().at(0);
    const QBarSet *onChain = bars->barSets().at(1);
    for (int i = reg->count() - 1; i >= 0; --i)
        out.append({reg->at(i), onChain->at(i)});
    return out;
}

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void dashboardFiguresEqualThePositions();
    void noReconciliationYet();
    void chartShowsTheRunsTotals();
    void clientPageShowsTheDifference();
    void incompleteRunShowsNoFigure();

private:
    QTemporaryDir m_dir;
    RegisterPtr m_admin;
    RegisterPtr m_operator;
    QString m_snapshot;
};

void TestDashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    demo::DemoOptions o;
    o.path = m_dir.filePath(QStringLiteral("dash.custos"));
    o.password = kPassword;
    o.clients = 40;
    o.movements = 4000;
    o.kdf = crypto::KdfParams{1, 8192, 1};
    o.endDate = QDate(2026, 1, 1);
    auto made = demo::generateDemo(o);
    QVERIFY2(made.ok(), qPrintable(made.message()));
    QVERIFY(made->plantedBreaks > 0);
    m_snapshot = made->snapshotPath;
    auto admin = reg::Register::open(o.path, QStringLiteral("admin"), kPassword);
    auto op = reg::Register::open(o.path, QStringLiteral("olga"), kPassword);
    QVERIFY2(admin.ok() && op.ok(), qPrintable(admin.ok() ? op.message() : admin.message()));
    m_admin = RegisterPtr(std::move(*admin));
    m_operator = RegisterPtr(std::move(*op));
}

void TestDashboard::dashboardFiguresEqualThePositions()
{
    const DashboardData d = loadDashboard(*m_admin);
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    auto summed = ledger::summedHoldings(*m_admin);
    QVERIFY(summed.ok());
    QCOMPARE(describe(d.holdings), describe(*summed));
    QVERIFY(!d.holdings.isEmpty());
    auto st = m_admin->db().prepare("SELECT count(*) FROM movements");
    QVERIFY(st.ok() && st->step().value());
    QCOMPARE(d.counts.movements, st->columnInt(0));
    st->reset();
    QCOMPARE(d.statementsDue, *statements::statementsDue(m_admin->db(), d.statementsPeriod));
    QVERIFY(d.statementsDue > 0); // the demo holds positions and has no statement of last quarter
}

void TestDashboard::noReconciliationYet()
{
    const DashboardData d = loadDashboard(*m_admin);
    QVERIFY(d.lastRuns.isEmpty());
    ReconTotalsChart chart;
    chart.setRuns(d.lastRuns);
    QVERIFY(chart.rows().isEmpty());
    QVERIFY(chart.chart()->title().contains(QStringLiteral("no reconciliation yet")));
    QVERIFY(drawnBars(chart).isEmpty());
}

void TestDashboard::chartShowsTheRunsTotals()
{
    // Every chain of the demo against its snapshot.
    auto chains = reconcile::assetChains(*m_operator);
    QVERIFY(chains.ok());
    for (const QString &name : *chains) {
        auto net = chain::networkByName(name);
        QVERIFY(net.ok());
        auto opened = reconcile::openSource(*m_operator, *net, QStringLiteral("snapshot:") + m_snapshot, {}, {});
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        reconcile::RunOptions ro;
        ro.sourceLabel = opened->label;
        ro.isSnapshot = true;
        auto run = reconcile::runReconciliation(*m_operator, *net, *opened->source, ro);
        QVERIFY2(run.ok(), qPrintable(run.message()));
        QVERIFY(run->status != QLatin1String("incomplete"));
    }
    const DashboardData d = loadDashboard(*m_admin);
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    QCOMPARE(d.lastRuns.size(), chains->size());
    ReconTotalsChart chart;
    chart.setRuns(d.lastRuns);
    const QList<QPair<qreal, qreal>> bars = drawnBars(chart);
    QCOMPARE(bars.size(), chart.rows().size());
    int row = 0;
    bool sawDifference = false;
    for (const LastRun &last : d.lastRuns) {
        auto kept = reconcile::runTotals(*m_admin, last.run.id);
        QVERIFY(kept.ok());
        QVERIFY(!kept->isEmpty());
        for (const reconcile::RunAssetTotal &t : *kept) {
            const ReconTotalsChart::Row &r = chart.rows().at(row);
            QVERIFY(r.measured);
            QCOMPARE(r.label, t.asset);
            QCOMPARE(r.total.registerTotal, t.registerTotal);
            QCOMPARE(r.total.chainTotal, t.chainTotal);
            QVERIFY(r.exact.contains(t.registerTotal.toDecimal(t.decimals)));
            QVERIFY(r.exact.contains(t.chainTotal.toDecimal(t.decimals)));
            // The drawn bars: the larger total is the full bar, the other its share of it.
            QCOMPARE(bars.at(row).first, r.registerBar);
            QCOMPARE(bars.at(row).second, r.chainBar);
            QVERIFY(qFuzzyCompare(std::max(r.registerBar, r.chainBar), 100.0) || (r.registerBar == 0 && r.chainBar == 0));
            sawDifference = sawDifference || t.registerTotal != t.chainTotal;
            ++row;
        }
    }
    QCOMPARE(row, chart.rows().size());
    QVERIFY(sawDifference); // the planted breaks show as a gap between the bars
}

void TestDashboard::clientPageShowsTheDifference()
{
    // A planted break at a client's own address.
    QMap<QString, Amount> expected; // asset -> sum of the client's break differences
    QString client;
    reconcile::BreakFilter f;
    const Status s = reconcile::forEachBreak(*m_admin, f, [&](const reconcile::BreakRecord &b) {
        if (b.kind != QLatin1String("balance") || !client.isEmpty())
            return;
        auto st = m_admin->db().prepare("SELECT c.code FROM addresses a JOIN clients c ON c.id = a.client_id WHERE a.chain = ? AND a.address = ?");
        st->bind(1, b.chain).bind(2, b.address);
        if (st->step().value())
            client = st->columnText(0);
    });
    QVERIFY(s.ok());
    QVERIFY2(!client.isEmpty(), "the demo plants a break at a client's own address");
    auto chainSide = reconcile::clientChainPositions(*m_admin, client);
    QVERIFY2(chainSide.ok(), qPrintable(chainSide.message()));

    PositionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.load(m_admin.get(), client).ok());
    QVERIFY(model.rowCount() >= 1);
    int differing = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString asset = model.index(r, PositionsModel::Asset).data().toString();
        const auto it = std::find_if(chainSide->cbegin(), chainSide->cend(), [&](const reconcile::ClientChainPosition &c) { return c.asset == asset; });
        QVERIFY(it != chainSide->cend());
        const QModelIndex diff = model.index(r, PositionsModel::Difference);
        const QModelIndex onChain = model.index(r, PositionsModel::OnChain);
        switch (it->state) {
        case reconcile::ClientChainPosition::State::Measured:
            QCOMPARE(onChain.data().toString(), it->chain.toDecimal(it->decimals));
            QCOMPARE(diff.data().toString(), it->difference.toDecimal(it->decimals));
            QCOMPARE(diff.data(PositionsModel::DifferenceBaseUnitsRole).toString(), it->difference.toBaseUnits());
            if (!it->difference.isZero()) {
                ++differing;
                QCOMPARE(diff.data(Qt::ForegroundRole).value<QColor>(), QColor(0xb4, 0x23, 0x18));
                QVERIFY(diff.data(Qt::BackgroundRole).isValid());
                // chain = register at the run + the differences of the client's breaks
                QCOMPARE(*it->registerAtRun.checkedAdd(it->difference), it->chain);
            } else {
                QVERIFY(!diff.data(Qt::BackgroundRole).isValid());
            }
            break;
        case reconcile::ClientChainPosition::State::Omnibus:
            QCOMPARE(onChain.data().toString(), QStringLiteral("omnibus share"));
            QVERIFY(!onChain.data(PositionsModel::ChainBaseUnitsRole).isValid());
            break;
        default:
            QFAIL("every chain of the demo was reconciled: no position may be unreconciled here");
        }
    }
    QVERIFY(differing >= 1);
}

void TestDashboard::incompleteRunShowsNoFigure()
{
    // A snapshot file that is missing makes no run; a source that fails is recorded incomplete.
    class Failing : public chain::ChainSource {
    public:
        Status checkNetwork() override { return makeError(ErrorCode::SourceFailed, QStringLiteral("the node at http://127.0.0.1:1 refused")); }
        Result<chain::BlockRef> tip() override { return chain::BlockRef{1, QStringLiteral("h")}; }
        Result<chain::BlockRef> blockAt(qint64 h) override { return chain::BlockRef{h, QStringLiteral("h")}; }
        Result<QList<chain::Balance>> balances(const QList<chain::AssetAddress> &, qint64, const chain::SourceProgress &) override
        {
            return QList<chain::Balance>();
        }
        Result<QList<chain::Transfer>> transfers(const QList<chain::AssetAddress> &, qint64, qint64) override { return QList<chain::Transfer>(); }
    } failing;
    const QString first = reconcile::assetChains(*m_operator)->first();
    reconcile::RunOptions ro;
    ro.sourceLabel = QStringLiteral("node");
    auto run = reconcile::runReconciliation(*m_operator, *chain::networkByName(first), failing, ro);
    QVERIFY(run.ok());
    QCOMPARE(run->status, QStringLiteral("incomplete"));
    const DashboardData d = loadDashboard(*m_admin);
    ReconTotalsChart chart;
    chart.setRuns(d.lastRuns);
    bool found = false;
    for (const ReconTotalsChart::Row &r : chart.rows())
        if (r.runId == run->runId) {
            found = true;
            QVERIFY(!r.measured);
            QVERIFY(r.label.contains(QStringLiteral("incomplete")));
            QCOMPARE(r.registerBar, 0.0);
            QCOMPARE(r.chainBar, 0.0);
        }
    QVERIFY(found);
    // The client page says so too, for every position on that chain.
    auto clients = ledger::clientsAfter(*m_admin, 0, 50);
    QVERIFY(clients.ok());
    int incomplete = 0;
    for (const ledger::ClientSummary &c : *clients) {
        PositionsModel model;
        QVERIFY(model.load(m_admin.get(), c.client.code).ok());
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, PositionsModel::Asset).data().toString().startsWith(first + QLatin1Char(':'))) {
                QCOMPARE(model.index(r, PositionsModel::OnChain).data().toString(), QStringLiteral("run incomplete"));
                ++incomplete;
            }
    }
    QVERIFY(incomplete > 0);
}

QTEST_MAIN(TestDashboard)
#include "TestDashboard.moc"
