#include "app/Launch.h"

#include "app/MainWindow.h"
#include "app/Session.h"
#include "models/ClientListModel.h"
#include "models/WithdrawalsModel.h"
#include "pages/AdminPage.h"
#include "pages/ApprovalsPage.h"
#include "pages/AuditPage.h"
#include "pages/ClientDetail.h"
#include "pages/ClientsPage.h"
#include "models/PositionsModel.h"
#include "pages/DashboardPage.h"
#include "widgets/ClientHistoryChart.h"
#include "pages/ReconStartForm.h"
#include "pages/ReconciliationPage.h"
#include "pages/SegregationPage.h"
#include "pages/StatementsPage.h"
#include "models/StatementsModel.h"

#include <QTableView>
#include "pages/UnlockPage.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QPixmap>
#include <QPushButton>
#include <QStringList>
#include <QTableView>
#include <QThread>

#include <cstdio>
#include <functional>

namespace custos::ui {

namespace {

constexpr QSize kScreenSize(1280, 800);

void printError(const QString &message)
{
    std::fprintf(stderr, "custos: %s\n", qPrintable(message));
}

// Runs the event loop until done() holds; false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    QCoreApplication::processEvents();
    return true;
}

// Renders screens into memory; writes them only once every screen rendered, so a failed run
// leaves no partial set behind.
class Shooter {
public:
    explicit Shooter(const QString &dir) : m_dir(dir) {}

    bool take(QWidget &window, const QString &name)
    {
        // A window that is never shown gets its pending resize events only when it is rendered,
        // and the layouts those trigger run afterwards: render once to settle, then for real.
        QCoreApplication::processEvents();
        (void)window.grab(QRect(QPoint(0, 0), kScreenSize));
        QCoreApplication::processEvents();
        const QPixmap pix = window.grab(QRect(QPoint(0, 0), kScreenSize));
        if (pix.isNull()) {
            printError(QCoreApplication::translate("custos::ui::Launch", "cannot render the %1 screen").arg(name));
            return false;
        }
        m_shots.append({name, pix});
        return true;
    }

