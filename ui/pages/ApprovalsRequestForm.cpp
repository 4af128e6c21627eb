#include "pages/ApprovalsRequestForm.h"

#include "app/Format.h"
#include "approvals/Whitelist.h"
#include "chain/AddressCheck.h"
#include "chain/Network.h"
#include "ledger/Reference.h"
#include "models/WhitelistModel.h"
#include "models/WithdrawalsModel.h"
#include "pages/ApprovalsDetail.h"
#include "util/Time.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace custos::ui {

namespace {

void setState(QLabel *label, const QString &text, bool good)
{
    label->setText(text);
    label->setStyleSheet(good ? QStringLiteral("color:#1d7a3e") : QStringLiteral("color:#b42318"));
}

} // namespace

ApprovalsRequestForm::ApprovalsRequestForm(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_hint(new QLabel(this)), m_clientLabel(new QLabel(this)), m_assetLabel(new QLabel(this)),
      m_amountLabel(new QLabel(this)), m_destLabel(new QLabel(this)), m_client(new QLineEdit(this)), m_asset(new QComboBox(this)),
      m_amount(new QLineEdit(this)), m_dest(new QLineEdit(this)), m_clientState(new QLabel(this)), m_addressState(new QLabel(this)),
      m_whitelistState(new QLabel(this)), m_previewTitle(new QLabel(this)), m_preview(new QLabel(this)), m_request(new QPushButton(this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("approvalsRequestForm"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_hint->setWordWrap(true);
    m_client->setObjectName(QStringLiteral("withdrawalClient"));
    m_asset->setObjectName(QStringLiteral("withdrawalAsset"));
    m_amount->setObjectName(QStringLiteral("withdrawalAmount"));
    m_dest->setObjectName(QStringLiteral("withdrawalDestination"));
    m_request->setObjectName(QStringLiteral("withdrawalRequest"));
    m_dest->setMinimumWidth(420);
    for (QLabel *l : {m_clientState, m_addressState, m_whitelistState, m_preview})
        l->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewTitle->setStyleSheet(QStringLiteral("font-weight:600"));
    m_request->setEnabled(false);
    m_request->setDefault(true);
    m_request->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_clientLabel->setBuddy(m_client);
    m_assetLabel->setBuddy(m_asset);
    m_amountLabel->setBuddy(m_amount);
    m_destLabel->setBuddy(m_dest);

    auto *form = new QFormLayout;
    form->addRow(m_clientLabel, m_client);
    form->addRow(QString(), m_clientState);
    form->addRow(m_assetLabel, m_asset);
    form->addRow(m_amountLabel, m_amount);
    form->addRow(m_destLabel, m_dest);
    form->addRow(QString(), m_addressState);
    form->addRow(QString(), m_whitelistState);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_preview);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_request);
    layout->addLayout(buttons);
    layout->addStretch(1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ApprovalsRequestForm::validate);
    for (QLineEdit *e : {m_client, m_amount, m_dest})
        connect(e, &QLineEdit::textChanged, this, &ApprovalsRequestForm::schedule);
    connect(m_asset, &QComboBox::currentIndexChanged, this, &ApprovalsRequestForm::schedule);
    connect(m_request, &QPushButton::clicked, this, &ApprovalsRequestForm::submit);
    retranslateUi();
}

void ApprovalsRequestForm::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    const QString keep = m_asset->currentData().toString();
    m_asset->clear();
    if (m_reg) {
        auto assets = ledger::listAssets(*m_reg);
        if (assets.ok())
            for (const ledger::Asset &a : *assets)
                m_asset->addItem(a.code, a.code);
        const int i = m_asset->findData(keep);
        if (i >= 0)
            m_asset->setCurrentIndex(i);
    } else {
        m_client->clear();
        m_amount->clear();
        m_dest->clear();
    }
    validate();
}

void ApprovalsRequestForm::setClient(const QString &client) { m_client->setText(client); }
void ApprovalsRequestForm::setAmount(const QString &amount) { m_amount->setText(amount); }
void ApprovalsRequestForm::setDestination(const QString &address) { m_dest->setText(address); }

void ApprovalsRequestForm::setAsset(const QString &asset)
{
    const int i = m_asset->findData(asset);
    if (i >= 0)
        m_asset->setCurrentIndex(i);
}

void ApprovalsRequestForm::validateNow()
{
    m_timer->stop();
    validate();
}

QString ApprovalsRequestForm::addressState() const { return m_addressState->text(); }
QString ApprovalsRequestForm::whitelistState() const { return m_whitelistState->text(); }
QString ApprovalsRequestForm::previewText() const { return m_preview->text(); }

void ApprovalsRequestForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validate();
    }
    QWidget::changeEvent(event);
}

