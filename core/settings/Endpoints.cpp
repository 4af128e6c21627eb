#include "settings/Endpoints.h"

#include "chain/Network.h"
#include "register/Database.h"
#include "register/Register.h"
#include "util/Time.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace custos::settings {

namespace {

Error bad(const QString &sentence)
{
    return makeError(ErrorCode::BadInput, sentence);
}

Status checkUrl(const Endpoint &e)
{
    const QString form = QStringLiteral("http://HOST:PORT[/PATH] or https://HOST:PORT[/PATH]");
    for (const QChar c : e.url)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return bad(QStringLiteral("the URL of endpoint %1 contains whitespace or a control character; write it as %2").arg(e.name, form));
    const QUrl url(e.url, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return bad(QStringLiteral("the URL of endpoint %1 is not a node URL; write it as %2").arg(e.name, form));
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return bad(QStringLiteral("the URL of endpoint %1 must use http:// or https://").arg(e.name));
    if (!url.userInfo().isEmpty())
        return bad(QStringLiteral("the URL of endpoint %1 carries user info; give the credentials as the endpoint's user and "
                                  "password instead, so they are kept apart from the URL")
                       .arg(e.name));
    if (url.hasQuery() || url.hasFragment())
        return bad(QStringLiteral("the URL of endpoint %1 has a query or fragment, which a node URL does not take").arg(e.name));
    return okStatus();
}

Result<Endpoint> readOne(reg::Register &r, const QString &name, bool withSecret)
{
    auto st = r.db().prepare("SELECT id, name, chain, url, rpc_user, rpc_secret, created_at, created_by FROM chain_endpoints "
                             "WHERE name = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, name);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row) {
        auto all = listEndpoints(r);
        QStringList names;
        if (all.ok())
            for (const Endpoint &e : *all)
                names << e.name;
        return bad(names.isEmpty()
                       ? QStringLiteral("there is no chain endpoint named '%1'; the register has none yet (an admin adds them with "
                                        "endpoint add)")
                             .arg(name)
                       : QStringLiteral("there is no chain endpoint named '%1'; the register has %2").arg(name, names.join(QStringLiteral(", "))));
    }
    Endpoint e;
    e.id = st->columnInt(0);
    e.name = st->columnText(1);
    e.chain = st->columnText(2);
    e.url = st->columnText(3);
    e.user = st->columnText(4);
    if (withSecret)
        e.password = st->columnText(5);
    e.createdAt = st->columnText(6);
    e.createdBy = st->columnText(7);
    return e;
}

} // namespace

QString Endpoint::kind() const
{
    auto net = chain::networkByName(chain);
    return net.ok() && net->isEvm() ? QStringLiteral("evm") : QStringLiteral("bitcoind");
}

Result<QList<Endpoint>> listEndpoints(reg::Register &r)
{
    auto st = r.db().prepare("SELECT id, name, chain, url, rpc_user, created_at, created_by FROM chain_endpoints ORDER BY name");
    if (!st.ok())
        return st.error();
    QList<Endpoint> out;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        Endpoint e;
        e.id = st->columnInt(0);
        e.name = st->columnText(1);
        e.chain = st->columnText(2);
        e.url = st->columnText(3);
        e.user = st->columnText(4);
        e.createdAt = st->columnText(5);
        e.createdBy = st->columnText(6);
        out.append(e);
    }
}

Result<qint64> addEndpoint(reg::Register &r, const Endpoint &in)
{
    CUSTOS_TRY(r.require(QStringLiteral("add a chain endpoint"), {reg::Role::Admin}));
    Endpoint e = in;
    e.name = e.name.trimmed();
    e.url = e.url.trimmed();
    e.user = e.user.trimmed();
    if (!reg::isValidName(e.name))
        return bad(QStringLiteral("'%1' is not a valid endpoint name; use 1 to 64 letters, digits, '.', '_' or '-'").arg(e.name));
    auto net = chain::networkByName(e.chain);
    if (!net.ok())
        return net.error();
    CUSTOS_TRY(checkUrl(e));
    if (e.user.contains(QLatin1Char(':')))
        return bad(QStringLiteral("the user of endpoint %1 contains ':', which HTTP basic authentication cannot carry").arg(e.name));
    if (e.user.isEmpty() && !e.password.isEmpty())
        return bad(QStringLiteral("endpoint %1 has a password but no user; give both or neither").arg(e.name));
    if (!net->isEvm() && e.user.isEmpty())
        return bad(QStringLiteral("endpoint %1 is a Bitcoin Core node (%2), which always needs RPC credentials; give its user and "
                                  "password")
                       .arg(e.name, net->name));

    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    {
        auto exists = r.db().prepare("SELECT 1 FROM chain_endpoints WHERE name = ?");
        if (!exists.ok())
            return exists.error();
        exists->bind(1, e.name);
        auto row = exists->step();
        if (!row.ok())
            return row.error();
        if (*row)
            return bad(QStringLiteral("there is already a chain endpoint named %1; remove it first or choose another name").arg(e.name));
    }
    auto st = r.db().prepare("INSERT INTO chain_endpoints(name, chain, url, rpc_user, rpc_secret, created_at, created_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!st.ok())
        return st.error();
    st->bind(1, e.name).bind(2, net->name).bind(3, e.url).bind(4, e.user).bind(5, e.password).bind(6, nowUtc()).bind(7, r.user().name);
    CUSTOS_TRY(st->run());
    const qint64 id = r.db().lastInsertId();
    CUSTOS_TRY(r.audit(QStringLiteral("endpoint.add"), QJsonObject{{QStringLiteral("name"), e.name},
                                                                   {QStringLiteral("chain"), net->name},
                                                                   {QStringLiteral("url"), e.url},
                                                                   {QStringLiteral("user"), e.user},
                                                                   {QStringLiteral("credentials"), !e.user.isEmpty()}}));
    CUSTOS_TRY(tx.commit());
    return id;
}

Status removeEndpoint(reg::Register &r, const QString &name)
{
    CUSTOS_TRY(r.require(QStringLiteral("remove a chain endpoint"), {reg::Role::Admin}));
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto e = readOne(r, name, false);
    if (!e.ok())
        return e.error();
    auto st = r.db().prepare("DELETE FROM chain_endpoints WHERE id = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, e->id);
    CUSTOS_TRY(st->run());
    CUSTOS_TRY(r.audit(QStringLiteral("endpoint.remove"), QJsonObject{{QStringLiteral("name"), e->name},
                                                                      {QStringLiteral("chain"), e->chain},
                                                                      {QStringLiteral("url"), e->url}}));
    return tx.commit();
}

Result<Endpoint> endpointForUse(reg::Register &r, const QString &name)
{
    CUSTOS_TRY(r.require(QStringLiteral("use a chain endpoint"), {reg::Role::Operator, reg::Role::Admin}));
    return readOne(r, name, true);
}

chain::RpcEndpoint toRpcEndpoint(const Endpoint &e)
{
    return chain::RpcEndpoint{QUrl(e.url, QUrl::StrictMode), e.user, e.password};
}

} // namespace custos::settings
