#include "BenchData.h"

#include "ledger/MovementWriter.h"

#include "BenchUtil.h"

#include "chain/AddressCheck.h"
#include "chain/Bech32.h"
#include "ledger/AddressRows.h"
#include "ledger/Reference.h"
#include "ledger/Resolver.h"
#include "register/Register.h"

#include <QFile>
#include <QJsonObject>

#include <algorithm>
#include <cstring>

namespace custos::bench {

namespace {

QByteArray randomBytes(std::mt19937_64 &rng, int n)
{
    QByteArray out(n, '\0');
    for (int i = 0; i < n; i += 8) {
        const quint64 v = rng();
        std::memcpy(out.data() + i, &v, size_t(std::min(8, n - i)));
    }
    return out;
}

// ---- setup ----

void addAddresses(reg::Register &r, BenchRegister &out)
{
    static const QString chains[kAssetCount] = {QStringLiteral("bitcoin"), QStringLiteral("ethereum")};
    ledger::Resolver res(r.db());
    reg::Transaction tx(r.db());
    need(tx.begun(), "begin the address transaction");
    qint64 first = 0, last = 0, count = 0;
    for (BenchClient &c : out.clients) {
        for (int a = 0; a < kAssetCount; ++a) {
            ledger::AddressInput in;
            in.chain = chains[a];
            in.address = QString::fromLatin1(c.address[a]);
            in.owner = QStringLiteral("client:") + c.code;
            in.keyset = QString::fromLatin1(kKeySetName);
            const ledger::AddressDraft d = need(ledger::validateAddress(res, in), "validate an address");
            const qint64 id = need(ledger::insertAddress(r.db(), d), "insert an address");
            res.remember(d.chain, d.canonical, ledger::AddressRef{id, d.owner, d.clientId, d.keysetId});
            c.addressId[a] = id;
            c.address[a] = d.canonical.toLatin1();
            first = first == 0 ? id : first;
            last = id;
            ++count;
        }
    }
    need(r.audit(QStringLiteral("address.add.bulk"),
                 QJsonObject{{QStringLiteral("count"), double(count)}, {QStringLiteral("first"), double(first)},
                             {QStringLiteral("last"), double(last)}, {QStringLiteral("keyset"), QString::fromLatin1(kKeySetName)}}),
         "audit the addresses");
    need(tx.commit(), "commit the addresses");
}

// ---- movements ----

// Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
void civilFromDays(qint64 z, int &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

void isoUtc(qint64 epoch, char out[21])
{
    int y = 0, m = 0, d = 0;
    civilFromDays(epoch / 86400, y, m, d);
    const int s = int(epoch % 86400);
    const int fields[] = {y % 10000, m % 100, d % 100, s / 3600 % 100, s / 60 % 60, s % 60};
    const int widths[] = {4, 2, 2, 2, 2, 2};
    const char seps[] = {'-', '-', 'T', ':', ':', 'Z'};
    int p = 0;
    for (int f = 0; f < 6; ++f) {
        for (int w = widths[f] - 1, v = fields[f]; w >= 0; --w, v /= 10)
            out[p + w] = char('0' + v % 10);
        p += widths[f];
        out[p++] = seps[f];
    }
    out[p] = '\0';
}

// Decimal digits of v, most significant first; returns the count.
int digitsOf(uint128 v, char *buf)
{
    char tmp[40];
    int n = 0;
    do {
        tmp[n++] = char('0' + int(v % 10));
        v /= 10;
    } while (v != 0);
    for (int i = 0; i < n; ++i)
        buf[i] = tmp[n - 1 - i];
    return n;
}

// Whole-unit text with every decimal written: 12345 sat -> "0.00012345".
int wholeUnits(int128 v, int decimals, char *out)
{
    char digits[40];
    int n = digitsOf(magnitudeOf(v), digits);
    int pos = 0;
    if (v < 0)
        out[pos++] = '-';
    if (n <= decimals) {
        out[pos++] = '0';
        out[pos++] = '.';
        for (int i = 0; i < decimals - n; ++i)
            out[pos++] = '0';
        std::memcpy(out + pos, digits, size_t(n));
        return pos + n;
    }
    std::memcpy(out + pos, digits, size_t(n - decimals));
    pos += n - decimals;
    if (decimals > 0) {
        out[pos++] = '.';
        std::memcpy(out + pos, digits + (n - decimals), size_t(decimals));
        pos += decimals;
    }
    return pos;
}

int baseUnits(int128 v, char *out)
{
    int pos = 0;
    if (v < 0)
        out[pos++] = '-';
    return pos + digitsOf(magnitudeOf(v), out + pos);
}

uint128 uniform128(std::mt19937_64 &rng, uint128 lo, uint128 hi) // inclusive
{
    const uint128 r = (uint128(rng()) << 64) | uint128(rng());
    return lo + r % (hi - lo + 1);
}

struct AssetModel {
    const char *code;
    const char *chain;
    int decimals;
    uint128 depositMin, depositMax, feeMin, feeMax;
    qint64 heightStart, heightSpan;
    bool evm;
};

uint128 pow10(int n)
{
    uint128 v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}

const AssetModel &model(int a)
{
    static const AssetModel models[kAssetCount] = {
        {"bitcoin:BTC", "bitcoin", 8, 10'000, 200'000'000, 500, 20'000, 770'000, 160'000, false},
        {"ethereum:ETH", "ethereum", 18, pow10(15), 50 * pow10(18), pow10(13), pow10(16), 16'300'000, 7'800'000, true},
    };
    return models[a];
}

} // namespace

BenchRegister buildRegister(const QString &path, int clients, std::mt19937_64 &rng)
{
    BenchRegister out;
    auto created = need(reg::Register::create(path, QString::fromLatin1(kAdminName), kAdminPassword, crypto::KdfParams{1, 8192, 1}),
                        "create the register");
    reg::Register &r = *created.reg;
    // Setup only: 10,000 one-transaction addClient calls would otherwise each wait for an fsync.
    // The import is timed on a register reopened by the operator, with the normal settings.
    need(r.db().exec("PRAGMA synchronous = OFF;"), "relax synchronous for the setup");

    out.assetId[kBtc] = need(ledger::addAsset(r, {QStringLiteral("bitcoin"), QStringLiteral("BTC"), 8, {}}), "add bitcoin:BTC").id;
    out.assetId[kEth] = need(ledger::addAsset(r, {QStringLiteral("ethereum"), QStringLiteral("ETH"), 18, {}}), "add ethereum:ETH").id;
    out.keysetId = need(ledger::addKeySet(r, QString::fromLatin1(kKeySetName), QStringLiteral("client"),
                                          QStringLiteral("benchmark client key set")),
                        "add the key set")
                       .id;

    out.clients.reserve(size_t(clients));
    for (int i = 0; i < clients; ++i) {
        ledger::ClientInput in;
        in.code = QStringLiteral("C%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        in.name = QStringLiteral("Benchmark Client %1").arg(i + 1);
        BenchClient c;
        c.id = need(ledger::addClient(r, in), "add a client").id;
        c.code = in.code;
        c.codeBytes = in.code.toLatin1();
        c.address[kBtc] = need(chain::encodeSegwit(QStringLiteral("bc"), 0, randomBytes(rng, 20)), "encode a segwit address").toLatin1();
        c.address[kEth] = chain::eip55Checksum(randomBytes(rng, 20)).toLatin1();
        out.clients.push_back(std::move(c));
    }
    addAddresses(r, out);
    need(r.addUser(QString::fromLatin1(kOperatorName), reg::Role::Operator, kOperatorPassword), "add the operator");
    return out;
}

MovementSet writeMovements(const BenchRegister &reg, qint64 rows, const QString &csvPath, std::mt19937_64 &rng,
                           std::vector<RawRow> &raw)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("write %1").arg(csvPath), file.errorString());
    QByteArray buf;
    buf.reserve(1 << 21);
    buf.append("client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height\n");

