#include "app/Launch.h"

#include "app/MainWindow.h"
#include "app/Session.h"
#include "models/ClientListModel.h"
#include "pages/AdminPage.h"
#include "pages/AuditPage.h"
#include "pages/ClientDetail.h"
#include "pages/ClientsPage.h"
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
            QStringLiteral("client-history"), QStringLiteral("reconciliation"), QStringLiteral("segregation"),
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
    QObject::connect(window.session(), &Session::openFailed, [&openError](const QString &m) { openError = m; });
    window.openRegister(o.registerPath, o.user, std::move(password.value()));
    if (!waitUntil([&] { return window.session()->isOpen() || !openError.isEmpty(); }, 120000) || !openError.isEmpty()) {
        printError(openError.isEmpty() ? QCoreApplication::translate("custos::ui::Launch", "opening %1 timed out").arg(o.registerPath)
                                       : openError);
        return 3;
    }

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
    window.session()->close();
    return shots.writeAll() ? 0 : 1;
}

} // namespace custos::ui
