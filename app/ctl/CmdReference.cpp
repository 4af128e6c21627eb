// client, asset, keyset and address commands.

#include "Cli.h"

#include "ledger/Reference.h"
#include "settings/Custodian.h"

#include <QJsonArray>

namespace custos::cli {

namespace {

QJsonObject clientJson(const ledger::Client &c)
{
    return QJsonObject{{QStringLiteral("id"), c.code}, {QStringLiteral("name"), c.name}, {QStringLiteral("lei"), c.lei},
                       {QStringLiteral("lang"), c.lang}, {QStringLiteral("created_at"), c.createdAt}};
}

QJsonObject assetJson(const ledger::Asset &a)
{
    return QJsonObject{{QStringLiteral("id"), a.code}, {QStringLiteral("chain"), a.chain}, {QStringLiteral("symbol"), a.symbol},
                       {QStringLiteral("decimals"), a.decimals}, {QStringLiteral("contract"), a.contract}};
}

QJsonObject addressJson(const ledger::Address &a)
{
    return QJsonObject{{QStringLiteral("id"), double(a.id)}, {QStringLiteral("chain"), a.chain}, {QStringLiteral("address"), a.address},
                       {QStringLiteral("owner"), a.ownerSpec()}, {QStringLiteral("keyset"), a.keyset}, {QStringLiteral("label"), a.label}};
}

int clientCmd(Cli &cli, Args &args, reg::Register &r)
{
    const QString sub = args.positional();
    if (sub == QLatin1String("add")) {
        ledger::ClientInput in;
        in.code = args.value(QStringLiteral("id"));
        in.name = args.value(QStringLiteral("name"));
        in.lei = args.value(QStringLiteral("lei"));
        const QString lang = args.value(QStringLiteral("lang"));
        if (!lang.isEmpty())
            in.lang = lang;
        if (in.code.isEmpty() || in.name.isEmpty())
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("client add needs --id and --name")));
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        auto c = ledger::addClient(r, in);
        if (!c.ok())
            return cli.fail(c.error());
        cli.g.json ? cli.printJson(clientJson(*c)) : cli.print(QStringLiteral("added client %1 (%2)").arg(c->code, c->name));
        return 0;
    }
    if (sub == QLatin1String("list")) {
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        QJsonArray arr;
        auto s = ledger::forEachClient(r, [&](const ledger::Client &c) {
            if (cli.g.json)
                arr.append(clientJson(c));
            else
                cli.print(QStringLiteral("%1\t%2\t%3\t%4").arg(c.code, c.name, c.lang, c.lei));
        });
        if (!s.ok())
            return cli.fail(s.error());
        if (cli.g.json)
            cli.printJson(QJsonObject{{QStringLiteral("clients"), arr}});
        return 0;
    }
    return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("client needs 'add' or 'list'")));
}

int assetCmd(Cli &cli, Args &args, reg::Register &r)
{
    const QString sub = args.positional();
    if (sub == QLatin1String("add")) {
        ledger::AssetInput in;
        in.chain = args.value(QStringLiteral("chain"));
        in.symbol = args.value(QStringLiteral("symbol"));
        const QString dec = args.value(QStringLiteral("decimals"));
        in.contract = args.value(QStringLiteral("contract"));
        bool ok = false;
        in.decimals = dec.toInt(&ok);
        if (in.chain.isEmpty() || in.symbol.isEmpty() || !ok)
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("asset add needs --chain, --symbol and --decimals N")));
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        auto a = ledger::addAsset(r, in);
        if (!a.ok())
            return cli.fail(a.error());
        cli.g.json ? cli.printJson(assetJson(*a)) : cli.print(QStringLiteral("added asset %1 (%2 decimals)").arg(a->code).arg(a->decimals));
        return 0;
    }
    if (sub == QLatin1String("list")) {
        auto list = ledger::listAssets(r);
        if (!list.ok())
            return cli.fail(list.error());
        QJsonArray arr;
        for (const auto &a : *list) {
            arr.append(assetJson(a));
            cli.print(QStringLiteral("%1\t%2\t%3").arg(a.code).arg(a.decimals).arg(a.contract));
        }
        if (cli.g.json)
            cli.printJson(QJsonObject{{QStringLiteral("assets"), arr}});
        return 0;
    }
    return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("asset needs 'add' or 'list'")));
}

