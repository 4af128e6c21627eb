#include "BenchRaw.h"

#include "BenchUtil.h"

#include "crypto/Random.h"
#include "register/Schema.h"

#include <cstring>

namespace custos::bench {

reg::Database buildRawDatabase(const QString &path, const BenchRegister &bench)
{
    const crypto::SecureBytes key = need(crypto::randomSecret(32), "draw a raw database key");
    reg::Database db = need(reg::Database::open(path, key, true), "create the raw database");
    need(reg::migrate(db), "migrate the raw database");

    const QString now = QStringLiteral("2026-01-01T00:00:00Z");
    reg::Transaction tx(db);
    need(tx.begun(), "begin the raw reference rows");
    auto assets = need(db.prepare("INSERT INTO assets(id, code, chain, symbol, decimals, created_at) VALUES (?,?,?,?,?,?)"),
                       "prepare assets");
    assets.bind(1, bench.assetId[kBtc]).bind(2, QStringLiteral("bitcoin:BTC")).bind(3, QStringLiteral("bitcoin"))
        .bind(4, QStringLiteral("BTC")).bind(5, 8).bind(6, now);
    need(assets.run(), "insert bitcoin:BTC");
    assets.bind(1, bench.assetId[kEth]).bind(2, QStringLiteral("ethereum:ETH")).bind(3, QStringLiteral("ethereum"))
        .bind(4, QStringLiteral("ETH")).bind(5, 18).bind(6, now);
    need(assets.run(), "insert ethereum:ETH");

    auto keyset = need(db.prepare("INSERT INTO keysets(id, name, owner, created_at) VALUES (?,?,'client',?)"), "prepare keysets");
    keyset.bind(1, bench.keysetId).bind(2, QString::fromLatin1(kKeySetName)).bind(3, now);
    need(keyset.run(), "insert the key set");

    auto clients = need(db.prepare("INSERT INTO clients(id, code, name, created_at) VALUES (?,?,?,?)"), "prepare clients");
    auto addresses = need(db.prepare("INSERT INTO addresses(id, chain, address, owner, client_id, keyset_id, created_at) "
                                     "VALUES (?,?,?,'client',?,?,?)"),
                          "prepare addresses");
    static const QString chains[kAssetCount] = {QStringLiteral("bitcoin"), QStringLiteral("ethereum")};
    for (const BenchClient &c : bench.clients) {
        clients.bind(1, c.id).bind(2, c.code).bind(3, c.code).bind(4, now);
        need(clients.run(), "insert a client");
        for (int a = 0; a < kAssetCount; ++a) {
            addresses.bind(1, c.addressId[a]).bind(2, chains[a]).bindText(3, c.address[a]).bind(4, c.id)
                .bind(5, bench.keysetId).bind(6, now);
            need(addresses.run(), "insert an address");
        }
    }
    auto batch = need(db.prepare("INSERT INTO import_batches(id, kind, file_name, file_sha256, rows, imported_at, imported_by) "
                                 "VALUES (1, 'movements', 'raw', '-', 0, ?, 'bench')"),
                      "prepare the batch");
    batch.bind(1, now);
    need(batch.run(), "insert the batch");
    need(tx.commit(), "commit the raw reference rows");
    return db;
}

double insertRawMovements(reg::Database &db, const std::vector<RawRow> &rows, const QByteArray &recordedAt)
{
    const Stopwatch clock;
    reg::Transaction tx(db);
    need(tx.begun(), "begin the raw insert");
    // The same statement and the same 14 parameters as the register's MovementWriter.
    auto st = need(db.prepare("INSERT INTO movements(client_id, asset_id, amount, kind, occurred_at, recorded_at, address_id, "
                              "tx_hash, block_height, corrects, withdrawal_id, batch_id, note, tx_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                   "prepare the raw insert");
    for (const RawRow &r : rows) {
        st.bind(1, r.clientId).bind(2, r.assetId).bindText(3, QByteArrayView(r.amount, r.amountLen))
            .bindText(4, QByteArrayView(r.kind, qsizetype(std::strlen(r.kind)))).bindText(5, QByteArrayView(r.occurred, 20))
            .bindText(6, recordedAt).bind(7, r.addressId).bindText(8, QByteArrayView(r.tx, r.txLen)).bind(9, r.height)
            .bindNull(10).bindNull(11).bind(12, qint64(1)).bindNull(13).bind(14, r.txKey);
        need(st.run(), "insert a raw movement");
    }
    need(tx.commit(), "commit the raw insert");
    return clock.ms();
}

} // namespace custos::bench
