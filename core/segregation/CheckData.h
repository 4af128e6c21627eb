#pragma once
// What the verifier's rules read: the register's reference data held compactly (about 32 bytes
// per address), the reconciliation evidence per chain, and the facts of one streaming pass over
// the movements. Internal to core/segregation.

#include "audit/AuditLog.h"
#include "money/Amount.h"
#include "register/Database.h"
#include "register/Roles.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace custos::reg {
class Register;
} // namespace custos::reg

namespace custos::segregation {

using Progress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

enum class Owner : quint8 { Client, Omnibus, Firm, Unknown };

struct AddressFact {
    qint64 id = 0;
    qint64 keysetId = 0;
    qint32 client = -1; // client index for owner Client; -1 otherwise or when the client is missing
    qint32 chain = -1;  // index into Inventory::chains
    Owner owner = Owner::Unknown;
    bool clientIsFirm = false; // designated client:<the firm's own book>
};

struct ClientFact {
    qint64 id = 0;
    bool firm = false;
};

struct AssetFact {
    qint64 id = 0;
    QString code, chain, symbol;
    int decimals = 0;
    qint32 chainIndex = -1;
};

struct KeySetFact {
    qint64 id = 0;
    QString name, owner, description, createdAt;
    qint64 clientAddresses = 0; // client and omnibus addresses it controls
    qint64 firmAddresses = 0;
};

struct UserFact {
    QString name;
    QString role; // as stored
    std::optional<reg::Role> parsedRole;
    QByteArray publicKey;
    QString createdAt;
};

struct RunFact {
    qint64 id = 0;
    QString chain, source, status, blockHash, finishedAt, runBy;
    qint64 height = -1;
    qint64 lastMovement = 0;
    qint64 breaks = 0;
};

struct BreakFact {
    qint64 id = 0;
    qint64 runId = 0;
    QString kind, address, status, txHash;
    std::optional<qint64> addressId;
    qint32 asset = -1; // index into Inventory::assets
    Amount registerBalance, chainBalance, difference;
};

// What the per-movement loop needs of an address, in 8 bytes indexed by address id.
struct PackedAddress {
    qint32 client = -1;
    Owner owner = Owner::Unknown;
    bool clientIsFirm = false;
    bool known = false;
};

struct Inventory {
    QStringList chains;
    QList<AssetFact> assets;
    QHash<qint64, qint32> assetIndex;
    std::vector<ClientFact> clients;
    std::vector<qint32> clientIndex; // client id -> index, -1 for none
    std::vector<AddressFact> addresses;
    std::vector<qint32> addressIndex; // address id -> index, -1 for none
    std::vector<PackedAddress> packedAddresses; // address id -> what the movement pass needs
    std::vector<quint8> clientIsFirm;            // client index -> the firm's own book
    std::vector<std::pair<qint64, qint64>> duplicateAddresses; // address ids of one address registered twice
    std::vector<qint64> addressesWithoutKeySet;
    QList<KeySetFact> keysets;
    QHash<qint64, qint32> keysetIndex;
    QList<UserFact> users;
    QHash<QString, RunFact> lastRun;     // per chain: the last completed (clean or breaks) run
    QList<BreakFact> lastRunBreaks;      // the breaks of those runs
    QList<BreakFact> unresolvedTransfers; // unrecorded_transfer / unknown_tx breaks of any run, not resolved