int keysetCmd(Cli &cli, Args &args, reg::Register &r)
{
    const QString sub = args.positional();
    if (sub == QLatin1String("add")) {
        const QString name = args.value(QStringLiteral("name")), owner = args.value(QStringLiteral("owner")),
                      desc = args.value(QStringLiteral("description"));
        if (name.isEmpty() || owner.isEmpty())
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("keyset add needs --name and --owner client|firm")));
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        auto k = ledger::addKeySet(r, name, owner, desc);
        if (!k.ok())
            return cli.fail(k.error());
        cli.g.json ? cli.printJson(QJsonObject{{QStringLiteral("name"), k->name}, {QStringLiteral("owner"), k->owner}})
                   : cli.print(QStringLiteral("added key set %1 (%2)").arg(k->name, k->owner));
        return 0;
    }
    if (sub == QLatin1String("list")) {
        auto list = ledger::listKeySets(r);
        if (!list.ok())
            return cli.fail(list.error());
        QJsonArray arr;
        for (const auto &k : *list) {
            arr.append(QJsonObject{{QStringLiteral("name"), k.name}, {QStringLiteral("owner"), k.owner}, {QStringLiteral("description"), k.description}});
            cli.print(QStringLiteral("%1\t%2\t%3").arg(k.name, k.owner, k.description));
        }
        if (cli.g.json)
            cli.printJson(QJsonObject{{QStringLiteral("keysets"), arr}});
        return 0;
    }
    return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("keyset needs 'add' or 'list'")));
}

int addressCmd(Cli &cli, Args &args, reg::Register &r)
{
    const QString sub = args.positional();
    if (sub == QLatin1String("add")) {
        ledger::AddressInput in{args.value(QStringLiteral("chain")), args.value(QStringLiteral("address")), args.value(QStringLiteral("owner")),
                                args.value(QStringLiteral("keyset")), args.value(QStringLiteral("label"))};
        if (in.chain.isEmpty() || in.address.isEmpty() || in.owner.isEmpty() || in.keyset.isEmpty())
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("address add needs --chain, --address, --owner and --keyset")));
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        auto a = ledger::addAddress(r, in);
        if (!a.ok())
            return cli.fail(a.error());
        cli.g.json ? cli.printJson(addressJson(*a)) : cli.print(QStringLiteral("added %1 address %2 (%3, key set %4)").arg(a->chain, a->address, a->ownerSpec(), a->keyset));
        return 0;
    }
    if (sub == QLatin1String("list")) {
        QJsonArray arr;
        auto s = ledger::forEachAddress(r, [&](const ledger::Address &a) {
            if (cli.g.json)
                arr.append(addressJson(a));
            else
                cli.print(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(a.chain, a.address, a.ownerSpec(), a.keyset, a.label));
        });
        if (!s.ok())
            return cli.fail(s.error());
        if (cli.g.json)
            cli.printJson(QJsonObject{{QStringLiteral("addresses"), arr}});
        return 0;
    }
    return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("address needs 'add' or 'list'")));
}

int custodianCmd(Cli &cli, Args &args, reg::Register &r)
{
    const QString sub = args.positional();
    if (sub == QLatin1String("set")) {
        auto current = settings::readCustodian(r);
        if (!current.ok())
            return cli.fail(current.error());
        settings::Custodian c = *current;
        const std::pair<const char *, QString *> fields[] = {{"name", &c.name},
                                                             {"address", &c.address},
                                                             {"authorisation", &c.authorisationId},
                                                             {"contact", &c.contact}};
        for (const auto &[opt, into] : fields) {
            const QString v = args.value(QLatin1String(opt));
            if (!v.isEmpty())
                *into = QString(v).replace(QLatin1String("\\n"), QLatin1String("\n"));
        }
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        const Status s = settings::setCustodian(r, c);
        if (!s.ok())
            return cli.fail(s.error());
        cli.print(QStringLiteral("custodian details saved"));
        return 0;
    }
    if (sub == QLatin1String("show")) {
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        auto c = settings::readCustodian(r);
        if (!c.ok())
            return cli.fail(c.error());
        if (cli.g.json) {
            cli.printJson(QJsonObject{{QStringLiteral("name"), c->name}, {QStringLiteral("address"), c->address},
                                      {QStringLiteral("authorisation_id"), c->authorisationId}, {QStringLiteral("contact"), c->contact}});
            return 0;
        }
        cli.print(QStringLiteral("name:          %1").arg(c->name));
        cli.print(QStringLiteral("address:       %1").arg(QString(c->address).replace(QLatin1Char('\n'), QLatin1String(", "))));
        cli.print(QStringLiteral("authorisation: %1").arg(c->authorisationId));
        cli.print(QStringLiteral("contact:       %1").arg(c->contact));
        return 0;
    }
    return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("custodian needs 'show' or 'set'")));
}

} // namespace

int runReferenceCommand(Cli &cli, const QString &cmd, Args &args)
{
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    if (cmd == QLatin1String("client"))
        return clientCmd(cli, args, **r);
    if (cmd == QLatin1String("asset"))
        return assetCmd(cli, args, **r);
    if (cmd == QLatin1String("keyset"))
        return keysetCmd(cli, args, **r);
    if (cmd == QLatin1String("custodian"))
        return custodianCmd(cli, args, **r);
    return addressCmd(cli, args, **r);
}

} // namespace custos::cli
