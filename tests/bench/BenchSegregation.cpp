// Segregation verifier benchmark: the whole three-layer check (reference data, one pass over the
// movements, every rule, the audit chain's own pass) on a register of 100,000 clients, 1,000,000
// addresses and 10,000,000 movements. Target: under 30 s. Prints the time per stage, the peak
// resident memory and the findings per rule; optionally also times the evidence pack.
//
// The register is a demo register (core/demo generates 1,000,000 addresses and 10,000,000
// movements with its planted findings and a snapshot); each chain is reconciled against the
// snapshot before the check, so the shortfall rules have a run to work from. A register from an
// earlier run (or given with --register) is reused.
//
//   custos_bench_segregation [--dir DIR] [--register PATH] [--clients N] [--addresses N]
//                            [--movements N] [--password P] [--evidence]

#include "BenchUtil.h"

#include "chain/Network.h"
#include "chain/SnapshotSource.h"
#include "demo/DemoGenerator.h"
#include "evidence/Evidence.h"
#include "reconcile/Reconcile.h"
#include "reconcile/Sources.h"
#include "register/Register.h"
#include "segregation/Segregation.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

#include <map>

#include <time.h>

using namespace custos;
using namespace custos::bench;

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

// CPU time of the calling thread (the one running the movement pass), in milliseconds.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

QString mib(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("n/a") : QString::number(double(bytes) / kMiB, 'f', 0) + QStringLiteral(" MiB");
}

qint64 scalar(reg::Register &r, const char *sql)
{
    auto st = need(r.db().prepare(sql), sql);
    return need(st.step(), sql) ? st.columnInt(0) : 0;
}

QString generate(const QString &dir, int clients, qint64 addresses, qint64 movements, const QByteArray &password, Figures &fig)
{
    const QString path = dir + QStringLiteral("/demo-%1c-%2a-%3m.custos").arg(clients).arg(addresses).arg(movements);
    if (QFileInfo::exists(path) && QFileInfo::exists(demo::snapshotPathFor(path))) {
        note(QStringLiteral("reusing %1").arg(path));
        fig.add(QStringLiteral("register"), QStringLiteral("reused %1").arg(path));
        return path;
    }
    demo::DemoOptions d;
    d.path = path;
    d.password = password;
    d.clients = clients;
    d.addresses = addresses;
    d.movements = movements;
    d.kdf = crypto::KdfParams{1, 8192, 1};
    note(QStringLiteral("generating %1").arg(path));
    QString lastStage;
    int lastTenth = -1;
    const demo::DemoResult res = need(demo::generateDemo(d, [&](const QString &stage, qint64 done, qint64 total) {
                                          const int tenth = total > 0 ? int(done * 10 / total) : 0;
                                          if (stage != lastStage || tenth != lastTenth)
                                              note(QStringLiteral("  %1 %2/%3").arg(stage).arg(done).arg(total));
                                          lastStage = stage;
                                          lastTenth = tenth;
                                      }),
                                      "generate the demo register");
    fig.add(QStringLiteral("register"), QStringLiteral("generated %1 in %2 s").arg(path).arg(res.seconds, 0, 'f', 0));
    return path;
}

