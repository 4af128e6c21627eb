#include "app/MainWindow.h"

#include "app/Format.h"
#include "app/RecentRegisters.h"
#include "app/Session.h"
#include "pages/AuditPage.h"
#include "pages/ClientsPage.h"
#include "pages/DashboardPage.h"
#include "pages/UnlockPage.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace custos::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_session(new Session(this))
{
    setWindowTitle(tr("Custos"));
    resize(1280, 800);
    setMinimumSize(1024, 640);

    m_unlock = new UnlockPage(this);
    m_console = buildConsole();
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_unlock);
    m_stack->addWidget(m_console);
    setCentralWidget(m_stack);

    m_statusRegister = new QLabel(this);
    m_statusUser = new QLabel(this);
    m_statusRole = new QLabel(this);
    for (QLabel *l : {m_statusRegister, m_statusUser, m_statusRole}) {
        l->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(l, l == m_statusRegister ? 1 : 0);
    }
    m_statusRegister->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buildMenus();

    m_unlock->setRecentRegisters(recent::registers());
    m_unlock->setUser(recent::lastUser());
    connect(m_unlock, &UnlockPage::unlockRequested, this, &MainWindow::openRegister);
    connect(m_session, &Session::busyChanged, m_unlock, &UnlockPage::setBusy);
    connect(m_session, &Session::opened, this, &MainWindow::onOpened);
    connect(m_session, &Session::openFailed, this, &MainWindow::onOpenFailed);
    connect(m_session, &Session::closed, this, &MainWindow::onClosed);
    showUnlock();
}

MainWindow::~MainWindow()
{
    m_session->close();
}

QWidget *MainWindow::buildConsole()
{
    auto *console = new QWidget(this);
    auto *nav = new QWidget(console);
    nav->setObjectName(QStringLiteral("navPanel"));
    nav->setAttribute(Qt::WA_StyledBackground);
    nav->setFixedWidth(210);
    auto *brand = new QLabel(tr("Custos"), nav);
    brand->setObjectName(QStringLiteral("navBrand"));
    auto *sub = new QLabel(tr("MiCA custody console"), nav);
    sub->setObjectName(QStringLiteral("navSub"));
    m_nav = new QListWidget(nav);
    m_nav->setObjectName(QStringLiteral("nav"));
    m_nav->addItems({tr("Dashboard"), tr("Clients"), tr("Audit log")});
    m_nav->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *lockButton = new QPushButton(tr("Lock register"), nav);
    lockButton->setObjectName(QStringLiteral("navLock"));
    lockButton->setCursor(Qt::PointingHandCursor);
    auto *navLayout = new QVBoxLayout(nav);
    navLayout->setContentsMargins(0, 18, 0, 14);
    navLayout->setSpacing(2);
    auto *brandBox = new QVBoxLayout;
    brandBox->setContentsMargins(18, 0, 18, 16);
    brandBox->setSpacing(0);
    brandBox->addWidget(brand);
    brandBox->addWidget(sub);
    navLayout->addLayout(brandBox);
    navLayout->addWidget(m_nav, 1);
    auto *lockBox = new QHBoxLayout;
    lockBox->setContentsMargins(16, 0, 16, 0);
    lockBox->addWidget(lockButton);
    navLayout->addLayout(lockBox);

    m_dashboard = new DashboardPage(m_session, console);
    m_clients = new ClientsPage(m_session, console);
    m_audit = new AuditPage(m_session, console);
    m_pages = new QStackedWidget(console);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_clients);
    m_pages->addWidget(m_audit);

    auto *layout = new QHBoxLayout(console);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(nav);
    layout->addWidget(m_pages, 1);

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(lockButton, &QPushButton::clicked, this, &MainWindow::lock);
    m_nav->setCurrentRow(Dashboard);
    return console;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Register"));
    m_lockAction = file->addAction(tr("&Lock"), this, &MainWindow::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("&Dashboard"), tr("&Clients"), tr("&Audit log")};
    for (int i = 0; i < ScreenCount; ++i) {
        QAction *a = view->addAction(names.at(i), this, [this, i] { showScreen(Screen(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(m_session, &Session::opened, a, [a] { a->setEnabled(true); });
        connect(m_session, &Session::closed, a, [a] { a->setEnabled(false); });
        a->setEnabled(false);
    }
    view->addSeparator();
    m_refreshAction = view->addAction(tr("&Refresh dashboard"), this, [this] { m_dashboard->refresh(); });
    m_refreshAction->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Custos"), this, [this] {
        QMessageBox::about(this, tr("About Custos"),
                           tr("<b>Custos %1</b><p>Custody operations console for crypto-asset custodians under "
                              "MiCA (Regulation (EU) 2023/1114).</p>")
                               .arg(versionString()));
    });
}

void MainWindow::openRegister(const QString &path, const QString &user, QByteArray password)
{
    m_pendingPath = path;
    m_pendingUser = user;
    m_unlock->setRegisterPath(path);
    m_unlock->setUser(user);
    m_session->open(path, user, std::move(password));
}

void MainWindow::onOpened()
{
    const auto reg = m_session->reg();
    if (m_rememberRecent)
        recent::remember(reg->path(), reg->user().name);
    m_statusRegister->setText(tr("Register: %1").arg(reg->path()));
    m_statusUser->setText(tr("User: %1").arg(reg->user().name));
    m_statusRole->setText(tr("Role: %1").arg(reg::roleName(reg->user().role)));
    m_unlock->clearPassword();
    m_unlock->showError(QString());
    setWindowTitle(tr("%1 — Custos").arg(reg->path()));
    showScreen(Dashboard);
}

void MainWindow::onOpenFailed(const QString &message)
{
    m_unlock->showError(message);
    showUnlock();
    m_unlock->focusFirstEmpty();
}

void MainWindow::onClosed()
{
    m_unlock->setRecentRegisters(recent::registers());
    m_unlock->setRegisterPath(m_pendingPath);
    m_unlock->setUser(m_pendingUser);
    showUnlock();
    m_unlock->focusFirstEmpty();
}

void MainWindow::lock()
{
    m_session->close();
}

void MainWindow::showScreen(Screen screen)
{
    if (!m_session->isOpen())
        return;
    m_stack->setCurrentWidget(m_console);
    m_nav->setCurrentRow(screen);
    m_lockAction->setEnabled(true);
    m_refreshAction->setEnabled(true);
}

void MainWindow::showUnlock()
{
    m_stack->setCurrentWidget(m_unlock);
    m_lockAction->setEnabled(false);
    m_refreshAction->setEnabled(false);
    m_statusRegister->setText(tr("No register open"));
    m_statusUser->clear();
    m_statusRole->clear();
    setWindowTitle(tr("Custos"));
}

bool MainWindow::isUnlocked() const
{
    return m_session->isOpen() && m_stack->currentWidget() == m_console;
}

} // namespace custos::ui
