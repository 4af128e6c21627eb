// The policy steps of a withdrawal request in the interface language. Core keeps each step as a
// code with its figures (approvals::PolicyStep); the words are chosen here, EUR figures shown as
// money and asset amounts exactly as core wrote them.

#include "pages/ApprovalsDetail.h"

#include "app/Format.h"
#include "models/AdminModels.h"
#include "register/Roles.h"

#include <QJsonArray>

namespace custos::ui {

namespace {

using approvals::PolicyStep;
using approvals::StepCode;

// An amount in a unit: EUR as money, an asset amount exact with its code.
QString inUnit(const QString &amount, const QString &unit)
{
    return unit == QLatin1String("EUR") ? formatEur(amount) : amount + QLatin1Char(' ') + unit;
}

int approvalsIn(const QString &n)
{
    return n.toInt();
}

} // namespace

QString ApprovalsDetail::roleText(const QString &role)
{
    auto r = reg::parseRole(role);
    return r.ok() ? UsersModel::roleText(*r) : role;
}

QString ApprovalsDetail::stepText(const PolicyStep &s)
{
    switch (s.code) {
    case StepCode::Whitelisted:
        return tr("Destination whitelisted (entry %1), usable since %2.").arg(s.arg(0), formatTimestamp(s.arg(1)));
    case StepCode::Tier: {
        const QString client = s.arg(1) == QLatin1String("*") ? tr("every client") : tr("client %1").arg(s.arg(1));
        const QString asset = s.arg(2) == QLatin1String("*") ? tr("every asset") : tr("asset %1").arg(s.arg(2));
        const QString from = s.arg(4).isEmpty() ? inUnit(s.arg(3), s.arg(2)) : inUnit(s.arg(3), s.arg(4));
        if (s.arg(7).isEmpty())
            return tr("Rule %1 applies (%2, %3, from %4): %n approval(s) of role %5.", nullptr, approvalsIn(s.arg(5)))
                .arg(s.arg(0), client, asset, from, roleText(s.arg(6)));
        return tr("Rule %1 applies (%2, %3, from %4): %n approval(s) from %5.", nullptr, approvalsIn(s.arg(5)))
            .arg(s.arg(0), client, asset, from, s.arg(7));
    }
    case StepCode::NoTier:
        return tr("No rule matches %1 for client %2: one approval of role %3.")
            .arg(inUnit(s.arg(0), s.arg(1)), s.arg(2), roleText(QStringLiteral("approver")));
    case StepCode::VelocityWithin:
        return tr("Velocity limit %1 (%2 in %3 h): %4 with this request, within the limit.")
            .arg(s.arg(0), inUnit(s.arg(1), s.arg(2)), s.arg(3), inUnit(s.arg(4), s.arg(2)));
    case StepCode::VelocityExceeded:
        return tr("Velocity limit %1 (%2 in %3 h) exceeded: %4 with this request; higher tier, %n approval(s).", nullptr,
                  approvalsIn(s.arg(5)))
            .arg(s.arg(0), inUnit(s.arg(1), s.arg(2)), s.arg(3), inUnit(s.arg(4), s.arg(2)));
    case StepCode::InsideDeskHours:
        return tr("Inside desk hours.");
    case StepCode::OutsideDeskHoursWait:
        return tr("Outside desk hours (%1–%2, %3): approvals from %4 UTC.").arg(s.arg(0), s.arg(1), s.arg(2), formatTimestamp(s.arg(3)));
    case StepCode::OutsideDeskHoursExtra:
        return tr("Outside desk hours (%1–%2, %3): one extra approver, %n approval(s) in all.", nullptr, approvalsIn(s.arg(3)))
            .arg(s.arg(0), s.arg(1), s.arg(2));
    case StepCode::Available:
        return tr("Not frozen; within the available balance.");
    case StepCode::Refused:
        return tr("Refused: %1").arg(s.arg(0));
    }
    return s.text();
}

QStringList ApprovalsDetail::stepTexts(const approvals::Withdrawal &w)
{
    QStringList out;
    if (!w.policySteps.isEmpty()) {
        for (const PolicyStep &s : w.policySteps)
            out << stepText(s);
        return out;
    }
    // A request stored before steps were kept as data: core's English wording is all there is.
    for (const QJsonValue &s : w.policyResult.value(QStringLiteral("steps")).toArray())
        out << s.toString();
    return out;
}

} // namespace custos::ui
