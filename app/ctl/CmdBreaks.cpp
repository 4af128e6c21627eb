// break list|explain|resolve and runs: following up a reconciliation.

#include "Cli.h"

#include "reconcile/Breaks.h"

#include <QJsonArray>

namespace custos::cli {

namespace {

QJsonObject breakJson(const reconcile::BreakRecord &b)
{
    return QJsonObject{{QStringLiteral("id"), double(b.id)}, {QStringLiteral("run"), double(b.runId)}, {QStringLiteral("chain"), b.chain},
                       {QStringLiteral("height"), double(b.height)}, {QStringLiteral("kind"), b.kind}, {QStringLiteral("address"), b.address},
                       {QStringLiteral("asset"), b.asset}, {QStringLiteral("register"), b.registerBalance.toDecimal(b.decimals)},
                       {QStringLiteral("chain_balance"), b.chainBalance.toDecimal(b.decimals)},
                       {QStringLiteral("difference"), b.difference.toDecimal(b.decimals)},
                       {QStringLiteral("tx_hash"), b.txHash.isEmpty() ? QJsonValue() : QJsonValue(b.txHash)},
                       {QStringLiteral("status"), b.status}, {QStringLiteral("owner"), b.owner}, {QStringLiteral("note"), b.note},
                       {QStringLiteral("resolved_by_movement"), b.resolvedByMovement ? QJsonValue(double(*b.resolvedByMovement)) : QJsonValue()},
                       {QStringLiteral("resolved_by_run"), b.resolvedByRun ? QJsonValue(double(*b.resolvedByRun)) : QJsonValue()},
                       {QStringLiteral("updated_at"), b.updatedAt}};
}

Result<qint64> idArg(Args &args, const char *what)
{
    bool ok = false;
    const qint64 id = args.positional().toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 needs a break id").arg(QLatin1String(what)));
    return id;
}

} // namespace

int runBreakCommand(Cli &cli, Args &args)
{
    const QString sub = args.positional();
    if (sub == QLatin1String("list")) {
        reconcile::BreakFilter f;
        f.status = args.value(QStringLiteral("status"));
        f.chain = args.value(QStringLiteral("chain"));
        const QString run = args.value(QStringLiteral("run"));
        if (!run.isEmpty())
            f.run = run.toLongLong();
        if (!f.status.isEmpty() && f.status != QLatin1String("open") && f.status != QLatin1String("explained") && f.status != QLatin1String("resolved"))
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("--status must be open, explained or resolved")));
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        auto r = cli.open();
        if (!r.ok())
            return cli.fail(r.error());
        QJsonArray arr;
        auto s = reconcile::forEachBreak(**r, f, [&](const reconcile::BreakRecord &b) {
            arr.append(breakJson(b));
            cli.print(QStringLiteral("%1\trun %2\t%3\t%4\t%5\t%6\t%7\t%8").arg(b.id).arg(b.runId).arg(b.status, b.kind, b.address, b.asset,
                                                                            b.difference.toDecimal(b.decimals), b.note));
        });
        if (!s.ok())
            return cli.fail(s.error());
        if (cli.g.json)
            cli.printJson(QJsonObject{{QStringLiteral("breaks"), arr}});
        return 0;
    }
    if (sub == QLatin1String("explain") || sub == QLatin1String("resolve")) {
        auto id = idArg(args, sub == QLatin1String("explain") ? "break explain" : "break resolve");
        const QString note = args.value(QStringLiteral("note")), owner = args.value(QStringLiteral("owner"));
        const QString movement = args.value(QStringLiteral("movement"));
        if (!id.ok())
            return cli.fail(id.error());
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        bool ok = true;
        const qint64 movementId = movement.toLongLong(&ok);
        if (sub == QLatin1String("resolve") && (!ok || movementId <= 0))
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("break resolve needs --movement ID (the correcting entry)")));
        auto r = cli.open();
        if (!r.ok())
            return cli.fail(r.error());
        const Status s = sub == QLatin1String("explain") ? reconcile::explainBreak(**r, *id, note, owner)
                                                         : reconcile::resolveBreak(**r, *id, movementId, note);
        if (!s.ok())
            return cli.fail(s.error());
        auto b = reconcile::findBreak(**r, *id);
        if (!b.ok())
            return cli.fail(b.error());
        cli.g.json ? cli.printJson(breakJson(*b)) : cli.print(QStringLiteral("break %1 is %2").arg(b->id).arg(b->status));
        return 0;
    }
    return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("break needs 'list', 'explain ID --note TEXT [--owner NAME]' or 'resolve ID --movement M'")));
}

int runRunsCommand(Cli &cli, Args &args)
{
    const QString chain = args.value(QStringLiteral("chain"));
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    QJsonArray arr;
    auto s = reconcile::forEachRun(**r, chain, [&](const reconcile::RunRecord &run) {
        arr.append(QJsonObject{{QStringLiteral("id"), double(run.id)}, {QStringLiteral("chain"), run.chain}, {QStringLiteral("source"), run.source},
                               {QStringLiteral("status"), run.status}, {QStringLiteral("height"), run.height >= 0 ? QJsonValue(double(run.height)) : QJsonValue()},
                               {QStringLiteral("block_hash"), run.blockHash}, {QStringLiteral("pairs"), double(run.pairs)},
                               {QStringLiteral("breaks"), double(run.breaks)}, {QStringLiteral("problem"), run.problem},
                               {QStringLiteral("started_at"), run.startedAt}, {QStringLiteral("finished_at"), run.finishedAt},
                               {QStringLiteral("run_by"), run.runBy}});
        cli.print(QStringLiteral("%1\t%2\t%3\theight %4\t%5 breaks\t%6 by %7").arg(run.id).arg(run.chain, run.status).arg(run.height).arg(run.breaks)
                      .arg(run.finishedAt, run.runBy));
    });
    if (!s.ok())
        return cli.fail(s.error());
    if (cli.g.json)
        cli.printJson(QJsonObject{{QStringLiteral("runs"), arr}});
    return 0;
}

} // namespace custos::cli
