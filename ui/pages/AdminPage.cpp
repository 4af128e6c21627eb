#include "pages/AdminPage.h"

#include "app/Theme.h"
#include "pages/AdminTabs.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace custos::ui {

AdminPage::AdminPage(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_title = pageTitle(QString(), this);
    m_subtitle = mutedLabel(QString(), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->setDocumentMode(true);
    m_users = new UsersTab(m_tabs);
    m_keySets = new KeySetsTab(m_tabs);
    m_custodian = new CustodianTab(m_tabs);
    m_endpoints = new EndpointsTab(m_tabs);
    m_preferences = new PreferencesTab(m_tabs);
    for (QWidget *tab : std::initializer_list<QWidget *>{m_users, m_keySets, m_custodian, m_endpoints, m_preferences})
        m_tabs->addTab(tab, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tabs, 1);

    connect(m_session, &Session::opened, this, [this] { setRegister(m_session->reg()); });
    connect(m_session, &Session::closing, this, [this] { setRegister(nullptr); });
    connect(m_preferences, &PreferencesTab::idleLockChanged, this, &AdminPage::idleLockChanged);
    retranslateUi();
}

void AdminPage::setRegister(RegisterPtr reg)
{
    for (AdminTab *tab : std::initializer_list<AdminTab *>{m_users, m_keySets, m_custodian, m_endpoints, m_preferences})
        tab->setRegister(reg);
    retranslateUi();
}

void AdminPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void AdminPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminPage::retranslateUi()
{
    m_title->setText(tr("Administration and settings"));
    const auto reg = m_session->reg();
    m_subtitle->setText(reg && reg->user().role != reg::Role::Admin
                            ? tr("You can read the register's settings; only admins change them.")
                            : tr("Users, means of access, the custodian's details and the nodes reconciliations read from."));
    m_tabs->setTabText(Users, tr("Users"));
    m_tabs->setTabText(KeySets, tr("Key sets"));
    m_tabs->setTabText(Custodian, tr("Custodian"));
    m_tabs->setTabText(Endpoints, tr("Chain endpoints"));
    m_tabs->setTabText(Preferences, tr("Preferences"));
}

} // namespace custos::ui
