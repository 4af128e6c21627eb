// The desktop GUI over a real register built through core services: unlock, clients and their
// positions, lazy movements, search, audit verification, lock. Runs offscreen.

#include "app/Format.h"
#include "app/MainWindow.h"
#include "app/Session.h"
#include "ledger/Import.h"
#include "ledger/Reference.h"
#include "models/AddressesModel.h"
#include "models/AuditLogModel.h"
#include "models/ClientFilterProxy.h"
#include "models/ClientListModel.h"
#include "models/HoldingsModel.h"
#include "models/MovementsModel.h"
#include "models/PositionsModel.h"
#include "pages/AuditPage.h"
#include "pages/ClientDetail.h"
#include "pages/ClientsPage.h"
#include "pages/DashboardPage.h"
#include "pages/UnlockPage.h"
#include "register/Register.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace custos;
using namespace custos::ui;

namespace {

const QByteArray kAdminPassword = "alice-password";
const QByteArray kOperatorPassword = "olga-password";
const QString kBtcAddress = QStringLiteral("bc1qlk3hqlf0gsnx0u52uragky0ezayhh5w6se98xr");
const QString kEthAddress = QStringLiteral("0xb88fa2bf842360e58bc297bf7646557df32b7acf");
const QString kEthAddress2 = QStringLiteral("0x72258997acfbccce57f9d6c1dc5b0bf43f565f39");
const QString kFirmEthAddress = QStringLiteral("0x1111111111111111111111111111111111111111");
constexpr int kBulkClients = 600;     // with the 3 named ones: more than one page of 500
constexpr int kHeavyMovements = 1200; // client C1: more than two pages of 500

QString txHash(int k)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(k), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensAndShowsDashboard();
    void clientsModelListsClientsLazily();
    void selectingClientShowsExactPositions();
    void movementsFetchLazily();
    void proxyFilterNarrowsByName();
    void auditVerifyShowsIntact();
    void lockReturnsToUnlock();
    void unlockShowsCoreSentences();
    void auditVerifyShowsTampering();

private:
    void buildRegister();
    void unlock();
    bool waitForDashboard();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // recent files go to a test settings location
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("gui.custos"));
    buildRegister();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
}

