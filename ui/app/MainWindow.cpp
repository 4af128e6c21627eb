#include "app/MainWindow.h"

#include "app/Format.h"
#include "app/IdleLock.h"
#include "app/Language.h"
#include "app/RecentRegisters.h"
#include "app/Session.h"
#include "pages/AdminPage.h"
#include "pages/ApprovalsPage.h"
#include "pages/AuditPage.h"
#include "pages/ClientsPage.h"
#include "pages/DashboardPage.h"
#include "models/ClientFilterProxy.h"
#include "models/ClientListModel.h"
#include "pages/ReconciliationPage.h"
#include "pages/SegregationPage.h"
#include "pages/StatementsPage.h"
#include "pages/NewRegisterWizard.h"
#include "pages/UnlockPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QSettings>
#include <QEvent>
#include <QIcon>
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

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_session(new Session(this)), m_idle(new IdleLock(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);
    setMinimumSize(1024, 640);
    {
        const QSettings settings;
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    }

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
    retranslateUi();

    m_unlock->setRecentRegisters(recent::registers());
    m_unlock->setUser(recent::lastUser());
    connect(m_unlock, &UnlockPage::unlockRequested, this, &MainWindow::openRegister);
    connect(m_session, &Session::busyChanged, m_unlock, &UnlockPage::setBusy);
    connect(m_session, &Session::opened, this, &MainWindow::onOpened);
    connect(m_session, &Session::openFailed, this, &MainWindow::onOpenFailed);
    connect(m_session, &Session::closed, this, &MainWindow::onClosed);
    connect(m_unlock, &UnlockPage::createRequested, this, &MainWindow::createRegister);

    // Auto-lock: armed while a register is open; the time comes from Preferences.
    m_idle->setInterval(IdleLock::savedMinutes() * 60 * 1000);
    connect(m_session, &Session::opened, m_idle, [this] { m_idle->setActive(true); });
    connect(m_session, &Session::closed, m_idle, [this] { m_idle->setActive(false); });
    connect(m_idle, &IdleLock::idle, this, [this] {
        m_lockedForIdle = true;
        lock();
    });
    connect(m_admin, &AdminPage::idleLockChanged, m_idle, [this](int minutes) { m_idle->setInterval(minutes * 60 * 1000); });
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
    auto *brand = new QLabel(tr("Custos"), nav); // the product name reads the same in every language
    brand->setObjectName(QStringLiteral("navBrand"));
    m_navSub = new QLabel(nav);
    m_navSub->setObjectName(QStringLiteral("navSub"));
    m_nav = new QListWidget(nav);
    m_nav->setObjectName(QStringLiteral("nav"));
    const char *const icons[ScreenCount] = {"dashboard", "clients", "reconciliation", "approvals", "segregation", "statements", "audit", "admin"};
    for (int i = 0; i < ScreenCount; ++i)
        m_nav->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/custos/%1.svg").arg(QLatin1String(icons[i]))), QString()));
    m_nav->setIconSize(QSize(18, 18));
    m_nav->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lockButton = new QPushButton(nav);
    m_lockButton->setObjectName(QStringLiteral("navLock"));
    m_lockButton->setCursor(Qt::PointingHandCursor);
    m_lockButton->setIcon(QIcon(QStringLiteral(":/custos/lock.svg")));
    auto *navLayout = new QVBoxLayout(nav);
    navLayout->setContentsMargins(0, 18, 0, 14);
    navLayout->setSpacing(2);
    auto *brandBox = new QVBoxLayout;
    brandBox->setContentsMargins(18, 0, 18, 16);
    brandBox->setSpacing(0);
    brandBox->addWidget(brand);
    brandBox->addWidget(m_navSub);
    navLayout->addLayout(brandBox);
    navLayout->addWidget(m_nav, 1);
    auto *lockBox = new QHBoxLayout;
    lockBox->setContentsMargins(16, 0, 16, 0);
    lockBox->addWidget(m_lockButton);
    navLayout->addLayout(lockBox);

    m_dashboard = new DashboardPage(m_session, console);
    m_clients = new ClientsPage(m_session, console);
    m_reconciliation = new ReconciliationPage(m_session, console);
    m_approvals = new ApprovalsPage(m_session, console);
    m_segregation = new SegregationPage(m_session, console);
    m_statements = new StatementsPage(m_session, console);
    m_audit = new AuditPage(m_session, console);
    m_admin = new AdminPage(m_session, console);
    m_pages = new QStackedWidget(console);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_clients);
    m_pages->addWidget(m_reconciliation);
    m_pages->addWidget(m_approvals);
    m_pages->addWidget(m_segregation);
    m_pages->addWidget(m_statements);
    m_pages->addWidget(m_audit);
    m_pages->addWidget(m_admin);

    auto *layout = new QHBoxLayout(console);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(nav);
    layout->addWidget(m_pages, 1);

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_lockButton, &QPushButton::clicked, this, &MainWindow::lock);
    connect(m_dashboard, &DashboardPage::inboxRequested, this, [this] {
        showScreen(Approvals);
        m_approvals->showTab(ApprovalsPage::Inbox);
    });
    connect(m_approvals, &ApprovalsPage::inboxChanged, m_dashboard, &DashboardPage::refreshApprovals);
    connect(m_segregation, &SegregationPage::showClientRequested, this, &MainWindow::showClient);
    connect(m_segregation, &SegregationPage::checkFinished, m_dashboard, [this] { m_dashboard->setSegregation(m_segregation->lastCheck()); });
    connect(m_dashboard, &DashboardPage::segregationCheckRequested, this, [this] {
        showScreen(Segregation);
        m_segregation->runCheck();
    });
    m_nav->setCurrentRow(Dashboard);
    return console;
}

