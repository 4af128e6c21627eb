// The Reconciliation page over a real register built through core services: a snapshot run in
// a worker with its breaks, an explanation, a resolve that core refuses, a run that cannot start,
// Cancel against a node that never answers, and Start disabled for a non-operator. Offscreen.

#include "../core/Support.h"

#include "app/Language.h"
#include "app/Session.h"
#include "ledger/Import.h"
#include "models/ReconBreaksModel.h"
#include "models/ReconRunsModel.h"
#include "pages/BreakDetail.h"
#include "pages/ReconStartForm.h"
#include "pages/ReconciliationPage.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace custos;
using namespace custos::test;
using namespace custos::ui;

namespace {

const QByteArray kBtc = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4";
const QByteArray kCompliancePassword = "carl-password-1";

} // namespace

class TestReconciliationPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void snapshotRunShowsExactBreak();
    void explainMarksBreakExplained();
    void resolveShowsCoreSentence();
    void missingSnapshotIsNeverClean();
    void cancelStopsNodeRun();
    void nonOperatorCannotStart();
    void cleanRunIsGreen();

private:
    void openAs(const QString &user, const QByteArray &password);
    void runAndWait();

    RegisterFixture m_fx;
    QString m_snapshot;
    Session *m_session = nullptr;
    std::unique_ptr<ReconciliationPage> m_page;
};

void TestReconciliationPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Language::instance()->apply(QStringLiteral("en"))); // plural forms come from the translation
    QVERIFY(m_fx.create());
    QVERIFY(m_fx.addBasics());
    QVERIFY(m_fx.admin->addUser(QStringLiteral("carl"), reg::Role::Compliance, kCompliancePassword).ok());
    {
        auto op = m_fx.operatorUser();
        QVERIFY(op);
        QByteArray csv = kMovementsHeader;
        csv += "C1,bitcoin:BTC,1.5,deposit,2026-01-02T10:00:00Z,bitcoin," + kBtc + "," + btcTx(1) + ",90\n";
        csv += "C1,bitcoin:BTC,-0.5,withdrawal,2026-01-03T10:00:00Z,bitcoin," + kBtc + "," + btcTx(2) + ",95\n";
        auto imported = ledger::importMovements(*op, m_fx.writeFile(QStringLiteral("m.csv"), csv));
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
    }
    m_fx.admin.reset();
    // The chain holds one satoshi more than the register's 1 BTC.
    m_snapshot = m_fx.writeFile(QStringLiteral("snap.csv"),
                                "chain,address,asset,balance,block_height\nbitcoin," + kBtc + ",bitcoin:BTC,1.00000001,120\n");
    QVERIFY(!m_snapshot.isEmpty());

    m_session = new Session(this);
    m_page = std::make_unique<ReconciliationPage>(m_session);
    m_page->resize(1070, 760);
    new QAbstractItemModelTester(m_page->runsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(m_page->breaksModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    openAs(QStringLiteral("olga"), kOperatorPassword);
}

void TestReconciliationPage::openAs(const QString &user, const QByteArray &password)
{
    m_session->close();
    QSignalSpy opened(m_session, &Session::opened);
    QSignalSpy failed(m_session, &Session::openFailed);
    m_session->open(m_fx.path, user, password);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 60000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
}

void TestReconciliationPage::runAndWait()
{
    QSignalSpy finished(m_page.get(), &ReconciliationPage::runFinished);
    m_page->start();
    QVERIFY(m_page->isRunning()); // in a worker: the page answers while it runs
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 60000);
    QCOMPARE(finished.count(), 1);
}

