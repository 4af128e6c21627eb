// The Administration page's custodian, chain endpoints and preferences tabs.

#include "app/IdleLock.h"
#include "app/Language.h"
#include "app/Theme.h"
#include "chain/Network.h"
#include "models/AdminModels.h"
#include "pages/AdminTabs.h"
#include "settings/Custodian.h"
#include "settings/Endpoints.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace custos::ui {

// --- custodian ---------------------------------------------------------------------------------

CustodianTab::CustodianTab(QWidget *parent) : AdminTab(parent)
{
    m_title = sectionTitle(QString(), this);
    m_intro = mutedLabel(QString(), this);
    m_intro->setWordWrap(true);
    auto *formBox = new QWidget(this);
    m_name = new QLineEdit(formBox);
    m_name->setObjectName(QStringLiteral("custodianName"));
    m_address = new QPlainTextEdit(formBox);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 16);
    m_authorisation = new QLineEdit(formBox);
    m_contact = new QLineEdit(formBox);
    m_save = new QPushButton(formBox);
    m_save->setObjectName(QStringLiteral("saveCustodian"));
    m_nameLabel = new QLabel(formBox);
    m_addressLabel = new QLabel(formBox);
    m_authorisationLabel = new QLabel(formBox);
    m_contactLabel = new QLabel(formBox);
    m_nameLabel->setBuddy(m_name);
    m_addressLabel->setBuddy(m_address);
    m_authorisationLabel->setBuddy(m_authorisation);
    m_contactLabel->setBuddy(m_contact);
    QFormLayout *form = adminForm(formBox);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_authorisationLabel, m_authorisation);
    form->addRow(m_contactLabel, m_contact);
    form->addRow(QString(), m_save);
    formBox->setMaximumWidth(640);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(formBox);
    layout->addWidget(m_message);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, &CustodianTab::save);
    retranslateUi();
    setRegister(nullptr);
}

void CustodianTab::retranslateUi()
{
    m_title->setText(tr("Custodian details"));
    m_intro->setText(isAdmin() || !m_reg ? tr("Printed on every client statement and in the evidence pack.")
                                         : tr("Printed on every client statement and in the evidence pack. Only admins change them."));
    m_nameLabel->setText(tr("Legal &name:"));
    m_addressLabel->setText(tr("Postal &address:"));
    m_authorisationLabel->setText(tr("MiCA a&uthorisation:"));
    m_contactLabel->setText(tr("Dis&crepancy contact:"));
    m_save->setText(tr("&Save details"));
    m_authorisation->setPlaceholderText(tr("the CASP authorisation number"));
    m_contact->setPlaceholderText(tr("where clients report a discrepancy (e-mail or address)"));
    m_name->setAccessibleName(tr("Custodian's legal name"));
    m_address->setAccessibleName(tr("Custodian's postal address"));
    m_authorisation->setAccessibleName(tr("Custodian's MiCA authorisation"));
    m_contact->setAccessibleName(tr("Discrepancy contact"));
}

void CustodianTab::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    m_message->hide();
    settings::Custodian c;
    if (m_reg) {
        auto read = settings::readCustodian(*m_reg);
        if (read.ok())
            c = *read;
        else
            showResult(read.error(), QString());
    }
    m_name->setText(c.name);
    m_address->setPlainText(c.address);
    m_authorisation->setText(c.authorisationId);
    m_contact->setText(c.contact);
    const bool admin = isAdmin();
    for (QLineEdit *e : {m_name, m_authorisation, m_contact})
        e->setReadOnly(!admin);
    m_address->setReadOnly(!admin);
    m_save->setVisible(admin);
    retranslateUi();
}

void CustodianTab::save()
{
    if (!m_reg)
        return;
    const settings::Custodian c{m_name->text(), m_address->toPlainText(), m_authorisation->text(), m_contact->text()};
    showResult(settings::setCustodian(*m_reg, c), tr("Custodian details saved."));
}

// --- chain endpoints ---------------------------------------------------------------------------

EndpointsTab::EndpointsTab(QWidget *parent) : AdminTab(parent), m_model(new EndpointsModel(this))
{
    m_title = sectionTitle(QString(), this);
    m_intro = mutedLabel(QString(), this);
    m_intro->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("endpointsTable"));
    styleTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_form = new QWidget(this);
    m_name = new QLineEdit(m_form);
    m_chain = new QComboBox(m_form);
    m_chain->setEditable(true); // evm-<chain id> for any other EVM network
    m_chain->addItems(chain::knownNetworkNames());
    m_url = new QLineEdit(m_form);
    m_user = new QLineEdit(m_form);
    m_password = new QLineEdit(m_form);
    m_password->setEchoMode(QLineEdit::Password);
    m_add = new QPushButton(m_form);
    m_add->setObjectName(QStringLiteral("addEndpoint"));
    m_remove = new QPushButton(m_form);
    m_remove->setObjectName(QStringLiteral("removeEndpoint"));
    m_nameLabel = new QLabel(m_form);
    m_chainLabel = new QLabel(m_form);
    m_urlLabel = new QLabel(m_form);
    m_userLabel = new QLabel(m_form);
    m_passwordLabel = new QLabel(m_form);
    m_nameLabel->setBuddy(m_name);
    m_chainLabel->setBuddy(m_chain);
    m_urlLabel->setBuddy(m_url);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    QFormLayout *form = adminForm(m_form);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_chainLabel, m_chain);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), buttons);
    m_form->setMaximumWidth(640);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    connect(m_add, &QPushButton::clicked, this, &EndpointsTab::submit);
    connect(m_remove, &QPushButton::clicked, this, &EndpointsTab::removeSelected);
    retranslateUi();
    setRegister(nullptr);
}