void MainWindow::buildMenus()
{
    m_registerMenu = menuBar()->addMenu(QString());
    m_newAction = m_registerMenu->addAction(QString(), this, &MainWindow::createRegister);
    m_newAction->setShortcut(QKeySequence::New);
    m_registerMenu->addSeparator();
    m_lockAction = m_registerMenu->addAction(QString(), this, &MainWindow::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_registerMenu->addSeparator();
    m_quitAction = m_registerMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < ScreenCount; ++i) {
        QAction *a = m_viewMenu->addAction(QString(), this, [this, i] { showScreen(Screen(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(m_session, &Session::opened, a, [a] { a->setEnabled(true); });
        connect(m_session, &Session::closed, a, [a] { a->setEnabled(false); });
        a->setEnabled(false);
        m_screenActions.append(a);
    }
    m_viewMenu->addSeparator();
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        showScreen(Clients);
        if (isUnlocked())
            m_clients->focusSearch();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_session, &Session::opened, m_findAction, [this] { m_findAction->setEnabled(true); });
    connect(m_session, &Session::closed, m_findAction, [this] { m_findAction->setEnabled(false); });
    m_findAction->setEnabled(false);
    m_refreshAction = m_viewMenu->addAction(QString(), this, [this] { m_dashboard->refresh(); });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_viewMenu->addSeparator();
    buildLanguageMenu(m_viewMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Custos"),
                           tr("<b>Custos %1</b><p>Custody operations console for crypto-asset custodians under "
                              "MiCA (Regulation (EU) 2023/1114).</p>")
                               .arg(versionString()));
    });
}

void MainWindow::buildLanguageMenu(QMenu *view)
{
    Language *language = Language::instance();
    m_languageMenu = view->addMenu(QString());
    m_languageActions = new QActionGroup(this);
    m_languageActions->setExclusive(true);
    for (const QString &code : Language::codes()) {
        // Named in their own language, so they read the same in every interface language.
        QAction *a = m_languageMenu->addAction(Language::nativeName(code));
        a->setObjectName(QStringLiteral("language_") + code);
        a->setCheckable(true);
        a->setData(code);
        m_languageActions->addAction(a);
    }
    // The ticks follow the language in force, also when a choice could not be applied.
    auto showCurrent = [this, language] {
        for (QAction *a : m_languageActions->actions())
            a->setChecked(a->data().toString() == language->current());
    };
    showCurrent();
    connect(m_languageActions, &QActionGroup::triggered, this, [language, showCurrent](QAction *a) {
        language->choose(a->data().toString());
        showCurrent();
    });
    connect(language, &Language::changed, this, showCurrent);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_navSub->setText(tr("MiCA custody console"));
    const QStringList screens{tr("Dashboard"), tr("Clients"), tr("Reconciliation"), tr("Approvals"), tr("Segregation"), tr("Statements"),
                              tr("Audit log"), tr("Administration")};
    for (int i = 0; i < ScreenCount; ++i)
        m_nav->item(i)->setText(screens.at(i));
    m_lockButton->setText(tr("Lock register"));
    m_lockButton->setToolTip(tr("Lock the register (Ctrl+L)"));
    m_lockButton->setAccessibleName(tr("Lock the register"));
    m_nav->setAccessibleName(tr("Screens"));
    m_newAction->setText(tr("&New register…"));

    m_registerMenu->setTitle(tr("&Register"));
    m_lockAction->setText(tr("&Lock"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    const QStringList screenActions{tr("&Dashboard"), tr("&Clients"), tr("R&econciliation"), tr("A&pprovals"), tr("&Segregation"),
                                    tr("S&tatements"), tr("&Audit log"), tr("Ad&ministration")};
    for (int i = 0; i < ScreenCount; ++i)
        m_screenActions.at(i)->setText(screenActions.at(i));
    m_refreshAction->setText(tr("&Refresh dashboard"));
    m_findAction->setText(tr("&Find client…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Custos"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    const auto reg = m_session->reg();
    if (!reg || !isUnlocked()) {
        m_statusRegister->setText(tr("No register open"));
        m_statusUser->clear();
        m_statusRole->clear();
        setWindowTitle(tr("Custos"));
        return;
    }
    m_statusRegister->setText(tr("Register: %1").arg(reg->path()));
    m_statusUser->setText(tr("User: %1").arg(reg->user().name));
    m_statusRole->setText(tr("Role: %1").arg(reg::roleName(reg->user().role)));
    setWindowTitle(tr("%1 — Custos").arg(reg->path()));
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
    m_unlock->clearPassword();
    m_unlock->showError(QString());
    showScreen(Dashboard);
}

void MainWindow::onOpenFailed(const QString &message)
{
    m_unlock->showOpenError(tr("The register could not be opened."), message);
    showUnlock();
    m_unlock->focusFirstEmpty();
}

void MainWindow::showClient(const QString &clientCode)
{
    showScreen(Clients);
    m_clients->setSearchText(clientCode);
    const QAbstractItemModel *rows = m_clients->proxy();
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, 0).data(ClientListModel::ClientCodeRole).toString() == clientCode) {
            m_clients->selectRow(row);
            return;
        }
    }
}

void MainWindow::onClosed()
{
    m_unlock->setRecentRegisters(recent::registers());
    m_unlock->setRegisterPath(m_pendingPath);
    m_unlock->setUser(m_pendingUser);
    showUnlock();
    if (m_lockedForIdle)
        m_unlock->showError(tr("The register was locked after %n minute(s) without activity. Enter your password to go on.", "",
                               qMax(1, m_idle->interval() / 60000)));
    m_lockedForIdle = false;
    m_unlock->focusFirstEmpty();
}

void MainWindow::lock()
{
    m_session->close();
}

NewRegisterWizard *MainWindow::createRegister()
{
    if (m_session->isOpening())
        return nullptr;
    if (m_wizard)
        return m_wizard;
    m_wizard = new NewRegisterWizard(this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    connect(m_wizard, &QWizard::accepted, this, [this, wizard = m_wizard.data()] {
        const QString path = wizard->registerPath();
        const QString admin = wizard->adminName();
        QByteArray password = wizard->takePassword();
        if (m_session->isOpen())
            m_session->close();
        openRegister(path, admin, std::move(password));
    });
    m_wizard->open();
    return m_wizard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::showScreen(Screen screen)
{
    if (!m_session->isOpen())
        return;
    m_stack->setCurrentWidget(m_console);
    m_nav->setCurrentRow(screen);
    m_lockAction->setEnabled(true);
    m_refreshAction->setEnabled(true);
    updateStatus();
}

void MainWindow::showUnlock()
{
    m_stack->setCurrentWidget(m_unlock);
    m_lockAction->setEnabled(false);
    m_refreshAction->setEnabled(false);
    updateStatus();
}

bool MainWindow::isUnlocked() const
{
    return m_session->isOpen() && m_stack->currentWidget() == m_console;
}

} // namespace custos::ui
