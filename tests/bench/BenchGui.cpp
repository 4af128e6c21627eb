// custos_bench_gui: the desktop console on a large register. Figures printed:
//   1. unlock -> dashboard painted (the key derivation at the register's own Argon2id costs,
//      then the dashboard's worker, then a paint), and the derivation alone for comparison;
//   2. selecting a client -> the first page of its movements painted;
//   3. scrolling that client's movements table from top to end: the longest gap of a 1 ms
//      GUI-thread heartbeat (a stall) and the time for the whole walk;
//   4. peak resident memory (VmHWM) of the process.
// The register is the demo generator's (100,000 clients, 10,000,000 movements by default,
// streamed, bounded memory) plus one heavy client with --heavy extra movements, so the table
// that is scrolled is long. The register is kept in --dir and reused when it is there already.
// Run with QT_QPA_PLATFORM=offscreen.

#include "BenchUtil.h"

#include "app/MainWindow.h"
#include "app/Session.h"
#include "app/Theme.h"
#include "crypto/Kdf.h"
#include "demo/DemoGenerator.h"
#include "ledger/Import.h"
#include "ledger/Queries.h"
#include "models/ClientListModel.h"
#include "models/MovementsModel.h"
#include "pages/ClientDetail.h"
#include "pages/ClientsPage.h"
#include "pages/DashboardPage.h"
#include "register/Register.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace custos;
using namespace custos::bench;

namespace {

// The demo users' password: the generated register's, or --password for a given one.
QByteArray kPassword = "bench-gui-password";

struct Options {
    QString dir;
    QString registerPath; // --register: a demo register made elsewhere (e.g. by custos_bench_segregation)
    int clients = 100000;
    qint64 movements = 10'000'000;
    qint64 heavy = 1'000'000;
};

Options parse(const QApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("GUI benchmark on a large register"));
    p.addHelpOption();
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Where the register is kept (default /tmp/custos-bench-gui)."),
                                 QStringLiteral("DIR"), QStringLiteral("/tmp/custos-bench-gui"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Clients (default 100000)."), QStringLiteral("N"));
    const QCommandLineOption movements(QStringLiteral("movements"), QStringLiteral("Movements (default 10000000)."), QStringLiteral("N"));
    const QCommandLineOption heavy(QStringLiteral("heavy"), QStringLiteral("Extra movements of the scrolled client (default 1000000)."),
                                   QStringLiteral("N"));
    const QCommandLineOption reg(QStringLiteral("register"),
                                 QStringLiteral("Use this demo register (a copy: --heavy adds the scrolled client's movements to it)."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("The demo users' password of --register."),
                                      QStringLiteral("P"));
    p.addOptions({dir, clients, movements, heavy, reg, password});
    p.process(app);
    Options o;
    o.dir = p.value(dir);
    o.registerPath = p.value(reg);
    if (p.isSet(password))
        kPassword = p.value(password).toUtf8();
    if (p.isSet(clients))
        o.clients = p.value(clients).toInt();
    if (p.isSet(movements))
        o.movements = p.value(movements).toLongLong();
    if (p.isSet(heavy))
        o.heavy = p.value(heavy).toLongLong();
    if (o.clients < 5 || o.movements < 100 || o.heavy < 0)
        fail(QStringLiteral("options"), QStringLiteral("--clients >= 5, --movements >= 100 and --heavy >= 0, please"));
    return o;
}

// The heavy client's extra deposits: one satoshi each, one second apart, on its bitcoin address.
void addHeavyMovements(const QString &path, const QString &dir, qint64 rows)
{
    auto op = need(reg::Register::open(path, QStringLiteral("olga"), kPassword), "open as the operator");
    const auto first = need(ledger::clientsAfter(*op, 0, 1), "read the first client");
    if (first.isEmpty())
        fail(QStringLiteral("heavy client"), QStringLiteral("the register has no clients"));
    const ledger::Client client = first.first().client;
    QString btc;
    for (const ledger::Address &a : need(ledger::addressesOfClient(*op, client.id), "read the client's addresses"))
        if (a.chain == QLatin1String("bitcoin"))
            btc = a.address;
    if (btc.isEmpty())
        fail(QStringLiteral("heavy client"), QStringLiteral("client %1 has no bitcoin address").arg(client.code));
    const QString csvPath = QDir(dir).filePath(QStringLiteral("heavy.csv"));
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly))
        fail(QStringLiteral("heavy client"), csv.errorString());
    csv.write("client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height\n");
    const QDateTime base(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    QByteArray line;
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray tx = QCryptographicHash::hash("heavy" + QByteArray::number(i), QCryptographicHash::Sha256).toHex();
        line = client.code.toUtf8() + ",bitcoin:BTC,0.00000001,deposit," + base.addSecs(i).toString(Qt::ISODate).toUtf8() +
               ",bitcoin," + btc.toUtf8() + "," + tx + "," + QByteArray::number(100 + i / 1000) + "\n";
        csv.write(line);
    }
    csv.close();
    note(QStringLiteral("importing %1 movements of %2").arg(rows).arg(client.code));
    need(ledger::importMovements(*op, csvPath), "import the heavy client's movements");
    QFile::remove(csvPath);
}

