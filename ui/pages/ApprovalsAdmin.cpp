#include "pages/ApprovalsAdmin.h"

#include "app/Format.h"
#include "approvals/Freeze.h"
#include "approvals/Policy.h"
#include "approvals/Whitelist.h"
#include "chain/Network.h"
#include "models/FreezeModel.h"
#include "models/WhitelistModel.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace custos::ui {

namespace {

QTableView *adminTable(QAbstractItemModel *source, QSortFilterProxyModel *proxy, QWidget *parent)
{
    proxy->setSourceModel(source);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

int sourceRow(QTableView *view, QSortFilterProxyModel *proxy)
{
    const QModelIndex i = view->currentIndex();
    return i.isValid() ? proxy->mapToSource(i).row() : -1;
}

} // namespace

// ---- shared ----

QString ApprovalsAdminTab::message() const
{
    return m_message ? m_message->text() : QString();
}

void ApprovalsAdminTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ApprovalsAdminTab::showMessage(const QString &text, bool good)
{
    m_message->setText(text);
    m_message->setStyleSheet(good ? QStringLiteral("color:#1d7a3e") : QStringLiteral("color:#b42318"));
}

// ---- policy ----

ApprovalsPolicyTab::ApprovalsPolicyTab(QWidget *parent)
    : ApprovalsAdminTab(parent), m_title(new QLabel(this)), m_versionLabel(new QLabel(this)), m_editor(new QPlainTextEdit(this)),
      m_load(new QPushButton(this)), m_revert(new QPushButton(this)), m_set(new QPushButton(this))
{
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setStyleSheet(QStringLiteral("font-weight:600"));
    m_editor->setObjectName(QStringLiteral("policyEditor"));
    m_editor->setFont(monospaceFont());
    m_set->setObjectName(QStringLiteral("setPolicy"));
    m_set->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_load);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    buttons->addWidget(m_set);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_versionLabel);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a policy"), QString(), tr("Policy documents (*.json)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(m_revert, &QPushButton::clicked, this, &ApprovalsPolicyTab::refresh);
    connect(m_set, &QPushButton::clicked, this, &ApprovalsPolicyTab::setFromEditor);
    retranslateUi();
}

void ApprovalsPolicyTab::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    refresh();
}

void ApprovalsPolicyTab::refresh()
{
    m_editor->clear();
    m_message->clear();
    m_version = 0;
    m_setBy.clear();
    m_setAt.clear();
    if (m_reg) {
        auto current = approvals::currentPolicy(*m_reg);
        if (current.ok()) {
            m_version = current->version;
            m_setBy = current->setBy;
            m_setAt = current->setAt;
            m_editor->setPlainText(QString::fromUtf8(QJsonDocument(current->policy.toJson()).toJson(QJsonDocument::Indented)));
        } else {
            showMessage(current.message(), false);
        }
    }
    retranslateUi();
}

QString ApprovalsPolicyTab::versionText() const
{
    return m_versionLabel->text();
}

bool ApprovalsPolicyTab::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1 cannot be read: %2").arg(path, f.errorString()), false);
        return false;
    }
    m_editor->setPlainText(QString::fromUtf8(f.readAll()));
    showMessage(tr("Loaded %1: check it, then set it as the new version.").arg(path), true);
    return true;
}

bool ApprovalsPolicyTab::setFromEditor()
{
    if (!m_reg)
        return false;
    auto set = approvals::setPolicy(*m_reg, m_editor->toPlainText().toUtf8());
    if (!set.ok()) {
        showMessage(set.message(), false);
        return false;
    }
    const qint64 version = set->version;
    refresh();
    showMessage(tr("Policy version %1 is in force.").arg(version), true);
    emit changed();
    return true;
}

void ApprovalsPolicyTab::retranslateUi()
{
    m_title->setText(tr("Withdrawal policy"));
    if (m_version == 0)
        m_versionLabel->setText(tr("The built-in policy is in force (one approver for every withdrawal, 24 h expiry)."));
    else
        m_versionLabel->setText(tr("Version %1, set by %2 on %3.").arg(m_version).arg(m_setBy, formatTimestamp(m_setAt)));
    m_editor->setAccessibleName(tr("Policy document"));
    m_load->setText(tr("&Load from file…"));
    m_load->setAccessibleName(tr("Load a policy from a file"));
    m_revert->setText(tr("Show the version in force"));
    m_set->setText(tr("&Set as new version"));
    m_set->setToolTip(tr("Check the document and make it the policy in force (Ctrl+S)"));
    m_set->setAccessibleName(tr("Set as new version"));
}

