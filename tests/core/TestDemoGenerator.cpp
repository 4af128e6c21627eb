// The demo register generator: a complete, consistent register and a snapshot that differs from
// it in exactly the planted breaks; deterministic for a seed; nothing half-written on failure.

#include "Support.h"

#include "audit/AuditLog.h"
#include "chain/AddressCheck.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoInternal.h"
#include "ledger/Reference.h"
#include "money/Amount.h"
#include "register/Register.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace custos;

namespace {

const QByteArray kPassword = QByteArrayLiteral("demo-password-1");

demo::DemoOptions options(const QTemporaryDir &dir, const QString &name)
{
    demo::DemoOptions o;
    o.path = dir.filePath(name);
    o.password = kPassword;
    o.kdf = test::cheapKdf();
    o.endDate = QDate(2026, 1, 1);
    return o;
}

std::unique_ptr<reg::Register> openAs(const QString &path, const QString &user)
{
    auto r = reg::Register::open(path, user, kPassword);
    if (!r.ok()) {
        qWarning() << r.error().message;
        return nullptr;
    }
    return std::move(*r);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 scalar(reg::Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    if (!st.ok() || !st->step().ok())
        return -1;
    return st->columnInt(0);
}

struct Snapshot {
    QHash<QString, QString> balances;      // chain|address|asset -> balance text
    QHash<QString, QSet<QString>> heights; // chain -> block heights
    QString header;
    bool ok = true;
};

Snapshot readSnapshot(const QString &path)
{
    Snapshot s;
    const QList<QByteArray> lines = readAll(path).split('\n');
    s.header = QString::fromUtf8(lines.value(0));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QStringList f = QString::fromUtf8(lines[i]).split(QLatin1Char(','));
        if (f.size() != 5) {
            s.ok = false;
            continue;
        }
        const QString key = f[0] + QLatin1Char('|') + f[1] + QLatin1Char('|') + f[2];
        if (s.balances.contains(key))
            s.ok = false;
        s.balances.insert(key, f[3]);
        s.heights[f[0]].insert(f[4]);
    }
    return s;
}

struct Sums {
    QHash<QString, Amount> perAddress;                // chain|address|asset
    QHash<QPair<qint64, qint64>, Amount> perPosition; // client, asset
    QHash<QString, int> decimals;                     // asset code -> decimals
    bool neverNegative = true;                        // per client, asset and address, in id order
};

Sums registerSums(reg::Database &db)
{
    Sums s;
    QHash<QString, Amount> running;
    auto st = db.prepare("SELECT m.client_id, m.asset_id, m.amount, a.chain, a.address, s.code, s.decimals FROM movements m "
                         "JOIN assets s ON s.id = m.asset_id LEFT JOIN addresses a ON a.id = m.address_id ORDER BY m.id");
    while (st.ok() && st->step().value()) {
        const Amount v = Amount::parseBaseUnits(st->columnText(2)).value();
        const QPair<qint64, qint64> pos(st->columnInt(0), st->columnInt(1));
        s.perPosition[pos] = *s.perPosition.value(pos).checkedAdd(v);
        s.decimals.insert(st->columnText(5), int(st->columnInt(6)));
        if (st->columnIsNull(3))
            continue;
        const QString key = st->columnText(3) + QLatin1Char('|') + st->columnText(4) + QLatin1Char('|') + st->columnText(5);
        s.perAddress[key] = *s.perAddress.value(key).checkedAdd(v);
        const QString holder = QString::number(pos.first) + QLatin1Char('|') + key;
        running[holder] = *running.value(holder).checkedAdd(v);
        if (running[holder].isNegative())
            s.neverNegative = false;
    }
    return s;
}

// (address, asset) pairs where the snapshot and the register's per-address sums differ.
int countDifferences(const Snapshot &snap, const Sums &sums)
{
    QSet<QString> keys(snap.balances.keyBegin(), snap.balances.keyEnd());
    keys.unite(QSet<QString>(sums.perAddress.keyBegin(), sums.perAddress.keyEnd()));
    int differences = 0;
    for (const QString &key : keys) {
        const QString asset = key.section(QLatin1Char('|'), 2);
        const Amount chain =
            snap.balances.contains(key) ? Amount::parse(snap.balances.value(key), sums.decimals.value(asset)).value() : Amount();
        if (chain != sums.perAddress.value(key))
            ++differences;
    }
    return differences;
}

// Checks what every generated register must satisfy; returns an empty string when it does.
QString checkConsistent(const demo::DemoResult &res)
{
    auto r = openAs(res.registerPath, res.user);
    if (!r)
        return QStringLiteral("cannot open as %1").arg(res.user);
    auto report = audit::verify(r->db());
    if (!report.ok() || !report->intact)
        return QStringLiteral("audit: %1").arg(report.ok() ? report->problem : report.error().message);
    const Sums sums = registerSums(r->db());
    if (!sums.neverNegative)
        return QStringLiteral("a balance went negative at some address");
    auto st = r->db().prepare("SELECT client_id, asset_id, balance FROM positions");
    qint64 positions = 0;
    while (st.ok() && st->step().value()) {
        const Amount b = Amount::parseBaseUnits(st->columnText(2)).value();
        if (b.isNegative() || b != sums.perPosition.value({st->columnInt(0), st->columnInt(1)}))
            return QStringLiteral("position of client %1 asset %2 is %3").arg(st->columnInt(0)).arg(st->columnInt(1)).arg(b.toBaseUnits());
        ++positions;
    }
    if (positions != sums.perPosition.size())
        return QStringLiteral("%1 positions for %2 client/asset pairs").arg(positions).arg(sums.perPosition.size());
    if (scalar(r->db(), "SELECT count(*) FROM movements") != res.movements ||
        scalar(r->db(), "SELECT count(*) FROM addresses") != res.addresses ||
        scalar(r->db(), "SELECT count(*) FROM clients WHERE is_firm = 0") != res.clients)
        return QStringLiteral("the register's counts differ from the result");

    const Snapshot snap = readSnapshot(res.snapshotPath);
    if (!snap.ok || snap.header != QLatin1String("chain,address,asset,balance,block_height"))
        return QStringLiteral("malformed snapshot");
    if (snap.heights.size() != 2 || snap.heights.value(QStringLiteral("bitcoin")).size() != 1 ||
        snap.heights.value(QStringLiteral("ethereum")).size() != 1)
        return QStringLiteral("the snapshot must carry one block height per chain");
    auto known = r->db().prepare("SELECT 1 FROM addresses WHERE chain = ? AND address = ?");
    for (auto it = snap.balances.cbegin(); it != snap.balances.cend(); ++it) {
        known->bind(1, it.key().section(QLatin1Char('|'), 0, 0)).bind(2, it.key().section(QLatin1Char('|'), 1, 1));
        const bool found = known->step().value();
        known->reset();
        if (!found)
            return QStringLiteral("snapshot address %1 is not registered").arg(it.key());
    }
    const int differences = countDifferences(snap, sums);
    if (differences != res.plantedBreaks)
        return QStringLiteral("%1 differences, %2 planted").arg(differences).arg(res.plantedBreaks);
    return QString();
}

} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void figuresAndUsers();
    void referenceData();
    void addressesAndOwners();
    void movementsAreRealistic();
    void consistentWithSnapshot();
    void pricesCoverTheYear();
    void leiCheckDigits();
    void deterministic();
    void refuses();
    void failureLeavesNothing();
    void scaledRun();

