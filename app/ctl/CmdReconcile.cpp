// reconcile: a block-pinned comparison of the register with a chain source.

#include "Cli.h"

#include "chain/Network.h"
#include "reconcile/Reconcile.h"
#include "reconcile/Sources.h"

#include <QJsonArray>
#include <QTextStream>

namespace custos::cli {

int runReconcileCommand(Cli &cli, Args &args)
{
    const QString chainName = args.value(QStringLiteral("chain")), source = args.value(QStringLiteral("source"));
    const QString heightText = args.value(QStringLiteral("height")), confText = args.value(QStringLiteral("confirmations"));
    const QString cookie = args.value(QStringLiteral("rpc-cookie")), timeoutText = args.value(QStringLiteral("timeout"));
    const QString maxResponseText = args.value(QStringLiteral("max-response-mb")), retriesText = args.value(QStringLiteral("retries"));
    if (chainName.isEmpty() || source.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("reconcile needs --chain CHAIN and --source snapshot:FILE|evm:URL|bitcoind:URL|endpoint:NAME")));
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    reconcile::RunOptions o;
    bool ok = true;
    if (!heightText.isEmpty()) {
        o.height = heightText.toLongLong(&ok);
        if (!ok || *o.height < 0)
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("--height must be a block height (a whole number)")));
    }
    if (!confText.isEmpty()) {
        o.confirmations = confText.toInt(&ok);
        if (!ok || o.confirmations < 0)
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("--confirmations must be a whole number of at least 0")));
    }
    chain::SourceOptions so;
    if (!timeoutText.isEmpty()) {
        so.timeoutMs = timeoutText.toInt(&ok) * 1000;
        if (!ok || so.timeoutMs <= 0)
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("--timeout must be a number of seconds")));
    }
    if (!maxResponseText.isEmpty()) { // the largest node answer read, in MiB (default 64)
        const qint64 mb = maxResponseText.toLongLong(&ok);
        if (!ok || mb < 1 || mb > 4096)
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("--max-response-mb must be a whole number of MiB from 1 to 4096")));
        so.maxResponseBytes = mb << 20;
    }
    if (!retriesText.isEmpty()) { // attempts after a transport failure or timeout (default 3)
        so.retries = retriesText.toInt(&ok);
        if (!ok || so.retries < 0 || so.retries > 10)
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("--retries must be a whole number from 0 to 10")));
    }
    auto net = chain::networkByName(chainName);
    if (!net.ok())
        return cli.fail(net.error());
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    auto opened = reconcile::openSource(**r, *net, source, cookie, so);
    if (!opened.ok())
        return cli.fail(opened.error());
    o.sourceLabel = opened->label;
    o.isSnapshot = opened->isSnapshot;
    auto run = reconcile::runReconciliation(**r, *net, *opened->source, o,
                                            [&](const QString &stage, qint64 d, qint64 t) { cli.progress(stage, d, t); });
    cli.endProgress();
    if (!run.ok())
        return cli.fail(run.error());
    QJsonArray breaks;
    for (const reconcile::BreakLine &b : run->breaks) {
        breaks.append(QJsonObject{{QStringLiteral("id"), double(b.id)}, {QStringLiteral("kind"), reconcile::breakKindName(b.kind)},
                                  {QStringLiteral("address"), b.address}, {QStringLiteral("asset"), b.asset},
                                  {QStringLiteral("register"), b.registerBalance.toDecimal(b.decimals)},
                                  {QStringLiteral("chain"), b.chainBalance.toDecimal(b.decimals)},
                                  {QStringLiteral("difference"), b.difference.toDecimal(b.decimals)},
                                  {QStringLiteral("tx_hash"), b.txHash.isEmpty() ? QJsonValue() : QJsonValue(b.txHash)}});
        cli.print(QStringLiteral("BREAK %1 %2 %3: register %4, chain %5, difference %6%7")
                      .arg(reconcile::breakKindName(b.kind), b.address, b.asset, b.registerBalance.toDecimal(b.decimals),
                           b.chainBalance.toDecimal(b.decimals), b.difference.toDecimal(b.decimals),
                           b.txHash.isEmpty() ? QString() : QStringLiteral(" (tx %1)").arg(b.txHash)));
    }
    QJsonObject tolerances;
    for (auto it = run->tolerances.constBegin(); it != run->tolerances.constEnd(); ++it) {
        tolerances.insert(it.key(), it.value());
        cli.print(QStringLiteral("tolerance %1: %2 base units").arg(it.key(), it.value()));
    }
    if (cli.g.json) {
        cli.printJson(QJsonObject{{QStringLiteral("status"), run->status}, {QStringLiteral("tolerances"), tolerances}, {QStringLiteral("chain"), run->chain},
                                  {QStringLiteral("height"), run->height >= 0 ? QJsonValue(double(run->height)) : QJsonValue()},
                                  {QStringLiteral("block_hash"), run->blockHash.isEmpty() ? QJsonValue() : QJsonValue(run->blockHash)},
                                  {QStringLiteral("breaks"), breaks}, {QStringLiteral("run"), double(run->runId)},
                                  {QStringLiteral("pairs"), double(run->pairs)}, {QStringLiteral("source"), run->source},
                                  {QStringLiteral("problem"), run->problem.isEmpty() ? QJsonValue() : QJsonValue(run->problem)}});
    } else if (run->status == QLatin1String("incomplete")) {
        cli.print(QStringLiteral("run %1 INCOMPLETE: %2; nothing was recorded as clean").arg(run->runId).arg(run->problem));
    } else {
        cli.print(QStringLiteral("run %1 on %2 at height %3 (%4): %5 pairs compared, %6")
                      .arg(run->runId).arg(run->chain).arg(run->height).arg(run->blockHash).arg(run->pairs)
                      .arg(run->breaks.isEmpty() ? QStringLiteral("clean") : QStringLiteral("%1 breaks").arg(run->breaks.size())));
    }
    if (run->status == QLatin1String("incomplete")) {
        QTextStream(stderr) << "custosctl: error: " << run->problem << '\n';
        return 5;
    }
    return run->breaks.isEmpty() ? 0 : 1;
}

} // namespace custos::cli
