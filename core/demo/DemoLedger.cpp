// A year of demo movements, streamed in time order through MovementWriter: deposits,
// withdrawals and fees (with the firm's fee income), two correcting entries and three late
// recordings. Balances are tracked per address and per omnibus client so that nothing is ever
// withdrawn that is not held.

#include "demo/DemoInternal.h"
#include "demo/DemoRandom.h"
#include "ledger/MovementWriter.h"
#include "register/Register.h"

#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace custos::demo::detail {

namespace {

constexpr quint64 kLedgerStream = 0x4c6564676572ULL;
constexpr qint64 kHour = 3600;
constexpr int kLateRecordings = 3;

int128 pow10(int n)
{
    int128 v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}

int digits(int128 v)
{
    int d = 1;
    while (v >= 10) {
        v /= 10;
        ++d;
    }
    return d;
}

Status asStatus(const Result<qint64> &r)
{
    return r.ok() ? okStatus() : Status(r.error());
}

const char *symbolOf(int asset)
{
    return asset == kBtc ? "BTC" : asset == kEth ? "ETH" : "USDC";
}

class LedgerStream {
public:
    explicit LedgerStream(Context &c) : m_c(c), m_rng(c.o.seed, kLedgerStream) {}

    Status run()
    {
        const qint64 total = m_c.movementCount;
        const qint64 span = m_c.spanSeconds - 6 * kHour; // recordings stay before the end of the year
        const qint64 late[kLateRecordings] = {total * 30 / 100, total * 55 / 100, total * 80 / 100};
        const qint64 duplicateAt = total * 40 / 100, typoAt = total * 65 / 100;
        const qint64 misbookedAt = total * 20 / 100, firmPaymentAt = total * 45 / 100;
        int nextLate = 0;
        bool duplicateDone = false, typoDone = false, misbookedDone = false, firmPaymentDone = false;

        // The custodian funds its treasury with own assets first.
        const int128 funding[kAssetCount] = {40 * pow10(8), 650 * pow10(18), 1500000 * pow10(6)};
        for (int asset = 0; asset < kAssetCount; ++asset) {
            const qint64 address = asset == kBtc ? kTreasuryBtc : kTreasuryEth;
            Row r = onChain(-1, asset, address, kHour * (asset + 1), funding[asset], "deposit");
            m_c.balanceAt(address, asset) += funding[asset];
            CUSTOS_TRY(write(r));
        }

        while (m_c.movementsWritten < total) {
            const qint64 k = m_c.movementsWritten, remaining = total - k;
            const qint64 slot = qMax<qint64>(1, span / total);
            const qint64 t = qint64(int128(span) * k / total) + qint64(m_rng.below(quint64(slot)));
            if (nextLate < kLateRecordings && k >= late[nextLate]) {
                m_lateNext = true;
                ++nextLate;
            }
            Pick p = pick();
            if (!duplicateDone && k >= duplicateAt && remaining >= 3) {
                CUSTOS_TRY(duplicateCorrection(p, t));
                duplicateDone = true;
                continue;
            }
            if (!typoDone && k >= typoAt && remaining >= 2) {
                CUSTOS_TRY(typoCorrection(p, t));
                typoDone = true;
                continue;
            }
            if (!misbookedDone && k >= misbookedAt) {
                CUSTOS_TRY(misbookedDeposit(p, t));
                misbookedDone = true;
                continue;
            }
            if (!firmPaymentDone && k >= firmPaymentAt && remaining >= 2) {
                CUSTOS_TRY(firmPayment(p, t));
                firmPaymentDone = true;
                continue;
            }
            int128 &held = p.held();
            const quint64 r = m_rng.below(100);
            if (held == 0 || r < 50 || (remaining < 2 && r >= 85)) {
                CUSTOS_TRY(deposit(p, t, depositAmount(p.asset)));
            } else if (r < 85) {
                const int128 v = withdrawalAmount(p.asset, held);
                Row row = onChain(p.client, p.asset, p.address, t, -v, "withdrawal");
                p.apply(-v);
                CUSTOS_TRY(write(row));
            } else {
                CUSTOS_TRY(fee(p, t));
            }
        }
        return finishChunk();
    }

private:
    struct Pick {
        Context *c = nullptr;
        qint64 client = -1; // index into c->clients; -1 for the firm
        int asset = kBtc;
        qint64 address = 0;
        bool omnibus = false;
        int128 &held() { return omnibus ? c->omnibusBalance[size_t(client * kAssetCount + asset)] : c->balanceAt(address, asset); }
        void apply(int128 delta)
        {
            c->balanceAt(address, asset) += delta;
            if (omnibus)
                c->omnibusBalance[size_t(client * kAssetCount + asset)] += delta;
        }
    };
    using Row = ledger::MovementRecord;

