#include "pages/ApprovalsDetail.h"

#include "app/Format.h"
#include "approvals/Whitelist.h"
#include "ledger/Positions.h"
#include "models/WithdrawalsModel.h"
#include "util/Time.h"

#include <QEvent>
#include <QJsonArray>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace custos::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#5b6472;padding-right:14px'>%1</td><td>%2</td></tr>").arg(esc(label), value);
}

QString section(const QString &title)
{
    return QStringLiteral("<h3 style='margin-top:14px;margin-bottom:4px'>%1</h3>").arg(esc(title));
}

// The age of a moment, in whole days and hours.
QString age(const QString &iso)
{
    const QDateTime then = fromIsoUtc(iso);
    if (!then.isValid())
        return QString();
    const qint64 hours = qMax<qint64>(0, then.secsTo(nowUtcDateTime()) / 3600);
    return ApprovalsDetail::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace

ApprovalsDetail::ApprovalsDetail(QWidget *parent) : QWidget(parent), m_body(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("approvalsDetail"));
    m_body->setReadOnly(true);
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long addresses wrap too
    m_body->document()->setDocumentMargin(10);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_body);
    render();
}

void ApprovalsDetail::display(const RegisterPtr &reg, const std::optional<approvals::Withdrawal> &w)
{
    m_reg = reg;
    m_w = w;
    render();
}

QString ApprovalsDetail::text() const
{
    return m_body->toPlainText();
}

void ApprovalsDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void ApprovalsDetail::render()
{
    if (!m_w || !m_reg) {
        m_body->setHtml(QStringLiteral("<p style='color:#5b6472'>%1</p>").arg(esc(tr("Select a request to see it in full."))));
        m_body->setAccessibleName(tr("Request detail"));
        return;
    }
    m_body->setHtml(describe(*m_reg, *m_w));
    m_body->setAccessibleName(tr("Request %1").arg(m_w->id));
}