private:
    QTemporaryDir m_dir;
    demo::DemoResult m_res;
    std::unique_ptr<reg::Register> m_reg;
};

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStringList stages;
    auto res = demo::generateDemo(options(m_dir, QStringLiteral("demo.custos")), [&](const QString &stage, qint64, qint64) {
        if (!stages.contains(stage))
            stages.append(stage);
    });
    QVERIFY2(res.ok(), qPrintable(res.message()));
    m_res = *res;
    qInfo("default demo: %lld clients, %lld addresses, %lld movements, %d planted breaks, %.2f s", m_res.clients, m_res.addresses,
          m_res.movements, m_res.plantedBreaks, m_res.seconds);
    QCOMPARE(stages, (QStringList{"users", "clients", "addresses", "movements", "prices", "snapshot"}));
    QVERIFY(!QFile::exists(m_res.registerPath + QStringLiteral("-wal"))); // closed cleanly
    m_reg = openAs(m_res.registerPath, m_res.user);
    QVERIFY(m_reg);
}

void TestDemoGenerator::figuresAndUsers()
{
    QCOMPARE(m_res.clients, 50);
    QVERIFY2(m_res.addresses >= 6 + 35 * 2 && m_res.addresses <= 6 + 50 * 3, qPrintable(QString::number(m_res.addresses)));
    QCOMPARE(m_res.movements, 2000);
    QVERIFY(m_res.plantedBreaks >= 3 && m_res.plantedBreaks <= 4);
    QCOMPARE(m_res.keyFile, m_res.registerPath + QStringLiteral("-keys"));
    QCOMPARE(m_res.snapshotPath, m_res.registerPath + QStringLiteral("-snapshot.csv"));
    QVERIFY(QFile::exists(m_res.keyFile) && QFile::exists(m_res.snapshotPath));
    QCOMPARE(m_res.user, QStringLiteral("admin"));
    QCOMPARE(m_res.users, (QStringList{"olga", "anton", "bea", "clara"}));
    const QHash<QString, reg::Role> expected = {{"admin", reg::Role::Admin},
                                                {"olga", reg::Role::Operator},
                                                {"anton", reg::Role::Approver},
                                                {"bea", reg::Role::Approver},
                                                {"clara", reg::Role::Compliance}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        auto r = openAs(m_res.registerPath, it.key());
        QVERIFY2(r, qPrintable(it.key()));
        QCOMPARE(r->user().role, it.value());
    }
    QVERIFY(!reg::Register::open(m_res.registerPath, QStringLiteral("olga"), "wrong-password").ok());
}

