// The console around the screens: creating a register with the wizard and opening it, the
// Administration page (an admin adds a user and a chain endpoint; other roles only read),
// locking on demand (Ctrl+L) and after the idle time. Runs offscreen.

#include "app/IdleLock.h"
#include "app/MainWindow.h"
#include "app/Session.h"
#include "ledger/Reference.h"
#include "models/AdminModels.h"
#include "pages/AdminPage.h"
#include "pages/AdminTabs.h"
#include "pages/ClientsPage.h"
#include "pages/NewRegisterWizard.h"
#include "pages/UnlockPage.h"
#include "register/KeyFile.h"
#include "register/Register.h"
#include "settings/Custodian.h"
#include "settings/Endpoints.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace custos;
using namespace custos::ui;

namespace {

const QByteArray kAdminPassword = "alice-password";
const QByteArray kOperatorPassword = "olga-password";
const crypto::KdfParams kCheap{1, 8192, 1};

// With CUSTOS_TEST_SHOTS=DIR set, the wizard's pages are saved there as PNG for review.
void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CUSTOS_TEST_SHOTS");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

bool openAs(MainWindow &w, const QString &path, const QString &user, const QByteArray &password)
{
    QSignalSpy failed(w.session(), &Session::openFailed);
    w.openRegister(path, user, password);
    if (!QTest::qWaitFor([&] { return w.isUnlocked() || !failed.isEmpty(); }, 60000))
        return false;
    return w.isUnlocked();
}

} // namespace

class TestConsole : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void wizardCreatesARegisterThatOpens();
    void wizardRefusesAnExistingFileAndDifferentPasswords();
    void adminAddsUserAndEndpoint();
    void otherRolesOnlyRead();
    void lockOnDemandWithCtrlL();
    void locksWhenIdle();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("console.custos"));
    auto created = reg::Register::create(m_path, QStringLiteral("alice"), kAdminPassword, kCheap);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    QVERIFY(created->reg->addUser(QStringLiteral("olga"), reg::Role::Operator, kOperatorPassword).ok());
    QVERIFY(ledger::addKeySet(*created->reg, QStringLiteral("ks-client"), QStringLiteral("client"), QStringLiteral("hot")).ok());
}

void TestConsole::wizardCreatesARegisterThatOpens()
{
    MainWindow w;
    w.setRememberRecent(false);
    NewRegisterWizard *wizard = w.createRegister();
    QVERIFY(wizard);
    wizard->setKdfParams(kCheap);
    const QString path = m_dir.filePath(QStringLiteral("fresh")); // the wizard adds .custos
    wizard->findChild<QLineEdit *>(QStringLiteral("wizardPath"))->setText(path);
    shoot(wizard, QStringLiteral("wizard-1-file"));
    QVERIFY(wizard->problemOnPage(NewRegisterWizard::FilePage).isEmpty());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewRegisterWizard::CustodianPage));
    wizard->next(); // no legal name yet: stays
    QCOMPARE(wizard->currentId(), int(NewRegisterWizard::CustodianPage));
    wizard->findChild<QLineEdit *>(QStringLiteral("wizardCustodianName"))->setText(QStringLiteral("Nordlicht Verwahrung AG"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewRegisterWizard::AdminPage));
    wizard->findChild<QLineEdit *>(QStringLiteral("wizardAdminName"))->setText(QStringLiteral("root"));
    wizard->findChild<QLineEdit *>(QStringLiteral("wizardPassword"))->setText(QStringLiteral("root-password-1"));
    wizard->findChild<QLineEdit *>(QStringLiteral("wizardRepeat"))->setText(QStringLiteral("root-password-1"));
    shoot(wizard, QStringLiteral("wizard-3-admin"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewRegisterWizard::CreatePage));
    QVERIFY(wizard->isCreating()); // in a worker; the window keeps repainting
    QTRY_VERIFY_WITH_TIMEOUT(wizard->isCreated(), 60000);
    QVERIFY2(wizard->creationError().isEmpty(), qPrintable(wizard->creationError()));
    QVERIFY(QFile::exists(path + QStringLiteral(".custos")));
    QVERIFY(QFile::exists(reg::KeyFile::pathFor(path + QStringLiteral(".custos"))));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewRegisterWizard::RecoveryPage));
    const QString key = wizard->recoveryKey();
    QCOMPARE(key.size(), 71);
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("wizardRecoveryKey"))->text().remove(QLatin1Char('\n')), key);
    shoot(wizard, QStringLiteral("wizard-5-recovery"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewRegisterWizard::ConfirmPage));

    // A wrong group is refused; the right one (in any case) finishes.
    auto *confirm = wizard->findChild<QLineEdit *>(QStringLiteral("wizardConfirm"));
    const QString group = key.split(QLatin1Char('-')).at(wizard->confirmGroup() - 1);
    confirm->setText(group == QStringLiteral("00000000") ? QStringLiteral("11111111") : QStringLiteral("00000000"));
    QVERIFY(!wizard->problemOnPage(NewRegisterWizard::ConfirmPage).isEmpty());
    QVERIFY(!wizard->validateCurrentPage());
    confirm->setText(group.toUpper());
    shoot(wizard, QStringLiteral("wizard-6-confirm"));
    QVERIFY(wizard->problemOnPage(NewRegisterWizard::ConfirmPage).isEmpty());
    wizard->accept();

    // The new register opens as its administrator, with the custodian's details saved.
    QTRY_VERIFY_WITH_TIMEOUT(w.isUnlocked(), 60000);
    auto reg = w.session()->reg();
    QCOMPARE(reg->user().name, QStringLiteral("root"));
    QCOMPARE(reg->user().role, reg::Role::Admin);
    QCOMPARE(settings::readCustodian(*reg)->name, QStringLiteral("Nordlicht Verwahrung AG"));
    w.lock();
    // The recovery key shown opens it too.
    QVERIFY(reg::Register::openWithRecoveryKey(path + QStringLiteral(".custos"), key).ok());
}

