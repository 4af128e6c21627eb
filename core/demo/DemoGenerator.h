#pragma once
// The demo register generator behind `custosctl demo`: a complete, consistent register (users,
// custodian details, assets, key sets, clients, addresses, a year of movements with positions,
// daily EUR prices) plus a chain snapshot CSV beside it that matches the register except for a
// few planted reconciliation breaks. Output is deterministic for a given seed (apart from the
// key material and creation timestamps). Memory stays bounded at any scale: movements are
// streamed into the register in transactions of at most chunkRows rows; what is kept is about
// 40 bytes per address and 70 per client (ids and running balances) plus SQLite's page cache,
// which the generator raises to at most 512 MiB for its own connection.

#include "crypto/Kdf.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

namespace custos::demo {

struct DemoOptions {
    QString path;              // register file; key file is path + "-keys"; snapshot is path + "-snapshot.csv"
    QByteArray password;       // for every demo user (at least 8 characters)
    int clients = 50;          // 5 .. 1,000,000
    qint64 addresses = 0;      // 0 = automatic (2-3 per segregated client); else 8 .. 20,000,000 in all,
                               // including the 6 custodian addresses (omnibus, treasury, fee collection)
    qint64 movements = 0;      // 0 = automatic (about 40 per client over the year); else 100 .. 500,000,000
    crypto::KdfParams kdf;     // passed through to Register::create (tests pass cheap params)
    quint64 seed = 20260101;   // deterministic output for a given seed
    QDate endDate;             // invalid = today (UTC); movements span the year before it
    qint64 chunkRows = 500000; // rows per transaction (and audit entry) for clients, addresses, movements
};

struct DemoResult {
    QString registerPath;
    QString keyFile;
    QString snapshotPath;
    QString user;      // "admin": the creator, role admin
    QStringList users; // the other demo users, same password: olga (operator), anton and bea
                       // (approvers), clara (compliance)
    qint64 clients = 0;
    qint64 addresses = 0;
    qint64 movements = 0;
    int plantedBreaks = 0; // (address, asset) pairs where the snapshot differs from the register
    double seconds = 0;
};

// stage: "users", "clients", "addresses", "movements", "prices", "snapshot".
using DemoProgress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

// Writes the demo register, its key file and the snapshot. Refuses (BadInput) when any of the
// three files exists already. On failure nothing is left behind: every file it started is removed.
Result<DemoResult> generateDemo(const DemoOptions &o, const DemoProgress &progress = {});

// The snapshot path for a register path: path + "-snapshot.csv".
QString snapshotPathFor(const QString &registerPath);

} // namespace custos::demo
