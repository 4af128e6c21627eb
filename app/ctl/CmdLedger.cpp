// import and positions.

#include "Cli.h"

#include "ledger/Import.h"
#include "ledger/Positions.h"

#include <QJsonArray>

namespace custos::cli {

namespace {

int importCmd(Cli &cli, Args &args)
{
    const QString kind = args.positional();
    const QString file = args.positional();
    using Fn = Result<ledger::ImportSummary> (*)(reg::Register &, const QString &, const ledger::ImportProgress &);
    Fn fn = nullptr;
    if (kind == QLatin1String("addresses"))
        fn = ledger::importAddresses;
    else if (kind == QLatin1String("movements"))
        fn = ledger::importMovements;
    else if (kind == QLatin1String("prices"))
        fn = ledger::importPrices;
    else if (kind == QLatin1String("screening"))
        fn = ledger::importScreening;
    if (!fn || file.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("usage: import addresses|movements|prices|screening FILE.csv")));
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    const QString what = QStringLiteral("importing %1").arg(kind);
    auto sum = fn(**r, file, [&](qint64 d, qint64 t) { cli.progress(what, d, t); });
    cli.endProgress();
    if (!sum.ok())
        return cli.fail(sum.error());
    if (cli.g.json)
        cli.printJson(QJsonObject{{QStringLiteral("kind"), sum->kind}, {QStringLiteral("file"), sum->file}, {QStringLiteral("sha256"), sum->sha256},
                                  {QStringLiteral("rows"), double(sum->rows)}, {QStringLiteral("batch"), double(sum->batchId)}});
    else
        cli.print(QStringLiteral("imported %1 %2 from %3 (batch %4)").arg(sum->rows).arg(kind, sum->file).arg(sum->batchId));
    return 0;
}

int positionsCmd(Cli &cli, Args &args)
{
    ledger::PositionQuery q;
    q.client = args.value(QStringLiteral("client"));
    q.atDate = args.value(QStringLiteral("at"));
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    QJsonArray arr;
    auto s = ledger::forEachPosition(**r, q, [&](const ledger::Position &p) {
        const QString bal = p.balance.toDecimal(p.decimals);
        if (cli.g.json)
            arr.append(QJsonObject{{QStringLiteral("client"), p.client}, {QStringLiteral("asset"), p.asset}, {QStringLiteral("balance"), bal},
                                   {QStringLiteral("base_units"), p.balance.toBaseUnits()}, {QStringLiteral("movements"), double(p.movements)}});
        else
            cli.print(QStringLiteral("%1\t%2\t%3").arg(p.client, p.asset, bal));
    });
    if (!s.ok())
        return cli.fail(s.error());
    if (cli.g.json) {
        QJsonObject o{{QStringLiteral("positions"), arr}};
        if (!q.atDate.isEmpty())
            o.insert(QStringLiteral("at"), q.atDate);
        cli.printJson(o);
    }
    return 0;
}

} // namespace

int runLedgerCommand(Cli &cli, const QString &cmd, Args &args)
{
    return cmd == QLatin1String("import") ? importCmd(cli, args) : positionsCmd(cli, args);
}

} // namespace custos::cli