void EndpointsTab::retranslateUi()
{
    m_title->setText(tr("Chain endpoints"));
    m_intro->setText(tr("Nodes a reconciliation can read from (source endpoint:NAME). The URL and the RPC credentials are kept inside "
                        "the encrypted register, never in a settings file; the password is never shown again."));
    m_nameLabel->setText(tr("&Name:"));
    m_chainLabel->setText(tr("C&hain:"));
    m_urlLabel->setText(tr("&URL:"));
    m_userLabel->setText(tr("RPC u&ser:"));
    m_passwordLabel->setText(tr("RPC pass&word:"));
    m_url->setPlaceholderText(tr("http://HOST:PORT or https://HOST:PORT/PATH"));
    m_user->setPlaceholderText(tr("empty when the node needs no credentials"));
    m_add->setText(tr("Add &endpoint"));
    m_remove->setText(tr("&Remove selected"));
    m_name->setAccessibleName(tr("Endpoint name"));
    m_chain->setAccessibleName(tr("Endpoint chain"));
    m_url->setAccessibleName(tr("Endpoint URL"));
    m_user->setAccessibleName(tr("Endpoint RPC user"));
    m_password->setAccessibleName(tr("Endpoint RPC password"));
    m_view->setAccessibleName(tr("Chain endpoints"));
    retranslateHeaders(m_model);
}

void EndpointsTab::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
    m_message->hide();
    const Status s = m_model->load(m_reg.get());
    if (!s.ok())
        showResult(s, QString());
    m_form->setVisible(isAdmin());
}

void EndpointsTab::addEndpoint(const QString &name, const QString &chain, const QString &url, const QString &user,
                               const QString &password)
{
    m_name->setText(name);
    m_chain->setCurrentText(chain);
    m_url->setText(url);
    m_user->setText(user);
    m_password->setText(password);
    submit();
}

void EndpointsTab::submit()
{
    if (!m_reg)
        return;
    settings::Endpoint e;
    e.name = m_name->text().trimmed();
    e.chain = m_chain->currentText().trimmed();
    e.url = m_url->text().trimmed();
    e.user = m_user->text().trimmed();
    e.password = m_password->text();
    auto added = settings::addEndpoint(*m_reg, e);
    m_password->clear();
    if (added.ok()) {
        for (QLineEdit *l : {m_name, m_url, m_user})
            l->clear();
        (void)m_model->load(m_reg.get());
    }
    showResult(added.ok() ? okStatus() : Status(added.error()), tr("Endpoint %1 added.").arg(e.name));
}

void EndpointsTab::removeSelected()
{
    if (!m_reg)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        showResult(makeError(ErrorCode::BadInput, tr("Select the endpoint to remove in the list first.")), QString());
        return;
    }
    const QString name = current.data(EndpointsModel::NameRole).toString();
    const Status s = settings::removeEndpoint(*m_reg, name);
    if (s.ok())
        (void)m_model->load(m_reg.get());
    showResult(s, tr("Endpoint %1 removed.").arg(name));
}

// --- preferences -------------------------------------------------------------------------------

PreferencesTab::PreferencesTab(QWidget *parent) : AdminTab(parent)
{
    m_title = sectionTitle(QString(), this);
    m_intro = mutedLabel(QString(), this);
    m_intro->setWordWrap(true);
    auto *formBox = new QWidget(this);
    m_language = new QComboBox(formBox);
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    for (const QString &code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    m_idle = new QSpinBox(formBox);
    m_idle->setObjectName(QStringLiteral("preferencesIdle"));
    m_idle->setRange(0, IdleLock::kMaxMinutes);
    m_idle->setValue(IdleLock::savedMinutes());
    m_languageLabel = new QLabel(formBox);
    m_idleLabel = new QLabel(formBox);
    m_languageLabel->setBuddy(m_language);
    m_idleLabel->setBuddy(m_idle);
    QFormLayout *form = adminForm(formBox);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_idleLabel, m_idle);
    formBox->setMaximumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(formBox);
    layout->addStretch(1);

    Language *language = Language::instance();
    auto showLanguage = [this, language] {
        const QSignalBlocker block(m_language);
        m_language->setCurrentIndex(qMax(0, m_language->findData(language->current())));
    };
    showLanguage();
    connect(language, &Language::changed, this, showLanguage);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, language, showLanguage](int index) {
        if (index >= 0)
            language->choose(m_language->itemData(index).toString());
        showLanguage();
    });
    connect(m_idle, &QSpinBox::valueChanged, this, [this](int minutes) {
        IdleLock::saveMinutes(minutes);
        emit idleLockChanged(minutes);
    });
    retranslateUi();
}

void PreferencesTab::retranslateUi()
{
    m_title->setText(tr("Preferences of this workstation"));
    m_intro->setText(tr("Kept for your account on this computer, not in the register."));
    m_languageLabel->setText(tr("Interface &language:"));
    m_idleLabel->setText(tr("&Lock when idle for:"));
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("never"));
    m_language->setAccessibleName(tr("Interface language"));
    m_idle->setAccessibleName(tr("Idle minutes before the register locks"));
}

void PreferencesTab::setRegister(RegisterPtr reg)
{
    m_reg = std::move(reg);
}

} // namespace custos::ui
