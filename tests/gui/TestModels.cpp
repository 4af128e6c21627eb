// Every model of the console under QAbstractItemModelTester (fatal mode: a broken invariant fails
// the test at once), over a small demo register, with pages far smaller than the data so the
// lazy models fetch many pages while the tester watches every insertion.

#include "chain/Network.h"
#include "demo/DemoGenerator.h"
#include "ledger/Queries.h"
#include "models/AddressesModel.h"
#include "models/AdminModels.h"
#include "models/AuditLogModel.h"
#include "models/ClientFilterProxy.h"
#include "models/ClientListModel.h"
#include "models/DashboardData.h"
#include "models/HoldingsModel.h"
#include "models/LastRunsModel.h"
#include "models/MovementsModel.h"
#include "models/PositionsModel.h"
#include "models/ReconBreaksModel.h"
#include "models/ReconRunsModel.h"
#include "widgets/ClientHistoryChart.h"
#include "reconcile/Reconcile.h"
#include "reconcile/Sources.h"
#include "register/Register.h"
#include "settings/Endpoints.h"

#include <QAbstractItemModelTester>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace custos;
using namespace custos::ui;

namespace {

const QByteArray kPassword = "models-password";

// Fetches every page the model offers; returns how many fetches it took.
int fetchAll(QAbstractItemModel &m)
{
    int fetches = 0;
    while (m.canFetchMore({})) {
        m.fetchMore({});
        ++fetches;
    }
    return fetches;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void clientList();
    void clientFilterProxy();
    void movements();
    void auditLog();
    void addresses();
    void positions();
    void holdings();
    void reconRunsAndBreaks();
    void clientHistory();
    void users();
    void keySets();
    void endpoints();

private:
    QTemporaryDir m_dir;
    RegisterPtr m_reg;
    qint64 m_clientId = 0;
    QString m_clientCode;
};

void TestModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    demo::DemoOptions o;
    o.path = m_dir.filePath(QStringLiteral("models.custos"));
    o.password = kPassword;
    o.clients = 30;
    o.movements = 3000;
    o.kdf = crypto::KdfParams{1, 8192, 1};
    o.endDate = QDate(2026, 1, 1);
    auto made = demo::generateDemo(o);
    QVERIFY2(made.ok(), qPrintable(made.message()));
    auto opened = reg::Register::open(o.path, QStringLiteral("admin"), kPassword);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    m_reg = RegisterPtr(std::move(*opened));
    // The client with the most movements.
    auto clients = ledger::clientsAfter(*m_reg, 0, 1000);
    QVERIFY(clients.ok());
    qint64 most = -1;
    for (const ledger::ClientSummary &c : *clients)
        if (c.movements > most) {
            most = c.movements;
            m_clientId = c.client.id;
            m_clientCode = c.client.code;
        }
    QVERIFY(most > 20);
}