    bool writeAll() const
    {
        for (const auto &[name, pix] : m_shots) {
            const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
            if (!pix.save(path, "PNG")) {
                printError(QCoreApplication::translate("custos::ui::Launch", "cannot write the screenshot %1").arg(path));
                return false;
            }
            std::fprintf(stdout, "%s\n", qPrintable(path));
        }
        return true;
    }

private:
    QString m_dir;
    QList<std::pair<QString, QPixmap>> m_shots;
};

// The Reconciliation screen with the runs on record. A screenshot only looks: it never starts a
// run, so rendering the screens leaves the register as it was.
bool shootReconciliation(MainWindow &window, Shooter &shots)
{
    window.showScreen(MainWindow::Reconciliation);
    return shots.take(window, QStringLiteral("reconciliation"));
}

// The Approvals screen as an approver sees it: the inbox with the first request selected. The
// screens are taken as the user given; when that user has nothing to sign, the register is
// opened again as the first approver with a request waiting, when the same password opens it
// (the demo register's users share one), and the screen shows that approver's inbox. Otherwise
// it shows the requests as the user given sees them.
bool shootApprovals(MainWindow &window, Shooter &shots, const LaunchOptions &o, const QByteArray &password)
{
    auto showBest = [&window] {
        window.showScreen(MainWindow::Approvals);
        ApprovalsPage *page = window.approvalsPage();
        if (page->inboxModel()->rowCount() > 0) {
            page->showTab(ApprovalsPage::Inbox);
            // The request with the most earlier decisions shows the most.
            const approvals::Withdrawal *pick = page->inboxModel()->withdrawalAt(0);
            for (int i = 1; i < page->inboxModel()->rowCount(); ++i)
                if (page->inboxModel()->withdrawalAt(i)->decisions.size() > pick->decisions.size())
                    pick = page->inboxModel()->withdrawalAt(i);
            page->selectInboxRequest(pick->id);
        } else {
            page->showTab(ApprovalsPage::Requests);
            page->requestsView()->selectRow(0);
        }
    };
    const auto reg = window.session()->reg();
    QStringList approvers;
    if (reg && window.approvalsPage()->inboxModel()->rowCount() == 0) {
        auto users = reg->users();
        if (users.ok())
            for (const reg::UserInfo &u : *users)
                if (u.role == reg::Role::Approver)
                    approvers << u.name;
    }
    // The approver with the most requests waiting.
    QString best;
    int most = 0;
    for (const QString &name : approvers) {
        window.session()->close();
        QString openError;
        const auto c = QObject::connect(window.session(), &Session::openFailed, [&openError](const QString &m) { openError = m; });
        window.openRegister(o.registerPath, name, password);
        const bool opened = waitUntil([&] { return window.session()->isOpen() || !openError.isEmpty(); }, 120000) && openError.isEmpty();
        QObject::disconnect(c);
        const int waiting = opened ? window.approvalsPage()->inboxModel()->rowCount() : 0;
        if (waiting > most) {
            most = waiting;
            best = name;
        }
    }
    if (!best.isEmpty() && (!window.session()->isOpen() || window.session()->reg()->user().name != best)) {
        window.session()->close();
        window.openRegister(o.registerPath, best, password);
        waitUntil([&] { return window.session()->isOpen(); }, 120000);
    }
    if (best.isEmpty() && !approvers.isEmpty())
        window.session()->close();
    if (!window.session()->isOpen()) { // no approver could be opened: back to the user given
        QString openError;
        const auto c = QObject::connect(window.session(), &Session::openFailed, [&openError](const QString &m) { openError = m; });
        window.openRegister(o.registerPath, o.user, password);
        waitUntil([&] { return window.session()->isOpen() || !openError.isEmpty(); }, 120000);
        QObject::disconnect(c);
        if (!openError.isEmpty()) {
            printError(openError);
            return false;
        }
    }
    showBest();
    return shots.take(window, QStringLiteral("approvals"));
}

// The Segregation screen after a check (read-only: it records nothing), the first finding
// selected; a role that may not run the check sees the page as it is.
bool shootSegregation(MainWindow &window, Shooter &shots)
{
    window.showScreen(MainWindow::Segregation);
    SegregationPage *page = window.segregationPage();
    if (page->mayRun()) {
        page->runCheck();
        if (!waitUntil([&] { return !page->isRunning(); }, 3600000)) {
            printError(QCoreApplication::translate("custos::ui::Launch", "the segregation check did not finish"));
            return false;
        }
    }
    return shots.take(window, QStringLiteral("segregation"));
}

// The Statements screen with the statements on record, the newest selected. Like every screen
// here it only looks: producing statements records them, so it is left to the user.
bool shootStatements(MainWindow &window, Shooter &shots)
{
    window.showScreen(MainWindow::Statements);
    StatementsPage *page = window.statementsPage();
    if (!page->model()->lastError().isEmpty()) {
        printError(page->model()->lastError());
        return false;
    }
    if (page->model()->rowCount() > 0)
        page->listView()->selectRow(0);
    return shots.take(window, QStringLiteral("statements"));
}

} // namespace

QStringList screenshotNames()
{
    return {QStringLiteral("unlock"), QStringLiteral("dashboard"), QStringLiteral("clients"), QStringLiteral("client"),
            QStringLiteral("client-history"), QStringLiteral("reconciliation"), QStringLiteral("approvals"), QStringLiteral("segregation"),
            QStringLiteral("statements"), QStringLiteral("audit"), QStringLiteral("admin")};
}

int runWindow(const LaunchOptions &o)
{
    MainWindow window;
    if (!o.registerPath.isEmpty())
        window.unlockPage()->setRegisterPath(o.registerPath);
    if (!o.user.isEmpty())
        window.unlockPage()->setUser(o.user);
    window.show();
    if (!o.passwordFile.isEmpty()) {
        if (o.registerPath.isEmpty() || o.user.isEmpty()) {
            window.unlockPage()->showError(
                QCoreApplication::translate("custos::ui::Launch", "--password-file needs --register and --user as well."));
        } else if (auto pw = Session::readPasswordFile(o.passwordFile); !pw.ok()) {
            window.unlockPage()->showError(pw.message());
        } else {
            window.openRegister(o.registerPath, o.user, std::move(pw.value()));
        }
    }
    window.unlockPage()->focusFirstEmpty();
    return QApplication::exec();
}

