#include "approvals/Policy.h"

#include "money/Decimal.h"
#include "register/Roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace custos::approvals {

namespace {

const QStringList kDayNames = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                               QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};

Error bad(const QString &key, const QString &what)
{
    return makeError(ErrorCode::BadInput, QStringLiteral("policy: %1 %2; the policy in force is unchanged").arg(key, what));
}

Status onlyKeys(const QJsonObject &o, const QString &where, const QStringList &allowed)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            return bad(where.isEmpty() ? it.key() : where + QLatin1Char('.') + it.key(),
                       QStringLiteral("is not a policy key (expected one of: %1)").arg(allowed.join(QStringLiteral(", "))));
    return okStatus();
}

Result<QString> text(const QJsonObject &o, const QString &key, const QString &where, const QString &fallback, bool required = false)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            return bad(where + QLatin1Char('.') + key, QStringLiteral("is missing"));
        return fallback;
    }
    if (!v.isString() || v.toString().isEmpty())
        return bad(where + QLatin1Char('.') + key, QStringLiteral("must be a non-empty string"));
    return v.toString();
}

Result<int> integer(const QJsonObject &o, const QString &key, const QString &where, int fallback, int min, int max, bool required = false)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            return bad(where + QLatin1Char('.') + key, QStringLiteral("is missing"));
        return fallback;
    }
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
        return bad(where + QLatin1Char('.') + key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
    return int(d);
}

Result<QString> amountText(const QJsonObject &o, const QString &key, const QString &where, const QString &fallback, bool required)
{
    auto t = text(o, key, where, fallback, required);
    if (!t.ok())
        return t;
    auto d = Decimal::parse(*t);
    if (!d.ok() || d->isNegative())
        return bad(where + QLatin1Char('.') + key, QStringLiteral("must be a non-negative decimal string such as \"100\" or \"0.5\", not '%1'").arg(*t));
    return *t;
}

Status checkScope(const QString &value, const QString &key)
{
    static const QRegularExpression clientRe(QStringLiteral("^(\\*|[A-Za-z0-9][A-Za-z0-9._-]{0,63})$"));
    if (!clientRe.match(value).hasMatch() && !value.contains(QLatin1Char(':')))
        return bad(key, QStringLiteral("must be \"*\" or an id, not '%1'").arg(value));
    return okStatus();
}

Result<QTime> clock(const QJsonObject &o, const QString &key)
{
    auto t = text(o, key, QStringLiteral("desk_hours"), {}, true);
    if (!t.ok())
        return t.error();
    const QTime time = QTime::fromString(*t, QStringLiteral("HH:mm"));
    if (!time.isValid() || t->size() != 5)
        return bad(QStringLiteral("desk_hours.") + key, QStringLiteral("must be a time HH:MM, not '%1'").arg(*t));
    return time;
}

Status parseRules(const QJsonValue &v, Policy &p)
{
    if (!v.isArray() || v.toArray().isEmpty())
        return bad(QStringLiteral("rules"), QStringLiteral("must be a non-empty array of rules"));
    const QJsonArray arr = v.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString where = QStringLiteral("rules[%1]").arg(i);
        if (!arr[i].isObject())
            return bad(where, QStringLiteral("must be an object"));
        const QJsonObject o = arr[i].toObject();
        CUSTOS_TRY(onlyKeys(o, where, {QStringLiteral("client"), QStringLiteral("asset"), QStringLiteral("min_amount"),
                                       QStringLiteral("approvals"), QStringLiteral("role"), QStringLiteral("approvers")}));
        PolicyRule r;
        auto client = text(o, QStringLiteral("client"), where, QStringLiteral("*"));
        auto asset = text(o, QStringLiteral("asset"), where, QStringLiteral("*"));
        auto min = amountText(o, QStringLiteral("min_amount"), where, QStringLiteral("0"), false);
        auto approvals = integer(o, QStringLiteral("approvals"), where, 1, 1, 100, true);
        auto role = text(o, QStringLiteral("role"), where, QStringLiteral("approver"));
        for (const auto *e : {&client, &asset, &min, &role})
            if (!e->ok())
                return e->error();
        if (!approvals.ok())
            return approvals.error();
        CUSTOS_TRY(checkScope(*client, where + QStringLiteral(".client")));
        if (auto parsed = reg::parseRole(*role); !parsed.ok())
            return bad(where + QStringLiteral(".role"), QStringLiteral("names no role ('%1'; expected operator, approver, compliance or admin)").arg(*role));
        r.client = *client;
        r.asset = *asset;
        r.minAmount = *min;
        r.approvals = *approvals;
        r.role = *role;
        if (o.contains(QStringLiteral("approvers"))) {
            const QJsonValue a = o.value(QStringLiteral("approvers"));
            if (!a.isArray() || a.toArray().isEmpty())
                return bad(where + QStringLiteral(".approvers"), QStringLiteral("must be a non-empty array of user names"));
            for (const QJsonValue n : a.toArray()) {
                if (!n.isString() || n.toString().isEmpty() || r.approvers.contains(n.toString()))
                    return bad(where + QStringLiteral(".approvers"), QStringLiteral("must list distinct user names"));
                r.approvers << n.toString();
            }
            if (r.approvals > r.approvers.size())
                return bad(where + QStringLiteral(".approvals"),
                           QStringLiteral("asks for %1 approvals but names only %2 approvers").arg(r.approvals).arg(r.approvers.size()));
        }
        p.rules << r;
    }
    return okStatus();
}