void TestModels::clientList()
{
    ClientListModel model(nullptr, 7);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRegister(m_reg);
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(fetchAll(model) >= 4);
    QCOMPARE(model.rowCount(), 30);
    QVERIFY(model.atEnd());
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r, 0).data(ClientListModel::ClientIdRole).toLongLong());
    QCOMPARE(ids.size(), 30); // no row twice across page boundaries
    model.setSearch(m_clientCode);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ClientListModel::Code).data().toString(), m_clientCode);
    model.setRegister(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestModels::clientFilterProxy()
{
    ClientListModel model(nullptr, 5);
    ClientFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRegister(m_reg);
    fetchAll(proxy);
    QCOMPARE(proxy.rowCount(), 30);
    proxy.setSearchText(m_clientCode.toLower());
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ClientListModel::Code).data().toString(), m_clientCode);
    proxy.setSearchText(QStringLiteral("no such client anywhere"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    fetchAll(proxy);
    QCOMPARE(proxy.rowCount(), 30);
}

void TestModels::movements()
{
    MovementsModel model(nullptr, 9);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.setClient(m_reg, m_clientId).ok());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    fetchAll(model);
    QCOMPARE(qint64(model.rowCount()), model.totalMovements());
    // Newest first over the merged per-asset streams, and no movement twice.
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex idx = model.index(r, 0);
        ids.insert(idx.data(MovementsModel::MovementIdRole).toLongLong());
        if (r > 0) {
            const QModelIndex prev = model.index(r - 1, 0);
            QVERIFY(prev.data(MovementsModel::OccurredAtRole).toString() >= idx.data(MovementsModel::OccurredAtRole).toString());
        }
    }
    QCOMPARE(qint64(ids.size()), model.totalMovements());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestModels::auditLog()
{
    AuditLogModel model(nullptr, 4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRegister(m_reg);
    fetchAll(model);
    auto head = ledger::auditHead(m_reg->db());
    QVERIFY(head.ok());
    QCOMPARE(qint64(model.rowCount()), head->entries);
    QCOMPARE(model.index(0, AuditLogModel::Seq).data(AuditLogModel::SeqRole).toLongLong(), head->lastSeq);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.index(r - 1, 0).data(AuditLogModel::SeqRole).toLongLong() >
                model.index(r, 0).data(AuditLogModel::SeqRole).toLongLong());

    // Narrowed to one action and one actor, still paged.
    ledger::AuditFilter f;
    f.action = QStringLiteral("user.add");
    model.setFilter(f);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 5); // admin at creation, then olga, anton, bea, clara
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, AuditLogModel::Action).data().toString(), QStringLiteral("user.add"));
    f.actor = QStringLiteral("nobody");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    // A day range: every entry is from today; tomorrow has none.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    model.setFilter(ledger::AuditFilter{{}, {}, today, today});
    fetchAll(model);
    QCOMPARE(qint64(model.rowCount()), head->entries);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    model.setFilter(ledger::AuditFilter{{}, {}, tomorrow, {}});
    QCOMPARE(model.rowCount(), 0);
    // A malformed day is core's sentence, not an empty list that looks like "nothing happened".
    QSignalSpy failed(&model, &AuditLogModel::errorOccurred);
    model.setFilter(ledger::AuditFilter{{}, {}, QStringLiteral("2026-13-45"), {}});
    QCOMPARE(failed.count(), 1);
    QVERIFY(model.lastError().contains(QStringLiteral("YYYY-MM-DD")));
    model.setFilter({});
    fetchAll(model);
    QCOMPARE(qint64(model.rowCount()), head->entries);
}

void TestModels::addresses()
{
    AddressesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.load(m_reg.get(), m_clientId).ok());
    QVERIFY(model.rowCount() >= 1);
    QVERIFY(model.load(m_reg.get(), 0).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::positions()
{
    PositionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.load(m_reg.get(), m_clientCode).ok());
    QVERIFY(model.rowCount() >= 1);
}