void TestDemoGenerator::referenceData()
{
    reg::Register &r = *m_reg;
    QVERIFY(r.meta(QStringLiteral("custodian_name")).value().contains(QLatin1String("GmbH")));
    QVERIFY(r.meta(QStringLiteral("custodian_address")).value().contains(QLatin1String("Frankfurt")));
    QVERIFY(r.meta(QStringLiteral("custodian_authorisation")).value().contains(QLatin1String("BaFin")));
    QHash<QString, int> decimals;
    const auto assets = ledger::listAssets(r);
    for (const auto &a : assets.value())
        decimals.insert(a.code, a.decimals);
    QCOMPARE(decimals, (QHash<QString, int>{{"bitcoin:BTC", 8}, {"ethereum:ETH", 18}, {"ethereum:USDC", 6}}));
    QCOMPARE(ledger::findAsset(r, QStringLiteral("ethereum:USDC"))->contract, QStringLiteral("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"));
    QHash<QString, QString> owners;
    const auto keysets = ledger::listKeySets(r);
    for (const auto &k : keysets.value()) {
        owners.insert(k.name, k.owner);
        QVERIFY(!k.description.isEmpty());
    }
    QCOMPARE(owners, (QHash<QString, QString>{{"client-vault-btc", "client"},
                                              {"client-vault-eth", "client"},
                                              {"omnibus-mpc", "client"},
                                              {"firm-treasury", "firm"},
                                              {"firm-operations", "firm"}}));

    int companies = 0, withLei = 0;
    QSet<QString> langs, names;
    QVERIFY(ledger::forEachClient(r, [&](const ledger::Client &c) {
                QVERIFY(QRegularExpression(QStringLiteral("^C\\d{4}$")).match(c.code).hasMatch());
                langs.insert(c.lang);
                names.insert(c.name);
                const bool company = c.name.contains(QRegularExpression(
                    QStringLiteral("(GmbH|AG|KG|SAS|SA|SARL|B\\.V\\.|N\\.V\\.|Limited|DAC|plc|SRL|S\\.A\\.|S\\.à r\\.l\\.)$")));
                companies += company ? 1 : 0;
                if (!c.lei.isEmpty()) {
                    QVERIFY2(company, qPrintable(c.name));
                    QVERIFY2(ledger::checkLei(c.lei).ok(), qPrintable(c.lei));
                    ++withLei;
                }
            }).ok());
    QVERIFY(companies >= 5 && companies < 40);
    QVERIFY(withLei >= 2);
    QVERIFY(names.size() >= 45);
    QVERIFY(langs.contains("de") && langs.contains("fr") && langs.contains("en"));
}

