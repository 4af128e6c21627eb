#include "ledger/Reference.h"

#include "chain/AddressCheck.h"
#include "chain/Network.h"
#include "ledger/Resolver.h"
#include "register/Register.h"
#include "util/Time.h"

#include <QRegularExpression>

namespace custos::ledger {

namespace {

Client clientFromRow(const reg::Statement &st)
{
    return Client{st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(4),
                  st.columnInt(5) != 0, st.columnText(6)};
}

} // namespace

Status checkLei(const QString &lei)
{
    // ISO 17442: 18 alphanumerics + 2 check digits, ISO 7064 MOD 97-10.
    static const QRegularExpression re(QStringLiteral("^[0-9A-Z]{18}[0-9]{2}$"));
    if (!re.match(lei).hasMatch())
        return makeError(ErrorCode::BadInput, QStringLiteral("LEI '%1' must be 20 characters: 18 digits or capital letters and 2 check digits").arg(lei));
    int rem = 0;
    for (QChar c : lei) {
        const int v = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
    }
    if (rem != 1)
        return makeError(ErrorCode::BadInput, QStringLiteral("LEI '%1' fails its check digits").arg(lei));
    return okStatus();
}

Result<Client> addClient(reg::Register &r, const ClientInput &in)
{
    CUSTOS_TRY(r.require(QStringLiteral("add clients"), {reg::Role::Operator, reg::Role::Admin}));
    if (!reg::isValidName(in.code))
        return makeError(ErrorCode::BadInput, QStringLiteral("client id '%1' must be 1 to 64 letters, digits, '.', '_' or '-'").arg(in.code));
    if (in.code == QLatin1String("firm") || in.code == QLatin1String("omnibus"))
        return makeError(ErrorCode::BadInput, QStringLiteral("client id '%1' is reserved").arg(in.code));
    if (in.name.trimmed().isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("a client needs a name"));
    if (!in.lei.isEmpty())
        CUSTOS_TRY(checkLei(in.lei));
    if (in.lang != QLatin1String("en") && in.lang != QLatin1String("de") && in.lang != QLatin1String("fr"))
        return makeError(ErrorCode::BadInput, QStringLiteral("unknown language '%1'; expected en, de or fr").arg(in.lang));
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto st = r.db().prepare("INSERT INTO clients(code, name, lei, lang, created_at) VALUES (?,?,?,?,?)");
    if (!st.ok())
        return st.error();
    const QString now = nowUtc();
    st->bind(1, in.code).bind(2, in.name.trimmed()).bindOptional(3, in.lei).bind(4, in.lang).bind(5, now);
    if (!st->run().ok())
        return makeError(ErrorCode::BadInput, QStringLiteral("a client with id '%1' already exists").arg(in.code));
    const qint64 id = r.db().lastInsertId();
    CUSTOS_TRY(r.audit(QStringLiteral("client.add"), QJsonObject{{QStringLiteral("id"), in.code}, {QStringLiteral("name"), in.name.trimmed()},
                                                                 {QStringLiteral("lei"), in.lei}, {QStringLiteral("lang"), in.lang}}));
    CUSTOS_TRY(tx.commit());
    return Client{id, in.code, in.name.trimmed(), in.lei, in.lang, false, now};
}

Result<Client> findClient(reg::Register &r, const QString &code)
{
    auto st = r.db().prepare("SELECT id, code, name, lei, lang, is_firm, created_at FROM clients WHERE code = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, code);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::BadInput, QStringLiteral("unknown client '%1'").arg(code));
    return clientFromRow(*st);
}

Status forEachClient(reg::Register &r, const std::function<void(const Client &)> &fn)
{
    auto st = r.db().prepare("SELECT id, code, name, lei, lang, is_firm, created_at FROM clients WHERE is_firm = 0 ORDER BY id");
    if (!st.ok())
        return st.error();
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return okStatus();
        fn(clientFromRow(*st));
    }
}

Result<Asset> addAsset(reg::Register &r, const AssetInput &in)
{
    CUSTOS_TRY(r.require(QStringLiteral("add assets"), {reg::Role::Admin}));
    auto net = chain::networkByName(in.chain);
    if (!net.ok())
        return net.error();
    static const QRegularExpression sym(QStringLiteral("^[A-Za-z0-9.]{1,16}$"));
    if (!sym.match(in.symbol).hasMatch())
        return makeError(ErrorCode::BadInput, QStringLiteral("symbol '%1' must be 1 to 16 letters, digits or '.'").arg(in.symbol));
    if (in.decimals < 0 || in.decimals > 38)
        return makeError(ErrorCode::BadInput, QStringLiteral("decimals must be between 0 and 38 (got %1)").arg(in.decimals));
    QString contract;
    if (!in.contract.isEmpty()) {
        if (!net->isEvm())
            return makeError(ErrorCode::BadInput, QStringLiteral("a contract address applies to EVM chains only, not %1").arg(net->name));
        auto c = chain::normalizeAddress(*net, in.contract);
        if (!c.ok())
            return makeError(ErrorCode::BadInput, QStringLiteral("contract: %1").arg(c.error().message));
        contract = *c;
    } else if (in.symbol != net->nativeSymbol) {
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 is not the native asset of %2 (%3); a token needs --contract")
                                                  .arg(in.symbol, net->name, net->nativeSymbol));
    } else if (in.decimals != net->nativeDecimals) {
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 on %2 has %3 decimals, not %4")
                                                  .arg(in.symbol, net->name).arg(net->nativeDecimals).arg(in.decimals));
    }
    const QString code = net->name + QLatin1Char(':') + in.symbol;
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto st = r.db().prepare("INSERT INTO assets(code, chain, symbol, decimals, contract, created_at) VALUES (?,?,?,?,?,?)");
    if (!st.ok())
        return st.error();
    st->bind(1, code).bind(2, net->name).bind(3, in.symbol).bind(4, in.decimals).bindOptional(5, contract).bind(6, nowUtc());
    if (!st->run().ok())
        return makeError(ErrorCode::BadInput, QStringLiteral("asset %1 already exists").arg(code));
    const qint64 id = r.db().lastInsertId();
    CUSTOS_TRY(r.audit(QStringLiteral("asset.add"), QJsonObject{{QStringLiteral("asset"), code}, {QStringLiteral("decimals"), in.decimals},
                                                                {QStringLiteral("contract"), contract}}));
    CUSTOS_TRY(tx.commit());
    return Asset{id, code, net->name, in.symbol, in.decimals, contract};
}

