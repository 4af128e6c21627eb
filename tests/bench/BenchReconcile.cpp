// custos_bench_reconcile: measures the reconciliation speed targets and prints them.
//   1. evm: reconcile N fresh EVM addresses (deposits recorded in the register) against a ganache
//      started for the run, and the bare batched eth_getBalance calls for the same balances at the
//      same height (JsonRpcClient::batch and a raw QNetworkAccessManager loop, same batch size and
//      requests in flight); target: the reconciliation within 1.5x of the bare calls
//   2. snapshot: reconcile bitcoin and ethereum of a demo register of 10,000,000 movements on
//      1,000,000 addresses against its snapshot file; target: under 60 s and 1 GiB peak memory each
// A benchmark program, not a test: run it by hand on a Release build. It never asserts timings.

#include "BenchReconcileEvm.h"
#include "BenchReconcileSnapshot.h"
#include "BenchUtil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <optional>

using namespace custos;
using namespace custos::bench;

namespace {

struct Options {
    bool evm = true;
    bool snapshot = true;
    QString dir;
    bool keep = false;
    EvmBenchOptions e;
    SnapshotBenchOptions s;
};

int intOption(const QCommandLineParser &p, const QCommandLineOption &o, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = p.value(o).toLongLong(&ok);
    if (!ok || v < min || v > max)
        fail(QStringLiteral("--") + o.names().first(),
             QStringLiteral("expected a whole number from %1 to %2, got '%3'").arg(min).arg(max).arg(p.value(o)));
    return int(v);
}

qint64 longOption(const QCommandLineParser &p, const QCommandLineOption &o, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = p.value(o).toLongLong(&ok);
    if (!ok || v < min || v > max)
        fail(QStringLiteral("--") + o.names().first(),
             QStringLiteral("expected a whole number from %1 to %2, got '%3'").arg(min).arg(max).arg(p.value(o)));
    return v;
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Measures Custos reconciliations: EVM against ganache, and a large register against its snapshot."));
    p.addHelpOption();
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run one measurement only: evm or snapshot."), QStringLiteral("WHICH"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Directory for the files (default: a temporary directory). The demo register "
                                                "generated there is kept and reused by later runs with the same --dir."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the temporary directory afterwards."));
    const QCommandLineOption addresses(QStringLiteral("addresses"), QStringLiteral("EVM addresses (default 10000)."), QStringLiteral("N"),
                                       QStringLiteral("10000"));
    const QCommandLineOption funded(QStringLiteral("funded"), QStringLiteral("EVM addresses sent a recorded deposit (default 1000; "
                                                                     "ganache slows down as it mines them, 10000 take minutes)."),
                                    QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption perBlock(QStringLiteral("deposits-per-block"), QStringLiteral("EVM deposits mined into one block (default 100)."),
                                      QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Clients holding the EVM addresses (default 1000)."),
                                     QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption batch(QStringLiteral("batch-size"), QStringLiteral("JSON-RPC calls per batch (default 100, as SourceOptions)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption inFlight(QStringLiteral("in-flight"), QStringLiteral("Batches in flight (default 4, as SourceOptions)."),
                                      QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption repeats(QStringLiteral("repeats"), QStringLiteral("Repetitions of the EVM comparisons (default 5)."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption reg(QStringLiteral("register"), QStringLiteral("Use this register for the snapshot measurement."), QStringLiteral("PATH"));
    const QCommandLineOption snap(QStringLiteral("snapshot"), QStringLiteral("Its snapshot file (default PATH-snapshot.csv)."), QStringLiteral("PATH"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("The demo users' password (operator olga)."),
                                      QStringLiteral("P"), QStringLiteral("bench-demo-password"));
    const QCommandLineOption demoClients(QStringLiteral("demo-clients"), QStringLiteral("Demo clients (default 100000)."), QStringLiteral("N"),
                                         QStringLiteral("100000"));
    const QCommandLineOption demoAddresses(QStringLiteral("demo-addresses"), QStringLiteral("Demo addresses (default 1000000)."),
                                           QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption demoMovements(QStringLiteral("demo-movements"), QStringLiteral("Demo movements (default 10000000)."),
                                           QStringLiteral("N"), QStringLiteral("10000000"));
    const QCommandLineOption chain(QStringLiteral("chain"),
                                   QStringLiteral("Reconcile this chain of the demo only: bitcoin or ethereum (default both, in one process)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption breakdown(QStringLiteral("breakdown"), QStringLiteral("Also time registerView of each chain on its own."));
    p.addOptions({only, dir, keep, addresses, funded, perBlock, clients, batch, inFlight, repeats, reg, snap, password, demoClients, demoAddresses,
                  demoMovements, chain, breakdown});
    p.process(app);

    Options o;
    if (p.isSet(only)) {
        const QString w = p.value(only);
        if (w != QLatin1String("evm") && w != QLatin1String("snapshot"))
            fail(QStringLiteral("--only"), QStringLiteral("expected evm or snapshot, got '%1'").arg(w));
        o.evm = w == QLatin1String("evm");
        o.snapshot = !o.evm;
    }
    o.dir = p.value(dir);
    o.keep = p.isSet(keep);
    o.e.addresses = intOption(p, addresses, 1, 1'000'000);
    o.e.funded = intOption(p, funded, 0, o.e.addresses);
    o.e.depositsPerBlock = intOption(p, perBlock, 1, 100'000);
    o.e.clients = intOption(p, clients, 1, 999'999);
    o.e.batchSize = intOption(p, batch, 1, 100'000);
    o.e.maxInFlight = intOption(p, inFlight, 1, 64);
    o.e.repeats = intOption(p, repeats, 1, 100);
    o.s.registerPath = p.value(reg);
    o.s.snapshotPath = p.value(snap);
    if (!o.s.snapshotPath.isEmpty() && o.s.registerPath.isEmpty())
        fail(QStringLiteral("--snapshot"), QStringLiteral("goes with --register"));
    o.s.password = p.value(password).toUtf8();
    o.s.clients = intOption(p, demoClients, 5, 1'000'000);
    o.s.addresses = longOption(p, demoAddresses, 8, 20'000'000);
    o.s.movements = longOption(p, demoMovements, 100, 500'000'000);
    if (p.isSet(chain)) {
        const QString c = p.value(chain);
        if (c != QLatin1String("bitcoin") && c != QLatin1String("ethereum"))
            fail(QStringLiteral("--chain"), QStringLiteral("expected bitcoin or ethereum, got '%1'").arg(c));
        o.s.chains = {c};
    }
    o.s.breakdown = p.isSet(breakdown);
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("custos_bench_reconcile"));
    Options opt = parseOptions(app);

    std::optional<QTemporaryDir> temp;
    if (opt.dir.isEmpty()) {
        temp.emplace(QDir::tempPath() + QStringLiteral("/custos-bench-reconcile-XXXXXX"));
        if (!temp->isValid())
            fail(QStringLiteral("create a temporary directory"), temp->errorString());
        temp->setAutoRemove(!opt.keep);
        opt.dir = temp->path();
    } else if (!QDir().mkpath(opt.dir)) {
        fail(QStringLiteral("--dir"), QStringLiteral("cannot create %1").arg(opt.dir));
    }
    opt.dir = QDir(opt.dir).absolutePath();
    opt.e.dir = opt.dir;
    opt.s.dir = opt.dir;

    Figures env;
    env.add(QStringLiteral("env.cpu"), cpuDescription());
    env.add(QStringLiteral("env.dir"), opt.dir);
    env.print();

    if (opt.evm) {
        // A register of an earlier run in the same --dir would hold other addresses: start afresh.
        for (const QString &suffix : {QString(), QStringLiteral("-keys"), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(opt.dir + QStringLiteral("/evm.custos") + suffix);
        QFile::remove(opt.dir + QStringLiteral("/evm-deposits.csv"));
        Figures fig;
        benchEvm(opt.e, fig);
        fig.print();
    }
    if (opt.snapshot) {
        Figures fig;
        benchSnapshot(opt.s, fig);
        fig.print();
    }
    return 0;
}