void TestDemoGenerator::addressesAndOwners()
{
    reg::Register &r = *m_reg;
    int omnibus = 0, firm = 0, client = 0, taproot = 0;
    QSet<qint64> segregatedClients;
    QVERIFY(ledger::forEachAddress(r, [&](const ledger::Address &a) {
                auto net = chain::networkByName(a.chain);
                QVERIFY(net.ok());
                const auto canonical = chain::normalizeAddress(*net, a.address);
                QVERIFY2(canonical.ok() && *canonical == a.address, qPrintable(a.address));
                QVERIFY(!a.label.isEmpty());
                if (a.owner == QLatin1String("omnibus")) {
                    ++omnibus;
                    QCOMPARE(a.keyset, QStringLiteral("omnibus-mpc"));
                } else if (a.owner == QLatin1String("firm")) {
                    ++firm;
                    QVERIFY(a.keyset.startsWith(QLatin1String("firm-")));
                } else {
                    ++client;
                    segregatedClients.insert(*a.clientId);
                    QCOMPARE(a.keyset,
                             a.chain == QLatin1String("bitcoin") ? QStringLiteral("client-vault-btc") : QStringLiteral("client-vault-eth"));
                }
                taproot += a.address.startsWith(QLatin1String("bc1p")) ? 1 : 0;
            }).ok());
    QCOMPARE(omnibus, 2);
    QCOMPARE(firm, 4);
    QCOMPARE(omnibus + firm + client, int(m_res.addresses));
    QVERIFY(taproot > 0);
    QVERIFY2(segregatedClients.size() >= 35 && segregatedClients.size() < 50, qPrintable(QString::number(segregatedClients.size())));
    // Clients without an address of their own hold assets through the omnibus addresses.
    QVERIFY(scalar(r.db(), "SELECT count(DISTINCT m.client_id) FROM movements m JOIN addresses a ON a.id = m.address_id "
                           "WHERE a.owner = 'omnibus'") >= 1);
}

void TestDemoGenerator::movementsAreRealistic()
{
    reg::Database &db = m_reg->db();
    QCOMPARE(scalar(db, "SELECT count(DISTINCT kind) FROM movements"), 5); // deposit, withdrawal, fee, transfer, adjustment
    QCOMPARE(
        scalar(db, "SELECT count(*) FROM movements WHERE kind = 'fee'"),
        scalar(db, "SELECT count(*) FROM movements m JOIN clients c ON c.id = m.client_id WHERE c.is_firm = 1 AND m.kind = 'transfer'"));
    // Corrections name an earlier movement of the same client and asset, and say why.
    QCOMPARE(scalar(db, "SELECT count(*) FROM movements m JOIN movements o ON o.id = m.corrects WHERE m.kind = 'adjustment' "
                        "AND o.id < m.id AND o.client_id = m.client_id AND o.asset_id = m.asset_id AND length(m.note) > 20"),
             2);
    QCOMPARE(scalar(db, "SELECT count(*) FROM movements WHERE kind = 'adjustment'"), 2);
    QCOMPARE(scalar(db, "SELECT count(*) FROM movements WHERE recorded_at < occurred_at"), 0);
    QCOMPARE(scalar(db, "SELECT count(*) FROM movements WHERE julianday(recorded_at) - julianday(occurred_at) > 1"), 3);
    QCOMPARE(scalar(db, "SELECT count(*) FROM movements WHERE occurred_at < '2025-01-01' OR recorded_at >= '2026-01-01'"), 0);
    QCOMPARE(scalar(db, "SELECT count(*) FROM movements WHERE kind <> 'adjustment' AND (tx_hash IS NULL OR block_height IS NULL "
                        "OR address_id IS NULL)"),
             0);
    QCOMPARE(scalar(db, "SELECT count(*) FROM movements m JOIN addresses a ON a.id = m.address_id WHERE m.kind <> 'adjustment' AND "
                        "NOT ((a.chain = 'bitcoin' AND length(m.tx_hash) = 64 AND m.block_height BETWEEN 870000 AND 922560) "
                        "OR (a.chain = 'ethereum' AND substr(m.tx_hash, 1, 2) = '0x' AND length(m.tx_hash) = 66 "
                        "AND m.block_height BETWEEN 21000000 AND 23628000))"),
             0); // at most the snapshot's heights
    // Block heights grow with time on each chain.
    auto st = db.prepare("SELECT a.chain, m.block_height FROM movements m JOIN addresses a ON a.id = m.address_id "
                         "WHERE m.kind <> 'adjustment' ORDER BY m.occurred_at, m.id");
    QHash<QString, qint64> last;
    while (st->step().value()) {
        QVERIFY(st->columnInt(1) >= last.value(st->columnText(0)));
        last.insert(st->columnText(0), st->columnInt(1));
    }
    // Client deposits in realistic ranges (whole units): BTC 0.001-5, USDC 100-250000 (the mistyped one aside).
    QCOMPARE(scalar(db, "SELECT count(*) FROM movements m JOIN assets s ON s.id = m.asset_id WHERE m.kind = 'deposit' "
                        "AND m.id NOT IN (SELECT corrects FROM movements WHERE corrects IS NOT NULL) "
                        "AND m.client_id <> (SELECT id FROM clients WHERE is_firm = 1) AND CASE s.symbol "
                        "WHEN 'BTC' THEN CAST(m.amount AS INTEGER) NOT BETWEEN 100000 AND 500000000 "
                        "WHEN 'USDC' THEN CAST(m.amount AS INTEGER) NOT BETWEEN 100000000 AND 250000000000 ELSE 0 END"),
             0);
    QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'demo.movements'"), 1);
}

