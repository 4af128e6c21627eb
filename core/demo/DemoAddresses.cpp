// Demo addresses: valid mainnet addresses from seeded random bytes (bech32 p2wpkh, some
// bech32m p2tr, EIP-55 Ethereum), checked and inserted through the same code as `address add`,
// in chunks with one audit entry each.

#include "chain/AddressCheck.h"
#include "chain/Bech32.h"
#include "crypto/Sha256.h"
#include "demo/DemoInternal.h"
#include "demo/DemoRandom.h"
#include "ledger/AddressRows.h"
#include "register/Register.h"

#include <QJsonObject>

#include <optional>

namespace custos::demo::detail {

namespace {

constexpr quint64 kSegregatedStream = 0x5365675365ULL;
constexpr quint64 kAddressStream = 0x4164647273ULL;

Result<QString> bitcoinAddress(DemoRng &rng, bool taproot)
{
    // p2tr: witness v1 with a 32-byte key (bech32m); p2wpkh: v0 with a 20-byte key hash (bech32).
    return taproot ? chain::encodeSegwit(QStringLiteral("bc"), 1, rng.bytes(32))
                   : chain::encodeSegwit(QStringLiteral("bc"), 0, rng.bytes(20));
}

QString ethereumAddress(DemoRng &rng)
{
    return chain::eip55Checksum(rng.bytes(20));
}

// Validates and inserts addresses, committing every chunkRows rows with one audit entry.
class AddressSink {
public:
    explicit AddressSink(Context &c) : m_c(c), m_res(c.reg.db()) {}

    // The custodian's own addresses: every check of `address add`, key set owners included.
    Status addChecked(const ledger::AddressInput &in, quint8 chainIndex)
    {
        auto draft = ledger::validateAddress(m_res, in);
        if (!draft.ok())
            return refused(draft.error());
        return add(*draft, in.owner, chainIndex);
    }

    // Client addresses at scale: the address is checked for its network and must already be in
    // canonical form; owner and key set are right by construction, uniqueness is the table's.
    Status addClient(const chain::Network &net, const QString &text, const ClientSlot &client, const QString &code,
                     const ledger::KeySet &keyset, const QString &label, quint8 chainIndex)
    {
        auto canonical = chain::normalizeAddress(net, text);
        if (!canonical.ok())
            return refused(canonical.error());
        if (*canonical != text)
            return refused(makeError(ErrorCode::Internal, QStringLiteral("%1 is not in canonical form").arg(text)));
        ledger::AddressDraft d;
        d.chain = net.name;
        d.canonical = text;
        d.owner = QStringLiteral("client");
        d.clientId = client.id;
        d.clientCode = code;
        d.keysetId = keyset.id;
        d.keyset = keyset.name;
        d.label = label;
        return add(d, QStringLiteral("client:") + code, chainIndex);
    }

    Status add(const ledger::AddressDraft &d, const QString &ownerSpec, quint8 chainIndex)
    {
        if (!m_tx) {
            m_tx.emplace(m_c.reg.db());
            CUSTOS_TRY(m_tx->begun());
        }
        auto id = ledger::insertAddress(m_c.reg.db(), d);
        if (!id.ok())
            return id.error();
        m_c.addressIds.push_back(*id);
        m_c.addressChain.push_back(chainIndex);
        m_digest.add(QStringList{d.chain, d.canonical, ownerSpec, d.keyset, d.label}.join(QChar(0x1f)).toUtf8());
        m_digest.add("\n");
        if (m_count == 0)
            m_first = *id;
        m_last = *id;
        if (++m_count >= m_c.o.chunkRows)
            return flush();
        return okStatus();
    }

    Status flush()
    {
        if (!m_tx)
            return okStatus();
        CUSTOS_TRY(m_c.reg.audit(QStringLiteral("demo.addresses"),
                                 QJsonObject{{QStringLiteral("count"), double(m_count)},
                                             {QStringLiteral("first"), double(m_first)},
                                             {QStringLiteral("last"), double(m_last)},
                                             {QStringLiteral("sha256"), QString::fromLatin1(m_digest.finish().toHex())}}));
        CUSTOS_TRY(m_tx->commit());
        m_tx.reset();
        m_count = 0;
        m_c.report("addresses", qint64(m_c.addressIds.size()), m_total);
        return okStatus();
    }

    void setTotal(qint64 total) { m_total = total; }
    ledger::Resolver &resolver() { return m_res; }

private:
    static Error refused(const Error &e)
    {
        return makeError(ErrorCode::Internal, QStringLiteral("the demo generator made an address the register refuses: %1").arg(e.message));
    }