void TestConsole::wizardRefusesAnExistingFileAndDifferentPasswords()
{
    NewRegisterWizard wizard;
    wizard.setKdfParams(kCheap);
    wizard.restart();
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardPath"))->setText(m_path);
    QVERIFY(wizard.problemOnPage(NewRegisterWizard::FilePage).contains(QStringLiteral("exists already")));
    QVERIFY(!wizard.validateCurrentPage());
    QCOMPARE(wizard.currentId(), int(NewRegisterWizard::FilePage));
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardAdminName"))->setText(QStringLiteral("root"));
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardPassword"))->setText(QStringLiteral("root-password-1"));
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardRepeat"))->setText(QStringLiteral("root-password-2"));
    QVERIFY(wizard.problemOnPage(NewRegisterWizard::AdminPage).contains(QStringLiteral("differ")));
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardPassword"))->setText(QStringLiteral("short"));
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardRepeat"))->setText(QStringLiteral("short"));
    QVERIFY(wizard.problemOnPage(NewRegisterWizard::AdminPage).contains(QStringLiteral("at least 8")));
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardAdminName"))->setText(QStringLiteral("no spaces"));
    QVERIFY(wizard.problemOnPage(NewRegisterWizard::AdminPage).contains(QStringLiteral("not a valid user name")));
}

void TestConsole::adminAddsUserAndEndpoint()
{
    MainWindow w;
    w.setRememberRecent(false);
    QVERIFY(openAs(w, m_path, QStringLiteral("alice"), kAdminPassword));
    w.showScreen(MainWindow::Admin);
    AdminPage *admin = w.adminPage();

    UsersTab *users = admin->usersTab();
    QVERIFY(users->findChild<QPushButton *>(QStringLiteral("addUser"))->isVisibleTo(users));
    const int before = users->model()->rowCount();
    users->addUser(QStringLiteral("bea"), QStringLiteral("approver"), QStringLiteral("bea-password"), QStringLiteral("bea-passw0rd"));
    QVERIFY(users->errorText().contains(QStringLiteral("differ")));
    QSignalSpy added(users, &UsersTab::userAdded);
    users->addUser(QStringLiteral("bea"), QStringLiteral("approver"), QStringLiteral("bea-password"), QStringLiteral("bea-password"));
    QVERIFY(users->isBusy()); // the key slot is derived in a worker
    QVERIFY(added.wait(60000));
    QCOMPARE(users->model()->rowCount(), before + 1);
    QVERIFY(users->resultText().contains(QStringLiteral("bea")));
    QVERIFY(reg::Register::open(m_path, QStringLiteral("bea"), "bea-password").ok());
    users->addUser(QStringLiteral("bea"), QStringLiteral("approver"), QStringLiteral("bea-password"), QStringLiteral("bea-password"));
    QTRY_VERIFY_WITH_TIMEOUT(!users->isBusy(), 60000);
    QVERIFY(!users->errorText().isEmpty()); // core refuses a second bea

    EndpointsTab *endpoints = admin->endpointsTab();
    endpoints->addEndpoint(QStringLiteral("btc-main"), QStringLiteral("bitcoin"), QStringLiteral("http://127.0.0.1:8332"),
                           QStringLiteral("rpc"), QStringLiteral("rpc-secret"));
    QVERIFY2(endpoints->errorText().isEmpty(), qPrintable(endpoints->errorText()));
    QCOMPARE(endpoints->model()->rowCount(), 1);
    QCOMPARE(endpoints->model()->index(0, EndpointsModel::Chain).data().toString(), QStringLiteral("bitcoin"));
    endpoints->addEndpoint(QStringLiteral("btc-2"), QStringLiteral("bitcoin"), QStringLiteral("http://127.0.0.1:8332"), QString(),
                           QString());
    QVERIFY(endpoints->errorText().contains(QStringLiteral("credentials")));
    QCOMPARE(endpoints->model()->rowCount(), 1);
    // The secret is in the register, for use only.
    auto used = settings::endpointForUse(*w.session()->reg(), QStringLiteral("btc-main"));
    QVERIFY(used.ok());
    QCOMPARE(used->password, QStringLiteral("rpc-secret"));

    // Remove needs a selection.
    endpoints->removeSelected();
    QVERIFY(!endpoints->errorText().isEmpty());
    endpoints->view()->setCurrentIndex(endpoints->model()->index(0, 0));
    endpoints->removeSelected();
    QCOMPARE(endpoints->model()->rowCount(), 0);
    w.lock();
}

