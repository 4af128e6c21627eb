// Daily EUR prices for the demo year, and the chain snapshot CSV: the on-chain balance of every
// address and asset held there, equal to the register except for a few planted breaks.

#include "demo/DemoInternal.h"
#include "demo/DemoRandom.h"
#include "money/Amount.h"
#include "money/Decimal.h"
#include "register/Register.h"

#include <QJsonObject>
#include <QSaveFile>

#include <optional>

namespace custos::demo::detail {

namespace {

constexpr quint64 kPriceStream = 0x507269636573ULL;
constexpr quint64 kSnapshotStream = 0x536e6170ULL;

struct Walk {
    qint64 anchor; // in 1/10^scale EUR
    int scale;
    qint64 stepBps;  // largest daily move, basis points
    qint64 pullDays; // the price drifts back to the anchor over about this many days
};

struct Planted {
    qint64 address;
    int asset;
    int128 delta; // chain minus register
};

// The segregated client address (from a seeded start) that holds `chain` addresses, or -1.
qint64 findClientAddress(const Context &c, DemoRng &rng, quint8 chain)
{
    const qint64 n = c.clientCount;
    const qint64 start = qint64(rng.below(quint64(n)));
    for (qint64 k = 0; k < n; ++k) {
        const ClientSlot &s = c.clients[size_t((start + k) % n)];
        if (chain == kBitcoin && s.nBtc > 0)
            return s.firstAddress;
        if (chain == kEthereum && s.nEth > 0)
            return s.firstAddress + s.nBtc;
    }
    return -1;
}

std::vector<Planted> plantBreaks(Context &c)
{
    DemoRng rng(c.o.seed, kSnapshotStream);
    std::vector<Planted> out;
    // 1. A deposit on a client address that the register never recorded.
    if (qint64 a = findClientAddress(c, rng, kBitcoin); a >= 0)
        out.push_back({a, kBtc, int128(rng.range(15, 90)) * 1000000});
    else if (qint64 e = findClientAddress(c, rng, kEthereum); e >= 0)
        out.push_back({e, kEth, int128(rng.range(12, 95)) * 100000000000000000LL});
    // 2. Dust sent to the BTC omnibus address (546 sat, the dust limit).
    out.push_back({kOmnibusBtc, kBtc, 546});
    // 3. The firm's ETH treasury holds 2.5 ETH more than recorded (an unbooked inflow of own funds).
    out.push_back({kTreasuryEth, kEth, int128(25) * 100000000000000000LL});
    // 4. A client USDC withdrawal executed on chain but not yet recorded, on the largest holding.
    qint64 best = -1;
    for (qint64 a = kFixedAddresses; a < c.addressCount; ++a)
        if (c.addressChain[size_t(a)] == kEthereum && (best < 0 || c.balanceAt(a, kUsdc) > c.balanceAt(best, kUsdc)))
            best = a;
    if (best >= 0) {
        const int128 cents = 10000;
        const int128 v = c.balanceAt(best, kUsdc) / 4 / cents * cents;
        if (v > 0)
            out.push_back({best, kUsdc, -v});
    }
    return out;
}

} // namespace

Status writePrices(Context &c)
{
    const Walk walks[kAssetCount] = {{8500000, 2, 300, 40}, {300000, 2, 420, 40}, {9200, 4, 25, 3}};
    reg::Transaction tx(c.reg.db());
    CUSTOS_TRY(tx.begun());
    auto st = c.reg.db().prepare("INSERT INTO prices(asset_id, date, currency, price, source) VALUES (?,?,'EUR',?,'demo')");
    if (!st.ok())
        return st.error();
    const qint64 days = c.startDate.daysTo(c.endDate) + 1;
    for (int a = 0; a < kAssetCount; ++a) {
        DemoRng rng(c.o.seed, kPriceStream + quint64(a));
        const Walk &w = walks[a];
        qint64 p = w.anchor * rng.range(85, 115) / 100;
        for (qint64 d = 0; d < days; ++d) {
            const qint64 pull = (w.anchor - p) * 10000 / w.anchor / w.pullDays;
            const qint64 bps = rng.range(-w.stepBps, w.stepBps) + pull;
            p = qMax(w.anchor / 4, p + p * bps / 10000);
            auto price = Decimal::fromUnits(p, w.scale);
            if (!price.ok())
                return price.error();
            st->bind(1, c.assets[size_t(a)].id).bind(2, c.startDate.addDays(d).toString(Qt::ISODate)).bind(3, price->toFixed());
            CUSTOS_TRY(st->run());
        }
        c.report("prices", a + 1, kAssetCount);
    }
    CUSTOS_TRY(c.reg.audit(QStringLiteral("demo.prices"), QJsonObject{{QStringLiteral("count"), double(days * kAssetCount)},
                                                                      {QStringLiteral("from"), c.startDate.toString(Qt::ISODate)},
                                                                      {QStringLiteral("to"), c.endDate.toString(Qt::ISODate)},
                                                                      {QStringLiteral("currency"), QStringLiteral("EUR")},
                                                                      {QStringLiteral("source"), QStringLiteral("demo")}}));
    return tx.commit();
}

Result<int> writeSnapshot(Context &c, const QString &path)
{
    const std::vector<Planted> planted = plantBreaks(c);
    const QByteArray heights[2] = {QByteArray::number(blockHeightAt(kBitcoin, c.spanSeconds)),
                                   QByteArray::number(blockHeightAt(kEthereum, c.spanSeconds))};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    QByteArray buf = "chain,address,asset,balance,block_height\n";
    auto st = c.reg.db().prepare("SELECT id, chain, address FROM addresses ORDER BY id");
    if (!st.ok())
        return st.error();
    qint64 index = 0;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        if (index >= c.addressCount || st->columnInt(0) != c.addressIds[size_t(index)])
            return makeError(ErrorCode::Internal, QStringLiteral("the demo register holds an address the generator did not write"));
        const quint8 chain = c.addressChain[size_t(index)];
        const QByteArray prefix = st->columnTextView(1).toByteArray() + ',' + st->columnTextView(2).toByteArray() + ',';
        const int lastAsset = chain == kBitcoin ? kBtc : kUsdc;
        for (int asset = chain == kBitcoin ? kBtc : kEth; asset <= lastAsset; ++asset) {
            const int128 recorded = c.balanceAt(index, asset);
            int128 onChain = recorded;
            for (const Planted &p : planted)
                if (p.address == index && p.asset == asset)
                    onChain += p.delta;
            if (recorded == 0 && onChain == 0)
                continue;
            const AssetInfo &info = c.assets[size_t(asset)];
            buf += prefix + info.code.toLatin1() + ',' + Amount::fromBaseUnits(onChain).toDecimal(info.decimals).toLatin1() + ',' +
                   heights[chain] + '\n';
        }
        if (buf.size() > (1 << 20)) {
            if (file.write(buf) != buf.size())
                return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
            buf.clear();
        }
        if ((++index & 0xffff) == 0)
            c.report("snapshot", index, c.addressCount);
    }
    if (file.write(buf) != buf.size() || !file.commit())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    c.report("snapshot", index, c.addressCount);
    return int(planted.size());
}

} // namespace custos::demo::detail
