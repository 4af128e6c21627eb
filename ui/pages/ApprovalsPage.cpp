#include "pages/ApprovalsPage.h"

#include "approvals/Bundle.h"
#include "approvals/Execution.h"
#include "models/WithdrawalsModel.h"
#include "pages/ApprovalsAdmin.h"
#include "pages/ApprovalsDetail.h"
#include "pages/ApprovalsRequestForm.h"

#include <QComboBox>
#include <algorithm>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace custos::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(96);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle); // addresses keep their both ends
    view->setColumnWidth(WithdrawalsModel::Id, 44);
    view->setColumnWidth(WithdrawalsModel::Client, 76);
    view->setColumnWidth(WithdrawalsModel::Asset, 96);
    view->setColumnWidth(WithdrawalsModel::Amount, 96);
    view->setColumnWidth(WithdrawalsModel::Value, 104);
    view->setColumnWidth(WithdrawalsModel::Status, 88);
    view->setColumnWidth(WithdrawalsModel::Approvals, 84);
    view->setColumnWidth(WithdrawalsModel::Destination, 140);
    view->setColumnWidth(WithdrawalsModel::Maker, 90);
    // What an approver decides on first (status, approvals) before the long address.
    QHeaderView *h = view->horizontalHeader();
    h->moveSection(h->visualIndex(WithdrawalsModel::Status), h->visualIndex(WithdrawalsModel::Destination));
    h->moveSection(h->visualIndex(WithdrawalsModel::Approvals), h->visualIndex(WithdrawalsModel::Destination));
    return view;
}

QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(WithdrawalsModel::SortRole);
    return proxy;
}

std::optional<QByteArray> askPassword(QWidget *parent, const QString &question)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, ApprovalsPage::tr("Confirm with your password"), question, QLineEdit::Password,
                                               QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text.toUtf8();
}

} // namespace

ApprovalsPage::ApprovalsPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_prompt(askPassword), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_status(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("approvalsPage"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("approvalsStatus"));
    m_tabs->setObjectName(QStringLiteral("approvalsTabs"));
    m_tabs->setDocumentMode(true);

    m_inbox = new WithdrawalsModel(WithdrawalsModel::Source::Inbox, this);
    m_requests = new WithdrawalsModel(WithdrawalsModel::Source::All, this);
    m_blocked = new WithdrawalsModel(WithdrawalsModel::Source::All, this);
    m_form = new ApprovalsRequestForm(this);
    m_policyTab = new ApprovalsPolicyTab(this);
    m_whitelistTab = new ApprovalsWhitelistTab(this);
    m_freezesTab = new ApprovalsFreezesTab(this);
    m_tabPages = {buildInbox(), m_form, buildRequests(), buildCompliance(), m_policyTab, m_whitelistTab, m_freezesTab};
    for (QWidget *w : m_tabPages)
        m_tabs->addTab(w, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_session, &Session::opened, this, &ApprovalsPage::onOpened);
    connect(m_session, &Session::closing, this, &ApprovalsPage::onClosing);
    connect(m_form, &ApprovalsRequestForm::requested, this, [this](const approvals::Withdrawal &w) {
        refresh();
        showStatus(tr("Request %1 was sent (%2).").arg(w.id).arg(WithdrawalsModel::statusText(w.status)), true);
    });
    for (ApprovalsAdminTab *t : std::initializer_list<ApprovalsAdminTab *>{m_policyTab, m_whitelistTab, m_freezesTab})
        connect(t, &ApprovalsAdminTab::changed, this, &ApprovalsPage::refresh);
    retranslateUi();
    if (m_session->isOpen())
        onOpened();
    else
        applyRole();
}

ApprovalsPage::~ApprovalsPage()
{
    if (m_watcher)
        m_watcher->waitForFinished(); // the worker holds its own register reference
}

QWidget *ApprovalsPage::buildInbox()
{
    auto *page = new QWidget(this);
    m_inboxProxy = makeProxy(m_inbox, this);
    m_inboxView = makeTable(m_inboxProxy, page);
    m_inboxView->setObjectName(QStringLiteral("inboxView"));
    m_inboxDetail = new ApprovalsDetail(page);
    m_inboxHint = new QLabel(page);
    m_inboxHint->setWordWrap(true);
    m_reason = new QLineEdit(page);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_approve = new QPushButton(page);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_reject = new QPushButton(page);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_busy = new QProgressBar(page);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->hide();

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_inboxView);
    split->addWidget(m_inboxDetail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({600, 420});
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_busy);
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_reject);
    actions->addWidget(m_approve);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_inboxHint);
    layout->addWidget(split, 1);
    layout->addLayout(actions);

    connect(m_inboxView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const approvals::Withdrawal *w = selected(m_inboxView, m_inbox);
        m_inboxDetail->display(m_session->reg(), w ? std::optional(*w) : std::nullopt);
        updateInboxButtons();
    });
    connect(m_inbox, &QAbstractItemModel::modelReset, this, [this] {
        m_inboxDetail->display(m_session->reg(), std::nullopt);
        updateInboxButtons();
        emit inboxChanged(m_inbox->rowCount());
    });
    connect(m_reason, &QLineEdit::textChanged, this, &ApprovalsPage::updateInboxButtons);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsPage::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsPage::rejectSelected);
    return page;
}