Result<Asset> findAsset(reg::Register &r, const QString &code)
{
    Resolver res(r.db());
    return res.asset(code);
}

Result<QList<Asset>> listAssets(reg::Register &r)
{
    auto st = r.db().prepare("SELECT id, code, chain, symbol, decimals, contract FROM assets ORDER BY code");
    if (!st.ok())
        return st.error();
    QList<Asset> out;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        out.append(Asset{st->columnInt(0), st->columnText(1), st->columnText(2), st->columnText(3), int(st->columnInt(4)), st->columnText(5)});
    }
}

Result<KeySet> addKeySet(reg::Register &r, const QString &name, const QString &owner, const QString &description)
{
    CUSTOS_TRY(r.require(QStringLiteral("add key sets"), {reg::Role::Admin}));
    if (!reg::isValidName(name))
        return makeError(ErrorCode::BadInput, QStringLiteral("key set name '%1' must be 1 to 64 letters, digits, '.', '_' or '-'").arg(name));
    if (owner != QLatin1String("client") && owner != QLatin1String("firm"))
        return makeError(ErrorCode::BadInput, QStringLiteral("key set owner '%1' must be client or firm").arg(owner));
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto st = r.db().prepare("INSERT INTO keysets(name, owner, description, created_at) VALUES (?,?,?,?)");
    if (!st.ok())
        return st.error();
    st->bind(1, name).bind(2, owner).bindOptional(3, description).bind(4, nowUtc());
    if (!st->run().ok())
        return makeError(ErrorCode::BadInput, QStringLiteral("key set '%1' already exists").arg(name));
    const qint64 id = r.db().lastInsertId();
    CUSTOS_TRY(r.audit(QStringLiteral("keyset.add"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("owner"), owner},
                                                                 {QStringLiteral("description"), description}}));
    CUSTOS_TRY(tx.commit());
    return KeySet{id, name, owner, description};
}

Result<QList<KeySet>> listKeySets(reg::Register &r)
{
    auto st = r.db().prepare("SELECT id, name, owner, description FROM keysets ORDER BY name");
    if (!st.ok())
        return st.error();
    QList<KeySet> out;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        out.append(KeySet{st->columnInt(0), st->columnText(1), st->columnText(2), st->columnText(3)});
    }
}

} // namespace custos::ledger