QString ensureRegister(const Options &o)
{
    QDir().mkpath(o.dir);
    if (!o.registerPath.isEmpty()) {
        note(QStringLiteral("using %1").arg(o.registerPath));
        if (o.heavy > 0)
            addHeavyMovements(o.registerPath, o.dir, o.heavy);
        return o.registerPath;
    }
    const QString path = QDir(o.dir).filePath(QStringLiteral("large.custos"));
    if (QFile::exists(path)) {
        note(QStringLiteral("reusing %1").arg(path));
        return path;
    }
    note(QStringLiteral("generating %1 clients and %2 movements in %3").arg(o.clients).arg(o.movements).arg(path));
    demo::DemoOptions d;
    d.path = path;
    d.password = kPassword;
    d.clients = o.clients;
    d.movements = o.movements;
    d.kdf = crypto::KdfParams{}; // the default costs a real register has
    Stopwatch sw;
    need(demo::generateDemo(d, [](const QString &stage, qint64 done, qint64 total) {
        static QString last;
        if (stage != last) {
            note(QStringLiteral("  %1 (%2)").arg(stage).arg(total));
            last = stage;
        }
        Q_UNUSED(done);
    }),
         "generate the demo register");
    note(QStringLiteral("generated in %1 s").arg(sw.seconds(), 0, 'f', 1));
    if (o.heavy > 0)
        addHeavyMovements(path, o.dir, o.heavy);
    return path;
}

// Longest gap between ticks of a 1 ms timer on the GUI thread while it runs.
class Heartbeat {
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double longestMs()
    {
        m_timer.stop();
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// CPU time of the calling thread in ms: what a step costs the GUI thread itself, apart from the
// time other processes on a loaded machine take from it.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Custos"));
    QCoreApplication::setApplicationName(QStringLiteral("custos-bench-gui"));
    const Options o = parse(app);
    ui::applyTheme(app);
    const QString path = ensureRegister(o);
    Figures fig;

    // The key derivation alone, at the register's costs, for comparison.
    {
        auto probe = need(reg::Register::open(path, QStringLiteral("admin"), kPassword), "open the register");
        const crypto::KdfParams kdf = probe->kdfParams();
        const auto counts = need(ledger::registerCounts(*probe), "count the register");
        fig.add(QStringLiteral("register.clients"), QString::number(counts.clients));
        fig.add(QStringLiteral("register.movements"), QString::number(counts.movements));
        Stopwatch sw;
        need(crypto::argon2id(kPassword, QByteArray(16, 's'), kdf), "derive a key");
        fig.add(QStringLiteral("unlock.kdf_ms"), QString::number(sw.ms(), 'f', 0));
        fig.add(QStringLiteral("unlock.kdf_params"), QStringLiteral("t=%1 m=%2KiB p=%3").arg(kdf.iterations).arg(kdf.memoryKiB).arg(kdf.parallelism));
    }
    resetPeakRss();

    ui::MainWindow window;
    window.setRememberRecent(false);
    window.resize(1280, 800);
    window.show();
    settle();

    // 1. Unlock -> dashboard painted.
    Heartbeat beat;
    beat.start();
    Stopwatch unlock;
    double openedMs = -1;
    QObject::connect(window.session(), &ui::Session::opened, [&] { openedMs = unlock.ms(); });
    window.openRegister(path, QStringLiteral("admin"), kPassword);
    ui::DashboardPage *dashboard = window.dashboardPage();
    while (openedMs < 0 || dashboard->isLoading() || !window.isUnlocked())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    window.repaint();
    const double dashboardMs = unlock.ms();
    const double unlockStall = beat.longestMs();
    fig.add(QStringLiteral("machine.loadavg_1min"), QString::fromLatin1([] {
                QFile f(QStringLiteral("/proc/loadavg"));
                return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0) : QByteArray("?");
            }()));
    if (!dashboard->data().error.isEmpty())
        fail(QStringLiteral("dashboard"), dashboard->data().error);
    fig.add(QStringLiteral("unlock.opened_ms"), QString::number(openedMs, 'f', 0));
    fig.add(QStringLiteral("unlock.dashboard_painted_ms"), QString::number(dashboardMs, 'f', 0));
    fig.add(QStringLiteral("unlock.dashboard_after_open_ms"), QString::number(dashboardMs - openedMs, 'f', 0));
    fig.add(QStringLiteral("unlock.longest_gui_stall_ms"), QString::number(unlockStall, 'f', 1));