Status parseVelocity(const QJsonValue &v, Policy &p)
{
    if (!v.isArray())
        return bad(QStringLiteral("velocity"), QStringLiteral("must be an array of limits"));
    const QJsonArray arr = v.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString where = QStringLiteral("velocity[%1]").arg(i);
        if (!arr[i].isObject())
            return bad(where, QStringLiteral("must be an object"));
        const QJsonObject o = arr[i].toObject();
        CUSTOS_TRY(onlyKeys(o, where, {QStringLiteral("client"), QStringLiteral("asset"), QStringLiteral("window_hours"),
                                       QStringLiteral("limit"), QStringLiteral("over")}));
        VelocityRule r;
        auto client = text(o, QStringLiteral("client"), where, QStringLiteral("*"));
        auto asset = text(o, QStringLiteral("asset"), where, QStringLiteral("*"));
        auto window = integer(o, QStringLiteral("window_hours"), where, 24, 1, 24 * 366);
        auto limit = amountText(o, QStringLiteral("limit"), where, {}, true);
        auto over = text(o, QStringLiteral("over"), where, QStringLiteral("refuse"));
        for (const auto *e : {&client, &asset, &limit, &over})
            if (!e->ok())
                return e->error();
        if (!window.ok())
            return window.error();
        CUSTOS_TRY(checkScope(*client, where + QStringLiteral(".client")));
        if (*over != QLatin1String("refuse") && *over != QLatin1String("higher-tier"))
            return bad(where + QStringLiteral(".over"), QStringLiteral("must be \"refuse\" or \"higher-tier\", not '%1'").arg(*over));
        r.client = *client;
        r.asset = *asset;
        r.windowHours = *window;
        r.limit = *limit;
        r.over = *over;
        p.velocity << r;
    }
    return okStatus();
}

Status parseWhitelist(const QJsonValue &v, Policy &p)
{
    if (!v.isObject())
        return bad(QStringLiteral("whitelist"), QStringLiteral("must be an object"));
    const QJsonObject o = v.toObject();
    const QString where = QStringLiteral("whitelist");
    CUSTOS_TRY(onlyKeys(o, where, {QStringLiteral("required"), QStringLiteral("cooling_off_hours"), QStringLiteral("admin_approvals")}));
    p.whitelist.present = true;
    const QJsonValue req = o.value(QStringLiteral("required"));
    if (!req.isUndefined() && !req.isBool())
        return bad(QStringLiteral("whitelist.required"), QStringLiteral("must be true or false"));
    p.whitelist.required = req.toBool(false);
    auto cooling = integer(o, QStringLiteral("cooling_off_hours"), where, 24, 0, 24 * 366);
    auto admins = integer(o, QStringLiteral("admin_approvals"), where, 1, 1, 20);
    if (!cooling.ok() || !admins.ok())
        return !cooling.ok() ? cooling.error() : admins.error();
    p.whitelist.coolingOffHours = *cooling;
    p.whitelist.adminApprovals = *admins;
    return okStatus();
}

Status parseDeskHours(const QJsonValue &v, Policy &p)
{
    if (!v.isObject())
        return bad(QStringLiteral("desk_hours"), QStringLiteral("must be an object"));
    const QJsonObject o = v.toObject();
    CUSTOS_TRY(onlyKeys(o, QStringLiteral("desk_hours"), {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("time_zone"),
                                                          QStringLiteral("outside"), QStringLiteral("days")}));
    DeskHours &d = p.deskHours;
    d.present = true;
    auto from = clock(o, QStringLiteral("from"));
    auto to = clock(o, QStringLiteral("to"));
    if (!from.ok() || !to.ok())
        return !from.ok() ? from.error() : to.error();
    if (*from == *to)
        return bad(QStringLiteral("desk_hours.to"), QStringLiteral("must differ from desk_hours.from"));
    d.from = *from;
    d.to = *to;
    auto tz = text(o, QStringLiteral("time_zone"), QStringLiteral("desk_hours"), {}, true);
    if (!tz.ok())
        return tz.error();
    if (!QTimeZone::isTimeZoneIdAvailable(tz->toUtf8()))
        return bad(QStringLiteral("desk_hours.time_zone"), QStringLiteral("'%1' is not an IANA time zone (e.g. Europe/Berlin)").arg(*tz));
    d.timeZone = *tz;
    d.zone = QTimeZone(tz->toUtf8());
    auto outside = text(o, QStringLiteral("outside"), QStringLiteral("desk_hours"), QStringLiteral("extra-approver"));
    if (!outside.ok())
        return outside.error();
    if (*outside != QLatin1String("extra-approver") && *outside != QLatin1String("wait"))
        return bad(QStringLiteral("desk_hours.outside"), QStringLiteral("must be \"extra-approver\" or \"wait\", not '%1'").arg(*outside));
    d.outside = *outside;
    if (o.contains(QStringLiteral("days"))) {
        const QJsonValue days = o.value(QStringLiteral("days"));
        if (!days.isArray() || days.toArray().isEmpty())
            return bad(QStringLiteral("desk_hours.days"), QStringLiteral("must be a non-empty array of mon, tue, wed, thu, fri, sat, sun"));
        for (const QJsonValue day : days.toArray()) {
            const int idx = int(kDayNames.indexOf(day.toString()));
            if (idx < 0 || d.days.contains(idx + 1))
                return bad(QStringLiteral("desk_hours.days"), QStringLiteral("must list distinct days among mon, tue, wed, thu, fri, sat, sun"));
            d.days << idx + 1;
        }
    }
    return okStatus();
}

} // namespace

