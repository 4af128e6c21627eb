#include "approvals/PolicyEval.h"

#include "util/Time.h"

#include <QJsonArray>

namespace custos::approvals {

namespace {

bool scopeMatches(const QString &ruleValue, const QString &value)
{
    return ruleValue == QLatin1String("*") || ruleValue == value;
}

// Whether `f` reaches `minText` in the rule's unit; nullopt when a "*" rule needs a price.
std::optional<bool> reaches(const QString &ruleAsset, const QString &minText, const RequestFacts &f)
{
    if (ruleAsset == QLatin1String("*")) {
        auto min = Decimal::parse(minText);
        if (!min.ok())
            return false;
        if (min->isZero())
            return true;
        if (!f.eurValue)
            return std::nullopt;
        return *f.eurValue >= *min;
    }
    auto min = Amount::parse(minText, f.decimals);
    return min.ok() && f.amount >= *min;
}

int specificity(const PolicyRule &r)
{
    return (r.client != QLatin1String("*") ? 2 : 0) + (r.asset != QLatin1String("*") ? 1 : 0);
}

} // namespace

bool insideDeskHours(const DeskHours &d, const QDateTime &utcNow, QDateTime *nextOpening)
{
    if (!d.present)
        return true;
    const QDateTime local = utcNow.toTimeZone(d.zone);
    const QTime t = local.time();
    const QDate today = local.date();
    auto dayOk = [&](const QDate &day) { return d.days.isEmpty() || d.days.contains(day.dayOfWeek()); };
    bool inside;
    if (d.from < d.to)
        inside = dayOk(today) && t >= d.from && t < d.to;
    else // overnight desk, e.g. 22:00-06:00: the morning part belongs to the day before
        inside = (dayOk(today) && t >= d.from) || (dayOk(today.addDays(-1)) && t < d.to);
    if (!inside && nextOpening) {
        for (int k = 0; k <= 8; ++k) {
            const QDate day = today.addDays(k);
            if (!dayOk(day))
                continue;
            const QDateTime open(day, d.from, d.zone);
            if (open > utcNow) {
                *nextOpening = open.toUTC();
                break;
            }
        }
    }
    return inside;
}

Evaluation evaluatePolicy(const Policy &p, const RequestFacts &f, const WindowLookup &window)
{
    Evaluation e;
    auto refuse = [&](const QString &why) {
        e.refused = true;
        e.reason = why;
        e.steps << PolicyStep{StepCode::Refused, {why}};
        return e;
    };

    // Tiers: per scope group, the highest min_amount not above the amount; then the strictest.
    struct Pick {
        int index = -1;
        Decimal min; // for ordering inside a group, in the group's unit
    };
    QHash<QString, Pick> groups;
    for (int i = 0; i < p.rules.size(); ++i) {
        const PolicyRule &r = p.rules[i];
        if (!scopeMatches(r.client, f.client) || !scopeMatches(r.asset, f.asset))
            continue;
        const auto hit = reaches(r.asset, r.minAmount, f);
        if (!hit)
            return refuse(QStringLiteral("rule %1 compares in EUR from %2 EUR, and %3 has no EUR price: import prices first")
                              .arg(i + 1).arg(r.minAmount, f.asset));
        if (!*hit)
            continue;
        const Decimal min = Decimal::parse(r.minAmount).value_or(Decimal());
        Pick &g = groups[r.client + QLatin1Char('\x1f') + r.asset];
        if (g.index < 0 || min > g.min)
            g = Pick{i, min};
    }
    for (const Pick &g : std::as_const(groups)) {
        const PolicyRule &r = p.rules[g.index];
        if (e.ruleIndex < 0 || r.approvals > p.rules[e.ruleIndex].approvals
            || (r.approvals == p.rules[e.ruleIndex].approvals && specificity(r) > specificity(p.rules[e.ruleIndex])))
            e.ruleIndex = g.index;
    }
    if (e.ruleIndex >= 0) {
        const PolicyRule &r = p.rules[e.ruleIndex];
        e.needs = qMax(1, r.approvals);
        e.role = r.role;
        e.approvers = r.approvers;
        e.steps << PolicyStep{StepCode::Tier,
                              {QString::number(e.ruleIndex + 1), r.client, r.asset, r.minAmount,
                               r.asset == QLatin1String("*") ? QStringLiteral("EUR") : QString(), QString::number(e.needs), r.role,
                               r.approvers.join(QStringLiteral(", "))}};
    } else {
        e.steps << PolicyStep{StepCode::NoTier, {f.amount.toDecimal(f.decimals), f.asset, f.client}};
    }

    // Velocity over rolling windows.
    for (int i = 0; i < p.velocity.size(); ++i) {
        const VelocityRule &v = p.velocity[i];
        if (!scopeMatches(v.client, f.client) || !scopeMatches(v.asset, f.asset))
            continue;
        auto totals = window(v.windowHours);
        if (!totals.ok())
            return refuse(totals.message());
        bool over = false;
        QString sumText; // in the limit's unit
        if (v.asset == QLatin1String("*")) {
            if (!f.eurValue || !totals->eur)
                return refuse(QStringLiteral("velocity limit %1 compares in EUR and %2 has no EUR price: import prices first")
                                  .arg(i + 1).arg(f.eurValue ? QStringLiteral("a recent withdrawal") : f.asset));
            auto sum = Decimal::add(*totals->eur, *f.eurValue);
            auto limit = Decimal::parse(v.limit);
            if (!sum.ok() || !limit.ok())
                return refuse(QStringLiteral("velocity limit %1 cannot be computed").arg(i + 1));
            over = *sum > *limit;
            sumText = sum->toString();
        } else {
            auto sum = totals->asset.checkedAdd(f.amount);
            auto limit = Amount::parse(v.limit, f.decimals);
            if (!sum || !limit.ok())
                return refuse(QStringLiteral("velocity limit %1 cannot be computed").arg(i + 1));
            over = *sum > *limit;
            sumText = sum->toDecimal(f.decimals);
        }
        const QString unit = v.asset == QLatin1String("*") ? QStringLiteral("EUR") : v.asset;
        QStringList args{QString::number(i + 1), v.limit, unit, QString::number(v.windowHours), sumText};
        if (!over) {
            e.steps << PolicyStep{StepCode::VelocityWithin, args};
            continue;
        }
        if (v.over == QLatin1String("refuse"))
            return refuse(QStringLiteral("velocity limit %1 (%2 %3 in %4 h) would be exceeded: %5 %3 with this request for client %6")
                              .arg(args[0], args[1], args[2], args[3], args[4], f.client));
        // The next higher tier among the rules for this client and asset, else one more approver.
        int next = 0;
        for (const PolicyRule &r : p.rules)
            if (scopeMatches(r.client, f.client) && scopeMatches(r.asset, f.asset) && r.approvals > e.needs
                && (next == 0 || r.approvals < next))
                next = r.approvals;
        if (next == 0)
            next = e.needs + 1;
        e.steps << PolicyStep{StepCode::VelocityExceeded, args << QString::number(next)};
        e.needs = next;
    }

    // Desk hours.
    if (p.deskHours.present) {
        QDateTime opening;
        const QString from = p.deskHours.from.toString(QStringLiteral("HH:mm")), to = p.deskHours.to.toString(QStringLiteral("HH:mm"));
        if (insideDeskHours(p.deskHours, f.now, &opening)) {
            e.steps << PolicyStep{StepCode::InsideDeskHours, {}};
        } else if (p.deskHours.outside == QLatin1String("wait")) {
            e.notBefore = toIsoUtc(opening);
            e.steps << PolicyStep{StepCode::OutsideDeskHoursWait, {from, to, p.deskHours.timeZone, e.notBefore}};
        } else {
            e.needs += 1;
            e.steps << PolicyStep{StepCode::OutsideDeskHoursExtra, {from, to, p.deskHours.timeZone, QString::number(e.needs)}};
        }
    }
    if (!e.approvers.isEmpty() && e.needs > e.approvers.size())
        return refuse(QStringLiteral("the policy needs %1 approvals but names only %2 approvers (%3)")
                          .arg(e.needs).arg(e.approvers.size()).arg(e.approvers.join(QStringLiteral(", "))));
    return e;
}

QStringList Evaluation::stepTexts() const
{
    QStringList out;
    out.reserve(steps.size());
    for (const PolicyStep &s : steps)
        out << s.text();
    return out;
}

QJsonObject Evaluation::toJson() const
{
    QJsonObject o{{QStringLiteral("refused"), refused}, {QStringLiteral("needs"), needs}, {QStringLiteral("role"), role},
                  {QStringLiteral("rule"), ruleIndex + 1}, {QStringLiteral("steps"), QJsonArray::fromStringList(stepTexts())}};
    if (!approvers.isEmpty())
        o.insert(QStringLiteral("approvers"), QJsonArray::fromStringList(approvers));
    if (refused)
        o.insert(QStringLiteral("reason"), reason);
    if (!notBefore.isEmpty())
        o.insert(QStringLiteral("not_before"), notBefore);
    return o;
}

} // namespace custos::approvals
