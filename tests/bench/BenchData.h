#pragma once
// Test data for the foundation benchmark: a register with clients, assets, a client key set and
// one bitcoin (bech32 p2wpkh) and one ethereum (EIP-55) address per client, and a movements CSV
// in the contract format together with the same rows pre-parsed for the raw SQLCipher baseline.

#include "money/Int128.h"

#include <QByteArray>
#include <QString>

#include <random>
#include <vector>

namespace custos::bench {

inline constexpr char kAdminName[] = "admin";
inline constexpr char kAdminPassword[] = "bench-admin-password";
inline constexpr char kOperatorName[] = "operator";
inline constexpr char kOperatorPassword[] = "bench-operator-password";
inline constexpr char kKeySetName[] = "clients-hot";

enum AssetIndex { kBtc = 0, kEth = 1, kAssetCount = 2 };

struct BenchClient {
    qint64 id = 0;
    QString code;
    QByteArray codeBytes;
    qint64 addressId[kAssetCount] = {0, 0};
    QByteArray address[kAssetCount]; // canonical text: bech32 lower case, EIP-55 mixed case
};

struct BenchRegister {
    qint64 assetId[kAssetCount] = {0, 0};
    qint64 keysetId = 0;
    std::vector<BenchClient> clients;
};

// Creates the register at `path` as the admin (cheap KDF), adds the assets, the key set, the
// clients (one addClient each), the addresses (validateAddress/insertAddress in one transaction
// with one audit entry) and the operator user. Exits the program on any failure.
BenchRegister buildRegister(const QString &path, int clients, std::mt19937_64 &rng);

// One movement as the raw baseline binds it: ids resolved, amount in base units, text fields
// already in their stored form.
struct RawRow {
    qint64 clientId = 0;
    qint64 assetId = 0;
    qint64 addressId = 0;
    qint64 height = 0;
    qint64 txKey = 0;       // index key, as MovementWriter computes it (pre-parsed)
    const char *kind = nullptr;
    quint8 amountLen = 0;
    quint8 txLen = 0;
    char amount[42] = {};   // "-123456789" (base units)
    char occurred[21] = {}; // "2024-05-01T12:00:00Z"
    char tx[67] = {};       // 64 hex, "0x" + 64 hex on ethereum
};

struct MovementSet {
    qint64 deposits = 0;
    qint64 withdrawals = 0;
    qint64 fees = 0;
    qint64 csvBytes = 0;
    QString midDate; // YYYY-MM-DD of the middle row, for positions --at
    // Final balance per client index and asset, for checking the positions after the import.
    std::vector<int128> balances; // clients * kAssetCount
};

// Writes `rows` movements to `csvPath` and fills `raw` with the same rows. Balances never go
// below zero; occurred_at and block heights increase; tx hashes are random.
MovementSet writeMovements(const BenchRegister &reg, qint64 rows, const QString &csvPath, std::mt19937_64 &rng,
                           std::vector<RawRow> &raw);

} // namespace custos::bench