Policy Policy::builtIn()
{
    Policy p;
    p.rules << PolicyRule{};
    return p;
}

Result<Policy> Policy::fromJson(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(ErrorCode::BadInput, QStringLiteral("policy: not valid JSON at offset %1 (%2); the policy in force is unchanged")
                                                  .arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        return makeError(ErrorCode::BadInput, QStringLiteral("policy: the document must be a JSON object; the policy in force is unchanged"));
    const QJsonObject o = doc.object();
    CUSTOS_TRY(onlyKeys(o, {}, {QStringLiteral("rules"), QStringLiteral("velocity"), QStringLiteral("whitelist"),
                                QStringLiteral("desk_hours"), QStringLiteral("expiry_hours")}));
    Policy p;
    if (o.contains(QStringLiteral("rules")))
        CUSTOS_TRY(parseRules(o.value(QStringLiteral("rules")), p));
    else
        p.rules << PolicyRule{}; // approvals of at least 1 always apply
    if (o.contains(QStringLiteral("velocity")))
        CUSTOS_TRY(parseVelocity(o.value(QStringLiteral("velocity")), p));
    if (o.contains(QStringLiteral("whitelist")))
        CUSTOS_TRY(parseWhitelist(o.value(QStringLiteral("whitelist")), p));
    if (o.contains(QStringLiteral("desk_hours")))
        CUSTOS_TRY(parseDeskHours(o.value(QStringLiteral("desk_hours")), p));
    auto expiry = integer(o, QStringLiteral("expiry_hours"), QStringLiteral("policy"), 24, 1, 24 * 90);
    if (!expiry.ok())
        return bad(QStringLiteral("expiry_hours"), QStringLiteral("must be a whole number of hours from 1 to 2160"));
    p.expiryHours = *expiry;
    return p;
}

QJsonObject Policy::toJson() const
{
    QJsonArray rulesJson;
    for (const PolicyRule &r : rules) {
        QJsonObject o{{QStringLiteral("client"), r.client}, {QStringLiteral("asset"), r.asset}, {QStringLiteral("min_amount"), r.minAmount},
                      {QStringLiteral("approvals"), r.approvals}, {QStringLiteral("role"), r.role}};
        if (!r.approvers.isEmpty())
            o.insert(QStringLiteral("approvers"), QJsonArray::fromStringList(r.approvers));
        rulesJson.append(o);
    }
    QJsonObject out{{QStringLiteral("rules"), rulesJson}, {QStringLiteral("expiry_hours"), expiryHours}};
    if (!velocity.isEmpty()) {
        QJsonArray v;
        for (const VelocityRule &r : velocity)
            v.append(QJsonObject{{QStringLiteral("client"), r.client}, {QStringLiteral("asset"), r.asset},
                                 {QStringLiteral("window_hours"), r.windowHours}, {QStringLiteral("limit"), r.limit},
                                 {QStringLiteral("over"), r.over}});
        out.insert(QStringLiteral("velocity"), v);
    }
    if (whitelist.present)
        out.insert(QStringLiteral("whitelist"), QJsonObject{{QStringLiteral("required"), whitelist.required},
                                                            {QStringLiteral("cooling_off_hours"), whitelist.coolingOffHours},
                                                            {QStringLiteral("admin_approvals"), whitelist.adminApprovals}});
    if (deskHours.present) {
        QJsonObject d{{QStringLiteral("from"), deskHours.from.toString(QStringLiteral("HH:mm"))},
                      {QStringLiteral("to"), deskHours.to.toString(QStringLiteral("HH:mm"))},
                      {QStringLiteral("time_zone"), deskHours.timeZone}, {QStringLiteral("outside"), deskHours.outside}};
        if (!deskHours.days.isEmpty()) {
            QJsonArray days;
            for (int day : deskHours.days)
                days.append(kDayNames[day - 1]);
            d.insert(QStringLiteral("days"), days);
        }
        out.insert(QStringLiteral("desk_hours"), d);
    }
    return out;
}

} // namespace custos::approvals
