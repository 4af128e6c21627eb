// The demo register generator: creates the register, then fills it stage by stage (custodian,
// users, assets, key sets, clients, addresses, movements, prices) and writes the snapshot.

#include "demo/DemoGenerator.h"


#include "crypto/Sha256.h"
#include "demo/DemoInternal.h"
#include "ledger/Reference.h"
#include "register/Register.h"
#include "settings/Custodian.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

namespace custos::demo {

using namespace detail;

namespace {

constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01

struct DemoUser {
    const char *name;
    reg::Role role;
};
const DemoUser kUsers[] = {
    {"olga", reg::Role::Operator},
    {"anton", reg::Role::Approver},
    {"bea", reg::Role::Approver},
    {"clara", reg::Role::Compliance},
};

void removeOutputs(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", "-keys", "-snapshot.csv"})
        QFile::remove(path + QLatin1String(suffix));
}

Status checkOptions(const DemoOptions &o)
{
    if (o.path.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("the demo needs a register path (--out PATH)"));
    if (o.clients < 5 || o.clients > 1000000)
        return makeError(ErrorCode::BadInput, QStringLiteral("the demo needs between 5 and 1,000,000 clients (got %1)").arg(o.clients));
    if (o.addresses != 0 && (o.addresses < kFixedAddresses + 2 || o.addresses > 20000000))
        return makeError(ErrorCode::BadInput, QStringLiteral("the demo needs between 8 and 20,000,000 addresses, 6 of them the "
                                                             "custodian's own and omnibus addresses (got %1)")
                                                  .arg(o.addresses));
    if (o.movements != 0 && (o.movements < 100 || o.movements > 500000000))
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("the demo needs between 100 and 500,000,000 movements (got %1)").arg(o.movements));
    if (o.chunkRows < 1 || o.chunkRows > 500000)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("rows per transaction must be between 1 and 500,000 (got %1)").arg(o.chunkRows));
    if (o.password.size() < 8)
        return makeError(ErrorCode::BadInput, QStringLiteral("the demo password must have at least 8 characters"));
    for (const QString &p : {o.path, o.path + QStringLiteral("-keys"), snapshotPathFor(o.path)})
        if (QFile::exists(p))
            return makeError(ErrorCode::BadInput,
                             QStringLiteral("%1 already exists; refusing to overwrite it (choose another --out)").arg(p));
    return okStatus();
}

Status writeCustodian(Context &c)
{
    settings::Custodian details;
    details.name = QStringLiteral("Custos Demo Custody GmbH");
    details.address = QStringLiteral("Neue Mainzer Straße 52\n60311 Frankfurt am Main\nGermany");
    details.authorisationId =
        QStringLiteral("BaFin CASP authorisation 10158742 (MiCA Art. 59; custody and administration of crypto-assets)");
    details.contact = QStringLiteral("client-service@custos-demo.example, +49 69 1234 5670");
    CUSTOS_TRY(settings::setCustodian(c.reg, details));
    reg::Transaction tx(c.reg.db());
    CUSTOS_TRY(tx.begun());
    CUSTOS_TRY(c.reg.setMeta(QStringLiteral("demo_seed"), QString::number(c.o.seed)));
    CUSTOS_TRY(c.reg.audit(QStringLiteral("demo.seed"), QJsonObject{{QStringLiteral("seed"), QString::number(c.o.seed)}}));
    return tx.commit();
}

Status writeReference(Context &c)
{
    for (const DemoUser &u : kUsers) {
        auto added = c.reg.addUser(QString::fromLatin1(u.name), u.role, c.o.password);
        if (!added.ok())
            return added.error();
    }
    const ledger::AssetInput assets[kAssetCount] = {
        {QStringLiteral("bitcoin"), QStringLiteral("BTC"), 8, QString()},
        {QStringLiteral("ethereum"), QStringLiteral("ETH"), 18, QString()},
        {QStringLiteral("ethereum"), QStringLiteral("USDC"), 6, QStringLiteral("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")},
    };
    for (int i = 0; i < kAssetCount; ++i) {
        auto a = ledger::addAsset(c.reg, assets[i]);
        if (!a.ok())
            return a.error();
        c.assets[size_t(i)] = AssetInfo{a->id, a->decimals, a->code};
    }
    const struct {
        const char *name, *owner, *description;
    } keysets[] = {
        {"client-vault-btc", "client", "Segregated client BTC vault: HSM partition 3, 2-of-3 quorum of the custody desk"},
        {"client-vault-eth", "client", "Segregated client ETH/ERC-20 vault: HSM partition 4, 2-of-3 quorum of the custody desk"},
        {"omnibus-mpc", "client", "Omnibus MPC key for pooled client assets (3-of-5 threshold, nodes in Frankfurt and Dublin)"},
        {"firm-treasury", "firm", "Firm treasury cold storage for own funds (multisig 3-of-5, board members)"},
        {"firm-operations", "firm", "Firm operations hot wallet: fee collection and network fees"},
    };
    for (const auto &k : keysets) {
        auto ks = ledger::addKeySet(c.reg, QString::fromLatin1(k.name), QString::fromLatin1(k.owner), QString::fromLatin1(k.description));
        if (!ks.ok())
            return ks.error();
    }
    auto firm = c.reg.db().prepare("SELECT id FROM clients WHERE code = 'firm' AND is_firm = 1");
    if (!firm.ok())
        return firm.error();
    auto row = firm->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::Internal, QStringLiteral("the new register has no book for the firm's own assets"));
    c.firmClientId = firm->columnInt(0);
    return okStatus();
}