void TestModels::holdings()
{
    HoldingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto holdings = ledger::holdingsPerAsset(*m_reg);
    QVERIFY(holdings.ok());
    model.setHoldings(*holdings);
    QCOMPARE(model.rowCount(), int(holdings->size()));
    model.setHoldings({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::reconRunsAndBreaks()
{
    auto opened = reg::Register::open(m_reg->path(), QStringLiteral("olga"), kPassword);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    auto net = chain::networkByName(QStringLiteral("ethereum"));
    QVERIFY(net.ok());
    auto source = reconcile::openSource(**opened, *net, QStringLiteral("snapshot:") + demo::snapshotPathFor(m_reg->path()), {}, {});
    QVERIFY2(source.ok(), qPrintable(source.message()));
    reconcile::RunOptions ro;
    ro.sourceLabel = source->label;
    ro.isSnapshot = true;
    auto run = reconcile::runReconciliation(**opened, *net, *source->source, ro);
    QVERIFY2(run.ok(), qPrintable(run.message()));

    ReconRunsModel runs;
    QAbstractItemModelTester runsTester(&runs, QAbstractItemModelTester::FailureReportingMode::Fatal);
    runs.setRegister(m_reg);
    QCOMPARE(runs.rowCount(), 1);
    QCOMPARE(runs.index(0, 0).data(ReconRunsModel::RunIdRole).toLongLong(), run->runId);
    runs.refresh();
    QCOMPARE(runs.rowCount(), 1);

    ReconBreaksModel breaks;
    QAbstractItemModelTester breaksTester(&breaks, QAbstractItemModelTester::FailureReportingMode::Fatal);
    breaks.setRun(m_reg, run->runId);
    QCOMPARE(breaks.rowCount(), int(run->breaks.size()));
    breaks.setRun(nullptr, 0);
    QCOMPARE(breaks.rowCount(), 0);

    // The dashboard's latest run per chain, with the exact sum of the differences per asset.
    const DashboardData d = loadDashboard(*m_reg);
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    QCOMPARE(d.runs.size(), 1);
    QCOMPARE(d.lastRuns.size(), 1);
    LastRunsModel last;
    QAbstractItemModelTester lastTester(&last, QAbstractItemModelTester::FailureReportingMode::Fatal);
    last.setRuns(d.lastRuns);
    QCOMPARE(last.rowCount(), 1);
    QCOMPARE(last.index(0, LastRunsModel::Chain).data().toString(), QStringLiteral("ethereum"));
    QCOMPARE(last.index(0, LastRunsModel::Height).data().toLongLong(), run->height);
    QCOMPARE(last.index(0, LastRunsModel::Breaks).data(LastRunsModel::OpenBreaksRole).toLongLong(), qint64(run->breaks.size()));
    QCOMPARE(last.index(0, LastRunsModel::Breaks).data().toString(),
             LastRunsModel::tr("%1 (%2 open)").arg(run->breaks.size()).arg(run->breaks.size()));
    QMap<QString, Amount> expected;
    for (const reconcile::BreakLine &b : run->breaks)
        if (b.kind == reconcile::BreakKind::Balance)
            expected[b.asset] = *expected[b.asset].checkedAdd(b.difference);
    QCOMPARE(d.lastRuns.first().differences.size(), expected.size());
    for (const LastRun::AssetDifference &a : d.lastRuns.first().differences)
        QVERIFY2(a.difference == expected.value(a.asset), qPrintable(a.asset));
    if (run->breaks.size() > 0)
        QVERIFY(last.index(0, LastRunsModel::Differences).data().toString() != LastRunsModel::tr("none"));
    last.setRuns({});
    QCOMPARE(last.rowCount(), 0);
}

void TestModels::clientHistory()
{
    // The holdings-over-time worker's sums end at the client's positions, exactly.
    std::atomic_bool cancel(false);
    const ClientHistory h = loadClientHistory(*m_reg, m_clientId, cancel);
    QVERIFY2(h.error.isEmpty(), qPrintable(h.error));
    PositionsModel positions;
    QVERIFY(positions.load(m_reg.get(), m_clientCode).ok());
    QCOMPARE(h.assets.size(), positions.rowCount());
    for (const AssetHistory &a : h.assets) {
        QVERIFY(!a.closing.isEmpty());
        for (int i = 1; i < a.closing.size(); ++i)
            QVERIFY(a.closing.at(i - 1).first < a.closing.at(i).first);
        bool found = false;
        for (int r = 0; r < positions.rowCount(); ++r)
            if (positions.index(r, PositionsModel::Asset).data().toString() == a.asset) {
                QCOMPARE(a.closing.constLast().second.toDecimal(a.decimals), positions.index(r, PositionsModel::Balance).data().toString());
                found = true;
            }
        QVERIFY2(found, qPrintable(a.asset));
    }
    cancel = true;
    QVERIFY(loadClientHistory(*m_reg, m_clientId, cancel).cancelled);
}

void TestModels::users()
{
    UsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.load(m_reg.get()).ok());
    QCOMPARE(model.rowCount(), 5); // admin, olga, anton, bea, clara
    QCOMPARE(model.index(0, UsersModel::Name).data().toString(), QStringLiteral("admin"));
    QCOMPARE(model.index(0, UsersModel::Role).data().toString(), QStringLiteral("admin"));
    QVERIFY(model.load(nullptr).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::keySets()
{
    KeySetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.load(m_reg.get()).ok());
    QVERIFY(model.rowCount() >= 2);
    QSet<QString> owners;
    for (int r = 0; r < model.rowCount(); ++r)
        owners.insert(model.index(r, KeySetsModel::Owner).data().toString());
    QVERIFY(owners.contains(QStringLiteral("client")) && owners.contains(QStringLiteral("firm")));
}

void TestModels::endpoints()
{
    EndpointsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.load(m_reg.get()).ok());
    QCOMPARE(model.rowCount(), 0);
    settings::Endpoint e;
    e.name = QStringLiteral("eth-node");
    e.chain = QStringLiteral("ethereum");
    e.url = QStringLiteral("http://127.0.0.1:8545");
    e.user = QStringLiteral("rpc");
    e.password = QStringLiteral("never-shown");
    QVERIFY(settings::addEndpoint(*m_reg, e).ok());
    QVERIFY(model.load(m_reg.get()).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, EndpointsModel::Name).data().toString(), QStringLiteral("eth-node"));
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.index(0, c).data().toString().contains(QStringLiteral("never-shown")));
    QVERIFY(settings::removeEndpoint(*m_reg, QStringLiteral("eth-node")).ok());
    QVERIFY(model.load(m_reg.get()).ok());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestModels)
#include "TestModels.moc"
