#pragma once
// Approvals: every role's part of the withdrawal workflow over core/approvals.
//  - Inbox (approvers): the requests waiting for my signature with everything needed to decide;
//    Approve / Reject ask for the password again, the signing key is unlocked in a worker (Argon2id)
//    and core signs. My own requests never reach my inbox (core refuses them anyway).
//  - New withdrawal (operators): the validating request form.
//  - Requests (every role): all requests by status, lazily fetched, with detail; operators export
//    the signed bundle of an approved request and record its execution.
//  - Compliance: blocked requests with their screening hit; a documented decision.
//  - Policy, Whitelist, Freezes (admins; operators propose whitelist entries).

#include "app/Session.h"
#include "approvals/Withdrawals.h"
#include "crypto/SecureBytes.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace custos::ui {

class ApprovalsDetail;
class ApprovalsFreezesTab;
class ApprovalsPolicyTab;
class ApprovalsRequestForm;
class ApprovalsWhitelistTab;
class WithdrawalsModel;

struct UnlockOutcome {
    std::shared_ptr<crypto::SecureBytes> seed; // null when the password was refused
    QString error;
};

class ApprovalsPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { Inbox, NewRequest, Requests, Compliance, Policy, Whitelist, Freezes, TabCount };
    // Asks for the signed-in user's password before a signature; nullopt: cancelled.
    using PasswordPrompt = std::function<std::optional<QByteArray>(QWidget *parent, const QString &question)>;

    explicit ApprovalsPage(Session *session, QWidget *parent = nullptr);
    ~ApprovalsPage() override;

    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    void refresh(); // re-reads every list

    QTabWidget *tabs() const { return m_tabs; }
    bool isTabShown(Tab tab) const;
    void showTab(Tab tab);
    WithdrawalsModel *inboxModel() const { return m_inbox; }
    WithdrawalsModel *requestsModel() const { return m_requests; }
    WithdrawalsModel *blockedModel() const { return m_blocked; }
    QTableView *inboxView() const { return m_inboxView; }
    QTableView *requestsView() const { return m_requestsView; }
    ApprovalsRequestForm *requestForm() const { return m_form; }
    ApprovalsDetail *inboxDetail() const { return m_inboxDetail; }
    ApprovalsPolicyTab *policyTab() const { return m_policyTab; }
    ApprovalsWhitelistTab *whitelistTab() const { return m_whitelistTab; }
    ApprovalsFreezesTab *freezesTab() const { return m_freezesTab; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QLineEdit *rejectReason() const { return m_reason; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *executeButton() const { return m_execute; }
    QLineEdit *txHashEdit() const { return m_txHash; }
    QPushButton *complianceButton() const { return m_decide; }
    QComboBox *complianceDecision() const { return m_decision; }
    QLineEdit *complianceNote() const { return m_note; }
    QLabel *statusLabel() const { return m_status; }
    bool isSigning() const { return m_watcher != nullptr; }

    bool selectInboxRequest(qint64 id);
    bool selectRequest(qint64 id); // in the Requests tab (fetches further pages as needed)
    bool selectBlockedRequest(qint64 id);
    void approveSelected();                       // asks for the password, then signs in a worker
    void rejectSelected();                        // the same, with the reason typed
    bool exportBundleTo(const QString &path);     // the selected approved request (operators)
    bool recordExecution();                       // the selected approved request with the tx hash typed
    bool recordComplianceDecision();              // the selected blocked request

signals:
    void decided(qint64 id, bool signedOk); // after an approve/reject attempt finished
    void inboxChanged(int waiting);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildInbox();
    QWidget *buildRequests();
    QWidget *buildCompliance();
    void retranslateUi();
    void onOpened();
    void onClosing();
    void applyRole();
    void updateInboxButtons();
    void updateRequestButtons();
    void startSigning(const QString &decision);
    void finishSigning();
    void showStatus(const QString &text, bool good);
    const approvals::Withdrawal *selected(QTableView *view, WithdrawalsModel *model) const;

    Session *m_session;
    PasswordPrompt m_prompt;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QList<QWidget *> m_tabPages;
    // Inbox
    WithdrawalsModel *m_inbox;
    QSortFilterProxyModel *m_inboxProxy;
    QTableView *m_inboxView;
    ApprovalsDetail *m_inboxDetail;
    QLabel *m_inboxHint;
    QLineEdit *m_reason;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QProgressBar *m_busy;
    // New request
    ApprovalsRequestForm *m_form;
    // Requests
    WithdrawalsModel *m_requests;
    QSortFilterProxyModel *m_requestsProxy;
    QTableView *m_requestsView;
    QLabel *m_statusFilterLabel;
    QComboBox *m_statusFilter;
    ApprovalsDetail *m_requestsDetail;
    QPushButton *m_export;
    QLineEdit *m_txHash;
    QPushButton *m_execute;
    // Compliance
    WithdrawalsModel *m_blocked;
    QSortFilterProxyModel *m_blockedProxy;
    QTableView *m_blockedView;
    ApprovalsDetail *m_blockedDetail;
    QComboBox *m_decision;
    QLineEdit *m_note;
    QPushButton *m_decide;
    QLabel *m_complianceHint;
    // Administration
    ApprovalsPolicyTab *m_policyTab;
    ApprovalsWhitelistTab *m_whitelistTab;
    ApprovalsFreezesTab *m_freezesTab;

    QFutureWatcher<UnlockOutcome> *m_watcher = nullptr;
    qint64 m_signingId = 0;
    QString m_signingDecision;
    QString m_signingReason;
};

} // namespace custos::ui
