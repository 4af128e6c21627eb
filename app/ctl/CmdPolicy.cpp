// policy set|show|history, whitelist add|approve|list, freeze, unfreeze.

#include "Cli.h"

#include "approvals/Freeze.h"
#include "approvals/Policy.h"
#include "approvals/Whitelist.h"
#include "screening/Screening.h"

#include <QFile>
#include <QJsonArray>
#include <QTextStream>

namespace custos::cli {

namespace {

using namespace custos::approvals;

QJsonObject versionJson(const PolicyVersion &v)
{
    return QJsonObject{{QStringLiteral("version"), double(v.version)}, {QStringLiteral("set_at"), v.setAt},
                       {QStringLiteral("set_by"), v.setBy}, {QStringLiteral("policy"), v.policy.toJson()}};
}

int policyCmd(Cli &cli, Args &args)
{
    const QString sub = args.positional();
    if (sub == QLatin1String("set")) {
        const QString file = args.positional();
        if (file.isEmpty())
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("policy set needs a FILE.json")));
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("cannot read %1: %2").arg(file, f.errorString())));
        const QByteArray json = f.readAll();
        auto r = cli.open();
        if (!r.ok())
            return cli.fail(r.error());
        auto v = setPolicy(**r, json);
        if (!v.ok())
            return cli.fail(v.error());
        cli.g.json ? cli.printJson(versionJson(*v)) : cli.print(QStringLiteral("policy version %1 is in force").arg(v->version));
        return 0;
    }
    if (sub == QLatin1String("show") || sub == QLatin1String("history")) {
        const QString version = args.value(QStringLiteral("version"));
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        auto r = cli.open();
        if (!r.ok())
            return cli.fail(r.error());
        if (sub == QLatin1String("history")) {
            auto all = policyHistory(**r);
            if (!all.ok())
                return cli.fail(all.error());
            QJsonArray arr;
            for (const PolicyVersion &v : *all) {
                arr.append(versionJson(v));
                cli.print(QStringLiteral("%1\t%2\t%3").arg(v.version).arg(v.setAt, v.setBy));
            }
            if (cli.g.json)
                cli.printJson(QJsonObject{{QStringLiteral("versions"), arr}});
            return 0;
        }
        Result<PolicyVersion> v = currentPolicy(**r);
        if (!version.isEmpty()) {
            bool ok = false;
            const qint64 n = version.toLongLong(&ok);
            if (!ok || n < 0)
                return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("--version must be a policy version number")));
            v = policyVersion(**r, n);
        }
        if (!v.ok())
            return cli.fail(v.error());
        // stdout carries the policy document exactly as `policy set` takes it (the contract's
        // format, so it can be set again as it is); which version it is goes to stderr.
        if (cli.g.json)
            cli.printJson(v->policy.toJson());
        else
            QTextStream(stdout) << QJsonDocument(v->policy.toJson()).toJson(QJsonDocument::Indented);
        QTextStream(stderr) << (v->version == 0 ? QStringLiteral("built-in policy (no policy set yet)")
                                                : QStringLiteral("policy version %1, set by %2 at %3").arg(v->version).arg(v->setBy, v->setAt))
                            << '\n';
        return 0;
    }
    return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("policy needs 'set FILE.json', 'show [--version N]' or 'history'")));
}

QJsonObject entryJson(const WhitelistEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), double(e.id)}, {QStringLiteral("client"), e.client}, {QStringLiteral("chain"), e.chain},
                       {QStringLiteral("address"), e.address}, {QStringLiteral("label"), e.label}, {QStringLiteral("status"), e.status},
                       {QStringLiteral("needs"), e.needs}, {QStringLiteral("approved_by"), QJsonArray::fromStringList(e.approvedBy)},
                       {QStringLiteral("proposed_by"), e.proposedBy}, {QStringLiteral("proposed_at"), e.proposedAt},
                       {QStringLiteral("approved_at"), e.approvedAt}, {QStringLiteral("usable_from"), e.usableFrom}};
}