QString ApprovalsDetail::describe(reg::Register &r, const approvals::Withdrawal &w)
{
    QString html = QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>")
                       .arg(esc(tr("Request %1: %2 %3").arg(w.id).arg(w.amountText(), w.asset)));
    html += QStringLiteral("<table cellspacing='2'>");
    html += row(tr("Status"), QStringLiteral("<b>%1</b>").arg(esc(WithdrawalsModel::statusText(w.status))));
    html += row(tr("Client"), esc(w.client));
    html += row(tr("From"), QStringLiteral("<tt>%1</tt>").arg(esc(w.source)));
    html += row(tr("To"), QStringLiteral("<tt>%1</tt>").arg(esc(w.destination)));
    if (!w.eurValue.isEmpty())
        html += row(tr("Value"), esc(formatEur(w.eurValue)));
    html += row(tr("Requested"), esc(tr("%1 by %2").arg(formatTimestamp(w.createdAt), w.maker)));
    html += row(tr("Expires"), esc(formatTimestamp(w.expiresAt)));
    if (!w.txHash.isEmpty())
        html += row(tr("Executed"), esc(tr("%1 by %2, transaction %3").arg(formatTimestamp(w.executedAt), w.executedBy, w.txHash)));
    if (!w.exportedAt.isEmpty())
        html += row(tr("Bundle exported"), esc(tr("%1 by %2").arg(formatTimestamp(w.exportedAt), w.exportedBy)));
    html += QStringLiteral("</table>");

    // The client's balance in the asset, and what open requests hold of it.
    ledger::PositionQuery q;
    q.client = w.client;
    std::optional<Amount> position;
    const Status posStatus = ledger::forEachPosition(r, q, [&](const ledger::Position &p) {
        if (p.asset == w.asset)
            position = p.balance;
    });
    Amount reserved;
    approvals::WithdrawalFilter f;
    f.client = w.client;
    for (const char *status : {"pending", "approved"}) {
        f.status = QLatin1String(status);
        auto open = approvals::listWithdrawals(r, f);
        if (open.ok())
            for (const approvals::Withdrawal &o : *open)
                if (o.asset == w.asset)
                    reserved = reserved.checkedAdd(o.amount).value_or(reserved);
    }
    html += section(tr("Client's balance"));
    if (!posStatus.ok())
        html += QStringLiteral("<p>%1</p>").arg(esc(posStatus.message()));
    else
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("%1 %2 held; %3 reserved by pending and approved requests (this one included while open)")
                                 .arg(position.value_or(Amount()).toDecimal(w.decimals), w.asset, reserved.toDecimal(w.decimals))));

    // The destination's whitelist state.
    html += section(tr("Destination whitelist"));
    auto list = approvals::listWhitelist(r, w.client);
    const approvals::WhitelistEntry *entry = nullptr;
    if (list.ok())
        for (const approvals::WhitelistEntry &e : *list)
            if (e.chain == w.chain && e.address == w.destination)
                entry = &e;
    if (!list.ok())
        html += QStringLiteral("<p>%1</p>").arg(esc(list.message()));
    else if (!entry)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Not on the client's whitelist.")));
    else if (entry->status == QLatin1String("approved"))
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Whitelisted as \"%1\" since %2 (age %3), approved by %4.")
                                 .arg(entry->label, formatTimestamp(entry->approvedAt), age(entry->approvedAt),
                                      entry->approvedBy.join(QStringLiteral(", ")))));
    else
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Proposed by %1 on %2, not yet approved.").arg(entry->proposedBy, formatTimestamp(entry->proposedAt))));

    // Policy result.
    html += section(tr("Policy result"));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Policy version %1: %2 approval(s) of role %3 needed; %4 given.")
                             .arg(w.policyVersion)
                             .arg(w.needs)
                             .arg(roleText(w.approverRole))
                             .arg(w.approvalsGiven())));
    if (!w.approversNamed.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Named approvers: %1").arg(w.approversNamed.join(QStringLiteral(", ")))));
    QString steps;
    for (const QString &s : stepTexts(w))
        steps += QStringLiteral("<li>%1</li>").arg(esc(s));
    if (!steps.isEmpty())
        html += QStringLiteral("<ul style='margin-top:0'>%1</ul>").arg(steps);

    // Screening result.
    html += section(tr("Screening result"));
    const QJsonArray hits = w.screeningResult.value(QStringLiteral("hits")).toArray();
    if (hits.isEmpty()) {
        html += QStringLiteral("<p style='color:#1d7a3e'>%1</p>").arg(esc(tr("No hit on the screening lists.")));
    } else {
        for (const QJsonValue &h : hits)
            html += QStringLiteral("<p style='color:#b42318'><b>%1</b></p>")
                        .arg(esc(tr("Hit on %1: %2").arg(h.toObject().value(QStringLiteral("list")).toString(),
                                                         h.toObject().value(QStringLiteral("reason")).toString())));
    }
    if (!w.complianceDecision.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Compliance decision by %1 on %2: %3. %4")
                                 .arg(w.complianceBy, formatTimestamp(w.complianceAt),
                                      w.complianceDecision == QLatin1String("release") ? tr("released") : tr("rejected"), w.complianceNote)));

    // Earlier decisions.
    html += section(tr("Approvals so far"));
    if (w.decisions.isEmpty())
        html += QStringLiteral("<p style='color:#5b6472'>%1</p>").arg(esc(tr("Nobody has signed yet.")));
    for (const approvals::Decision &d : w.decisions) {
        const QString what = d.decision == QLatin1String("approve") ? tr("%1 (%2) approved on %3").arg(d.signer, d.signerRole, formatTimestamp(d.signedAt))
                                                                    : tr("%1 (%2) rejected on %3: %4").arg(d.signer, d.signerRole, formatTimestamp(d.signedAt), d.reason);
        const bool valid = approvals::verifyDecision(r.registerId(), w, d);
        html += QStringLiteral("<p>%1 <span style='color:%2'>%3</span></p>")
                    .arg(esc(what), valid ? QStringLiteral("#1d7a3e") : QStringLiteral("#b42318"),
                         esc(valid ? tr("(signature valid)") : tr("(signature INVALID)")));
    }
    return html;
}

} // namespace custos::ui