    Context &m_c;
    ledger::Resolver m_res;
    std::optional<reg::Transaction> m_tx;
    crypto::Sha256 m_digest;
    qint64 m_count = 0, m_first = 0, m_last = 0, m_total = 0;
};

// Decides which clients are segregated and how many addresses each one gets.
void planAddresses(Context &c)
{
    const qint64 n = c.clientCount;
    std::vector<quint8> seg(static_cast<size_t>(n));
    qint64 segregated = 0;
    for (qint64 i = 0; i < n; ++i) {
        DemoRng rng(c.o.seed, kSegregatedStream + quint64(i));
        seg[size_t(i)] = rng.percent(85) ? 1 : 0;
        segregated += seg[size_t(i)];
    }
    // At least one client of each kind, so both models have something to show.
    if (segregated == 0) {
        seg[0] = 1;
        ++segregated;
    }
    if (segregated == n) {
        seg[size_t(n - 1)] = 0;
        --segregated;
    }
    const bool automatic = c.addressCount == 0;
    const qint64 budget = automatic ? 0 : c.addressCount - kFixedAddresses;
    if (!automatic && segregated > budget) { // fewer addresses than clients: the rest use the omnibus
        qint64 keep = budget;
        for (qint64 i = 0; i < n; ++i) {
            if (seg[size_t(i)] && keep-- <= 0)
                seg[size_t(i)] = 0;
        }
        segregated = budget;
    }
    const qint64 base = automatic ? 0 : budget / segregated;
    qint64 extra = automatic ? 0 : budget % segregated;
    qint64 next = kFixedAddresses;
    for (qint64 i = 0; i < n; ++i) {
        ClientSlot &slot = c.clients[size_t(i)];
        slot.firstAddress = next;
        if (!seg[size_t(i)])
            continue;
        DemoRng rng(c.o.seed, kSegregatedStream + quint64(i) + 0x100000000ULL);
        qint64 k = automatic ? 2 + (rng.percent(50) ? 1 : 0) : base + (extra-- > 0 ? 1 : 0);
        if (k == 1) {
            (rng.percent(50) ? slot.nBtc : slot.nEth) = 1;
        } else {
            slot.nBtc = qint32(k / 2 + ((k % 2) && rng.percent(50) ? 1 : 0));
            slot.nEth = qint32(k - slot.nBtc);
        }
        next += k;
    }
    c.addressCount = next;
}

QString numbered(const char *label, int index, int count)
{
    const QString base = QString::fromLatin1(label);
    return count > 1 ? QStringLiteral("%1 %2").arg(base).arg(index + 1) : base;
}

} // namespace

Status writeAddresses(Context &c)
{
    planAddresses(c);
    c.addressIds.reserve(size_t(c.addressCount));
    c.addressChain.reserve(size_t(c.addressCount));
    AddressSink sink(c);
    sink.setTotal(c.addressCount);

    const QString bitcoin = QStringLiteral("bitcoin"), ethereum = QStringLiteral("ethereum");
    {
        DemoRng rng(c.o.seed, kAddressStream);
        struct Fixed {
            bool btc;
            const char *owner, *keyset, *label;
        };
        const Fixed fixed[kFixedAddresses] = {
            {true, "omnibus", "omnibus-mpc", "BTC omnibus (pooled client assets)"},
            {false, "omnibus", "omnibus-mpc", "ETH/USDC omnibus (pooled client assets)"},
            {true, "firm", "firm-treasury", "Treasury BTC (own funds, cold)"},
            {false, "firm", "firm-treasury", "Treasury ETH/USDC (own funds, cold)"},
            {true, "firm", "firm-operations", "Fee collection BTC"},
            {false, "firm", "firm-operations", "Fee collection ETH/USDC"},
        };
        for (const Fixed &f : fixed) {
            QString text;
            if (f.btc) {
                auto a = bitcoinAddress(rng, false);
                if (!a.ok())
                    return a.error();
                text = *a;
            } else {
                text = ethereumAddress(rng);
            }
            CUSTOS_TRY(sink.addChecked({f.btc ? bitcoin : ethereum, text, QString::fromLatin1(f.owner), QString::fromLatin1(f.keyset),
                                        QString::fromLatin1(f.label)},
                                       f.btc ? kBitcoin : kEthereum));
        }
    }
    auto btcNet = sink.resolver().network(bitcoin), ethNet = sink.resolver().network(ethereum);
    auto btcVault = sink.resolver().keyset(QStringLiteral("client-vault-btc"));
    auto ethVault = sink.resolver().keyset(QStringLiteral("client-vault-eth"));
    if (!btcNet.ok() || !ethNet.ok() || !btcVault.ok() || !ethVault.ok())
        return makeError(ErrorCode::Internal, QStringLiteral("the demo register lacks its networks or client key sets"));
    for (qint64 i = 0; i < c.clientCount; ++i) {
        const ClientSlot &slot = c.clients[size_t(i)];
        if (!slot.segregated())
            continue;
        DemoRng rng(c.o.seed, kAddressStream + 1 + quint64(i));
        const QString code = clientCode(i, c.clientCount);
        for (int j = 0; j < slot.nBtc; ++j) {
            const bool taproot = rng.percent(20);
            auto a = bitcoinAddress(rng, taproot);
            if (!a.ok())
                return a.error();
            CUSTOS_TRY(sink.addClient(*btcNet, *a, slot, code, *btcVault,
                                      numbered(taproot ? "BTC vault (taproot)" : "BTC deposit", j, slot.nBtc), kBitcoin));
        }
        for (int j = 0; j < slot.nEth; ++j)
            CUSTOS_TRY(sink.addClient(*ethNet, ethereumAddress(rng), slot, code, *ethVault, numbered("ETH/USDC deposit", j, slot.nEth),
                                      kEthereum));
    }
    CUSTOS_TRY(sink.flush());
    if (qint64(c.addressIds.size()) != c.addressCount)
        return makeError(
            ErrorCode::Internal,
            QStringLiteral("the demo generator planned %1 addresses but wrote %2").arg(c.addressCount).arg(c.addressIds.size()));
    return okStatus();
}

} // namespace custos::demo::detail
