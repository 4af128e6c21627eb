// The steps of a policy result: their English wording (what the CLI prints and the register
// stores as "steps") and their form as data (code and arguments) for the console's translations.

#include "approvals/PolicyEval.h"

#include <QJsonArray>

#include <iterator>

namespace custos::approvals {

namespace {

struct CodeInfo {
    StepCode code;
    const char *name;
    int args;
};

// Indexed by StepCode.
constexpr CodeInfo kCodes[] = {
    {StepCode::Whitelisted, "whitelisted", 2},
    {StepCode::Tier, "tier", 8},
    {StepCode::NoTier, "no_tier", 3},
    {StepCode::VelocityWithin, "velocity_within", 5},
    {StepCode::VelocityExceeded, "velocity_exceeded", 6},
    {StepCode::InsideDeskHours, "inside_desk_hours", 0},
    {StepCode::OutsideDeskHoursWait, "outside_desk_hours_wait", 4},
    {StepCode::OutsideDeskHoursExtra, "outside_desk_hours_extra", 4},
    {StepCode::Available, "available", 0},
    {StepCode::Refused, "refused", 1},
};
static_assert(std::size(kCodes) == size_t(StepCode::Refused) + 1, "one entry per StepCode");

const CodeInfo &info(StepCode code)
{
    return kCodes[size_t(code)];
}

} // namespace

QString stepCodeName(StepCode code)
{
    return QLatin1String(info(code).name);
}

QString PolicyStep::text() const
{
    switch (code) {
    case StepCode::Whitelisted:
        return QStringLiteral("destination whitelisted (entry %1, usable since %2)").arg(arg(0), arg(1));
    case StepCode::Tier: {
        const QString from = arg(4).isEmpty() ? arg(3) : arg(3) + QLatin1Char(' ') + arg(4);
        const QString who = arg(7).isEmpty() ? QStringLiteral("role ") + arg(6) : arg(7);
        return QStringLiteral("rule %1 (client %2, asset %3, from %4): %5 of %6").arg(arg(0), arg(1), arg(2), from, arg(5), who);
    }
    case StepCode::NoTier:
        return QStringLiteral("no rule matches %1 %2 for client %3: 1 approval of role approver").arg(arg(0), arg(1), arg(2));
    case StepCode::VelocityWithin:
        return QStringLiteral("velocity limit %1 (%2 %3 in %4 h): %5 %3 with this request, within")
            .arg(arg(0), arg(1), arg(2), arg(3), arg(4));
    case StepCode::VelocityExceeded:
        return QStringLiteral("velocity limit %1 (%2 %3 in %4 h) exceeded (%5 %3 with this request): higher tier, %6 approvals")
            .arg(arg(0), arg(1), arg(2), arg(3), arg(4), arg(5));
    case StepCode::InsideDeskHours:
        return QStringLiteral("inside desk hours");
    case StepCode::OutsideDeskHoursWait:
        return QStringLiteral("outside desk hours (%1-%2 %3): approvals from %4").arg(arg(0), arg(1), arg(2), arg(3));
    case StepCode::OutsideDeskHoursExtra:
        return QStringLiteral("outside desk hours (%1-%2 %3): one extra approver, %4 approvals").arg(arg(0), arg(1), arg(2), arg(3));
    case StepCode::Available:
        return QStringLiteral("not frozen; within the available balance");
    case StepCode::Refused:
        return QStringLiteral("refused: ") + arg(0);
    }
    return QString();
}

QJsonObject PolicyStep::toJson() const
{
    return QJsonObject{{QStringLiteral("code"), stepCodeName(code)}, {QStringLiteral("args"), QJsonArray::fromStringList(args)}};
}

std::optional<PolicyStep> PolicyStep::fromJson(const QJsonObject &o)
{
    const QString name = o.value(QStringLiteral("code")).toString();
    const QJsonArray args = o.value(QStringLiteral("args")).toArray();
    for (const CodeInfo &c : kCodes) {
        if (name != QLatin1String(c.name))
            continue;
        if (args.size() != c.args)
            return std::nullopt;
        PolicyStep s{c.code, {}};
        for (const QJsonValue a : args) {
            if (!a.isString())
                return std::nullopt;
            s.args << a.toString();
        }
        return s;
    }
    return std::nullopt;
}

} // namespace custos::approvals