void TestConsole::otherRolesOnlyRead()
{
    MainWindow w;
    w.setRememberRecent(false);
    QVERIFY(openAs(w, m_path, QStringLiteral("olga"), kOperatorPassword));
    w.showScreen(MainWindow::Admin);
    AdminPage *admin = w.adminPage();
    QVERIFY(!admin->usersTab()->findChild<QPushButton *>(QStringLiteral("addUser"))->isVisibleTo(admin->usersTab()));
    QVERIFY(admin->usersTab()->model()->rowCount() >= 2); // reads the users
    QVERIFY(!admin->endpointsTab()->findChild<QPushButton *>(QStringLiteral("addEndpoint"))->isVisibleTo(admin->endpointsTab()));
    QVERIFY(admin->custodianTab()->nameEdit()->isReadOnly());
    QVERIFY(!admin->custodianTab()->findChild<QPushButton *>(QStringLiteral("saveCustodian"))->isVisibleTo(admin->custodianTab()));
    // Core refuses anyway.
    admin->endpointsTab()->addEndpoint(QStringLiteral("eth"), QStringLiteral("ethereum"), QStringLiteral("http://127.0.0.1:8545"),
                                       QString(), QString());
    QVERIFY(admin->endpointsTab()->errorText().contains(QStringLiteral("olga")));
    QCOMPARE(admin->endpointsTab()->model()->rowCount(), 0);
    w.lock();
}

void TestConsole::lockOnDemandWithCtrlL()
{
    MainWindow w;
    w.setRememberRecent(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openAs(w, m_path, QStringLiteral("alice"), kAdminPassword));
    // Ctrl+F goes to the client search.
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    auto *search = w.clientsPage()->findChild<QLineEdit *>();
    QVERIFY(search);
    QTRY_VERIFY(search->hasFocus());
    QSignalSpy closed(w.session(), &Session::closed);
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!w.session()->isOpen());
    QVERIFY(!w.isUnlocked());
    QCOMPARE(w.unlockPage()->registerPath(), m_path); // ready to unlock again
}

void TestConsole::locksWhenIdle()
{
    MainWindow w;
    w.setRememberRecent(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.idleLock()->setInterval(300);
    QVERIFY(!w.idleLock()->isActive()); // nothing to lock yet
    QVERIFY(openAs(w, m_path, QStringLiteral("alice"), kAdminPassword));
    QVERIFY(w.idleLock()->isActive());

    // Activity keeps it open...
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(150);
        QTest::mouseMove(&w, QPoint(100 + i * 10, 100));
        QVERIFY(w.session()->isOpen());
    }
    // ...a quiet spell locks it, and Unlock says why.
    QTRY_VERIFY_WITH_TIMEOUT(!w.session()->isOpen(), 5000);
    QVERIFY(!w.isUnlocked());
    QVERIFY2(w.unlockPage()->errorText().contains(QStringLiteral("without activity")), qPrintable(w.unlockPage()->errorText()));
    QVERIFY(!w.idleLock()->isActive());

    // The Preferences spin box sets the time (minutes) for this workstation.
    QVERIFY(openAs(w, m_path, QStringLiteral("alice"), kAdminPassword));
    const int minutes = IdleLock::savedMinutes() == 7 ? 8 : 7;
    w.adminPage()->preferencesTab()->idleBox()->setValue(minutes);
    QCOMPARE(IdleLock::savedMinutes(), minutes);
    QCOMPARE(w.idleLock()->interval(), minutes * 60 * 1000);
    w.lock();
}

QTEST_MAIN(TestConsole)
#include "TestConsole.moc"