void TestReconciliationPage::snapshotRunShowsExactBreak()
{
    QVERIFY(m_page->startButton()->isEnabled());
    m_page->form()->setChain(QStringLiteral("bitcoin"));
    m_page->form()->setSourceKind(ReconStartForm::Snapshot);
    m_page->form()->setSnapshotFile(m_snapshot);
    runAndWait();

    QCOMPARE(m_page->banner(), ReconciliationPage::Banner::Breaks);
    QVERIFY2(m_page->bannerText().contains(QStringLiteral("1 break at height 120")), qPrintable(m_page->bannerText()));

    ReconRunsModel *runs = m_page->runsModel();
    QCOMPARE(runs->rowCount(), 1);
    QCOMPARE(runs->index(0, 0).data(ReconRunsModel::StatusRole).toString(), QStringLiteral("breaks"));
    QCOMPARE(runs->index(0, ReconRunsModel::Height).data().toLongLong(), qint64(120));
    QCOMPARE(runs->index(0, ReconRunsModel::RunBy).data().toString(), QStringLiteral("olga"));

    ReconBreaksModel *breaks = m_page->breaksModel();
    QCOMPARE(breaks->rowCount(), 1);
    QCOMPARE(breaks->index(0, ReconBreaksModel::Address).data().toString(), QString::fromLatin1(kBtc));
    QCOMPARE(breaks->index(0, ReconBreaksModel::RegisterBalance).data().toString(), QStringLiteral("1"));
    QCOMPARE(breaks->index(0, ReconBreaksModel::ChainBalance).data().toString(), QStringLiteral("1.00000001"));
    QCOMPARE(breaks->index(0, ReconBreaksModel::Difference).data().toString(), QStringLiteral("0.00000001"));
    QCOMPARE(breaks->index(0, ReconBreaksModel::Difference).data(ReconBreaksModel::BaseUnitsRole).toString(), QStringLiteral("1"));
    QCOMPARE(breaks->index(0, ReconBreaksModel::Difference).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(breaks->index(0, 0).data(ReconBreaksModel::StatusRole).toString(), QStringLiteral("open"));
    QVERIFY(breaks->index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color().isValid()); // highlighted
    QVERIFY(m_page->detail()->breakId().has_value());
    QVERIFY(m_page->detail()->detailText().contains(QStringLiteral("0.00000001")));
}

void TestReconciliationPage::explainMarksBreakExplained()
{
    BreakDetail *d = m_page->detail();
    QVERIFY(!d->explainButton()->isEnabled()); // an explanation needs a note
    d->ownerEdit()->setText(QStringLiteral("back office"));
    d->noteEdit()->setText(QStringLiteral("exchange fee credited twice"));
    QVERIFY(d->explainButton()->isEnabled());
    d->explainButton()->click();
    QCOMPARE(d->errorText(), QString());
    ReconBreaksModel *breaks = m_page->breaksModel();
    QCOMPARE(breaks->index(0, 0).data(ReconBreaksModel::StatusRole).toString(), QStringLiteral("explained"));
    QCOMPARE(breaks->index(0, ReconBreaksModel::Status).data().toString(), QStringLiteral("explained"));
    QCOMPARE(breaks->index(0, ReconBreaksModel::Owner).data().toString(), QStringLiteral("back office"));
    QCOMPARE(breaks->index(0, ReconBreaksModel::Note).data().toString(), QStringLiteral("exchange fee credited twice"));
    QVERIFY(d->detailText().contains(QStringLiteral("exchange fee credited twice")));
}

void TestReconciliationPage::resolveShowsCoreSentence()
{
    BreakDetail *d = m_page->detail();
    d->movementEdit()->setText(QStringLiteral("9999"));
    d->resolveButton()->click();
    QVERIFY2(d->errorText().contains(QStringLiteral("there is no movement 9999")), qPrintable(d->errorText()));
    QCOMPARE(m_page->breaksModel()->index(0, 0).data(ReconBreaksModel::StatusRole).toString(), QStringLiteral("explained"));
}

void TestReconciliationPage::missingSnapshotIsNeverClean()
{
    m_page->form()->setSourceKind(ReconStartForm::Snapshot);
    m_page->form()->setSnapshotFile(m_fx.dir.filePath(QStringLiteral("no-such-snapshot.csv")));
    runAndWait();
    QCOMPARE(m_page->banner(), ReconciliationPage::Banner::Failed);
    const QString text = m_page->bannerText();
    QVERIFY2(text.contains(QStringLiteral("no-such-snapshot.csv")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Nothing was recorded as clean")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("clean at height")));
    QCOMPARE(m_page->runsModel()->rowCount(), 1); // nothing recorded
}

void TestReconciliationPage::cancelStopsNodeRun()
{
    // A node that accepts connections and never answers: only Cancel (or the timeout) ends the run.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            held.append(s);
    });
    m_page->form()->setChain(QStringLiteral("ethereum"));
    m_page->form()->setSourceKind(ReconStartForm::EvmNode);
    m_page->form()->setNodeUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    QSignalSpy finished(m_page.get(), &ReconciliationPage::runFinished);
    m_page->start();
    QVERIFY(m_page->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 10000);
    QVERIFY(m_page->isRunning());
    m_page->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 15000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toString(), QStringLiteral("incomplete"));
    QCOMPARE(m_page->banner(), ReconciliationPage::Banner::Failed);
    QVERIFY2(m_page->bannerText().contains(QStringLiteral("INCOMPLETE")), qPrintable(m_page->bannerText()));
    QVERIFY2(m_page->bannerText().contains(QStringLiteral("cancelled")), qPrintable(m_page->bannerText()));
    QCOMPARE(m_page->runsModel()->index(0, 0).data(ReconRunsModel::StatusRole).toString(), QStringLiteral("incomplete"));
    qDeleteAll(held);
}

void TestReconciliationPage::nonOperatorCannotStart()
{
    openAs(QStringLiteral("carl"), kCompliancePassword);
    QVERIFY(!m_page->startButton()->isEnabled());
    QVERIFY2(m_page->startButton()->toolTip().contains(QStringLiteral("Only operators")), qPrintable(m_page->startButton()->toolTip()));
    QCOMPARE(m_page->runsModel()->rowCount(), 2); // earlier runs stay readable
    // Core refuses anyway, and the page shows its sentence.
    m_page->form()->setChain(QStringLiteral("bitcoin"));
    m_page->form()->setSourceKind(ReconStartForm::Snapshot);
    m_page->form()->setSnapshotFile(m_snapshot);
    runAndWait();
    QCOMPARE(m_page->banner(), ReconciliationPage::Banner::Failed);
    QVERIFY2(m_page->bannerText().contains(QStringLiteral("may not run reconciliations")), qPrintable(m_page->bannerText()));
}

void TestReconciliationPage::cleanRunIsGreen()
{
    openAs(QStringLiteral("olga"), kOperatorPassword);
    const QString clean = m_fx.writeFile(QStringLiteral("clean.csv"),
                                         "chain,address,asset,balance,block_height\nbitcoin," + kBtc + ",bitcoin:BTC,1,121\n");
    m_page->form()->setChain(QStringLiteral("bitcoin"));
    m_page->form()->setSourceKind(ReconStartForm::Snapshot);
    m_page->form()->setSnapshotFile(clean);
    m_page->form()->setHeight(QStringLiteral("121"));
    runAndWait();
    QCOMPARE(m_page->banner(), ReconciliationPage::Banner::Clean);
    QVERIFY2(m_page->bannerText().contains(QStringLiteral("clean at height 121")), qPrintable(m_page->bannerText()));
    QCOMPARE(m_page->breaksModel()->rowCount(), 0);
    m_session->close();
    QCOMPARE(m_page->runsModel()->rowCount(), 0);
    QVERIFY(m_page->bannerText().isEmpty());
}

QTEST_MAIN(TestReconciliationPage)
#include "TestReconciliationPage.moc"
