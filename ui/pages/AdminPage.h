#pragma once
// Administration and settings: users and roles, key sets, custodian details, chain endpoints
// and this workstation's preferences, one tab each. Admins change them; other roles read them
// (the forms are hidden or read-only, and core refuses anyway).

#include "app/Session.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace custos::ui {

class CustodianTab;
class EndpointsTab;
class KeySetsTab;
class PreferencesTab;
class UsersTab;

class AdminPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { Users, KeySets, Custodian, Endpoints, Preferences, TabCount };
    explicit AdminPage(Session *session, QWidget *parent = nullptr);

    void showTab(Tab tab);
    UsersTab *usersTab() const { return m_users; }
    KeySetsTab *keySetsTab() const { return m_keySets; }
    CustodianTab *custodianTab() const { return m_custodian; }
    EndpointsTab *endpointsTab() const { return m_endpoints; }
    PreferencesTab *preferencesTab() const { return m_preferences; }

signals:
    void idleLockChanged(int minutes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setRegister(RegisterPtr reg);

    Session *m_session;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    UsersTab *m_users;
    KeySetsTab *m_keySets;
    CustodianTab *m_custodian;
    EndpointsTab *m_endpoints;
    PreferencesTab *m_preferences;
};

} // namespace custos::ui