    const qint64 clientCount = qint64(reg.clients.size());
    MovementSet set;
    set.balances.assign(size_t(clientCount * kAssetCount), 0);
    raw.clear();
    raw.resize(size_t(rows));

    constexpr qint64 kStart = 1672531200; // 2023-01-01T00:00:00Z
    constexpr qint64 kSpan = 1767139199 - kStart; // up to 2025-12-30T23:59:59Z
    static const char hex[] = "0123456789abcdef";
    std::uniform_real_distribution<double> unit(0.0, 1.0);

    for (qint64 i = 0; i < rows; ++i) {
        const qint64 ci = qint64(rng() % quint64(clientCount));
        const int a = unit(rng) < 0.55 ? kBtc : kEth;
        const AssetModel &am = model(a);
        const BenchClient &client = reg.clients[size_t(ci)];
        int128 &balance = set.balances[size_t(ci * kAssetCount + a)];

        const double p = unit(rng);
        const char *kind = "deposit";
        int128 amount = 0;
        if (balance == 0 || p < 0.50) {
            amount = int128(uniform128(rng, am.depositMin, am.depositMax));
            ++set.deposits;
        } else if (p < 0.92) {
            kind = "withdrawal";
            amount = -int128(uniform128(rng, 1, uint128(balance)));
            ++set.withdrawals;
        } else {
            kind = "fee";
            amount = -int128(std::min(uniform128(rng, am.feeMin, am.feeMax), uint128(balance)));
            ++set.fees;
        }
        balance += amount;

        RawRow &rr = raw[size_t(i)];
        rr.clientId = client.id;
        rr.assetId = reg.assetId[a];
        rr.addressId = client.addressId[a];
        rr.height = am.heightStart + i * am.heightSpan / rows;
        rr.kind = kind;
        rr.amountLen = quint8(baseUnits(amount, rr.amount));
        isoUtc(kStart + i * kSpan / rows, rr.occurred);
        int t = 0;
        if (am.evm) {
            rr.tx[t++] = '0';
            rr.tx[t++] = 'x';
        }
        for (int k = 0; k < 4; ++k) {
            const quint64 v = rng();
            for (int s = 60; s >= 0; s -= 4)
                rr.tx[t++] = hex[(v >> s) & 0xf];
        }
        rr.txLen = quint8(t);
        rr.txKey = ledger::txKeyOf(QByteArrayView(rr.tx, rr.txLen)).value_or(0);
        if (i == rows / 2)
            set.midDate = QString::fromLatin1(rr.occurred, 10);

        char line[512];
        int n = std::snprintf(line, sizeof line, "%s,%s,", client.codeBytes.constData(), am.code);
        n += wholeUnits(amount, am.decimals, line + n);
        n += std::snprintf(line + n, sizeof line - size_t(n), ",%s,%s,%s,%s,%.*s,%lld\n", kind, rr.occurred, am.chain,
                           client.address[a].constData(), int(rr.txLen), rr.tx, static_cast<long long>(rr.height));
        buf.append(line, n);
        if (buf.size() >= (1 << 20)) {
            if (file.write(buf) != buf.size())
                fail(QStringLiteral("write %1").arg(csvPath), file.errorString());
            set.csvBytes += buf.size();
            buf.resize(0);
        }
    }
    if (file.write(buf) != buf.size() || !file.flush())
        fail(QStringLiteral("write %1").arg(csvPath), file.errorString());
    set.csvBytes += buf.size();
    return set;
}

} // namespace custos::bench