Result<QString> fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    crypto::Sha256 h;
    while (!f.atEnd())
        h.add(f.read(1 << 20));
    return QString::fromLatin1(h.finish().toHex());
}

Status build(Context &c, const QString &snapshotPath, int &plantedBreaks)
{
    c.report("users", 0, 1);
    // Random index inserts (tx hashes, clients, addresses) at millions of rows need a larger page
    // cache than an interactive session; it is filled only as the register grows, up to 512 MiB.
    CUSTOS_TRY(c.reg.db().exec("PRAGMA cache_size = -524288;"));
    CUSTOS_TRY(writeCustodian(c));
    CUSTOS_TRY(writeReference(c));
    c.report("users", 1, 1);
    CUSTOS_TRY(writeClients(c));
    CUSTOS_TRY(writeAddresses(c));
    CUSTOS_TRY(writeMovements(c));
    CUSTOS_TRY(writePrices(c));
    CUSTOS_TRY(writeWithdrawals(c));
    auto planted = writeSnapshot(c, snapshotPath);
    if (!planted.ok())
        return planted.error();
    plantedBreaks = *planted;
    auto sha = fileSha256(snapshotPath);
    if (!sha.ok())
        return sha.error();
    reg::Transaction tx(c.reg.db());
    CUSTOS_TRY(tx.begun());
    CUSTOS_TRY(c.reg.audit(QStringLiteral("demo.done"), QJsonObject{{QStringLiteral("clients"), double(c.clientCount)},
                                                                    {QStringLiteral("addresses"), double(c.addressCount)},
                                                                    {QStringLiteral("movements"), double(c.movementsWritten)},
                                                                    {QStringLiteral("from"), c.startDate.toString(Qt::ISODate)},
                                                                    {QStringLiteral("to"), c.endDate.toString(Qt::ISODate)},
                                                                    {QStringLiteral("snapshot_sha256"), *sha}}));
    return tx.commit();
}

} // namespace

QString snapshotPathFor(const QString &registerPath)
{
    return registerPath + QStringLiteral("-snapshot.csv");
}

Result<DemoResult> generateDemo(const DemoOptions &o, const DemoProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    CUSTOS_TRY(checkOptions(o));
    auto created = reg::Register::create(o.path, QStringLiteral("admin"), o.password, o.kdf);
    if (!created.ok())
        return created.error();
    std::unique_ptr<reg::Register> reg = std::move(created->reg);

    Context c(*reg, o, progress);
    c.clientCount = o.clients;
    c.addressCount = o.addresses;
    c.movementCount = o.movements > 0 ? o.movements : 40 * qint64(o.clients);
    c.endDate = o.endDate.isValid() ? o.endDate : QDateTime::currentDateTimeUtc().date();
    c.startDate = c.endDate.addYears(-1);
    c.startEpoch = (c.startDate.toJulianDay() - kJulianDayOfEpoch) * 86400;
    c.spanSeconds = c.startDate.daysTo(c.endDate) * 86400;

    DemoResult result;
    result.snapshotPath = snapshotPathFor(o.path);
    const Status built = build(c, result.snapshotPath, result.plantedBreaks);
    reg.reset(); // closes the database (and folds the write-ahead log into it)
    if (!built.ok()) {
        removeOutputs(o.path);
        return built.error();
    }
    result.registerPath = o.path;
    result.keyFile = o.path + QStringLiteral("-keys");
    result.user = QStringLiteral("admin");
    for (const DemoUser &u : kUsers)
        result.users.append(QString::fromLatin1(u.name));
    result.clients = c.clientCount;
    result.addresses = c.addressCount;
    result.movements = c.movementsWritten;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace custos::demo