// ---- whitelist ----

ApprovalsWhitelistTab::ApprovalsWhitelistTab(QWidget *parent)
    : ApprovalsAdminTab(parent), m_model(new WhitelistModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(adminTable(m_model, m_proxy, this)), m_client(new QLineEdit(this)), m_chain(new QComboBox(this)), m_address(new QLineEdit(this)),
      m_label(new QLineEdit(this)), m_propose(new QPushButton(this)), m_approve(new QPushButton(this)), m_hint(new QLabel(this))
{
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("whitelistView"));
    m_approve->setObjectName(QStringLiteral("approveWhitelist"));
    m_propose->setObjectName(QStringLiteral("proposeWhitelist"));
    m_chain->addItems(chain::knownNetworkNames());
    m_address->setMinimumWidth(320);
    auto *form = new QHBoxLayout;
    form->addWidget(m_client);
    form->addWidget(m_chain);
    form->addWidget(m_address, 2);
    form->addWidget(m_label, 1);
    form->addWidget(m_propose);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApprovalsWhitelistTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalsWhitelistTab::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, [this] { approveRow(sourceRow(m_view, m_proxy)); });
    connect(m_propose, &QPushButton::clicked, this, [this] {
        propose(m_client->text().trimmed(), m_chain->currentText(), m_address->text().trimmed(), m_label->text().trimmed());
    });
    retranslateUi();
}

void ApprovalsWhitelistTab::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    m_message->clear();
    m_model->setRegister(m_reg);
    const bool admin = m_reg && m_reg->user().role == reg::Role::Admin;
    m_approve->setVisible(admin);
}

void ApprovalsWhitelistTab::refresh()
{
    m_model->refresh();
}

void ApprovalsWhitelistTab::updateButtons()
{
    const approvals::WhitelistEntry *e = m_model->entryAt(sourceRow(m_view, m_proxy));
    const QString me = m_reg ? m_reg->user().name : QString();
    m_approve->setEnabled(e && e->status != QLatin1String("approved") && e->proposedBy != me && !e->approvedBy.contains(me));
}

bool ApprovalsWhitelistTab::propose(const QString &client, const QString &chainName, const QString &address, const QString &label)
{
    if (!m_reg)
        return false;
    auto entry = approvals::proposeWhitelistEntry(*m_reg, client, chainName, address, label);
    if (!entry.ok()) {
        showMessage(entry.message(), false);
        return false;
    }
    m_address->clear();
    m_label->clear();
    m_model->refresh();
    showMessage(tr("%1 is proposed for client %2; it needs %n admin approval(s).", "", entry->needs).arg(entry->address, entry->client), true);
    emit changed();
    return true;
}

bool ApprovalsWhitelistTab::approveRow(int row)
{
    const approvals::WhitelistEntry *e = m_model->entryAt(row);
    if (!m_reg || !e)
        return false;
    auto entry = approvals::approveWhitelistEntry(*m_reg, e->id);
    if (!entry.ok()) {
        showMessage(entry.message(), false);
        return false;
    }
    m_model->refresh();
    showMessage(tr("You approved %1: %2.").arg(entry->address, WhitelistModel::stateText(*entry, entry->approvedAt)), true);
    emit changed();
    return true;
}

void ApprovalsWhitelistTab::retranslateUi()
{
    m_hint->setText(tr("Destinations per client. An entry is usable once enough other admins approved it and its cooling-off period "
                       "has passed."));
    m_view->setAccessibleName(tr("Whitelist"));
    m_client->setPlaceholderText(tr("Client"));
    m_client->setAccessibleName(tr("Client"));
    m_chain->setAccessibleName(tr("Chain"));
    m_address->setPlaceholderText(tr("Address"));
    m_address->setAccessibleName(tr("Address"));
    m_label->setPlaceholderText(tr("Label"));
    m_label->setAccessibleName(tr("Label"));
    m_propose->setText(tr("&Propose"));
    m_propose->setAccessibleName(tr("Propose the address"));
    m_approve->setText(tr("Appro&ve entry"));
    m_approve->setAccessibleName(tr("Approve the selected whitelist entry"));
}