QWidget *ApprovalsPage::buildRequests()
{
    auto *page = new QWidget(this);
    m_requestsProxy = makeProxy(m_requests, this);
    m_requestsView = makeTable(m_requestsProxy, page);
    m_requestsView->setObjectName(QStringLiteral("requestsView"));
    m_requestsDetail = new ApprovalsDetail(page);
    m_statusFilterLabel = new QLabel(page);
    m_statusFilter = new QComboBox(page);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilterLabel->setBuddy(m_statusFilter);
    for (const char *s : {"", "pending", "approved", "blocked", "executed", "rejected", "expired"})
        m_statusFilter->addItem(QString(), QString::fromLatin1(s));
    m_export = new QPushButton(page);
    m_export->setObjectName(QStringLiteral("exportBundle"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_txHash = new QLineEdit(page);
    m_txHash->setObjectName(QStringLiteral("txHash"));
    m_execute = new QPushButton(page);
    m_execute->setObjectName(QStringLiteral("recordExecution"));

    auto *filter = new QHBoxLayout;
    filter->addWidget(m_statusFilterLabel);
    filter->addWidget(m_statusFilter);
    filter->addStretch(1);
    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_requestsView);
    split->addWidget(m_requestsDetail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({600, 420});
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_export);
    actions->addStretch(1);
    actions->addWidget(m_txHash, 2);
    actions->addWidget(m_execute);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(filter);
    layout->addWidget(split, 1);
    layout->addLayout(actions);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_requests->setStatusFilter(m_statusFilter->currentData().toString()); });
    connect(m_requestsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const approvals::Withdrawal *w = selected(m_requestsView, m_requests);
        m_requestsDetail->display(m_session->reg(), w ? std::optional(*w) : std::nullopt);
        updateRequestButtons();
    });
    connect(m_requests, &QAbstractItemModel::modelReset, this, [this] {
        m_requestsDetail->display(m_session->reg(), std::nullopt);
        updateRequestButtons();
    });
    connect(m_txHash, &QLineEdit::textChanged, this, &ApprovalsPage::updateRequestButtons);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const approvals::Withdrawal *w = selected(m_requestsView, m_requests);
        if (!w)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export signed bundle"),
                                                          QStringLiteral("withdrawal-%1.bundle.json").arg(w->id),
                                                          tr("Instruction bundles (*.json)"));
        if (!path.isEmpty())
            exportBundleTo(path);
    });
    connect(m_execute, &QPushButton::clicked, this, &ApprovalsPage::recordExecution);
    return page;
}

QWidget *ApprovalsPage::buildCompliance()
{
    auto *page = new QWidget(this);
    m_blockedProxy = makeProxy(m_blocked, this);
    m_blockedView = makeTable(m_blockedProxy, page);
    m_blockedView->setObjectName(QStringLiteral("blockedView"));
    m_blockedDetail = new ApprovalsDetail(page);
    m_complianceHint = new QLabel(page);
    m_complianceHint->setWordWrap(true);
    m_decision = new QComboBox(page);
    m_decision->setObjectName(QStringLiteral("complianceDecision"));
    m_decision->addItem(QString(), QStringLiteral("release"));
    m_decision->addItem(QString(), QStringLiteral("reject"));
    m_note = new QLineEdit(page);
    m_note->setObjectName(QStringLiteral("complianceNote"));
    m_decide = new QPushButton(page);
    m_decide->setObjectName(QStringLiteral("recordDecision"));

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_blockedView);
    split->addWidget(m_blockedDetail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({600, 420});
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_decision);
    actions->addWidget(m_note, 1);
    actions->addWidget(m_decide);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_complianceHint);
    layout->addWidget(split, 1);
    layout->addLayout(actions);

    auto update = [this] {
        const approvals::Withdrawal *w = selected(m_blockedView, m_blocked);
        m_decide->setEnabled(w && !m_note->text().trimmed().isEmpty());
    };
    connect(m_blockedView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, update] {
        const approvals::Withdrawal *w = selected(m_blockedView, m_blocked);
        m_blockedDetail->display(m_session->reg(), w ? std::optional(*w) : std::nullopt);
        update();
    });
    connect(m_blocked, &QAbstractItemModel::modelReset, this, [this, update] {
        m_blockedDetail->display(m_session->reg(), std::nullopt);
        update();
    });
    connect(m_note, &QLineEdit::textChanged, this, update);
    connect(m_decide, &QPushButton::clicked, this, &ApprovalsPage::recordComplianceDecision);
    return page;
}

void ApprovalsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ApprovalsPage::retranslateUi()
{
    m_title->setText(tr("Approvals"));
    m_subtitle->setText(tr("Withdrawal requests, four-eyes approval with signatures, screening decisions, policy, whitelist and freezes"));
    const QStringList names{tr("Inbox"), tr("New withdrawal"), tr("Requests"), tr("Compliance"), tr("Policy"), tr("Whitelist"), tr("Freezes")};
    for (int i = 0; i < TabCount; ++i)
        m_tabs->setTabText(i, names.at(i));
    m_tabs->setAccessibleName(tr("Approval views"));
    m_inboxHint->setText(tr("Requests waiting for your signature. Approving or rejecting asks for your password again to unlock your "
                            "signing key; your own requests never appear here."));
    m_inboxView->setAccessibleName(tr("Requests waiting for me"));
    m_reason->setPlaceholderText(tr("Reason for a rejection"));
    m_reason->setAccessibleName(tr("Reason for a rejection"));
    m_approve->setText(tr("&Approve…"));
    m_approve->setToolTip(tr("Sign an approval of the selected request (Ctrl+Shift+A)"));
    m_approve->setAccessibleName(tr("Approve the selected request"));
    m_reject->setText(tr("Re&ject…"));
    m_reject->setToolTip(tr("Sign a rejection with the reason typed (Ctrl+Shift+R)"));
    m_reject->setAccessibleName(tr("Reject the selected request"));
    m_busy->setAccessibleName(tr("Unlocking the signing key"));
    m_statusFilterLabel->setText(tr("&Status:"));
    const QStringList statuses{tr("Every status"), WithdrawalsModel::statusText(QStringLiteral("pending")),
                               WithdrawalsModel::statusText(QStringLiteral("approved")), WithdrawalsModel::statusText(QStringLiteral("blocked")),
                               WithdrawalsModel::statusText(QStringLiteral("executed")), WithdrawalsModel::statusText(QStringLiteral("rejected")),
                               WithdrawalsModel::statusText(QStringLiteral("expired"))};
    for (int i = 0; i < statuses.size(); ++i)
        m_statusFilter->setItemText(i, statuses.at(i));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_requestsView->setAccessibleName(tr("Withdrawal requests"));
    m_export->setText(tr("&Export signed bundle…"));
    m_export->setToolTip(tr("Write the approved request's signed instruction bundle for the signing platform (Ctrl+Shift+E)"));
    m_export->setAccessibleName(tr("Export signed bundle"));
    m_txHash->setPlaceholderText(tr("Transaction hash of the executed withdrawal"));
    m_txHash->setAccessibleName(tr("Transaction hash"));
    m_execute->setText(tr("Record e&xecution"));
    m_execute->setAccessibleName(tr("Record execution"));
    m_complianceHint->setText(tr("Requests blocked by a screening hit. Release sends one to the approvers; reject ends it. The note is "
                                 "required and stays on the request."));
    m_blockedView->setAccessibleName(tr("Blocked requests"));
    m_decision->setItemText(0, tr("Release to the approvers"));
    m_decision->setItemText(1, tr("Reject the request"));
    m_decision->setAccessibleName(tr("Compliance decision"));
    m_note->setPlaceholderText(tr("Documented reason for the decision"));
    m_note->setAccessibleName(tr("Decision note"));
    m_decide->setText(tr("Record &decision"));
    m_decide->setAccessibleName(tr("Record the compliance decision"));
}

void ApprovalsPage::onOpened()
{
    const RegisterPtr reg = m_session->reg();
    m_form->setRegister(reg);
    m_inbox->setRegister(reg);
    m_requests->setRegister(reg);
    m_blocked->setStatusFilter(QStringLiteral("blocked"));
    m_blocked->setRegister(reg);
    m_policyTab->setRegister(reg);
    m_whitelistTab->setRegister(reg);
    m_freezesTab->setRegister(reg);
    m_status->clear();
    applyRole();
}

