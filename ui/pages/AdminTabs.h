#pragma once
// The tabs of the Administration page. Each reads through core services when the register
// opens and offers its changes to admins only (core refuses others anyway); what takes a key
// derivation (adding a user) runs in a worker.

#include "app/Session.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace custos::ui {

// The form layout every administration tab uses (labels right-aligned, the same spacing).
QFormLayout *adminForm(QWidget *form);

class EndpointsModel;
class KeySetsModel;
class UsersModel;

// Shared by the tabs: the register they work on and whether its user is an admin.
class AdminTab : public QWidget {
    Q_OBJECT
public:
    explicit AdminTab(QWidget *parent = nullptr);
    virtual void setRegister(RegisterPtr reg) = 0; // null clears
    QString errorText() const;
    QString resultText() const;

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    bool isAdmin() const;
    void showResult(const Status &status, const QString &success); // success: green; error: red
    RegisterPtr m_reg;
    QLabel *m_message;
};

class UsersTab : public AdminTab {
    Q_OBJECT
public:
    explicit UsersTab(QWidget *parent = nullptr);
    void setRegister(RegisterPtr reg) override;
    UsersModel *model() const { return m_model; }
    // Fills the form and adds the user in a worker (as the Add button does).
    void addUser(const QString &name, const QString &role, const QString &password, const QString &repeat);
    bool isBusy() const { return m_watcher != nullptr; }

signals:
    void userAdded(const QString &name);

protected:
    void retranslateUi() override;

private:
    void submit();
    void finish();

    UsersModel *m_model;
    QTableView *m_view;
    QLabel *m_title, *m_intro, *m_nameLabel, *m_roleLabel, *m_passwordLabel, *m_repeatLabel;
    QLineEdit *m_name, *m_password, *m_repeat;
    QComboBox *m_role;
    QPushButton *m_add;
    QWidget *m_form;
    QFutureWatcher<Status> *m_watcher = nullptr;
    QString m_pendingName;
};

class KeySetsTab : public AdminTab {
    Q_OBJECT
public:
    explicit KeySetsTab(QWidget *parent = nullptr);
    void setRegister(RegisterPtr reg) override;
    KeySetsModel *model() const { return m_model; }
    void addKeySet(const QString &name, const QString &owner, const QString &description);

protected:
    void retranslateUi() override;

private:
    void submit();
    KeySetsModel *m_model;
    QTableView *m_view;
    QLabel *m_title, *m_intro, *m_nameLabel, *m_ownerLabel, *m_descriptionLabel;
    QLineEdit *m_name, *m_description;
    QComboBox *m_owner;
    QPushButton *m_add;
    QWidget *m_form;
};

class CustodianTab : public AdminTab {
    Q_OBJECT
public:
    explicit CustodianTab(QWidget *parent = nullptr);
    void setRegister(RegisterPtr reg) override;
    void save();
    QLineEdit *nameEdit() const { return m_name; }

protected:
    void retranslateUi() override;

private:
    QLabel *m_title, *m_intro, *m_nameLabel, *m_addressLabel, *m_authorisationLabel, *m_contactLabel;
    QLineEdit *m_name, *m_authorisation, *m_contact;
    QPlainTextEdit *m_address;
    QPushButton *m_save;
};

class EndpointsTab : public AdminTab {
    Q_OBJECT
public:
    explicit EndpointsTab(QWidget *parent = nullptr);
    void setRegister(RegisterPtr reg) override;
    EndpointsModel *model() const { return m_model; }
    void addEndpoint(const QString &name, const QString &chain, const QString &url, const QString &user, const QString &password);
    void removeSelected();
    QTableView *view() const { return m_view; }

protected:
    void retranslateUi() override;

private:
    void submit();
    EndpointsModel *m_model;
    QTableView *m_view;
    QLabel *m_title, *m_intro, *m_nameLabel, *m_chainLabel, *m_urlLabel, *m_userLabel, *m_passwordLabel;
    QLineEdit *m_name, *m_url, *m_user, *m_password;
    QComboBox *m_chain;
    QPushButton *m_add, *m_remove;
    QWidget *m_form;
};

// Preferences of this workstation (QSettings): interface language and idle lock time.
class PreferencesTab : public AdminTab {
    Q_OBJECT
public:
    explicit PreferencesTab(QWidget *parent = nullptr);
    void setRegister(RegisterPtr reg) override;
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *idleBox() const { return m_idle; }

signals:
    void idleLockChanged(int minutes);

protected:
    void retranslateUi() override;

private:
    QLabel *m_title, *m_intro, *m_languageLabel, *m_idleLabel;
    QComboBox *m_language;
    QSpinBox *m_idle;
};

} // namespace custos::ui