void TestDemoGenerator::consistentWithSnapshot()
{
    const QString problem = checkConsistent(m_res);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Snapshot snap = readSnapshot(m_res.snapshotPath);
    QCOMPARE(*snap.heights.value("bitcoin").begin(), QStringLiteral("922560")); // 870000 + 365 * 144
    QCOMPARE(*snap.heights.value("ethereum").begin(), QStringLiteral("23628000"));
}

void TestDemoGenerator::pricesCoverTheYear()
{
    reg::Database &db = m_reg->db();
    QCOMPARE(scalar(db, "SELECT count(*) FROM prices WHERE currency = 'EUR' AND source = 'demo'"), 3 * 366);
    QCOMPARE(scalar(db, "SELECT count(*) FROM (SELECT asset_id FROM prices GROUP BY asset_id "
                        "HAVING min(date) = '2025-01-01' AND max(date) = '2026-01-01')"),
             3);
    // Realistic levels in EUR; exact decimal strings (2 decimals for BTC and ETH, 4 for USDC).
    QCOMPARE(scalar(db, "SELECT count(*) FROM prices p JOIN assets s ON s.id = p.asset_id WHERE NOT CASE s.symbol "
                        "WHEN 'BTC' THEN CAST(p.price AS REAL) BETWEEN 20000 AND 250000 AND p.price GLOB '*.[0-9][0-9]' "
                        "WHEN 'ETH' THEN CAST(p.price AS REAL) BETWEEN 700 AND 10000 AND p.price GLOB '*.[0-9][0-9]' "
                        "ELSE CAST(p.price AS REAL) BETWEEN 0.8 AND 1.05 AND p.price GLOB '0.[0-9][0-9][0-9][0-9]' END"),
             0);
}

void TestDemoGenerator::leiCheckDigits()
{
    QCOMPARE(demo::detail::leiCheckDigits(QStringLiteral("529900T8BM49AURSDO")), QStringLiteral("55"));
    for (int i = 0; i < 200; ++i) {
        const auto g = demo::detail::generateClient(99, i, 200);
        if (!g.lei.isEmpty())
            QVERIFY2(ledger::checkLei(g.lei).ok(), qPrintable(g.lei));
    }
}