void TestGui::buildRegister()
{
    auto created = reg::Register::create(m_path, QStringLiteral("alice"), kAdminPassword, crypto::KdfParams{1, 8192, 1});
    QVERIFY2(created.ok(), qPrintable(created.message()));
    reg::Register &admin = *created->reg;
    QVERIFY(ledger::addAsset(admin, {QStringLiteral("bitcoin"), QStringLiteral("BTC"), 8, {}}).ok());
    QVERIFY(ledger::addAsset(admin, {QStringLiteral("ethereum"), QStringLiteral("ETH"), 18, {}}).ok());
    QVERIFY(ledger::addKeySet(admin, QStringLiteral("ks-client"), QStringLiteral("client"), QStringLiteral("hot")).ok());
    QVERIFY(ledger::addKeySet(admin, QStringLiteral("ks-firm"), QStringLiteral("firm"), QStringLiteral("treasury")).ok());
    QVERIFY(ledger::addClient(admin, {QStringLiteral("C1"), QStringLiteral("Anna Schmidt"), {}, QStringLiteral("de")}).ok());
    QVERIFY(ledger::addClient(admin, {QStringLiteral("C2"), QStringLiteral("Lukas Dubois"), {}, QStringLiteral("fr")}).ok());
    QVERIFY(ledger::addClient(admin, {QStringLiteral("C3"), QStringLiteral("Marie Dubois"), {}, QStringLiteral("fr")}).ok());
    for (int i = 1; i <= kBulkClients; ++i) {
        auto c = ledger::addClient(admin, {QStringLiteral("K%1").arg(i, 4, 10, QLatin1Char('0')),
                                           QStringLiteral("Client %1").arg(i, 4, 10, QLatin1Char('0')),
                                           {},
                                           QStringLiteral("en")});
        QVERIFY2(c.ok(), qPrintable(c.message()));
    }
    for (const ledger::AddressInput &a :
         {ledger::AddressInput{QStringLiteral("bitcoin"), kBtcAddress, QStringLiteral("client:C1"), QStringLiteral("ks-client"),
                               QStringLiteral("C1 BTC")},
          ledger::AddressInput{QStringLiteral("ethereum"), kEthAddress, QStringLiteral("client:C1"), QStringLiteral("ks-client"),
                               QStringLiteral("C1 ETH")},
          ledger::AddressInput{QStringLiteral("ethereum"), kEthAddress2, QStringLiteral("client:C2"), QStringLiteral("ks-client"), {}},
          ledger::AddressInput{QStringLiteral("ethereum"), kFirmEthAddress, QStringLiteral("firm"), QStringLiteral("ks-firm"), {}}}) {
        auto added = ledger::addAddress(admin, a);
        QVERIFY2(added.ok(), qPrintable(added.message()));
    }
    QVERIFY(admin.addUser(QStringLiteral("olga"), reg::Role::Operator, kOperatorPassword).ok());

    // C1: 600 BTC deposits of 0.12345678 and 600 ETH deposits of 1.000000000000000001, six to
    // a timestamp so pages end in the middle of equal instants.
    QFile csv(m_dir.filePath(QStringLiteral("movements.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height\n");
    const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    for (int k = 0; k < kHeavyMovements; ++k) {
        const bool btc = k % 2 == 0;
        const QString at = base.addSecs(60 * (k / 6)).toString(Qt::ISODate);
        csv.write(QStringLiteral("C1,%1,%2,deposit,%3,%4,%5,%6%7,%8\n")
                      .arg(btc ? QStringLiteral("bitcoin:BTC") : QStringLiteral("ethereum:ETH"),
                           btc ? QStringLiteral("0.12345678") : QStringLiteral("1.000000000000000001"), at,
                           btc ? QStringLiteral("bitcoin") : QStringLiteral("ethereum"), btc ? kBtcAddress : kEthAddress,
                           btc ? QString() : QStringLiteral("0x"), txHash(k))
                      .arg(k + 1)
                      .toUtf8());
    }
    csv.write(
        QStringLiteral("C2,ethereum:ETH,2.5,deposit,2024-03-01T10:00:00Z,ethereum,%1,0x%2,5000\n").arg(kEthAddress2, txHash(-1)).toUtf8());
    csv.write(QStringLiteral("C2,ethereum:ETH,-0.75,withdrawal,2024-03-02T10:00:00Z,ethereum,%1,0x%2,5001\n")
                  .arg(kEthAddress2, txHash(-2))
                  .toUtf8());
    csv.write(QStringLiteral("firm,ethereum:ETH,10,deposit,2024-03-03T10:00:00Z,ethereum,%1,0x%2,5002\n")
                  .arg(kFirmEthAddress, txHash(-3))
                  .toUtf8());
    csv.close();
    auto op = reg::Register::open(m_path, QStringLiteral("olga"), kOperatorPassword);
    QVERIFY2(op.ok(), qPrintable(op.message()));
    auto imported = ledger::importMovements(**op, csv.fileName());
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QCOMPARE(imported->rows, qint64(kHeavyMovements + 3));
}

void TestGui::unlock()
{
    QSignalSpy opened(m_window->session(), &Session::opened);
    QSignalSpy failed(m_window->session(), &Session::openFailed);
    m_window->openRegister(m_path, QStringLiteral("alice"), kAdminPassword);
    QVERIFY(m_window->session()->isOpening()); // the key is derived in a worker
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 60000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(m_window->isUnlocked());
}

bool TestGui::waitForDashboard()
{
    return QTest::qWaitFor([this] { return !m_window->dashboardPage()->isLoading(); }, 60000);
}

void TestGui::opensAndShowsDashboard()
{
    unlock();
    QVERIFY(waitForDashboard());
    const DashboardData &d = m_window->dashboardPage()->data();
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    QCOMPARE(d.counts.clients, qint64(kBulkClients + 3));
    QCOMPARE(d.counts.movements, qint64(kHeavyMovements + 3));
    QCOMPARE(d.counts.clientAddresses, qint64(3));
    QCOMPARE(d.counts.firmAddresses, qint64(1));
    QCOMPARE(d.counts.assets, qint64(2));
    QVERIFY(d.audit.entries > kBulkClients);
    QCOMPARE(d.audit.head.size(), 64);

    HoldingsModel *h = m_window->dashboardPage()->holdingsModel();
    QCOMPARE(h->rowCount(), 2);
    QCOMPARE(h->index(0, 0).data(HoldingsModel::AssetRole).toString(), QStringLiteral("bitcoin:BTC"));
    QCOMPARE(h->index(0, 0).data(HoldingsModel::ClientsAmountRole).toString(), QStringLiteral("74.074068"));
    QCOMPARE(h->index(0, 0).data(HoldingsModel::FirmAmountRole).toString(), QStringLiteral("0"));
    // 600 x 1.000000000000000001 + 2.5 - 0.75: exact to the wei.
    QCOMPARE(h->index(1, 0).data(HoldingsModel::ClientsAmountRole).toString(), QStringLiteral("601.7500000000000006"));
    QCOMPARE(h->index(1, HoldingsModel::Firm).data().toString(), QStringLiteral("10"));
}

void TestGui::clientsModelListsClientsLazily()
{
    ClientListModel *model = m_window->clientsPage()->model();
    QCOMPARE(model->rowCount(), model->pageSize()); // one page of 500, not 603
    QVERIFY(model->canFetchMore({}));
    QCOMPARE(model->index(0, ClientListModel::Code).data().toString(), QStringLiteral("C1"));
    QCOMPARE(model->index(0, ClientListModel::Name).data().toString(), QStringLiteral("Anna Schmidt"));
    QCOMPARE(model->index(1, ClientListModel::Name).data().toString(), QStringLiteral("Lukas Dubois"));
    QCOMPARE(model->index(0, ClientListModel::Movements).data().toString(), formatCount(kHeavyMovements));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), kBulkClients + 3);
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(model->index(kBulkClients + 2, ClientListModel::Code).data().toString(), QStringLiteral("K0600"));
}