Result<qint64> idArg(Args &args, const QString &what)
{
    bool ok = false;
    const qint64 id = args.positional().toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 needs a numeric ID").arg(what));
    return id;
}

int whitelistCmd(Cli &cli, Args &args)
{
    const QString sub = args.positional();
    if (sub == QLatin1String("add")) {
        const QString client = args.value(QStringLiteral("client")), chainName = args.value(QStringLiteral("chain")),
                      address = args.value(QStringLiteral("address")), label = args.value(QStringLiteral("label"));
        if (client.isEmpty() || chainName.isEmpty() || address.isEmpty())
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("whitelist add needs --client, --chain and --address")));
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        auto r = cli.open();
        if (!r.ok())
            return cli.fail(r.error());
        auto e = proposeWhitelistEntry(**r, client, chainName, address, label);
        if (!e.ok())
            return cli.fail(e.error());
        cli.g.json ? cli.printJson(QJsonObject{{QStringLiteral("id"), double(e->id)}})
                   : cli.print(QStringLiteral("%1\nproposed: needs %2 admin approval(s), then the cooling-off period").arg(e->id).arg(e->needs));
        return 0;
    }
    if (sub == QLatin1String("approve")) {
        auto id = idArg(args, QStringLiteral("whitelist approve"));
        if (!id.ok())
            return cli.fail(id.error());
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        auto r = cli.open();
        if (!r.ok())
            return cli.fail(r.error());
        auto e = approveWhitelistEntry(**r, *id);
        if (!e.ok())
            return cli.fail(e.error());
        if (cli.g.json)
            cli.printJson(entryJson(*e));
        else if (e->status == QLatin1String("approved"))
            cli.print(QStringLiteral("whitelist entry %1 approved; usable from %2").arg(e->id).arg(e->usableFrom));
        else
            cli.print(QStringLiteral("whitelist entry %1: %2 of %3 admin approvals").arg(e->id).arg(e->approvedBy.size()).arg(e->needs));
        return 0;
    }
    if (sub == QLatin1String("list")) {
        const QString client = args.value(QStringLiteral("client"));
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        auto r = cli.open();
        if (!r.ok())
            return cli.fail(r.error());
        auto list = listWhitelist(**r, client);
        if (!list.ok())
            return cli.fail(list.error());
        QJsonArray arr;
        for (const WhitelistEntry &e : *list) {
            arr.append(entryJson(e));
            cli.print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6").arg(e.id).arg(e.client, e.chain, e.address, e.status,
                                                                 e.usableFrom.isEmpty() ? QStringLiteral("-") : e.usableFrom));
        }
        if (cli.g.json)
            cli.printJson(QJsonObject{{QStringLiteral("whitelist"), arr}});
        return 0;
    }
    return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("whitelist needs 'add', 'approve ID' or 'list'")));
}

QJsonObject freezeJson(const Freeze &f)
{
    return QJsonObject{{QStringLiteral("id"), double(f.id)}, {QStringLiteral("client"), f.client}, {QStringLiteral("asset"), f.asset},
                       {QStringLiteral("scope"), f.scope()}, {QStringLiteral("reason"), f.reason}, {QStringLiteral("frozen_by"), f.frozenBy},
                       {QStringLiteral("frozen_at"), f.frozenAt}, {QStringLiteral("unfreeze_by"), f.unfreezeBy},
                       {QStringLiteral("lifted_by"), f.liftedBy}, {QStringLiteral("lifted_at"), f.liftedAt},
                       {QStringLiteral("active"), f.active()}};
}

