#pragma once
// One withdrawal request in full, for the approver deciding on it and for the request list:
// the request, the policy result, the screening result, the client's balance and what is
// reserved, the destination's whitelist state and age, and every earlier decision.

#include "app/Session.h"
#include "approvals/Withdrawals.h"

#include <QWidget>

#include <optional>

class QTextBrowser;

namespace custos::ui {

class ApprovalsDetail : public QWidget {
    Q_OBJECT
public:
    explicit ApprovalsDetail(QWidget *parent = nullptr);

    // Reads the balance and the whitelist entry through core; nullopt clears.
    void display(const RegisterPtr &reg, const std::optional<approvals::Withdrawal> &w);
    const std::optional<approvals::Withdrawal> &withdrawal() const { return m_w; }
    QString text() const; // the plain text on show (for tests and screen readers)

    static QString describe(reg::Register &r, const approvals::Withdrawal &w); // rich text

    // The policy steps in the interface language (ApprovalsSteps.cpp); for a request stored
    // before core kept its steps as data, core's English wording.
    static QString stepText(const approvals::PolicyStep &step);
    static QStringList stepTexts(const approvals::Withdrawal &w);
    static QString roleText(const QString &role); // "approver" in the interface language

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    RegisterPtr m_reg;
    std::optional<approvals::Withdrawal> m_w;
    QTextBrowser *m_body;
};

} // namespace custos::ui