void TestDemoGenerator::deterministic()
{
    QTemporaryDir dir;
    auto a = demo::generateDemo(options(dir, QStringLiteral("a.custos")));
    auto b = demo::generateDemo(options(dir, QStringLiteral("b.custos")));
    auto o = options(dir, QStringLiteral("c.custos"));
    o.seed = 7;
    auto c = demo::generateDemo(o);
    QVERIFY(a.ok() && b.ok() && c.ok());
    auto clients = [](const QString &path) {
        QStringList out;
        auto r = openAs(path, QStringLiteral("admin"));
        if (r)
            (void)ledger::forEachClient(*r, [&](const ledger::Client &cl) { out << cl.code + cl.name + cl.lei + cl.lang; });
        return out;
    };
    QCOMPARE(clients(a->registerPath).size(), 50);
    QCOMPARE(clients(a->registerPath), clients(b->registerPath));
    QCOMPARE(readAll(a->snapshotPath), readAll(b->snapshotPath));
    QCOMPARE(readAll(a->snapshotPath), readAll(m_res.snapshotPath));
    QVERIFY(clients(a->registerPath) != clients(c->registerPath));
    QVERIFY(readAll(a->snapshotPath) != readAll(c->snapshotPath));
}

void TestDemoGenerator::refuses()
{
    QTemporaryDir dir;
    for (const char *existing : {"", "-keys", "-snapshot.csv"}) {
        const auto o = options(dir, QStringLiteral("x.custos"));
        const QString occupied = o.path + QLatin1String(existing);
        QFile f(occupied);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("keep me") == 7);
        f.close();
        auto res = demo::generateDemo(o);
        QCOMPARE(res.error().code, ErrorCode::BadInput);
        QVERIFY(res.message().contains(occupied));
        QCOMPARE(readAll(occupied), QByteArray("keep me"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
        QVERIFY(QFile::remove(occupied));
    }
    QCOMPARE(demo::generateDemo(options(m_dir, QStringLiteral("demo.custos"))).error().code, ErrorCode::BadInput);
    const std::function<void(demo::DemoOptions &)> bad[] = {
        [](demo::DemoOptions &o) { o.clients = 3; },    [](demo::DemoOptions &o) { o.addresses = 7; },
        [](demo::DemoOptions &o) { o.movements = 10; }, [](demo::DemoOptions &o) { o.password = "short"; },
        [](demo::DemoOptions &o) { o.chunkRows = 0; },  [](demo::DemoOptions &o) { o.path.clear(); },
    };
    for (const auto &change : bad) {
        auto o = options(dir, QStringLiteral("bad.custos"));
        change(o);
        QCOMPARE(demo::generateDemo(o).error().code, ErrorCode::BadInput);
    }
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestDemoGenerator::failureLeavesNothing()
{
    // The snapshot cannot be written (a directory took its name while movements were written).
    QTemporaryDir dir;
    auto o = options(dir, QStringLiteral("fail.custos"));
    const QString blocker = demo::snapshotPathFor(o.path);
    auto res = demo::generateDemo(o, [&](const QString &stage, qint64, qint64) {
        if (stage == QLatin1String("movements"))
            QDir().mkpath(blocker);
    });
    QVERIFY(!res.ok());
    QVERIFY2(res.message().contains(blocker), qPrintable(res.message()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestDemoGenerator::scaledRun()
{
    QTemporaryDir dir;
    auto o = options(dir, QStringLiteral("scaled.custos"));
    o.clients = 2000;
    o.addresses = 5000;
    o.movements = 100000;
    o.chunkRows = 30000;
    o.seed = 4242;
    auto res = demo::generateDemo(o);
    QVERIFY2(res.ok(), qPrintable(res.message()));
    qInfo("scaled demo: %lld clients, %lld addresses, %lld movements in %.2f s", res->clients, res->addresses, res->movements,
          res->seconds);
    QCOMPARE(res->clients, 2000);
    QCOMPARE(res->addresses, 5000);
    QCOMPARE(res->movements, 100000);
    const QString problem = checkConsistent(*res);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    auto r = openAs(res->registerPath, QStringLiteral("clara"));
    QVERIFY(r);
    QCOMPARE(scalar(r->db(), "SELECT count(*) FROM audit_log WHERE action = 'demo.movements'"), 4);
    QCOMPARE(scalar(r->db(), "SELECT count(*) FROM audit_log WHERE action = 'demo.addresses'"), 1);
    QCOMPARE(scalar(r->db(), "SELECT count(*) FROM audit_log WHERE action = 'demo.clients'"), 1);
    QCOMPARE(scalar(r->db(), "SELECT count(*) FROM clients WHERE code = 'C2000'"), 1);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