// Reconciles every chain against the snapshot once (skipped when the register has runs already).
void reconcileOnce(const QString &path, const QByteArray &password, Figures &fig)
{
    auto op = need(reg::Register::open(path, QStringLiteral("olga"), password), "open the register as olga");
    if (scalar(*op, "SELECT count(*) FROM recon_runs WHERE status IN ('clean','breaks')") > 0) {
        fig.add(QStringLiteral("reconciliation"), QStringLiteral("reused the register's runs"));
        return;
    }
    for (const char *chainName : {"bitcoin", "ethereum"}) {
        const chain::Network net = need(chain::networkByName(QString::fromLatin1(chainName)), "network");
        note(QStringLiteral("reconciling %1 against the snapshot").arg(QLatin1String(chainName)));
        reconcile::OpenedSource src = need(reconcile::openSource(*op, net, QStringLiteral("snapshot:") + demo::snapshotPathFor(path), {},
                                                                 chain::SourceOptions{}),
                                           "open the snapshot");
        reconcile::RunOptions ro;
        ro.sourceLabel = src.label;
        ro.isSnapshot = true;
        const Stopwatch clock;
        const reconcile::RunResult run = need(reconcile::runReconciliation(*op, net, *src.source, ro), "reconcile");
        fig.add(QStringLiteral("reconciliation.") + QLatin1String(chainName),
                QStringLiteral("%1, %2 breaks, %3 s").arg(run.status).arg(run.breaks.size()).arg(clock.seconds(), 0, 'f', 1));
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the evidence report's PDF needs one
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Times the segregation check on a large register."));
    p.addHelpOption();
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Where the register is generated or found (default %1)."),
                                    QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/custos-bench-segregation"));
    const QCommandLineOption regOpt(QStringLiteral("register"), QStringLiteral("Use this demo register (snapshot beside it)."), QStringLiteral("PATH"));
    const QCommandLineOption clientsOpt(QStringLiteral("clients"), QStringLiteral("Clients (default 100000)."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption addressesOpt(QStringLiteral("addresses"), QStringLiteral("Addresses (default 1000000)."), QStringLiteral("N"),
                                          QStringLiteral("1000000"));
    const QCommandLineOption movementsOpt(QStringLiteral("movements"), QStringLiteral("Movements (default 10000000)."), QStringLiteral("N"),
                                          QStringLiteral("10000000"));
    const QCommandLineOption passwordOpt(QStringLiteral("password"), QStringLiteral("The demo users' password."), QStringLiteral("P"),
                                         QStringLiteral("bench-demo-password"));
    const QCommandLineOption evidenceOpt(QStringLiteral("evidence"), QStringLiteral("Also time writing the evidence pack."));
    p.addOptions({dirOpt, regOpt, clientsOpt, addressesOpt, movementsOpt, passwordOpt, evidenceOpt});
    p.process(app);
    const QByteArray password = p.value(passwordOpt).toUtf8();

    Figures fig;
    fig.add(QStringLiteral("cpu"), cpuDescription());
    QString path = p.value(regOpt);
    if (path.isEmpty()) {
        QDir().mkpath(p.value(dirOpt));
        path = generate(p.value(dirOpt), p.value(clientsOpt).toInt(), p.value(addressesOpt).toLongLong(), p.value(movementsOpt).toLongLong(),
                        password, fig);
    } else {
        fig.add(QStringLiteral("register"), QStringLiteral("given %1").arg(path));
    }
    reconcileOnce(path, password, fig);

    auto clara = need(reg::Register::open(path, QStringLiteral("clara"), password), "open the register as clara (compliance)");
    fig.add(QStringLiteral("register.clients"), scalar(*clara, "SELECT count(*) FROM clients WHERE is_firm = 0"));
    fig.add(QStringLiteral("register.addresses"), scalar(*clara, "SELECT count(*) FROM addresses"));
    fig.add(QStringLiteral("register.movements"), scalar(*clara, "SELECT count(*) FROM movements"));
    fig.add(QStringLiteral("rss_before_check"), mib(procStatusBytes("VmRSS")));

    const bool reset = resetPeakRss();
    StageClock stages;
    const double cpuBefore = processCpuMs();
    const double mainBefore = threadCpuMs();
    const segregation::Report report = need(segregation::runCheck(*clara, {}, std::ref(stages)), "segregation check");
    const double wallMs = stages.ms();
    const double cpuMs = processCpuMs() - cpuBefore;
    const double mainMs = threadCpuMs() - mainBefore;
    const qint64 peak = procStatusBytes("VmHWM");

    fig.add(QStringLiteral("check.wall_s"), wallMs / 1000.0, 1);
    fig.add(QStringLiteral("check.cpu_s"), cpuMs / 1000.0, 1);
    // The audit chain is verified on a second thread beside the movement pass: on an otherwise idle
    // two-core machine the wall time is about the larger of the two.
    fig.add(QStringLiteral("check.cpu_main_thread_s"), mainMs / 1000.0, 1);
    fig.add(QStringLiteral("check.cpu_audit_thread_s"), (cpuMs - mainMs) / 1000.0, 1);
    fig.add(QStringLiteral("check.load_average"), QString::fromLatin1([] {
                QFile f(QStringLiteral("/proc/loadavg"));
                return f.open(QIODevice::ReadOnly) ? f.readLine().trimmed() : QByteArray("n/a");
            }()));
    fig.add(QStringLiteral("check.stages"), stages.summary(wallMs));
    fig.add(QStringLiteral("check.peak_rss"), mib(peak) + (reset ? QString() : QStringLiteral(" (peak not reset: process-wide)")));
    fig.add(QStringLiteral("check.movements_per_s"), qint64(double(report.movements) * 1000.0 / wallMs));
    fig.add(QStringLiteral("check.findings"), qint64(report.findings.size()));
    for (const segregation::RuleOutcome &o : report.rules)
        if (o.findings > 0)
            fig.add(QStringLiteral("check.rule.") + o.id, o.findings);
    fig.add(QStringLiteral("check.audit"), QStringLiteral("%1, %2 entries").arg(report.audit.intact ? "intact" : "tampered").arg(report.audit.entries));
    fig.add(QStringLiteral("check.target"), wallMs < 30000 ? QStringLiteral("< 30 s: met") : QStringLiteral("< 30 s: NOT met"));

    if (p.isSet(evidenceOpt)) {
        const QString out = QFileInfo(path).absolutePath() + QStringLiteral("/evidence-") + QString::number(QDateTime::currentSecsSinceEpoch());
        resetPeakRss();
        const Stopwatch clock;
        const evidence::PackResult pack = need(evidence::writeEvidence(*clara, out), "evidence pack");
        fig.add(QStringLiteral("evidence.wall_s"), clock.seconds(), 1);
        fig.add(QStringLiteral("evidence.peak_rss"), mib(procStatusBytes("VmHWM")));
        fig.add(QStringLiteral("evidence.dir"), pack.dir);
        const Stopwatch verifyClock;
        const evidence::VerifyResult v = need(evidence::verifyEvidence(pack.dir), "verify the evidence pack");
        fig.add(QStringLiteral("evidence.verify_s"), verifyClock.seconds(), 1);
        fig.add(QStringLiteral("evidence.verify"), v.valid ? QStringLiteral("valid") : v.problems.join(QStringLiteral("; ")));
    }
    fig.print();
    return 0;
}
