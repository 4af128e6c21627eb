// The Approvals page's actions: signing an approval or a rejection (the password asked again and
// the signing key unlocked in a worker), exporting the signed bundle, recording the execution and
// the compliance decision on a blocked request. The page itself (views, roles) is ApprovalsPage.cpp.

#include "pages/ApprovalsPage.h"

#include "approvals/Bundle.h"
#include "approvals/Execution.h"
#include "models/WithdrawalsModel.h"
#include "pages/ApprovalsDetail.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

namespace custos::ui {

void ApprovalsPage::approveSelected()
{
    startSigning(QStringLiteral("approve"));
}

void ApprovalsPage::rejectSelected()
{
    if (m_reason->text().trimmed().isEmpty()) {
        showStatus(tr("Type the reason for the rejection first."), false);
        return;
    }
    startSigning(QStringLiteral("reject"));
}

void ApprovalsPage::startSigning(const QString &decision)
{
    const RegisterPtr reg = m_session->reg();
    const approvals::Withdrawal *w = selected(m_inboxView, m_inbox);
    if (!reg || !w || m_watcher || w->maker == reg->user().name)
        return;
    const QString question = decision == QLatin1String("approve")
                                 ? tr("Approve request %1 (%2 %3 to %4)? Enter your password to sign.").arg(w->id).arg(w->amountText(), w->asset, w->destination)
                                 : tr("Reject request %1? Enter your password to sign.").arg(w->id);
    std::optional<QByteArray> password = m_prompt(this, question);
    if (!password) {
        showStatus(tr("Nothing was signed."), false);
        return;
    }
    m_signingId = w->id;
    m_signingDecision = decision;
    m_signingReason = m_reason->text().trimmed();
    m_watcher = new QFutureWatcher<UnlockOutcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ApprovalsPage::finishSigning);
    m_busy->show();
    showStatus(tr("Unlocking your signing key…"), true);
    m_watcher->setFuture(QtConcurrent::run([reg, pw = std::move(*password)]() mutable {
        UnlockOutcome out;
        auto seed = reg->unlockSigningKey(pw);
        pw.fill('\0');
        if (seed.ok())
            out.seed = std::make_shared<crypto::SecureBytes>(std::move(*seed));
        else
            out.error = seed.message();
        return out;
    }));
    password->fill('\0');
    updateInboxButtons();
}

void ApprovalsPage::finishSigning()
{
    const UnlockOutcome out = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_busy->hide();
    const RegisterPtr reg = m_session->reg();
    const qint64 id = m_signingId;
    bool ok = false;
    if (!out.seed) {
        showStatus(tr("Your password was not accepted, so nothing was signed. %1").arg(out.error), false);
    } else if (reg) {
        auto result = m_signingDecision == QLatin1String("approve") ? approvals::approveWithdrawal(*reg, id, *out.seed)
                                                                    : approvals::rejectWithdrawal(*reg, id, m_signingReason, *out.seed);
        if (result.ok()) {
            ok = true;
            m_reason->clear();
            showStatus(m_signingDecision == QLatin1String("approve")
                           ? tr("You approved request %1: %2, %3 approvals.").arg(id).arg(WithdrawalsModel::statusText(result->status),
                                                                                         WithdrawalsModel::approvalsText(*result))
                           : tr("You rejected request %1.").arg(id),
                       true);
            refresh();
        } else {
            showStatus(result.message(), false);
        }
    }
    updateInboxButtons();
    emit decided(id, ok);
}

bool ApprovalsPage::exportBundleTo(const QString &path)
{
    const RegisterPtr reg = m_session->reg();
    const approvals::Withdrawal *w = selected(m_requestsView, m_requests);
    if (!reg || !w)
        return false;
    const qint64 id = w->id;
    auto bundle = approvals::exportBundle(*reg, id, path);
    if (!bundle.ok()) {
        showStatus(bundle.message(), false);
        return false;
    }
    showStatus(tr("The signed bundle of request %1 was written to %2.").arg(id).arg(path), true);
    m_requests->refresh();
    selectRequest(id);
    return true;
}

bool ApprovalsPage::recordExecution()
{
    const RegisterPtr reg = m_session->reg();
    const approvals::Withdrawal *w = selected(m_requestsView, m_requests);
    if (!reg || !w)
        return false;
    const qint64 id = w->id;
    auto done = approvals::markExecuted(*reg, id, m_txHash->text().trimmed());
    if (!done.ok()) {
        showStatus(done.message(), false);
        return false;
    }
    m_txHash->clear();
    showStatus(tr("Request %1 is recorded as executed in transaction %2.").arg(id).arg(done->txHash), true);
    refresh();
    selectRequest(id);
    return true;
}

bool ApprovalsPage::recordComplianceDecision()
{
    const RegisterPtr reg = m_session->reg();
    const approvals::Withdrawal *w = selected(m_blockedView, m_blocked);
    if (!reg || !w)
        return false;
    const qint64 id = w->id;
    auto decided = approvals::recordScreeningDecision(*reg, id, m_decision->currentData().toString(), m_note->text().trimmed());
    if (!decided.ok()) {
        showStatus(decided.message(), false);
        return false;
    }
    m_note->clear();
    showStatus(tr("Your decision on request %1 is recorded: %2.").arg(id).arg(WithdrawalsModel::statusText(decided->status)), true);
    refresh();
    return true;
}

} // namespace custos::ui