    qint32 addressAt(qint64 id) const { return id >= 0 && size_t(id) < addressIndex.size() ? addressIndex[size_t(id)] : -1; }
    qint32 clientAt(qint64 id) const { return id >= 0 && size_t(id) < clientIndex.size() ? clientIndex[size_t(id)] : -1; }
};

inline int128 magnitude(int128 v)
{
    return v < 0 ? -v : v;
}

inline quint64 pairKey(qint64 a, qint64 b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}

// Values per (client, asset): a dense table when clients x assets is small enough (the common
// case: one slot per position, no hashing in the per-movement loop), a hash map otherwise.
template <typename T> class PairTable {
public:
    static constexpr qint64 kDenseLimit = qint64{4} * 1024 * 1024;

    void reset(qint64 rows, qint64 cols)
    {
        m_rows = rows;
        m_cols = cols;
        const bool dense = rows > 0 && cols > 0 && rows * cols <= kDenseLimit;
        m_values.assign(dense ? size_t(rows * cols) : 0, T{});
        m_touched.assign(dense ? size_t(rows * cols) : 0, 0);
        m_sparse.clear();
    }
    T &operator()(qint32 row, qint32 col)
    {
        if (const qint64 i = slot(row, col); i >= 0) {
            m_touched[size_t(i)] = 1;
            return m_values[size_t(i)];
        }
        return m_sparse[pairKey(row, col)];
    }
    const T *find(qint32 row, qint32 col) const
    {
        if (const qint64 i = slot(row, col); i >= 0)
            return m_touched[size_t(i)] ? &m_values[size_t(i)] : nullptr;
        const auto it = m_sparse.find(pairKey(row, col));
        return it == m_sparse.end() ? nullptr : &it->second;
    }
    // fn(row, col, value) for every entry written, by row then column (dense entries first).
    template <typename Fn> void forEach(Fn &&fn) const
    {
        for (size_t i = 0; i < m_values.size(); ++i)
            if (m_touched[i])
                fn(qint32(qint64(i) / m_cols), qint32(qint64(i) % m_cols), m_values[i]);
        std::vector<quint64> keys;
        keys.reserve(m_sparse.size());
        for (const auto &kv : m_sparse)
            keys.push_back(kv.first);
        std::sort(keys.begin(), keys.end());
        for (quint64 k : keys)
            fn(qint32(quint32(k >> 32)), qint32(quint32(k)), m_sparse.at(k));
    }

private:
    qint64 slot(qint32 row, qint32 col) const
    {
        return !m_values.empty() && row >= 0 && col >= 0 && row < m_rows && col < m_cols ? qint64(row) * m_cols + col : -1;
    }
    qint64 m_rows = 0, m_cols = 0;
    std::vector<T> m_values;
    std::vector<quint8> m_touched;
    std::unordered_map<quint64, T> m_sparse;
};

struct Spread {
    int128 amount = 0;
    qint64 count = 0;
    qint64 firstMovement = 0;
    qint32 sampleClient = -1;
};

// Everything the pass sums per (client, asset), in one slot so a movement touches one cache line
// or two, not one per sum.
struct Sum {
    int128 amount = 0;            // every movement: the positions table check
    int128 atRun = 0;             // the position as of the asset's chain's last run
    int128 segregatedAtRun = 0;   // at this client's own segregated addresses, as of that run (any client's movements)
    int128 omnibusClaimAtRun = 0; // this client's movements at omnibus addresses, as of that run
    qint64 count = 0;             // movements of this client in this asset
};

struct Facts {
    qint64 movements = 0;        // every movement
    qint64 movementsInScope = 0; // recorded before the as-of end
    PairTable<Sum> positions; // (client, asset); entries with count 0 were touched only as segregated-address owners
    std::unordered_map<quint64, int128> omnibusAtRun;      // (omnibus address, asset) every movement there
    std::unordered_map<quint64, int128> omnibusClaimsAt;   // (omnibus address, asset) the clients' movements there
    std::unordered_map<quint64, Spread> clientAtFirm;      // (firm address, asset) client movements there
    std::unordered_map<quint64, Spread> firmAtClient;      // (client or omnibus address, asset) firm movements there
    std::unordered_map<qint32, Spread> foreignAtSegregated; // segregated address: other clients' movements there
    std::vector<qint64> missingChainReference; // movement ids (on-chain kinds without address, tx hash or block height)
    qint64 missingChainReferenceTotal = 0;
    std::vector<std::pair<qint64, qint64>> late; // (movement id, latency seconds)
    qint64 lateTotal = 0;
    std::vector<qint64> firmTxKeys;   // tx keys of movements at firm addresses
    std::vector<qint64> clientTxKeys; // tx keys of client/omnibus-address movements that are neither fee nor withdrawal
    std::vector<qint64> firmClientCandidates; // such movements sharing a transaction with a firm address
    bool overflow = false;
};

struct CheckOptions {
    QString asOfEnd; // exclusive ISO instant; empty: everything recorded so far
};

// Findings per rule are listed up to this many; the rest are counted in one closing finding.
inline constexpr qint64 kListedPerRule = 10000;

struct CheckContext {
    reg::Register &r;
    CheckOptions options;
    Progress progress;
    qint64 recordingLimitSeconds = qint64{24} * 3600;
    Inventory inv;
    Facts facts;
    audit::AuditReport audit;
    bool auditChecked = false; // set when the audit chain was verified (on its own connection, beside the pass)

    void report(const char *stage, qint64 done, qint64 total) const
    {
        if (progress)
            progress(QString::fromLatin1(stage), done, total);
    }

    // Names for sentences (looked up on demand, cached).
    QString addressName(qint64 addressId);
    QString clientCode(qint32 clientIndex);
    QString amount(int128 v, qint32 asset) const;

    CheckContext(reg::Register &reg) : r(reg) {}
    ~CheckContext();

private:
    QHash<qint64, QString> m_addressNames;
    QHash<qint32, QString> m_clientCodes;
    std::unique_ptr<reg::Statement> m_addressSt, m_clientSt;
};

// Loaders (Inventory.cpp, MovementPass.cpp).
Status loadInventory(CheckContext &c);
Status loadReconciliation(CheckContext &c);
Status scanMovements(CheckContext &c);

// "YYYY-MM-DDTHH:MM:SSZ" -> seconds since 1970; nullopt for any other text.
std::optional<qint64> epochSeconds(QByteArrayView t);

} // namespace custos::segregation