    Pick pick()
    {
        const qint64 n = m_c.clientCount;
        // A tenth of the clients are busy: they make up about a third of the activity.
        const qint64 i = qint64(m_rng.percent(30) ? m_rng.below(quint64(qMax<qint64>(1, n / 10))) : m_rng.below(quint64(n)));
        const ClientSlot &slot = m_c.clients[size_t(i)];
        Pick p;
        p.c = &m_c;
        p.client = i;
        if (slot.segregated()) {
            p.address = slot.firstAddress + qint64(m_rng.below(quint64(slot.nBtc) + quint64(slot.nEth)));
            p.asset = m_c.addressChain[size_t(p.address)] == kBitcoin ? kBtc : m_rng.percent(60) ? kEth : kUsdc;
        } else {
            const quint64 r = m_rng.below(100);
            p.omnibus = true;
            p.asset = r < 40 ? kBtc : r < 75 ? kEth : kUsdc;
            p.address = p.asset == kBtc ? kOmnibusBtc : kOmnibusEth;
        }
        return p;
    }

    int128 logUniform(int128 lo, int128 hi)
    {
        const int e = digits(lo) - 1 + int(m_rng.below(quint64(digits(hi)) - quint64(digits(lo)) + 1));
        const int128 low = qMax(lo, pow10(e)), high = qMin(hi, pow10(e + 1) - 1);
        return low + int128(m_rng.below128(uint128(high - low + 1)));
    }

    // BTC 0.001-5, ETH 0.05-50, USDC 100-250000, at the granularity real transfers have.
    int128 depositAmount(int asset)
    {
        int128 lo, hi, unit;
        const quint64 r = m_rng.below(100);
        if (asset == kBtc) {
            lo = pow10(5), hi = 5 * pow10(8), unit = r < 50 ? pow10(4) : 1;
        } else if (asset == kEth) {
            lo = 5 * pow10(16), hi = 50 * pow10(18), unit = r < 50 ? pow10(15) : pow10(9);
        } else {
            lo = 100 * pow10(6), hi = 250000 * pow10(6), unit = r < 60 ? pow10(4) : r < 80 ? pow10(6) : 1;
        }
        return qMax(lo, logUniform(lo, hi) / unit * unit);
    }

    int128 withdrawalAmount(int asset, int128 held)
    {
        if (m_rng.percent(15))
            return held; // the client takes everything out
        const int128 unit = asset == kBtc ? pow10(3) : asset == kEth ? pow10(12) : pow10(4);
        const int128 v = held * m_rng.range(5, 90) / 100 / unit * unit;
        return v > 0 ? v : held;
    }

    Row onChain(qint64 client, int asset, qint64 address, qint64 t, int128 amount, const char *kind)
    {
        const int chain = Context::chainOf(asset);
        Row m;
        m.clientId = client < 0 ? m_c.firmClientId : m_c.clients[size_t(client)].id;
        m.assetId = m_c.assets[size_t(asset)].id;
        m.amount = Amount::fromBaseUnits(amount);
        m.kind = kind;
        const qint64 occurred = m_c.startEpoch + t;
        qint64 delay = m_rng.percent(80) ? m_rng.range(120, 1800) : m_rng.range(1800, 4 * kHour);
        if (m_lateNext && client >= 0) { // a planted late recording: more than 24 h after the fact
            delay = m_rng.range(26 * kHour, 70 * kHour);
            m_lateNext = false;
        }
        m.occurredAt = isoUtc(occurred);
        m.recordedAt = isoUtc(occurred + delay);
        m.addressId = m_c.addressIds[size_t(address)];
        m.txHash = chain == kEthereum ? m_rng.hex(32, "0x") : m_rng.hex(32);
        m.blockHeight = blockHeightAt(chain, t);
        return m;
    }

