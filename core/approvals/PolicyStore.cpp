// Policy versions in the register: set (admin, audited), current, a given version, history.

#include "approvals/Policy.h"

#include "ledger/Reference.h"
#include "money/Amount.h"
#include "register/Register.h"
#include "util/Time.h"

#include <QJsonDocument>

namespace custos::approvals {

namespace {

Error badRef(const QString &key, const QString &what)
{
    return makeError(ErrorCode::BadInput, QStringLiteral("policy: %1 %2; the policy in force is unchanged").arg(key, what));
}

// Names in the policy must exist in this register: clients, assets, approvers of the rule's role.
Status checkReferences(reg::Register &r, const Policy &p)
{
    auto users = r.users();
    CUSTOS_TRY(users);
    auto checkScope = [&](const QString &client, const QString &asset, const QString &amount, const QString &where,
                          const char *amountKey) -> Status {
        if (client != QLatin1String("*") && !ledger::findClient(r, client).ok())
            return badRef(where + QStringLiteral(".client"), QStringLiteral("names no client of this register ('%1')").arg(client));
        if (asset == QLatin1String("*"))
            return okStatus();
        auto a = ledger::findAsset(r, asset);
        if (!a.ok())
            return badRef(where + QStringLiteral(".asset"), QStringLiteral("names no asset of this register ('%1'; asset ids are CHAIN:SYM)").arg(asset));
        if (!Amount::parse(amount, a->decimals).ok())
            return badRef(where + QLatin1Char('.') + QLatin1String(amountKey),
                          QStringLiteral("'%1' is not an amount of %2 (at most %3 decimals)").arg(amount, asset).arg(a->decimals));
        return okStatus();
    };
    for (qsizetype i = 0; i < p.rules.size(); ++i) {
        const PolicyRule &rule = p.rules[i];
        const QString where = QStringLiteral("rules[%1]").arg(i);
        CUSTOS_TRY(checkScope(rule.client, rule.asset, rule.minAmount, where, "min_amount"));
        for (const QString &name : rule.approvers) {
            const auto it = std::find_if(users->cbegin(), users->cend(), [&](const reg::UserInfo &u) { return u.name == name; });
            if (it == users->cend())
                return badRef(where + QStringLiteral(".approvers"), QStringLiteral("names no user of this register ('%1')").arg(name));
            if (reg::roleName(it->role) != rule.role)
                return badRef(where + QStringLiteral(".approvers"),
                              QStringLiteral("names '%1', whose role is %2, not %3").arg(name, reg::roleName(it->role), rule.role));
        }
    }
    for (qsizetype i = 0; i < p.velocity.size(); ++i)
        CUSTOS_TRY(checkScope(p.velocity[i].client, p.velocity[i].asset, p.velocity[i].limit, QStringLiteral("velocity[%1]").arg(i), "limit"));
    return okStatus();
}

Result<PolicyVersion> fromRow(const reg::Statement &st)
{
    PolicyVersion v;
    v.version = st.columnInt(0);
    v.setAt = st.columnText(2);
    v.setBy = st.columnText(3);
    auto p = Policy::fromJson(st.columnText(1).toUtf8());
    if (!p.ok())
        return makeError(ErrorCode::CannotOpen, QStringLiteral("policy version %1 in the register is damaged: %2").arg(v.version).arg(p.message()));
    v.policy = std::move(*p);
    return v;
}

} // namespace

Result<PolicyVersion> setPolicy(reg::Register &r, const QByteArray &json)
{
    CUSTOS_TRY(r.require(QStringLiteral("set the approval policy"), {reg::Role::Admin}));
    auto p = Policy::fromJson(json);
    CUSTOS_TRY(p);
    CUSTOS_TRY(checkReferences(r, *p));
    const QJsonObject doc = p->toJson();
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto st = r.db().prepare("INSERT INTO policies(version, document, set_at, set_by) "
                             "VALUES ((SELECT IFNULL(MAX(version), 0) + 1 FROM policies), ?, ?, ?)");
    CUSTOS_TRY(st);
    const QString now = nowUtc();
    st->bind(1, QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact))).bind(2, now).bind(3, r.user().name);
    CUSTOS_TRY(st->run());
    const qint64 version = r.db().lastInsertId();
    CUSTOS_TRY(r.audit(QStringLiteral("policy.set"), QJsonObject{{QStringLiteral("version"), double(version)}, {QStringLiteral("policy"), doc}}));
    CUSTOS_TRY(tx.commit());
    return PolicyVersion{version, now, r.user().name, std::move(*p)};
}

Result<PolicyVersion> currentPolicy(reg::Register &r)
{
    auto st = r.db().prepare("SELECT version, document, set_at, set_by FROM policies ORDER BY version DESC LIMIT 1");
    CUSTOS_TRY(st);
    auto row = st->step();
    CUSTOS_TRY(row);
    if (!*row)
        return PolicyVersion{0, {}, QStringLiteral("built-in"), Policy::builtIn()};
    return fromRow(*st);
}

Result<PolicyVersion> policyVersion(reg::Register &r, qint64 version)
{
    if (version == 0)
        return PolicyVersion{0, {}, QStringLiteral("built-in"), Policy::builtIn()};
    auto st = r.db().prepare("SELECT version, document, set_at, set_by FROM policies WHERE version = ?");
    CUSTOS_TRY(st);
    st->bind(1, version);
    auto row = st->step();
    CUSTOS_TRY(row);
    if (!*row)
        return makeError(ErrorCode::BadInput, QStringLiteral("there is no policy version %1").arg(version));
    return fromRow(*st);
}

Result<QList<PolicyVersion>> policyHistory(reg::Register &r)
{
    auto st = r.db().prepare("SELECT version, document, set_at, set_by FROM policies ORDER BY version");
    CUSTOS_TRY(st);
    QList<PolicyVersion> out;
    while (true) {
        auto row = st->step();
        CUSTOS_TRY(row);
        if (!*row)
            break;
        auto v = fromRow(*st);
        CUSTOS_TRY(v);
        out << std::move(*v);
    }
    return out;
}

} // namespace custos::approvals