void TestGui::selectingClientShowsExactPositions()
{
    ClientsPage *page = m_window->clientsPage();
    m_window->showScreen(MainWindow::Clients);
    QVERIFY(page->selectRow(0));
    ClientDetail *detail = page->detail();
    QCOMPARE(detail->clientId(), page->model()->index(0, 0).data(ClientListModel::ClientIdRole).toLongLong());

    PositionsModel *positions = detail->positions();
    QCOMPARE(positions->rowCount(), 2);
    QCOMPARE(positions->index(0, PositionsModel::Asset).data().toString(), QStringLiteral("bitcoin:BTC"));
    QCOMPARE(positions->index(0, PositionsModel::Balance).data().toString(), QStringLiteral("74.074068"));
    QCOMPARE(positions->index(0, 0).data(PositionsModel::BaseUnitsRole).toString(), QStringLiteral("7407406800"));
    QCOMPARE(positions->index(1, PositionsModel::Asset).data().toString(), QStringLiteral("ethereum:ETH"));
    QCOMPARE(positions->index(1, PositionsModel::Balance).data().toString(), QStringLiteral("600.0000000000000006"));
    QCOMPARE(positions->index(1, PositionsModel::Balance).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    // The chain columns arrive from a worker: "reading…" first (never a figure that was not read),
    // then the state at the last run (this register has no run: "not reconciled").
    QTRY_VERIFY_WITH_TIMEOUT(!positions->chainPending(), 10000);
    QCOMPARE(positions->index(0, PositionsModel::OnChain).data(PositionsModel::ChainStateRole).toInt(),
             int(reconcile::ClientChainPosition::State::NotReconciled));
    QCOMPARE(positions->index(0, PositionsModel::OnChain).data().toString(), QStringLiteral("not reconciled"));

    AddressesModel *addresses = detail->addresses();
    QCOMPARE(addresses->rowCount(), 2);
    QCOMPARE(addresses->index(0, AddressesModel::Address).data().toString(), kBtcAddress);
    QCOMPARE(addresses->index(0, AddressesModel::Owner).data().toString(), QStringLiteral("client:C1"));
    QCOMPARE(addresses->index(0, AddressesModel::KeySet).data().toString(), QStringLiteral("ks-client"));
    QCOMPARE(addresses->index(1, AddressesModel::Label).data().toString(), QStringLiteral("C1 ETH"));

    // Another client: C2's ETH position is 2.5 - 0.75.
    QVERIFY(page->selectRow(1));
    QCOMPARE(positions->rowCount(), 1);
    QCOMPARE(positions->index(0, PositionsModel::Balance).data().toString(), QStringLiteral("1.75"));
    QCOMPARE(detail->movements()->totalMovements(), qint64(2));
    QCOMPARE(detail->movements()->index(0, MovementsModel::Amount).data().toString(), QStringLiteral("-0.75"));
    QVERIFY(page->selectRow(0));
}

void TestGui::movementsFetchLazily()
{
    MovementsModel *m = m_window->clientsPage()->detail()->movements();
    QCOMPARE(m->totalMovements(), qint64(kHeavyMovements));
    const int first = m->rowCount();
    QCOMPARE(first, m->pageSize()); // the first page only
    QVERIFY(m->canFetchMore({}));
    m->fetchMore({});
    QCOMPARE(m->rowCount(), 2 * m->pageSize());
    m->fetchMore({});
    QCOMPARE(m->rowCount(), kHeavyMovements);
    QVERIFY(!m->canFetchMore({}));
    m->fetchMore({}); // nothing more: no change
    QCOMPARE(m->rowCount(), kHeavyMovements);

    // Newest first across both assets, every movement exactly once, across page boundaries
    // that fall inside runs of equal timestamps.
    QSet<qint64> ids;
    QString prevAt;
    qint64 prevId = 0;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex idx = m->index(r, 0);
        const QString at = idx.data(MovementsModel::OccurredAtRole).toString();
        const qint64 id = idx.data(MovementsModel::MovementIdRole).toLongLong();
        if (r > 0)
            QVERIFY2(at < prevAt || (at == prevAt && id < prevId), qPrintable(QStringLiteral("row %1 out of order").arg(r)));
        ids.insert(id);
        prevAt = at;
        prevId = id;
        const bool btc = idx.data(MovementsModel::AssetRole).toString() == QLatin1String("bitcoin:BTC");
        QCOMPARE(idx.data(MovementsModel::AmountRole).toString(),
                 btc ? QStringLiteral("0.12345678") : QStringLiteral("1.000000000000000001"));
    }
    QCOMPARE(ids.size(), kHeavyMovements);
    QCOMPARE(m->index(0, MovementsModel::Amount).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestGui::proxyFilterNarrowsByName()
{
    ClientsPage *page = m_window->clientsPage();
    ClientFilterProxy *proxy = page->proxy();
    page->setSearchText(QStringLiteral("dubois"));
    QCOMPARE(proxy->rowCount(), 2);
    QCOMPARE(proxy->index(0, ClientListModel::Name).data().toString(), QStringLiteral("Lukas Dubois"));
    QCOMPARE(proxy->index(1, ClientListModel::Name).data().toString(), QStringLiteral("Marie Dubois"));
    // The search reaches clients beyond the first page.
    proxy->setSearchText(QStringLiteral("Client 0599"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, ClientListModel::Code).data().toString(), QStringLiteral("K0599"));
    proxy->setSearchText(QStringLiteral("no such client"));
    QCOMPARE(proxy->rowCount(), 0);
    page->setSearchText(QString());
    QCOMPARE(proxy->rowCount(), page->model()->pageSize());
}

void TestGui::auditVerifyShowsIntact()
{
    m_window->showScreen(MainWindow::Audit);
    AuditPage *audit = m_window->auditPage();
    QVERIFY(audit->model()->rowCount() > 0);
    QCOMPARE(audit->model()->index(0, AuditLogModel::Action).data().toString(), QStringLiteral("import.movements"));
    QSignalSpy verified(audit, &AuditPage::verified);
    audit->verify();
    QVERIFY(audit->isVerifying());
    QVERIFY(verified.wait(60000));
    QCOMPARE(verified.first().first().toBool(), true);
    const qint64 entries = m_window->dashboardPage()->data().audit.entries;
    QVERIFY2(audit->resultText().startsWith(QStringLiteral("intact: %1 entries, head ").arg(formatCount(entries))),
             qPrintable(audit->resultText()));
    QVERIFY(audit->resultText().endsWith(m_window->dashboardPage()->data().audit.head));
}

void TestGui::lockReturnsToUnlock()
{
    m_window->lock();
    QVERIFY(!m_window->isUnlocked());
    QVERIFY(!m_window->session()->isOpen());
    QCOMPARE(m_window->clientsPage()->model()->rowCount(), 0);
    QCOMPARE(m_window->clientsPage()->detail()->movements()->rowCount(), 0);
    QCOMPARE(m_window->auditPage()->model()->rowCount(), 0);
    QCOMPARE(m_window->unlockPage()->registerPath(), m_path);
    QCOMPARE(m_window->unlockPage()->user(), QStringLiteral("alice"));
}

void TestGui::unlockShowsCoreSentences()
{
    UnlockPage *page = m_window->unlockPage();
    QLineEdit *password = nullptr;
    for (QLineEdit *e : page->findChildren<QLineEdit *>())
        if (e->echoMode() == QLineEdit::Password)
            password = e;
    QVERIFY(password);

    auto attempt = [&](const QString &path, const QString &user, const QByteArray &pw) {
        QSignalSpy failed(m_window->session(), &Session::openFailed);
        page->setRegisterPath(path);
        page->setUser(user);
        QTest::keyClicks(password, QString::fromUtf8(pw));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(password->text().isEmpty()); // never kept in the field
        QVERIFY(failed.wait(60000));
    };
    // A headline, then core's sentence as a sentence.
    attempt(m_path, QStringLiteral("alice"), "not-the-password");
    QCOMPARE(page->errorText(), QStringLiteral("The register could not be opened.\nWrong password for user 'alice'."));
    QVERIFY(!m_window->isUnlocked());

    attempt(m_path, QStringLiteral("nobody"), kAdminPassword);
    QCOMPARE(page->errorText(), QStringLiteral("The register could not be opened.\nUnknown user 'nobody' for this register."));

    // A damaged database file (its header overwritten) beside its own key file.
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.custos"));
    QVERIFY(QFile::copy(m_path, damaged));
    QVERIFY(QFile::copy(m_path + QStringLiteral("-keys"), damaged + QStringLiteral("-keys")));
    {
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.write(QByteArray(64, 'x')) == 64);
    }
    attempt(damaged, QStringLiteral("alice"), kAdminPassword);
    QVERIFY2(page->errorText().startsWith(QStringLiteral("The register could not be opened.\n")), qPrintable(page->errorText()));
    QVERIFY2(page->errorText().contains(QStringLiteral("is not a Custos register")), qPrintable(page->errorText()));
    QVERIFY(!m_window->isUnlocked());

    const QString keyFile = m_path + QStringLiteral("-keys");
    QVERIFY(QFile::rename(keyFile, keyFile + QStringLiteral(".moved")));
    attempt(m_path, QStringLiteral("alice"), kAdminPassword);
    QVERIFY(QFile::rename(keyFile + QStringLiteral(".moved"), keyFile));
    QVERIFY2(page->errorText().contains(keyFile), qPrintable(page->errorText()));
}

void TestGui::auditVerifyShowsTampering()
{
    unlock();
    {
        auto other = reg::Register::open(m_path, QStringLiteral("alice"), kAdminPassword);
        QVERIFY2(other.ok(), qPrintable(other.message()));
        QVERIFY((*other)->db().exec("UPDATE audit_log SET actor = 'mallory' WHERE seq = 5").ok());
    }
    AuditPage *audit = m_window->auditPage();
    QSignalSpy verified(audit, &AuditPage::verified);
    audit->verify();
    QVERIFY(verified.wait(60000));
    QCOMPARE(verified.first().first().toBool(), false);
    QVERIFY2(audit->resultText().startsWith(QStringLiteral("TAMPERED at entry 5: ")), qPrintable(audit->resultText()));
    QVERIFY(!audit->resultText().contains(QStringLiteral("intact")));

    // A verification that cannot run is never reported as intact.
    VerifyOutcome failed;
    failed.error = QStringLiteral("disk I/O error");
    QVERIFY(!AuditPage::describe(failed).contains(QStringLiteral("intact")));
    QVERIFY(AuditPage::describe(failed).contains(QStringLiteral("disk I/O error")));
    m_window->lock();
}

QTEST_MAIN(TestGui)
#include "TestGui.moc"