    Status deposit(Pick &p, qint64 t, int128 v)
    {
        Row row = onChain(p.client, p.asset, p.address, t, v, "deposit");
        p.apply(v);
        return asStatus(write(row));
    }

    // A custody fee charged on-chain to the firm's fee collection address.
    Status fee(Pick &p, qint64 t)
    {
        const int128 unit = p.asset == kBtc ? 1 : p.asset == kEth ? pow10(9) : pow10(4);
        const int128 f = p.held() * m_rng.range(5, 30) / 10000 / unit * unit;
        if (f <= 0)
            return deposit(p, t, depositAmount(p.asset));
        Row charge = onChain(p.client, p.asset, p.address, t, -f, "fee");
        charge.note = "custody fee";
        Row income = charge;
        income.clientId = m_c.firmClientId;
        income.amount = Amount::fromBaseUnits(f);
        income.kind = "transfer";
        const qint64 feeAddress = p.asset == kBtc ? kFeesBtc : kFeesEth;
        income.addressId = m_c.addressIds[size_t(feeAddress)];
        income.note = "custody fee from " + clientCode(p.client, m_c.clientCount).toLatin1();
        income.recordedAt = isoUtc(m_c.startEpoch + t + m_rng.range(120, 1800)); // the firm books its side promptly
        p.apply(-f);
        m_c.balanceAt(feeAddress, p.asset) += f;
        CUSTOS_TRY(write(charge));
        return asStatus(write(income));
    }

    // Planted segregation finding: a client's deposit booked at the firm's fee collection address
    // (client assets at a firm address; the client's position is then not backed on chain).
    Status misbookedDeposit(Pick &p, qint64 t)
    {
        const qint64 feeAddress = p.asset == kBtc ? kFeesBtc : kFeesEth;
        const int128 v = depositAmount(p.asset);
        Row row = onChain(p.client, p.asset, feeAddress, t, v, "deposit");
        row.note = "client deposit received at the fee collection address";
        m_c.balanceAt(feeAddress, p.asset) += v;
        return asStatus(write(row));
    }

    // Planted segregation finding: the firm pays a client from its treasury in one transaction,
    // booked as the firm's withdrawal and the client's deposit (a firm-to-client transfer that is
    // neither a fee nor a client withdrawal).
    Status firmPayment(Pick &p, qint64 t)
    {
        const qint64 treasury = p.asset == kBtc ? kTreasuryBtc : kTreasuryEth;
        const int128 v = qMin(depositAmount(p.asset), m_c.balanceAt(treasury, p.asset) / 10);
        if (v <= 0)
            return deposit(p, t, depositAmount(p.asset));
        Row credit = onChain(p.client, p.asset, p.address, t, v, "deposit");
        credit.note = "goodwill payment from the firm's treasury";
        Row debit = credit;
        debit.clientId = m_c.firmClientId;
        debit.addressId = m_c.addressIds[size_t(treasury)];
        debit.amount = Amount::fromBaseUnits(-v);
        debit.kind = "withdrawal";
        debit.note = "goodwill payment to " + clientCode(p.client, m_c.clientCount).toLatin1();
        m_c.balanceAt(treasury, p.asset) -= v;
        p.apply(v);
        CUSTOS_TRY(write(debit));
        return asStatus(write(credit));
    }

    // A deposit imported twice, found and reversed by an adjustment naming the duplicate.
    Status duplicateCorrection(Pick &p, qint64 t)
    {
        const int128 v = depositAmount(p.asset);
        Row original = onChain(p.client, p.asset, p.address, t, v, "deposit");
        p.apply(v);
        auto first = write(original);
        if (!first.ok())
            return first.error();
        Row duplicate = original;
        const qint64 recorded = m_c.startEpoch + t + m_rng.range(qint64(20) * 60, 3 * kHour);
        duplicate.recordedAt = isoUtc(recorded);
        auto second = write(duplicate);
        if (!second.ok())
            return second.error();
        Row fix = original;
        fix.kind = "adjustment";
        fix.amount = Amount::fromBaseUnits(-v);
        fix.txHash.clear();
        fix.occurredAt = isoUtc(recorded + m_rng.range(kHour, 5 * kHour));
        fix.recordedAt = isoUtc(recorded + 6 * kHour);
        fix.corrects = *second;
        fix.note = QStringLiteral("Reverses movement %1: deposit %2 was recorded twice (the first record is movement %3)")
                       .arg(*second)
                       .arg(QString::fromLatin1(original.txHash))
                       .arg(*first)
                       .toUtf8();
        return asStatus(write(fix));
    }

