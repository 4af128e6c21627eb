#pragma once
// "New withdrawal" for operators: client, asset, amount and destination, validated as they are
// typed (the client exists, the address is valid for the asset's chain, the destination's
// whitelist state) and previewed through core's dry run (policy result, approvals needed,
// screening, available balance, freezes). Request is enabled only when the preview passes.

#include "app/Session.h"
#include "approvals/Withdrawals.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace custos::ui {

class ApprovalsRequestForm : public QWidget {
    Q_OBJECT
public:
    explicit ApprovalsRequestForm(QWidget *parent = nullptr);

    void setRegister(RegisterPtr reg); // reads the assets; null clears

    void setClient(const QString &client);
    void setAsset(const QString &asset); // CHAIN:SYM
    void setAmount(const QString &amount);
    void setDestination(const QString &address);
    void validateNow(); // runs the pending validation at once (tests, Enter)

    QPushButton *requestButton() const { return m_request; }
    QString addressState() const;   // the line under the destination
    QString whitelistState() const; // the whitelist line
    QString previewText() const;    // the policy preview (or the refusal)
    bool previewPassed() const { return m_previewOk; }

    bool submit(); // requests through core; emits requested() or shows core's sentence

signals:
    void requested(const approvals::Withdrawal &w);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void schedule();
    void validate();
    approvals::WithdrawalInput input() const;

    RegisterPtr m_reg;
    QLabel *m_title;
    QLabel *m_hint;
    QLabel *m_clientLabel;
    QLabel *m_assetLabel;
    QLabel *m_amountLabel;
    QLabel *m_destLabel;
    QLineEdit *m_client;
    QComboBox *m_asset;
    QLineEdit *m_amount;
    QLineEdit *m_dest;
    QLabel *m_clientState;
    QLabel *m_addressState;
    QLabel *m_whitelistState;
    QLabel *m_previewTitle;
    QLabel *m_preview;
    QPushButton *m_request;
    QTimer *m_timer;
    bool m_previewOk = false;
};

} // namespace custos::ui