    // 2. The heavy client (the first one) -> first page of movements painted.
    window.showScreen(ui::MainWindow::Clients);
    settle();
    ui::ClientsPage *clients = window.clientsPage();
    ui::MovementsModel *movements = clients->detail()->movements();
    QTableView *view = clients->detail()->movementsView();
    Stopwatch firstPage;
    if (!clients->selectRow(0))
        fail(QStringLiteral("clients"), QStringLiteral("no client to select"));
    while (movements->rowCount() == 0 && movements->canFetchMore({}))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    view->viewport()->repaint();
    fig.add(QStringLiteral("client.movements_total"), QString::number(movements->totalMovements()));
    fig.add(QStringLiteral("client.first_page_painted_ms"), QString::number(firstPage.ms(), 'f', 1));

    // 3. Scroll the movements table to its end, page by page as a user dragging to the bottom does.
    beat.start();
    Stopwatch walk;
    QScrollBar *bar = view->verticalScrollBar();
    qint64 steps = 0;
    double longestStepCpu = 0;
    while (movements->canFetchMore({})) {
        const double before = threadCpuMs();
        bar->setValue(bar->maximum());
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        longestStepCpu = qMax(longestStepCpu, threadCpuMs() - before);
        ++steps;
        if (!movements->lastError().isEmpty())
            fail(QStringLiteral("movements"), movements->lastError());
    }
    bar->setValue(bar->maximum());
    view->viewport()->repaint();
    settle();
    const double walkMs = walk.ms();
    fig.add(QStringLiteral("scroll.rows"), QString::number(movements->rowCount()));
    fig.add(QStringLiteral("scroll.steps"), QString::number(steps));
    fig.add(QStringLiteral("scroll.total_ms"), QString::number(walkMs, 'f', 0));
    fig.add(QStringLiteral("scroll.longest_gui_stall_ms"), QString::number(beat.longestMs(), 'f', 1));
    fig.add(QStringLiteral("scroll.longest_step_gui_cpu_ms"), QString::number(longestStepCpu, 'f', 1));
    if (movements->rowCount() != movements->totalMovements())
        fail(QStringLiteral("scroll"), QStringLiteral("reached %1 of %2 movements").arg(movements->rowCount()).arg(movements->totalMovements()));

    // 4. Memory.
    fig.add(QStringLiteral("memory.peak_rss_mib"), QString::number(double(procStatusBytes("VmHWM")) / (1024.0 * 1024.0), 'f', 0));
    window.lock();

    std::printf("# custos_bench_gui: %s (targets: dashboard < 1000 ms, first page < 200 ms, stall < 50 ms, memory < 1024 MiB)\n",
                qPrintable(cpuDescription()));
    fig.print();
    return 0;
}