    // A deposit keyed with ten times its amount, corrected down to what the transaction shows.
    Status typoCorrection(Pick &p, qint64 t)
    {
        const int128 v = depositAmount(p.asset);
        const int decimals = m_c.assets[size_t(p.asset)].decimals;
        Row wrong = onChain(p.client, p.asset, p.address, t, v * 10, "deposit");
        p.apply(v);
        auto id = write(wrong);
        if (!id.ok())
            return id.error();
        Row fix = wrong;
        fix.kind = "adjustment";
        fix.amount = Amount::fromBaseUnits(-9 * v);
        fix.txHash.clear();
        const qint64 at = m_c.startEpoch + t + m_rng.range(2 * kHour, 20 * kHour);
        fix.occurredAt = isoUtc(at);
        fix.recordedAt = isoUtc(at + m_rng.range(300, 1800));
        fix.corrects = *id;
        fix.note = QStringLiteral("Corrects movement %1: amount keyed as %2 %3; transaction %4 shows %5 %3")
                       .arg(*id)
                       .arg(Amount::fromBaseUnits(v * 10).toDecimal(decimals), QLatin1String(symbolOf(p.asset)),
                            QString::fromLatin1(wrong.txHash), Amount::fromBaseUnits(v).toDecimal(decimals))
                       .toUtf8();
        return asStatus(write(fix));
    }

    Result<qint64> write(const Row &m)
    {
        if (!m_writer) {
            m_tx.emplace(m_c.reg.db());
            CUSTOS_TRY(m_tx->begun());
            m_writer.emplace(m_c.reg.db(), std::nullopt);
            CUSTOS_TRY(m_writer->prepare());
        }
        auto id = m_writer->add(m);
        if (!id.ok())
            return id.error();
        if ((++m_c.movementsWritten & 0xffff) == 0)
            m_c.report("movements", m_c.movementsWritten, m_c.movementCount);
        if (m_writer->count() >= m_c.o.chunkRows)
            CUSTOS_TRY(finishChunk());
        return id;
    }

    Status finishChunk()
    {
        if (!m_writer)
            return okStatus();
        CUSTOS_TRY(m_writer->finish(
            m_c.reg.user().name, QStringLiteral("demo.movements"),
            QJsonObject{{QStringLiteral("chunk"), double(++m_chunks)}, {QStringLiteral("seed"), QString::number(m_c.o.seed)}}));
        m_writer.reset();
        CUSTOS_TRY(m_tx->commit());
        m_tx.reset();
        m_c.report("movements", m_c.movementsWritten, m_c.movementCount);
        return okStatus();
    }

    Context &m_c;
    DemoRng m_rng;
    std::optional<reg::Transaction> m_tx;
    std::optional<ledger::MovementWriter> m_writer;
    qint64 m_chunks = 0;
    bool m_lateNext = false;
};

} // namespace

qint64 blockHeightAt(int chain, qint64 secondsIntoYear)
{
    return chain == kBitcoin ? 870000 + secondsIntoYear / 600 : 21000000 + secondsIntoYear / 12;
}

QByteArray isoUtc(qint64 epochSeconds)
{
    // Howard Hinnant's civil_from_days.
    qint64 days = epochSeconds / 86400, secs = epochSeconds % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", int(y), int(m), int(d), int(secs / 3600), int(secs / 60 % 60),
                  int(secs % 60));
    return QByteArray(buf, 20);
}

Status writeMovements(Context &c)
{
    c.addressBalance.assign(size_t(c.addressCount) * 2, 0);
    c.omnibusBalance.assign(size_t(c.clientCount) * kAssetCount, 0);
    LedgerStream stream(c);
    return stream.run();
}

} // namespace custos::demo::detail