int takeScreenshots(const LaunchOptions &o)
{
    if (o.registerPath.isEmpty() || o.user.isEmpty() || o.passwordFile.isEmpty()) {
        printError(
            QCoreApplication::translate("custos::ui::Launch", "--screenshot needs --register PATH, --user NAME and --password-file FILE"));
        return 2;
    }
    if (!QDir().mkpath(o.screenshotDir)) {
        printError(QCoreApplication::translate("custos::ui::Launch", "cannot create the directory %1").arg(o.screenshotDir));
        return 2;
    }
    auto password = Session::readPasswordFile(o.passwordFile);
    if (!password.ok()) {
        printError(password.message());
        return 2;
    }

    MainWindow window;
    window.setRememberRecent(false);
    window.resize(kScreenSize);
    Shooter shots(o.screenshotDir);
    window.unlockPage()->setRegisterPath(o.registerPath);
    window.unlockPage()->setUser(o.user);
    if (!shots.take(window, QStringLiteral("unlock")))
        return 1;

    QString openError;
    const auto failed = QObject::connect(window.session(), &Session::openFailed, [&openError](const QString &m) { openError = m; });
    window.openRegister(o.registerPath, o.user, password.value());
    if (!waitUntil([&] { return window.session()->isOpen() || !openError.isEmpty(); }, 120000) || !openError.isEmpty()) {
        printError(openError.isEmpty() ? QCoreApplication::translate("custos::ui::Launch", "opening %1 timed out").arg(o.registerPath)
                                       : openError);
        return 3;
    }
    QObject::disconnect(failed);

    DashboardPage *dashboard = window.dashboardPage();
    window.showScreen(MainWindow::Dashboard);
    if (!waitUntil([&] { return !dashboard->isLoading(); }, 600000)) {
        printError(QCoreApplication::translate("custos::ui::Launch", "the dashboard did not finish loading"));
        return 1;
    }
    if (!dashboard->data().error.isEmpty()) {
        printError(QCoreApplication::translate("custos::ui::Launch", "the dashboard could not be read: %1").arg(dashboard->data().error));
        return 1;
    }
    if (!shots.take(window, QStringLiteral("dashboard")))
        return 1;

    window.showScreen(MainWindow::Clients);
    ClientsPage *clients = window.clientsPage();
    if (!clients->model()->lastError().isEmpty()) {
        printError(clients->model()->lastError());
        return 1;
    }
    if (!shots.take(window, QStringLiteral("clients")))
        return 1;
    if (!clients->selectRow(0))
        printError(QCoreApplication::translate("custos::ui::Launch", "the register has no clients; client.png shows no client"));
    // The positions' chain figures at the last run arrive from a worker.
    waitUntil([&] { return !clients->detail()->positions()->chainPending(); }, 600000);
    if (!shots.take(window, QStringLiteral("client")))
        return 1;
    if (clients->detail()->clientId() > 0) {
        clients->detail()->showHistory();
        if (!waitUntil([&] { return !clients->detail()->historyChart()->isLoading(); }, 600000)) {
            printError(QCoreApplication::translate("custos::ui::Launch", "the client's holdings over time did not finish loading"));
            return 1;
        }
        if (!shots.take(window, QStringLiteral("client-history")))
            return 1;
    }

    if (!shootReconciliation(window, shots))
        return 1;
    if (!shootSegregation(window, shots) || !shootStatements(window, shots))
        return 1;

    window.showScreen(MainWindow::Audit);
    AuditPage *audit = window.auditPage();
    audit->verify();
    if (!waitUntil([&] { return !audit->isVerifying(); }, 3600000)) {
        printError(QCoreApplication::translate("custos::ui::Launch", "the audit verification did not finish"));
        return 1;
    }
    if (!shots.take(window, QStringLiteral("audit")))
        return 1;

    window.showScreen(MainWindow::Admin);
    window.adminPage()->showTab(AdminPage::Users);
    if (!shots.take(window, QStringLiteral("admin")))
        return 1;
    // Last: it may sign in again as an approver.
    if (!shootApprovals(window, shots, o, password.value()))
        return 1;
    window.session()->close();
    return shots.writeAll() ? 0 : 1;
}

} // namespace custos::ui