// ---- freezes ----

ApprovalsFreezesTab::ApprovalsFreezesTab(QWidget *parent)
    : ApprovalsAdminTab(parent), m_model(new FreezeModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(adminTable(m_model, m_proxy, this)), m_client(new QLineEdit(this)), m_asset(new QLineEdit(this)), m_reason(new QLineEdit(this)),
      m_freeze(new QPushButton(this)), m_unfreeze(new QPushButton(this)), m_hint(new QLabel(this))
{
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("freezesView"));
    m_freeze->setObjectName(QStringLiteral("freezeButton"));
    m_unfreeze->setObjectName(QStringLiteral("unfreezeButton"));
    auto *form = new QHBoxLayout;
    form->addWidget(m_client);
    form->addWidget(m_asset);
    form->addWidget(m_reason, 2);
    form->addWidget(m_freeze);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_unfreeze);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApprovalsFreezesTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalsFreezesTab::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &ApprovalsFreezesTab::updateButtons);
    connect(m_freeze, &QPushButton::clicked, this,
            [this] { freeze(m_client->text().trimmed(), m_asset->text().trimmed(), m_reason->text().trimmed()); });
    connect(m_unfreeze, &QPushButton::clicked, this, [this] { unfreezeRow(sourceRow(m_view, m_proxy)); });
    retranslateUi();
}

void ApprovalsFreezesTab::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    m_message->clear();
    m_model->setRegister(m_reg);
}

void ApprovalsFreezesTab::refresh()
{
    m_model->refresh();
}

void ApprovalsFreezesTab::updateButtons()
{
    const approvals::Freeze *f = m_model->freezeAt(sourceRow(m_view, m_proxy));
    const QString me = m_reg ? m_reg->user().name : QString();
    // The admin who asked to lift it cannot be the second one.
    m_unfreeze->setEnabled(f && f->active() && f->unfreezeBy != me);
    m_unfreeze->setText(f && !f->unfreezeBy.isEmpty() ? tr("&Lift (2 of 2 admins)") : tr("Ask to &lift (1 of 2 admins)"));
    m_freeze->setEnabled(m_reg && !m_reason->text().trimmed().isEmpty());
}

bool ApprovalsFreezesTab::freeze(const QString &client, const QString &asset, const QString &reason)
{
    if (!m_reg)
        return false;
    auto f = approvals::freezeWithdrawals(*m_reg, client, asset, reason);
    if (!f.ok()) {
        showMessage(f.message(), false);
        return false;
    }
    m_reason->clear();
    m_model->refresh();
    showMessage(tr("Withdrawals are frozen: %1.").arg(FreezeModel::scopeText(*f)), true);
    emit changed();
    return true;
}

bool ApprovalsFreezesTab::unfreezeRow(int row)
{
    const approvals::Freeze *f = m_model->freezeAt(row);
    if (!m_reg || !f)
        return false;
    auto after = approvals::unfreezeWithdrawals(*m_reg, f->id);
    if (!after.ok()) {
        showMessage(after.message(), false);
        return false;
    }
    m_model->refresh();
    showMessage(after->active() ? tr("Your request to lift the freeze is recorded: 1 of 2 admins. Another admin must confirm it.")
                                : tr("The freeze is lifted (2 of 2 admins)."),
                true);
    emit changed();
    return true;
}

void ApprovalsFreezesTab::retranslateUi()
{
    m_hint->setText(tr("A freeze stops withdrawals at once: all of them, one client's, one asset's or a client's asset. Lifting one takes "
                       "two different admins."));
    m_view->setAccessibleName(tr("Freezes"));
    m_client->setPlaceholderText(tr("Client (empty: every client)"));
    m_client->setAccessibleName(tr("Client to freeze"));
    m_asset->setPlaceholderText(tr("Asset (empty: every asset)"));
    m_asset->setAccessibleName(tr("Asset to freeze"));
    m_reason->setPlaceholderText(tr("Reason (required)"));
    m_reason->setAccessibleName(tr("Reason for the freeze"));
    m_freeze->setText(tr("&Freeze withdrawals"));
    m_freeze->setAccessibleName(tr("Freeze withdrawals"));
    m_unfreeze->setAccessibleName(tr("Lift the selected freeze"));
    updateButtons();
}

} // namespace custos::ui
