// endpoint add|list|remove: chain endpoints (node URL and credentials) kept in the register.
// The RPC password is read from a file, never from the command line.

#include "Cli.h"
#include "settings/Endpoints.h"

#include <QJsonArray>

namespace custos::cli {

namespace {

int add(Cli &cli, Args &args, reg::Register &r)
{
    settings::Endpoint e;
    e.chain = args.value(QStringLiteral("chain"));
    e.url = args.value(QStringLiteral("url"));
    e.user = args.value(QStringLiteral("rpc-user"));
    const QString secretFile = args.value(QStringLiteral("rpc-password-file"));
    e.name = args.positional(); // after the options, so an option's value is never taken for it
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    if (e.name.isEmpty() || e.chain.isEmpty() || e.url.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("endpoint add needs NAME --chain CHAIN --url URL "
                                                                      "[--rpc-user USER --rpc-password-file FILE]")));
    if (!secretFile.isEmpty()) {
        if (e.user.isEmpty())
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("--rpc-password-file needs --rpc-user as well")));
        auto secret = Cli::readPasswordFile(secretFile);
        if (!secret.ok())
            return cli.fail(secret.error());
        e.password = QString::fromUtf8(*secret);
    } else if (!e.user.isEmpty()) {
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("--rpc-user needs --rpc-password-file FILE with the password")));
    }
    auto id = settings::addEndpoint(r, e);
    if (!id.ok())
        return cli.fail(id.error());
    if (cli.g.json)
        cli.printJson(QJsonObject{{QStringLiteral("id"), double(*id)}, {QStringLiteral("name"), e.name.trimmed()}});
    else
        cli.print(QStringLiteral("endpoint %1 added").arg(e.name.trimmed()));
    return 0;
}

int list(Cli &cli, Args &args, reg::Register &r)
{
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto all = settings::listEndpoints(r);
    if (!all.ok())
        return cli.fail(all.error());
    if (cli.g.json) {
        QJsonArray out;
        for (const settings::Endpoint &e : *all)
            out.append(QJsonObject{{QStringLiteral("name"), e.name},
                                   {QStringLiteral("chain"), e.chain},
                                   {QStringLiteral("url"), e.url},
                                   {QStringLiteral("user"), e.user},
                                   {QStringLiteral("credentials"), e.hasCredentials()},
                                   {QStringLiteral("created_at"), e.createdAt},
                                   {QStringLiteral("created_by"), e.createdBy}});
        cli.printJson(QJsonObject{{QStringLiteral("endpoints"), out}});
        return 0;
    }
    if (all->isEmpty())
        cli.print(QStringLiteral("no chain endpoints"));
    for (const settings::Endpoint &e : *all)
        cli.print(QStringLiteral("%1  %2  %3  %4").arg(e.name, -16).arg(e.chain, -18).arg(e.url).arg(
            e.hasCredentials() ? QStringLiteral("(user %1)").arg(e.user) : QStringLiteral("(no credentials)")));
    return 0;
}

int remove(Cli &cli, Args &args, reg::Register &r)
{
    const QString name = args.positional();
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    if (name.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("endpoint remove needs NAME")));
    if (Status s = settings::removeEndpoint(r, name); !s.ok())
        return cli.fail(s.error());
    cli.print(QStringLiteral("endpoint %1 removed").arg(name));
    return 0;
}

} // namespace

int runEndpointCommand(Cli &cli, Args &args)
{
    const QString sub = args.positional();
    if (sub != QLatin1String("add") && sub != QLatin1String("list") && sub != QLatin1String("remove"))
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("endpoint needs 'add', 'list' or 'remove'")));
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    if (sub == QLatin1String("add"))
        return add(cli, args, **r);
    if (sub == QLatin1String("list"))
        return list(cli, args, **r);
    return remove(cli, args, **r);
}

} // namespace custos::cli
