// custos_bench_foundation: measures the register foundation's speed targets and prints them.
//   1. import: importMovements of an N-row movements CSV, against a raw SQLCipher baseline that
//      inserts the same rows (pre-parsed) into the same schema; target ratio import/raw >= 0.5
//   2. unlock: Register::open with Argon2id parameters calibrated to 0.5 s
//   3. positions: current for all clients, for one client, and at a past date for all clients
//   4. audit verify over the imported register
// A benchmark program, not a test: run it by hand on a Release build.

#include "BenchData.h"
#include "BenchRaw.h"
#include "BenchUtil.h"

#include "audit/AuditLog.h"
#include "crypto/Kdf.h"
#include "ledger/Import.h"
#include "ledger/Positions.h"
#include "register/Register.h"
#include "util/Time.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace custos;
using namespace custos::bench;

namespace {

struct Options {
    qint64 movements = 1'000'000;
    int clients = 10'000;
    QString dir;
    bool keep = false;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Measures the Custos register foundation: import, unlock, positions, audit verify."));
    p.addHelpOption();
    const QCommandLineOption movements(QStringLiteral("movements"), QStringLiteral("Movements to import (default 1000000)."),
                                       QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Clients, each with a bitcoin and an ethereum address (default 10000)."),
                                     QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Directory for the files (default: a temporary directory)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the register, the raw database and the CSV afterwards."));
    p.addOptions({movements, clients, dir, keep});
    p.process(app);

    Options o;
    bool ok = false;
    o.movements = p.value(movements).toLongLong(&ok);
    if (!ok || o.movements < 1)
        fail(QStringLiteral("--movements"), QStringLiteral("expected a whole number of at least 1, got '%1'").arg(p.value(movements)));
    o.clients = p.value(clients).toInt(&ok);
    if (!ok || o.clients < 1 || o.clients > 999'999)
        fail(QStringLiteral("--clients"), QStringLiteral("expected a whole number from 1 to 999999, got '%1'").arg(p.value(clients)));
    o.dir = p.value(dir);
    o.keep = p.isSet(keep);
    return o;
}

qint64 fileBytes(const QString &path)
{
    QFileInfo fi(path);
    return fi.exists() ? fi.size() : 0;
}

qint64 registerBytes(const QString &path)
{
    return fileBytes(path) + fileBytes(path + QStringLiteral("-wal")) + fileBytes(path + QStringLiteral("-shm"));
}

QString pragmaText(reg::Database &db, const char *sql)
{
    auto st = need(db.prepare(sql), sql);
    return need(st.step(), sql) ? st.columnText(0) : QString();
}

std::unique_ptr<reg::Register> openOperator(const QString &path)
{
    return need(reg::Register::open(path, QString::fromLatin1(kOperatorName), kOperatorPassword), "open the register as the operator");
}

// Runs fn `runs` times; returns the median milliseconds.
template <typename Fn>
double medianMs(int runs, Fn &&fn)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const Stopwatch clock;
        fn(i);
        ms.push_back(clock.ms());
    }
    return median(ms);
}

// Checks the current positions against the balances the generator kept.
void checkPositions(const QList<ledger::Position> &got, const MovementSet &set, int clients)
{
    qint64 expected = 0;
    for (const int128 b : set.balances)
        expected += b != 0 ? 1 : 0;
    if (got.size() != expected)
        fail(QStringLiteral("check positions"), QStringLiteral("%1 positions, expected %2").arg(got.size()).arg(expected));
    for (const ledger::Position &p : got) {
        const int ci = p.client.mid(1).toInt() - 1;
        const int a = p.asset == QLatin1String("bitcoin:BTC") ? kBtc : kEth;
        if (ci < 0 || ci >= clients || p.balance.baseUnits() != set.balances[size_t(ci * kAssetCount + a)])
            fail(QStringLiteral("check positions"), QStringLiteral("%1 %2 does not match the generated movements").arg(p.client, p.asset));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("custos_bench_foundation"));
    const Options opt = parseOptions(app);

    std::optional<QTemporaryDir> temp;
    QString dir = opt.dir;
    if (dir.isEmpty()) {
        temp.emplace(QDir::tempPath() + QStringLiteral("/custos-bench-XXXXXX"));
        if (!temp->isValid())
            fail(QStringLiteral("create a temporary directory"), temp->errorString());
        temp->setAutoRemove(!opt.keep);
        dir = temp->path();
    } else if (!QDir().mkpath(dir)) {
        fail(QStringLiteral("--dir"), QStringLiteral("cannot create %1").arg(dir));
    }
    const QString regPath = dir + QStringLiteral("/bench.custos");
    const QString rawPath = dir + QStringLiteral("/raw-baseline.db");
    const QString csvPath = dir + QStringLiteral("/movements.csv");
    const QString unlockPath = dir + QStringLiteral("/unlock.custos");
    const QStringList ours = {regPath, regPath + QStringLiteral("-keys"), rawPath, csvPath, unlockPath, unlockPath + QStringLiteral("-keys")};
    for (const QString &f : ours)
        if (QFileInfo::exists(f))
            fail(QStringLiteral("--dir"), QStringLiteral("%1 already exists; use an empty directory").arg(f));

    Figures fig;
    fig.add(QStringLiteral("config.movements"), opt.movements);
    fig.add(QStringLiteral("config.clients"), qint64(opt.clients));
    fig.add(QStringLiteral("config.addresses"), qint64(opt.clients) * kAssetCount);
    fig.add(QStringLiteral("env.cpu"), cpuDescription());

    std::mt19937_64 rng(0xC0570D1A5ULL);

    // ---- 1. import ----
    note(QStringLiteral("setting up %1 clients with %2 addresses in %3").arg(opt.clients).arg(qint64(opt.clients) * kAssetCount).arg(dir));
    Stopwatch setupClock;
    const BenchRegister bench = buildRegister(regPath, opt.clients, rng);
    fig.add(QStringLiteral("setup.register_s"), setupClock.seconds(), 1);

    note(QStringLiteral("writing %1 movements to %2").arg(opt.movements).arg(csvPath));
    Stopwatch csvClock;
    std::vector<RawRow> raw;
    const MovementSet set = writeMovements(bench, opt.movements, csvPath, rng, raw);
    fig.add(QStringLiteral("setup.csv_s"), csvClock.seconds(), 1);
    fig.add(QStringLiteral("csv.bytes"), set.csvBytes);
    fig.add(QStringLiteral("csv.mix"), QStringLiteral("%1 deposits, %2 withdrawals, %3 fees").arg(set.deposits).arg(set.withdrawals).arg(set.fees));

    double importMs = 0;
    {
        auto op = openOperator(regPath);
        fig.add(QStringLiteral("env.sqlcipher"), pragmaText(op->db(), "PRAGMA cipher_version;") + QStringLiteral(" on SQLite ")
                                                      + pragmaText(op->db(), "SELECT sqlite_version();"));
        note(QStringLiteral("importing"));
        const Stopwatch clock;
        const ledger::ImportSummary s = need(ledger::importMovements(*op, csvPath), "import the movements");
        importMs = clock.ms();
        if (s.rows != opt.movements)
            fail(QStringLiteral("import"), QStringLiteral("imported %1 rows, expected %2").arg(s.rows).arg(opt.movements));
    }
    fig.add(QStringLiteral("import.ms"), importMs, 0);
    fig.add(QStringLiteral("import.rows_per_s"), qint64(double(opt.movements) * 1000.0 / importMs));

    double rawMs = 0;
    {
        note(QStringLiteral("raw baseline"));
        reg::Database rawDb = buildRawDatabase(rawPath, bench);
        rawMs = insertRawMovements(rawDb, raw, nowUtc().toLatin1());
    }
    raw = {};
    fig.add(QStringLiteral("raw.ms"), rawMs, 0);
    fig.add(QStringLiteral("raw.rows_per_s"), qint64(double(opt.movements) * 1000.0 / rawMs));
    const double ratio = rawMs / importMs;
    fig.add(QStringLiteral("import.ratio"), ratio, 2);
    fig.add(QStringLiteral("import.ratio_target"), ratio >= 0.5 ? QStringLiteral(">= 0.50 met") : QStringLiteral(">= 0.50 NOT met"));

    // ---- 3. positions and 4. audit verify, on the imported register reopened ----
    {
        auto op = openOperator(regPath);
        note(QStringLiteral("positions"));
        QList<ledger::Position> all;
        qint64 allRows = 0;
        const double allMs = medianMs(3, [&](int run) {
            qint64 n = 0;
            need(ledger::forEachPosition(*op, {}, [&](const ledger::Position &p) {
                     ++n;
                     if (run == 0)
                         all.append(p);
                 }),
                 "positions of all clients");
            allRows = n;
        });
        checkPositions(all, set, opt.clients);
        fig.add(QStringLiteral("positions.all_ms"), allMs, 1);
        fig.add(QStringLiteral("positions.all_rows"), allRows);

        ledger::PositionQuery one;
        one.client = bench.clients[bench.clients.size() / 2].code;
        qint64 oneRows = 0;
        const double oneMs = medianMs(5, [&](int) {
            oneRows = 0;
            need(ledger::forEachPosition(*op, one, [&](const ledger::Position &) { ++oneRows; }), "positions of one client");
        });
        fig.add(QStringLiteral("positions.one_ms"), oneMs, 2);
        fig.add(QStringLiteral("positions.one_rows"), oneRows);

        ledger::PositionQuery at;
        at.atDate = set.midDate;
        qint64 atRows = 0;
        const double atMs = medianMs(3, [&](int) {
            atRows = 0;
            need(ledger::forEachPosition(*op, at, [&](const ledger::Position &) { ++atRows; }), "positions at a date");
        });
        fig.add(QStringLiteral("positions.at_date"), set.midDate);
        fig.add(QStringLiteral("positions.at_ms"), atMs, 1);
        fig.add(QStringLiteral("positions.at_rows"), atRows);

        note(QStringLiteral("audit verify"));
        const Stopwatch clock;
        const audit::AuditReport rep = need(audit::verify(op->db()), "audit verify");
        const double verifyMs = clock.ms();
        if (!rep.intact)
            fail(QStringLiteral("audit verify"), rep.problem);
        fig.add(QStringLiteral("audit.entries"), rep.entries);
        fig.add(QStringLiteral("audit.verify_ms"), verifyMs, 0);
        fig.add(QStringLiteral("audit.movements_per_s"), qint64(double(opt.movements) * 1000.0 / verifyMs));
    }
    fig.add(QStringLiteral("register.bytes"), registerBytes(regPath));
    fig.add(QStringLiteral("register.bytes_per_movement"), double(registerBytes(regPath)) / double(opt.movements), 1);
    fig.add(QStringLiteral("raw.bytes"), registerBytes(rawPath));

    // ---- 2. unlock ----
    note(QStringLiteral("calibrating Argon2id to 0.5 s"));
    const Stopwatch calClock;
    const crypto::KdfParams kdf = crypto::calibrateArgon2id(0.5);
    const double calMs = calClock.ms();
    need(reg::Register::create(unlockPath, QString::fromLatin1(kAdminName), kAdminPassword, kdf), "create the unlock register");
    std::vector<double> unlock;
    for (int i = 0; i < 5; ++i) {
        const Stopwatch clock;
        auto r = need(reg::Register::open(unlockPath, QString::fromLatin1(kAdminName), kAdminPassword), "unlock the register");
        unlock.push_back(clock.ms());
    }
    // One Argon2id hash with the same parameters, to tell the KDF's share of an unlock.
    const double hashMs = medianMs(3, [&](int) {
        need(crypto::argon2id(kAdminPassword, QByteArrayLiteral("custos-bench-salt"), kdf), "hash once");
    });
    fig.add(QStringLiteral("unlock.kdf"), QStringLiteral("t=%1 m=%2KiB p=%3").arg(kdf.iterations).arg(kdf.memoryKiB).arg(kdf.parallelism));
    fig.add(QStringLiteral("unlock.calibrate_ms"), calMs, 0);
    fig.add(QStringLiteral("unlock.one_hash_ms"), hashMs, 1);
    fig.add(QStringLiteral("unlock.min_ms"), minOf(unlock), 1);
    fig.add(QStringLiteral("unlock.median_ms"), median(unlock), 1);
    fig.add(QStringLiteral("unlock.max_ms"), maxOf(unlock), 1);
    fig.add(QStringLiteral("unlock.hashes_per_open"), median(unlock) / hashMs, 2);

    if (opt.keep || !opt.dir.isEmpty()) {
        if (!opt.keep)
            for (const QString &f : ours)
                QFile::remove(f);
        else
            note(QStringLiteral("files kept in %1").arg(dir));
    }
    std::printf("# custos_bench_foundation: %lld movements, %d clients (Release figures; medians where repeated)\n",
                static_cast<long long>(opt.movements), opt.clients);
    fig.print();
    return 0;
}