int freezeCmd(Cli &cli, Args &args)
{
    // Options first, so their values are never taken for the "list" word.
    const QString client = args.value(QStringLiteral("client")), asset = args.value(QStringLiteral("asset")),
                  reason = args.value(QStringLiteral("reason"));
    const bool all = args.flag(QStringLiteral("all"));
    const QString sub = args.positional();
    if (sub == QLatin1String("list")) {
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        auto r = cli.open();
        if (!r.ok())
            return cli.fail(r.error());
        auto list = listFreezes(**r, !all);
        if (!list.ok())
            return cli.fail(list.error());
        QJsonArray arr;
        for (const Freeze &f : *list) {
            arr.append(freezeJson(f));
            cli.print(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(f.id).arg(f.scope(), f.active() ? QStringLiteral("active") : QStringLiteral("lifted"),
                                                                        f.frozenBy, f.reason));
        }
        if (cli.g.json)
            cli.printJson(QJsonObject{{QStringLiteral("freezes"), arr}});
        return 0;
    }
    if (!sub.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("unexpected argument '%1' (freeze --reason TEXT [--client ID] [--asset ASSET], or freeze list)").arg(sub)));
    if (reason.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("freeze needs --reason TEXT (and optionally --client ID, --asset ASSET)")));
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    auto f = freezeWithdrawals(**r, client, asset, reason);
    if (!f.ok())
        return cli.fail(f.error());
    cli.g.json ? cli.printJson(QJsonObject{{QStringLiteral("id"), double(f->id)}})
               : cli.print(QStringLiteral("%1\nfrozen: %2").arg(f->id).arg(f->scope()));
    return 0;
}

int unfreezeCmd(Cli &cli, Args &args)
{
    auto id = idArg(args, QStringLiteral("unfreeze"));
    if (!id.ok())
        return cli.fail(id.error());
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    auto f = unfreezeWithdrawals(**r, *id);
    if (!f.ok())
        return cli.fail(f.error());
    if (cli.g.json)
        cli.printJson(freezeJson(*f));
    else if (f->active())
        cli.print(QStringLiteral("freeze %1: lifting requested by %2; a second admin must run unfreeze %1").arg(f->id).arg(f->unfreezeBy));
    else
        cli.print(QStringLiteral("freeze %1 lifted by %2 and %3").arg(f->id).arg(f->unfreezeBy, f->liftedBy));
    return 0;
}

int screeningCmd(Cli &cli, Args &args)
{
    if (args.positional() != QLatin1String("hits"))
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("screening needs 'hits'")));
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    auto hits = screening::depositHits(**r);
    if (!hits.ok())
        return cli.fail(hits.error());
    QJsonArray arr;
    for (const screening::DepositHit &h : *hits) {
        arr.append(QJsonObject{{QStringLiteral("id"), double(h.id)}, {QStringLiteral("chain"), h.chain}, {QStringLiteral("tx_hash"), h.txHash},
                               {QStringLiteral("address"), h.address}, {QStringLiteral("counterparty"), h.counterparty},
                               {QStringLiteral("asset"), h.asset}, {QStringLiteral("amount_base_units"), h.amountBaseUnits},
                               {QStringLiteral("list"), h.list}, {QStringLiteral("reason"), h.reason}, {QStringLiteral("seen_at"), h.seenAt}});
        cli.print(QStringLiteral("%1\t%2\t%3 from %4\t%5: %6").arg(h.seenAt, h.txHash, h.address, h.counterparty, h.list, h.reason));
    }
    if (cli.g.json)
        cli.printJson(QJsonObject{{QStringLiteral("hits"), arr}});
    return hits->isEmpty() ? 0 : 1;
}

} // namespace

int runPolicyCommand(Cli &cli, const QString &cmd, Args &args)
{
    if (cmd == QLatin1String("policy"))
        return policyCmd(cli, args);
    if (cmd == QLatin1String("whitelist"))
        return whitelistCmd(cli, args);
    if (cmd == QLatin1String("freeze"))
        return freezeCmd(cli, args);
    if (cmd == QLatin1String("screening"))
        return screeningCmd(cli, args);
    return unfreezeCmd(cli, args);
}

} // namespace custos::cli
