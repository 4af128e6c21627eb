#include "BenchReconcileSnapshot.h"

#include "chain/Network.h"
#include "chain/SnapshotSource.h"
#include "demo/DemoGenerator.h"
#include "reconcile/Reconcile.h"
#include "reconcile/RegisterBalances.h"
#include "reconcile/Sources.h"
#include "register/Register.h"

#include <QFileInfo>

#include <functional>
#include <limits>
#include <utility>
#include <vector>

namespace custos::bench {

namespace {

constexpr double kMiB = 1024.0 * 1024.0;
constexpr qint64 kGiB = qint64(1) << 30;

QString mib(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("n/a") : QString::number(double(bytes) / kMiB, 'f', 0) + QStringLiteral(" MiB");
}

qint64 fileBytes(const QString &path)
{
    const QFileInfo fi(path);
    return fi.exists() ? fi.size() : 0;
}

qint64 countRows(reg::Register &r, const char *sql)
{
    auto st = need(r.db().prepare(sql), sql);
    return need(st.step(), sql) ? st.columnInt(0) : 0;
}

// Generates the demo register into dir (or finds the one an earlier run left there).
void prepareRegister(const SnapshotBenchOptions &o, QString &regPath, QString &snapPath, Figures &fig)
{
    regPath = o.dir + QStringLiteral("/demo-%1c-%2a-%3m.custos").arg(o.clients).arg(o.addresses).arg(o.movements);
    snapPath = demo::snapshotPathFor(regPath);
    const bool haveRegister = QFileInfo::exists(regPath), haveSnapshot = QFileInfo::exists(snapPath);
    if (haveRegister && haveSnapshot) {
        note(QStringLiteral("reusing the demo register %1").arg(regPath));
        fig.add(QStringLiteral("snapshot.register"), QStringLiteral("reused %1").arg(regPath));
        return;
    }
    if (haveRegister || haveSnapshot || QFileInfo::exists(regPath + QStringLiteral("-keys")))
        fail(QStringLiteral("--dir"), QStringLiteral("%1 holds the remains of an interrupted generation; remove %2*").arg(o.dir, regPath));

    demo::DemoOptions d;
    d.path = regPath;
    d.password = o.password;
    d.clients = o.clients;
    d.addresses = o.addresses;
    d.movements = o.movements;
    d.kdf = crypto::KdfParams{1, 8192, 1};
    note(QStringLiteral("generating the demo register %1 (%2 clients, %3 addresses, %4 movements)")
             .arg(regPath)
             .arg(o.clients)
             .arg(o.addresses)
             .arg(o.movements));
    QString lastStage;
    int lastTenth = -1;
    const demo::DemoResult res = need(demo::generateDemo(d, [&](const QString &stage, qint64 done, qint64 total) {
                                          const int tenth = total > 0 ? int(done * 10 / total) : 0;
                                          if (stage == lastStage && tenth == lastTenth)
                                              return;
                                          lastStage = stage;
                                          lastTenth = tenth;
                                          note(QStringLiteral("  %1 %2/%3").arg(stage).arg(done).arg(total));
                                      }),
                                      "generate the demo register");
    fig.add(QStringLiteral("snapshot.register"), QStringLiteral("generated %1").arg(regPath));
    fig.add(QStringLiteral("snapshot.generate_s"), res.seconds, 0);
    fig.add(QStringLiteral("snapshot.planted_breaks"), qint64(res.plantedBreaks));
}

} // namespace

void benchSnapshot(const SnapshotBenchOptions &o, Figures &fig)
{
    QString regPath = o.registerPath, snapPath = o.snapshotPath;
    if (regPath.isEmpty()) {
        prepareRegister(o, regPath, snapPath, fig);
    } else {
        if (snapPath.isEmpty())
            snapPath = demo::snapshotPathFor(regPath);
        fig.add(QStringLiteral("snapshot.register"), QStringLiteral("given %1").arg(regPath));
    }
    fig.add(QStringLiteral("snapshot.register_bytes"), fileBytes(regPath) + fileBytes(regPath + QStringLiteral("-wal")));
    fig.add(QStringLiteral("snapshot.file"), QStringLiteral("%1 (%2 bytes)").arg(snapPath).arg(fileBytes(snapPath)));

    note(QStringLiteral("opening %1 as olga").arg(regPath));
    auto op = need(reg::Register::open(regPath, QStringLiteral("olga"), o.password), "open the register as olga");
    fig.add(QStringLiteral("snapshot.rss_after_open"), mib(procStatusBytes("VmRSS")));

    bool allMet = true;
    for (const QString &chainName : o.chains) {
        const QString p = QStringLiteral("snapshot.") + chainName + QLatin1Char('.');
        const chain::Network net = need(chain::networkByName(chainName), "a demo network");
        const bool reset = resetPeakRss();
        const qint64 rssBefore = procStatusBytes("VmRSS");
        note(QStringLiteral("reconcile %1 against %2").arg(chainName, snapPath));

        const Stopwatch total;
        reconcile::OpenedSource opened =
            need(reconcile::openSource(*op, net, QStringLiteral("snapshot:") + snapPath, {}, chain::SourceOptions{}), "load the snapshot");
        const double loadMs = total.ms();
        const qint64 rows = dynamic_cast<chain::SnapshotSource &>(*opened.source).rowCount();
        const qint64 rssLoaded = procStatusBytes("VmRSS");

        reconcile::RunOptions ro;
        ro.sourceLabel = opened.label;
        ro.isSnapshot = true;
        StageClock stages;
        const reconcile::RunResult res = need(reconcile::runReconciliation(*op, net, *opened.source, ro, std::ref(stages)), "reconcile");
        const double runMs = stages.ms();
        opened.source.reset();
        const double totalMs = total.ms();
        const qint64 peak = procStatusBytes("VmHWM");

        const bool met = totalMs < 60'000 && peak >= 0 && peak < kGiB;
        allMet = allMet && met;
        fig.add(p + QStringLiteral("status"),
                QStringLiteral("%1, height %2, %3 pairs, %4 breaks").arg(res.status).arg(res.height).arg(res.pairs).arg(res.breaks.size()));
        fig.add(p + QStringLiteral("snapshot_rows"), rows);
        fig.add(p + QStringLiteral("load_s"), loadMs / 1000.0, 1);
        fig.add(p + QStringLiteral("run_s"), runMs / 1000.0, 1);
        fig.add(p + QStringLiteral("run_stages"), stages.summary(runMs));
        fig.add(p + QStringLiteral("wall_s"), totalMs / 1000.0, 1);
        fig.add(p + QStringLiteral("rss_before"), mib(rssBefore));
        fig.add(p + QStringLiteral("rss_after_load"), mib(rssLoaded));
        fig.add(p + QStringLiteral("peak_rss"), mib(peak) + (reset ? QString() : QStringLiteral(" (peak not reset: process-wide)")));
        fig.add(p + QStringLiteral("target"), QStringLiteral("wall < 60 s and peak < 1 GiB: %1").arg(met ? QStringLiteral("met") : QStringLiteral("NOT met")));
    }
    fig.add(QStringLiteral("snapshot.target"), allMet ? QStringLiteral("met on every chain run") : QStringLiteral("NOT met"));

    if (o.breakdown) {
        for (const QString &chainName : o.chains) {
            resetPeakRss();
            note(QStringLiteral("breakdown: registerView of %1").arg(chainName));
            const Stopwatch clock;
            const reconcile::RegisterView v = need(reconcile::registerView(op->db(), chainName, std::numeric_limits<qint64>::max()), "registerView");
            fig.add(QStringLiteral("snapshot.breakdown.") + chainName + QStringLiteral(".register_view_s"), clock.seconds(), 1);
            fig.add(QStringLiteral("snapshot.breakdown.") + chainName + QStringLiteral(".register_view_pairs"), qint64(v.balances.size()));
            fig.add(QStringLiteral("snapshot.breakdown.") + chainName + QStringLiteral(".register_view_peak_rss"), mib(procStatusBytes("VmHWM")));
        }
    }

    // Counted after the timed runs, so the counting does not warm anything for them.
    fig.add(QStringLiteral("snapshot.register_movements"), countRows(*op, "SELECT count(*) FROM movements"));
    fig.add(QStringLiteral("snapshot.register_addresses"), countRows(*op, "SELECT count(*) FROM addresses"));
}

} // namespace custos::bench
