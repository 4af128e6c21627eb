#pragma once
// The administration tabs of the Approvals page: the withdrawal policy (the version in force
// and a new version from a file or the editor, with core's error shown), the destination
// whitelist (operators and admins propose, other admins approve), and freezes (freeze with a
// reason; lifting needs two admins, shown as "1 of 2 admins").

#include "app/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace custos::ui {

class FreezeModel;
class WhitelistModel;

class ApprovalsAdminTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void setRegister(RegisterPtr reg) = 0;
    virtual void refresh() = 0;
    QString message() const; // the last result line
    QLabel *messageLabel() const { return m_message; }

signals:
    void changed(); // something was written: the other views re-read

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    void showMessage(const QString &text, bool good);
    QLabel *m_message = nullptr; // created by the subclass
};

class ApprovalsPolicyTab : public ApprovalsAdminTab {
    Q_OBJECT
public:
    explicit ApprovalsPolicyTab(QWidget *parent = nullptr);
    void setRegister(RegisterPtr reg) override;
    void refresh() override;
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *setButton() const { return m_set; }
    QString versionText() const;
    bool loadFile(const QString &path); // into the editor
    bool setFromEditor();               // a new version through core

protected:
    void retranslateUi() override;

private:
    RegisterPtr m_reg;
    qint64 m_version = 0;
    QString m_setBy;
    QString m_setAt;
    QLabel *m_title;
    QLabel *m_versionLabel;
    QPlainTextEdit *m_editor;
    QPushButton *m_load;
    QPushButton *m_revert;
    QPushButton *m_set;
};

class ApprovalsWhitelistTab : public ApprovalsAdminTab {
    Q_OBJECT
public:
    explicit ApprovalsWhitelistTab(QWidget *parent = nullptr);
    void setRegister(RegisterPtr reg) override;
    void refresh() override;
    WhitelistModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *proposeButton() const { return m_propose; }
    bool propose(const QString &client, const QString &chain, const QString &address, const QString &label);
    bool approveRow(int row);

protected:
    void retranslateUi() override;

private:
    void updateButtons();

    RegisterPtr m_reg;
    WhitelistModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_client;
    QComboBox *m_chain;
    QLineEdit *m_address;
    QLineEdit *m_label;
    QPushButton *m_propose;
    QPushButton *m_approve;
    QLabel *m_hint;
};

class ApprovalsFreezesTab : public ApprovalsAdminTab {
    Q_OBJECT
public:
    explicit ApprovalsFreezesTab(QWidget *parent = nullptr);
    void setRegister(RegisterPtr reg) override;
    void refresh() override;
    FreezeModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *freezeButton() const { return m_freeze; }
    QPushButton *unfreezeButton() const { return m_unfreeze; }
    bool freeze(const QString &client, const QString &asset, const QString &reason);
    bool unfreezeRow(int row);

protected:
    void retranslateUi() override;

private:
    void updateButtons();

    RegisterPtr m_reg;
    FreezeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_client;
    QLineEdit *m_asset;
    QLineEdit *m_reason;
    QPushButton *m_freeze;
    QPushButton *m_unfreeze;
    QLabel *m_hint;
};

} // namespace custos::ui
