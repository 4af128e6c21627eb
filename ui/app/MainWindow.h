#pragma once
// The main window: the Unlock page until a register is open, then the console (navigation on
// the left, one page per screen) with the register file, user and role in the status bar.
// Lock closes the register and returns to Unlock. View > Language switches the interface
// language at run time (see Language).

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace custos::ui {

class AdminPage;
class ApprovalsPage;
class AuditPage;
class IdleLock;
class NewRegisterWizard;
class ClientsPage;
class DashboardPage;
class ReconciliationPage;
class SegregationPage;
class Session;
class StatementsPage;
class UnlockPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Screen { Dashboard, Clients, Reconciliation, Approvals, Segregation, Statements, Audit, Admin, ScreenCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    UnlockPage *unlockPage() const { return m_unlock; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    ClientsPage *clientsPage() const { return m_clients; }
    ReconciliationPage *reconciliationPage() const { return m_reconciliation; }
    ApprovalsPage *approvalsPage() const { return m_approvals; }
    SegregationPage *segregationPage() const { return m_segregation; }
    StatementsPage *statementsPage() const { return m_statements; }
    AuditPage *auditPage() const { return m_audit; }
    AdminPage *adminPage() const { return m_admin; }
    IdleLock *idleLock() const { return m_idle; }

    // Opens the "create new register" wizard (window-modal); when it finishes, the new register
    // is opened as its administrator.
    NewRegisterWizard *createRegister();

    // Opens in a worker, as the Unlock page does; remember: add the file to the recent list.
    void openRegister(const QString &path, const QString &user, QByteArray password);
    void setRememberRecent(bool remember) { m_rememberRecent = remember; }
    void showScreen(Screen screen);
    void showUnlock();
    bool isUnlocked() const;
    void lock(); // closes the register and returns to Unlock

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildLanguageMenu(QMenu *view);
    void retranslateUi();
    void updateStatus(); // status bar and window title for the current session
    QWidget *buildConsole();
    void onOpened();
    void onOpenFailed(const QString &message);
    void onClosed();
    void showClient(const QString &clientCode); // the Clients screen with that client selected

    Session *m_session;
    QStackedWidget *m_stack;
    UnlockPage *m_unlock;
    QWidget *m_console;
    QLabel *m_navSub;
    QListWidget *m_nav;
    QPushButton *m_lockButton;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboard;
    ClientsPage *m_clients;
    ReconciliationPage *m_reconciliation;
    ApprovalsPage *m_approvals;
    SegregationPage *m_segregation;
    StatementsPage *m_statements;
    AuditPage *m_audit;
    AdminPage *m_admin;
    IdleLock *m_idle;
    bool m_lockedForIdle = false;
    QAction *m_newAction;
    QAction *m_findAction;
    QMenu *m_registerMenu;
    QMenu *m_viewMenu;
    QMenu *m_languageMenu;
    QMenu *m_helpMenu;
    QAction *m_lockAction;
    QAction *m_quitAction;
    QList<QAction *> m_screenActions;
    QAction *m_refreshAction;
    QActionGroup *m_languageActions;
    QAction *m_aboutAction;
    QLabel *m_statusRegister;
    QLabel *m_statusUser;
    QLabel *m_statusRole;
    bool m_rememberRecent = true;
    QString m_pendingPath;
    QString m_pendingUser;
    QPointer<NewRegisterWizard> m_wizard;
};

} // namespace custos::ui
