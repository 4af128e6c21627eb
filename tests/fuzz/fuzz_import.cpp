// Fuzzes the CSV importers end to end (row parsing, resolution against the register, the
// all-or-nothing transaction): the first input byte picks the importer ('0' or any byte = 0
// mod 4: addresses, 1: movements, 2: prices, 3: screening), the rest is the file. The register
// is made once per process (cheap key derivation) with assets, key sets, clients and
// addresses; each input is written to a file in a temporary directory and imported. A refused
// file must leave the register unchanged; every refusal is BadInput naming FILE:LINE or the file.
#include "FuzzSupport.h"
#include "crypto/Kdf.h"
#include "ledger/Import.h"
#include "ledger/Queries.h"
#include "ledger/Reference.h"
#include "register/Register.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace {

using namespace custos;

struct World {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<reg::Register> admin;
    std::unique_ptr<reg::Register> op;
    QString file;
};

World makeWorld()
{
    World w;
    const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/custos-fuzz-XXXXXX") : QString();
    w.dir = base.isEmpty() ? std::make_unique<QTemporaryDir>() : std::make_unique<QTemporaryDir>(base);
    crypto::KdfParams kdf;
    kdf.iterations = 1;
    kdf.memoryKiB = 8192;
    kdf.parallelism = 1;
    const QString path = w.dir->filePath(QStringLiteral("fuzz.custos"));
    auto created = reg::Register::create(path, QStringLiteral("alice"), "admin-password", kdf);
    if (!created.ok())
        fuzz::broken("cannot create the fuzzing register");
    w.admin = std::move(created->reg);
    reg::Register &r = *w.admin;
    const bool ok = ledger::addAsset(r, {QStringLiteral("bitcoin"), QStringLiteral("BTC"), 8, {}}).ok()
        && ledger::addAsset(r, {QStringLiteral("ethereum"), QStringLiteral("ETH"), 18, {}}).ok()
        && ledger::addAsset(r, {QStringLiteral("ethereum"), QStringLiteral("USDC"), 6, QStringLiteral("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")}).ok()
        && ledger::addKeySet(r, QStringLiteral("vault"), QStringLiteral("client"), QStringLiteral("client vault")).ok()
        && ledger::addKeySet(r, QStringLiteral("treasury"), QStringLiteral("firm"), QStringLiteral("firm treasury")).ok()
        && ledger::addClient(r, {QStringLiteral("C1"), QStringLiteral("Anna Beispiel"), {}, QStringLiteral("de")}).ok()
        && ledger::addAddress(r, {QStringLiteral("bitcoin"), QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
                                  QStringLiteral("client:C1"), QStringLiteral("vault"), QStringLiteral("C1 btc")}).ok()
        && ledger::addAddress(r, {QStringLiteral("ethereum"), QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
                                  QStringLiteral("client:C1"), QStringLiteral("vault"), QStringLiteral("C1 eth")}).ok()
        && r.addUser(QStringLiteral("olga"), reg::Role::Operator, "operator-password").ok()
        && r.addUser(QStringLiteral("carl"), reg::Role::Compliance, "compliance-password").ok();
    if (!ok)
        fuzz::broken("cannot set up the fuzzing register");
    auto op = reg::Register::open(path, QStringLiteral("olga"), "operator-password");
    if (!op.ok())
        fuzz::broken("cannot open the fuzzing register as the operator");
    w.op = std::move(*op);
    w.file = w.dir->filePath(QStringLiteral("input.csv"));
    return w;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static World world = makeWorld();
    if (size == 0)
        return 0;
    const QByteArray content = fuzz::bytesOf(data + 1, size - 1).toByteArray();
    {
        QFile f(world.file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
            fuzz::broken("cannot write the input file");
    }
    reg::Register &r = *world.op;
    const Result<ledger::RegisterCounts> before = ledger::registerCounts(r);
    Result<ledger::ImportSummary> result = makeError(ErrorCode::BadInput, QString());
    switch (data[0] % 4) {
    case 0: result = ledger::importAddresses(r, world.file); break;
    case 1: result = ledger::importMovements(r, world.file); break;
    case 2: result = ledger::importPrices(r, world.file); break;
    default: result = ledger::importScreening(r, world.file); break;
    }
    if (!result.ok()) {
        if (result.error().code != ErrorCode::BadInput && result.error().code != ErrorCode::Denied)
            fuzz::broken("a refused import is neither BadInput nor Denied");
        const Result<ledger::RegisterCounts> after = ledger::registerCounts(r);
        if (!before.ok() || !after.ok() || before->movements != after->movements || before->clientAddresses + before->firmAddresses + before->omnibusAddresses != after->clientAddresses + after->firmAddresses + after->omnibusAddresses)
            fuzz::broken("a refused import changed the register");
    }
    return 0;
}
