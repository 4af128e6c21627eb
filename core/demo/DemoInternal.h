#pragma once
// Shared state of one demo generation run (internal to core/demo).

#include "demo/DemoGenerator.h"
#include "money/Int128.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <vector>

namespace custos::reg {
class Register;
}

namespace custos::demo::detail {

enum AssetIndex { kBtc = 0, kEth = 1, kUsdc = 2, kAssetCount = 3 };
enum ChainIndex : quint8 { kBitcoin = 0, kEthereum = 1 };

// The six custodian addresses come first, in this order, before every client address.
enum FixedAddress { kOmnibusBtc = 0, kOmnibusEth, kTreasuryBtc, kTreasuryEth, kFeesBtc, kFeesEth, kFixedAddresses };

struct AssetInfo {
    qint64 id = 0;
    int decimals = 0;
    QString code;
};

// Segregated clients own nBtc + nEth consecutive addresses from firstAddress (BTC ones first);
// a client without addresses is served through the omnibus addresses only.
struct ClientSlot {
    qint64 id = 0;
    qint64 firstAddress = 0;
    qint32 nBtc = 0;
    qint32 nEth = 0;
    bool segregated() const { return nBtc + nEth > 0; }
};

struct GeneratedClient {
    QString code;
    QString name;
    QString lei;
    QString lang;
    bool company = false;
};

struct Context {
    Context(reg::Register &r, const DemoOptions &opts, const DemoProgress &p) : reg(r), o(opts), progress(p) {}

    reg::Register &reg;
    const DemoOptions &o;
    const DemoProgress &progress;
    qint64 clientCount = 0;
    qint64 addressCount = 0;  // target, including the fixed ones (0 = automatic)
    qint64 movementCount = 0; // target rows
    std::array<AssetInfo, kAssetCount> assets;
    qint64 firmClientId = 0;
    qint64 startEpoch = 0; // first instant of the year (UTC seconds)
    qint64 spanSeconds = 0;
    QDate startDate;
    QDate endDate;

    std::vector<ClientSlot> clients;
    std::vector<qint64> addressIds;   // address index -> register id
    std::vector<quint8> addressChain; // address index -> ChainIndex
    // Running balances in base units: per address (slot 0: the native asset, slot 1: USDC on
    // ethereum addresses), and per client and asset for clients served through the omnibus.
    std::vector<int128> addressBalance;
    std::vector<int128> omnibusBalance;
    qint64 movementsWritten = 0;

    int128 &balanceAt(qint64 address, int asset) { return addressBalance[size_t(address * 2 + (asset == kUsdc ? 1 : 0))]; }
    static int chainOf(int asset) { return asset == kBtc ? kBitcoin : kEthereum; }
    void report(const char *stage, qint64 done, qint64 total) const
    {
        if (progress)
            progress(QString::fromLatin1(stage), done, total);
    }
};

// "C0001" for index 0: at least 4 digits, more when total needs them.
QString clientCode(qint64 index, qint64 total);
// Names, language and LEI of client `index` (0-based) of `total`; the same for the same seed.
GeneratedClient generateClient(quint64 seed, qint64 index, qint64 total);
// The two ISO 7064 MOD 97-10 check digits completing an 18-character LEI prefix.
QString leiCheckDigits(const QString &first18);

// Each writes in transactions of at most o.chunkRows rows, each with its own audit entry.
Status writeClients(Context &c);
Status writeAddresses(Context &c);
Status writeMovements(Context &c);
Status writePrices(Context &c);
// Sample withdrawals, policy, screening entry, whitelist and freeze through the approval
// services (DemoWithdrawals.cpp); none is executed, so balances and the snapshot stay as written.
Status writeWithdrawals(Context &c);
// Writes the snapshot CSV and returns the number of planted breaks in it.
Result<int> writeSnapshot(Context &c, const QString &path);

// Block heights that track time (bitcoin ~144 a day, ethereum ~7200 a day).
qint64 blockHeightAt(int chain, qint64 secondsIntoYear);
// "YYYY-MM-DDTHH:MM:SSZ" for UTC seconds since the epoch.
QByteArray isoUtc(qint64 epochSeconds);

} // namespace custos::demo::detail