void ApprovalsPage::onClosing()
{
    if (m_watcher)
        m_watcher->waitForFinished();
    m_form->setRegister(nullptr);
    m_inbox->setRegister(nullptr);
    m_requests->setRegister(nullptr);
    m_blocked->setRegister(nullptr);
    m_policyTab->setRegister(nullptr);
    m_whitelistTab->setRegister(nullptr);
    m_freezesTab->setRegister(nullptr);
    m_status->clear();
}

void ApprovalsPage::refresh()
{
    const RegisterPtr reg = m_session->reg();
    if (!reg)
        return;
    m_inbox->refresh();
    m_requests->refresh();
    m_blocked->refresh();
    m_whitelistTab->refresh();
    m_freezesTab->refresh();
    m_policyTab->refresh();
}

void ApprovalsPage::applyRole()
{
    const RegisterPtr reg = m_session->reg();
    const std::optional<reg::Role> role = reg ? std::optional(reg->user().role) : std::nullopt;
    auto is = [&](std::initializer_list<reg::Role> roles) {
        return role && std::find(roles.begin(), roles.end(), *role) != roles.end();
    };
    // The inbox is for whoever a policy names as approver: approvers always, others when a rule
    // names their role (then requests show up in it).
    const bool shown[TabCount] = {is({reg::Role::Approver}) || m_inbox->rowCount() > 0,
                                  is({reg::Role::Operator}),
                                  role.has_value(),
                                  is({reg::Role::Compliance}),
                                  is({reg::Role::Admin}),
                                  is({reg::Role::Admin, reg::Role::Operator}),
                                  is({reg::Role::Admin})};
    for (int i = 0; i < TabCount; ++i)
        m_tabs->setTabVisible(i, shown[i]);
    m_export->setVisible(is({reg::Role::Operator}));
    m_txHash->setVisible(is({reg::Role::Operator}));
    m_execute->setVisible(is({reg::Role::Operator}));
    for (int i = 0; i < TabCount; ++i)
        if (shown[i]) {
            if (!m_tabs->isTabVisible(m_tabs->currentIndex()))
                m_tabs->setCurrentIndex(i);
            break;
        }
    updateInboxButtons();
    updateRequestButtons();
}

bool ApprovalsPage::isTabShown(Tab tab) const
{
    return m_tabs->isTabVisible(tab);
}

void ApprovalsPage::showTab(Tab tab)
{
    if (m_tabs->isTabVisible(tab))
        m_tabs->setCurrentIndex(tab);
}

const approvals::Withdrawal *ApprovalsPage::selected(QTableView *view, WithdrawalsModel *model) const
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return nullptr;
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    return model->withdrawalAt(proxy->mapToSource(current).row());
}

void ApprovalsPage::updateInboxButtons()
{
    const RegisterPtr reg = m_session->reg();
    const approvals::Withdrawal *w = selected(m_inboxView, m_inbox);
    // Never my own request (the inbox leaves them out; this is the second lock).
    const bool mayDecide = reg && w && w->maker != reg->user().name && !m_watcher;
    m_approve->setEnabled(mayDecide);
    m_reject->setEnabled(mayDecide && !m_reason->text().trimmed().isEmpty());
    m_reason->setEnabled(mayDecide || (w && m_watcher));
}

void ApprovalsPage::updateRequestButtons()
{
    const approvals::Withdrawal *w = selected(m_requestsView, m_requests);
    const bool approved = w && w->status == QLatin1String("approved");
    m_export->setEnabled(approved);
    m_execute->setEnabled(approved && !m_txHash->text().trimmed().isEmpty());
}

bool ApprovalsPage::selectInboxRequest(qint64 id)
{
    const int row = m_inbox->rowOfId(id);
    if (row < 0)
        return false;
    m_inboxView->setCurrentIndex(m_inboxProxy->mapFromSource(m_inbox->index(row, 0)));
    return true;
}

bool ApprovalsPage::selectRequest(qint64 id)
{
    int row = m_requests->rowOfId(id);
    while (row < 0 && m_requests->canFetchMore({})) {
        m_requests->fetchMore({});
        row = m_requests->rowOfId(id);
    }
    if (row < 0)
        return false;
    m_requestsView->setCurrentIndex(m_requestsProxy->mapFromSource(m_requests->index(row, 0)));
    return true;
}

bool ApprovalsPage::selectBlockedRequest(qint64 id)
{
    const int row = m_blocked->rowOfId(id);
    if (row < 0)
        return false;
    m_blockedView->setCurrentIndex(m_blockedProxy->mapFromSource(m_blocked->index(row, 0)));
    return true;
}

void ApprovalsPage::showStatus(const QString &text, bool good)
{
    m_status->setText(text);
    m_status->setStyleSheet(good ? QStringLiteral("color:#1d7a3e") : QStringLiteral("color:#b42318"));
}

} // namespace custos::ui