void ApprovalsRequestForm::retranslateUi()
{
    m_title->setText(tr("New withdrawal"));
    m_hint->setText(tr("Each field is checked as you type; the request is previewed against the policy in force before you send it."));
    m_clientLabel->setText(tr("&Client:"));
    m_assetLabel->setText(tr("A&sset:"));
    m_amountLabel->setText(tr("A&mount:"));
    m_destLabel->setText(tr("&Destination:"));
    m_client->setPlaceholderText(tr("Client id, e.g. C0001"));
    m_amount->setPlaceholderText(tr("Whole units, e.g. 0.25"));
    m_dest->setPlaceholderText(tr("Address on the asset's chain"));
    m_client->setAccessibleName(tr("Client"));
    m_asset->setAccessibleName(tr("Asset"));
    m_amount->setAccessibleName(tr("Amount"));
    m_dest->setAccessibleName(tr("Destination address"));
    m_previewTitle->setText(tr("Policy preview"));
    m_request->setText(tr("&Request withdrawal"));
    m_request->setToolTip(tr("Send the request to the approvers (Ctrl+Enter)"));
    m_request->setAccessibleName(tr("Request withdrawal"));
}

void ApprovalsRequestForm::schedule()
{
    m_request->setEnabled(false);
    m_previewOk = false;
    m_timer->start();
}

approvals::WithdrawalInput ApprovalsRequestForm::input() const
{
    return approvals::WithdrawalInput{m_client->text().trimmed(), m_asset->currentData().toString(), m_amount->text().trimmed(),
                                      m_dest->text().trimmed(), QString()};
}

void ApprovalsRequestForm::validate()
{
    m_previewOk = false;
    m_request->setEnabled(false);
    for (QLabel *l : {m_clientState, m_addressState, m_whitelistState, m_preview})
        l->clear();
    if (!m_reg)
        return;
    const approvals::WithdrawalInput in = input();
    bool complete = true;

    if (in.client.isEmpty()) {
        complete = false;
    } else {
        auto client = ledger::findClient(*m_reg, in.client);
        if (client.ok())
            setState(m_clientState, client->name, true);
        else
            setState(m_clientState, tr("No client %1 in this register.").arg(in.client), false);
        complete = complete && client.ok();
    }

    QString canonical;
    if (in.to.isEmpty() || in.asset.isEmpty()) {
        complete = false;
    } else {
        auto asset = ledger::findAsset(*m_reg, in.asset);
        auto net = asset.ok() ? chain::networkByName(asset->chain) : Result<chain::Network>(asset.error());
        auto addr = net.ok() ? chain::normalizeAddress(*net, in.to) : Result<QString>(net.error());
        if (addr.ok()) {
            canonical = *addr;
            setState(m_addressState, tr("Valid %1 address.").arg(net->name), true);
        } else {
            setState(m_addressState, addr.message(), false);
            complete = false;
        }
    }

    if (!canonical.isEmpty() && !in.client.isEmpty()) {
        auto list = approvals::listWhitelist(*m_reg, in.client);
        QString state = tr("Not on the client's whitelist.");
        bool good = false;
        if (list.ok()) {
            for (const approvals::WhitelistEntry &e : *list)
                if (e.address == canonical) {
                    state = tr("Whitelist: %1 (%2)").arg(WhitelistModel::stateText(e, nowUtc()), e.label);
                    good = e.usableAt(nowUtc());
                }
        }
        m_whitelistState->setText(state);
        m_whitelistState->setStyleSheet(good ? QStringLiteral("color:#1d7a3e") : QStringLiteral("color:#9a5b00"));
    }

    if (in.amount.isEmpty())
        complete = false;
    if (!complete) {
        m_preview->setText(tr("Fill in client, asset, amount and destination to preview the request."));
        m_preview->setStyleSheet(QStringLiteral("color:#5b6472"));
        return;
    }
    auto preview = approvals::previewWithdrawal(*m_reg, in);
    if (!preview.ok()) {
        setState(m_preview, preview.message(), false);
        return;
    }
    QString text;
    if (preview->status == QLatin1String("blocked"))
        text = tr("The destination is on a screening list: the request will be blocked for compliance.");
    else
        text = tr("Allowed: %n approval(s) of role %1 needed.", "", preview->needs).arg(ApprovalsDetail::roleText(preview->approverRole));
    if (!preview->eurValue.isEmpty())
        text += QLatin1Char(' ') + tr("Value %1.").arg(formatEur(preview->eurValue));
    QStringList steps;
    for (const QString &s : ApprovalsDetail::stepTexts(*preview))
        steps << QStringLiteral("• ") + s;
    if (!steps.isEmpty())
        text += QLatin1Char('\n') + steps.join(QLatin1Char('\n'));
    setState(m_preview, text, preview->status != QLatin1String("blocked"));
    m_previewOk = true;
    m_request->setEnabled(true);
}

bool ApprovalsRequestForm::submit()
{
    validateNow();
    if (!m_reg || !m_previewOk)
        return false;
    auto made = approvals::requestWithdrawal(*m_reg, input());
    if (!made.ok()) {
        setState(m_preview, made.message(), false);
        m_request->setEnabled(false);
        return false;
    }
    m_amount->clear();
    m_dest->clear();
    m_timer->stop(); // keep the confirmation on show until the next edit
    setState(m_preview, tr("Request %1 sent: %2.").arg(made->id).arg(WithdrawalsModel::statusText(made->status)), true);
    emit requested(*made);
    return true;
}

} // namespace custos::ui
