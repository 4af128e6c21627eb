#include "chain/Network.h"
#include "ledger/ImportBatch.h"
#include "ledger/MovementWriter.h"
#include "ledger/Resolver.h"
#include "util/Time.h"

#include <QFileInfo>

#include <charconv>

namespace custos::ledger {

namespace {

bool isHex(QByteArrayView v)
{
    for (char c : v)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    return true;
}

// EVM: 0x + 64 hex; UTXO chains: 64 hex. Stored lower-case.
Result<QByteArray> normalizeTxHash(const chain::Network &net, QByteArrayView v)
{
    const bool evm = net.isEvm();
    const QByteArrayView body = evm && v.startsWith("0x") ? v.sliced(2) : v;
    if ((evm && !v.startsWith("0x")) || body.size() != 64 || !isHex(body))
        return makeError(ErrorCode::BadInput, evm ? QStringLiteral("tx_hash '%1' must be 0x and 64 hex digits").arg(QString::fromUtf8(v.first(qMin<qsizetype>(v.size(), 80))))
                                                  : QStringLiteral("tx_hash '%1' must be 64 hex digits").arg(QString::fromUtf8(v.first(qMin<qsizetype>(v.size(), 80)))));
    return v.toByteArray().toLower();
}

Result<qint64> parseHeight(QByteArrayView v)
{
    qint64 h = -1;
    auto res = std::from_chars(v.data(), v.data() + v.size(), h);
    if (v.isEmpty() || res.ec != std::errc() || res.ptr != v.data() + v.size() || h < 0)
        return makeError(ErrorCode::BadInput, QStringLiteral("block_height '%1' must be a whole number of at least 0").arg(QString::fromUtf8(v.first(qMin<qsizetype>(v.size(), 40)))));
    return h;
}

struct Columns {
    int client, asset, amount, kind, occurred, chain, address, tx, height, corrects, note;
};

class MovementImporter {
public:
    MovementImporter(reg::Register &r, ImportBatch &batch) : m_reg(r), m_batch(batch), m_res(r.db()), m_writer(r.db(), batch.batchId()) {}

    Result<qint64> run(const ImportProgress &progress)
    {
        CUSTOS_TRY(m_writer.prepare());
        auto &csv = m_batch.csv();
        m_cols = {csv.column(QStringLiteral("client")), csv.column(QStringLiteral("asset")), csv.column(QStringLiteral("amount")),
                  csv.column(QStringLiteral("kind")), csv.column(QStringLiteral("occurred_at")), csv.column(QStringLiteral("chain")),
                  csv.column(QStringLiteral("address")), csv.column(QStringLiteral("tx_hash")), csv.column(QStringLiteral("block_height")),
                  csv.column(QStringLiteral("corrects")), csv.column(QStringLiteral("note"))};
        m_now = nowUtc().toLatin1();
        auto corr = m_reg.db().prepare("SELECT client_id, asset_id FROM movements WHERE id = ?");
        if (!corr.ok())
            return corr.error();
        m_corrected = std::move(*corr);
        auto dup = m_reg.db().prepare("SELECT id FROM movements WHERE tx_key = ? AND tx_hash = ? AND address_id = ? AND asset_id = ? "
                                      "AND client_id = ? AND kind = ? AND amount = ? LIMIT 1");
        if (!dup.ok())
            return dup.error();
        m_duplicate = std::move(*dup);
        return m_batch.forEachRow([this] { return row(); }, progress);
    }

    MovementWriter &writer() { return m_writer; }

private:
    Status row()
    {
        auto &csv = m_batch.csv();
        MovementRecord m;
        const QByteArrayView kind = csv.bytes(m_cols.kind);
        if (!isMovementKind(kind))
            return makeError(ErrorCode::BadInput, QStringLiteral("kind '%1' must be deposit, withdrawal, fee, adjustment or transfer")
                                                      .arg(QString::fromUtf8(kind.first(qMin<qsizetype>(kind.size(), 40)))));
        m.kind = kind.toByteArray();
        auto client = m_res.clientId(csv.text(m_cols.client));
        if (!client.ok())
            return client.error();
        m.clientId = *client;
        auto asset = m_res.asset(csv.text(m_cols.asset));
        if (!asset.ok())
            return asset.error();
        m.assetId = asset->id;
        auto amount = Amount::parse(csv.bytes(m_cols.amount), asset->decimals);
        if (!amount.ok())
            return amount.error();
        if (amount->isZero())
            return makeError(ErrorCode::BadInput, QStringLiteral("amount is zero; a movement moves something"));
        const int sign = requiredSign(kind);
        if ((sign > 0 && amount->isNegative()) || (sign < 0 && !amount->isNegative()))
            return makeError(ErrorCode::BadInput, QStringLiteral("a %1 must have a %2 amount (got %3)")
                                                      .arg(QString::fromUtf8(kind), sign > 0 ? QStringLiteral("positive") : QStringLiteral("negative"),
                                                           csv.text(m_cols.amount)));
        m.amount = *amount;
        auto occurred = normalizeIsoUtc(csv.bytes(m_cols.occurred));
        if (!occurred.ok())
            return makeError(ErrorCode::BadInput, QStringLiteral("occurred_at: %1").arg(occurred.error().message));
        m.occurredAt = occurred->toLatin1();
        m.recordedAt = m_now;
        if (m.occurredAt > m.recordedAt)
            return makeError(ErrorCode::BadInput, QStringLiteral("occurred_at %1 is in the future").arg(*occurred));

        const QByteArrayView chainName = csv.bytes(m_cols.chain), address = csv.bytes(m_cols.address),
                             tx = csv.bytes(m_cols.tx), height = csv.bytes(m_cols.height);
        const bool onChain = kind != "adjustment";
        if (onChain && (chainName.isEmpty() || address.isEmpty() || tx.isEmpty() || height.isEmpty()))
            return makeError(ErrorCode::BadInput, QStringLiteral("a %1 needs chain, address, tx_hash and block_height (only an adjustment may leave them empty)")
                                                      .arg(QString::fromUtf8(kind)));
        if (!chainName.isEmpty() && chainName != asset->chain.toUtf8())
            return makeError(ErrorCode::BadInput, QStringLiteral("chain '%1' does not match asset %2 (on %3)")
                                                      .arg(QString::fromUtf8(chainName), asset->code, asset->chain));
        auto net = m_res.network(asset->chain);
        if (!net.ok())
            return net.error();
        if (!address.isEmpty()) {
            auto ref = m_res.address(*net, QString::fromUtf8(address));
            if (!ref.ok())
                return ref.error();
            m.addressId = ref->id;
        }
        if (!tx.isEmpty()) {
            auto h = normalizeTxHash(*net, tx);
            if (!h.ok())
                return h.error();
            m.txHash = *h;
        }
        if (!height.isEmpty()) {
            auto h = parseHeight(height);
            if (!h.ok())
                return h.error();
            m.blockHeight = *h;
        }
        if (const QByteArrayView c = csv.bytes(m_cols.corrects); !c.isEmpty()) {
            auto id = parseHeight(c);
            if (!id.ok())
                return makeError(ErrorCode::BadInput, QStringLiteral("corrects '%1' must be a movement id").arg(QString::fromUtf8(c.first(qMin<qsizetype>(c.size(), 40)))));
            m_corrected.bind(1, *id);
            auto found = m_corrected.step();
            const bool exists = found.ok() && *found;
            const bool same = exists && m_corrected.columnInt(0) == m.clientId && m_corrected.columnInt(1) == m.assetId;
            m_corrected.reset();
            if (!exists)
                return makeError(ErrorCode::BadInput, QStringLiteral("corrects movement %1, which does not exist").arg(*id));
            if (!same)
                return makeError(ErrorCode::BadInput, QStringLiteral("corrects movement %1, which belongs to another client or asset").arg(*id));
            m.corrects = *id;
        }
        m.note = csv.bytes(m_cols.note).toByteArray();
        if (!m.txHash.isEmpty())
            CUSTOS_TRY(checkNotRecorded(m));
        auto id = m_writer.add(m);
        if (!id.ok())
            return id.error();
        return okStatus();
    }

    // The same on-chain movement (tx, address, asset, client, kind, amount) is recorded once:
    // a file that overlaps an earlier one must not count a deposit twice.
    Status checkNotRecorded(const MovementRecord &m)
    {
        const QByteArray amount = m.amount.toBaseUnits().toLatin1();
        m_duplicate.bindOptional(1, txKeyOf(m.txHash)).bindText(2, m.txHash).bindOptional(3, m.addressId).bind(4, m.assetId).bind(5, m.clientId)
            .bindText(6, m.kind).bindText(7, amount);
        auto row = m_duplicate.step();
        const qint64 existing = row.ok() && *row ? m_duplicate.columnInt(0) : 0;
        m_duplicate.reset();
        if (!row.ok())
            return row.error();
        if (existing)
            return makeError(ErrorCode::BadInput, QStringLiteral("this %1 of tx %2 is already recorded as movement %3")
                                                      .arg(QString::fromLatin1(m.kind), QString::fromLatin1(m.txHash))
                                                      .arg(existing));
        return okStatus();
    }

    reg::Register &m_reg;
    ImportBatch &m_batch;
    Resolver m_res;
    MovementWriter m_writer;
    Columns m_cols{};
    QByteArray m_now;
    reg::Statement m_corrected;
    reg::Statement m_duplicate;
};

} // namespace

Result<ImportSummary> importMovements(reg::Register &r, const QString &file, const ImportProgress &progress)
{
    CUSTOS_TRY(r.require(QStringLiteral("import movements"), {reg::Role::Operator}));
    ImportBatch batch(r, QStringLiteral("movements"), file);
    CUSTOS_TRY(batch.begin({QStringLiteral("client"), QStringLiteral("asset"), QStringLiteral("amount"), QStringLiteral("kind"),
                            QStringLiteral("occurred_at"), QStringLiteral("chain"), QStringLiteral("address"), QStringLiteral("tx_hash"),
                            QStringLiteral("block_height")},
                           {QStringLiteral("corrects"), QStringLiteral("note")}));
    MovementImporter importer(r, batch);
    auto rows = importer.run(progress);
    if (!rows.ok())
        return rows.error();
    CUSTOS_TRY(importer.writer().finish(r.user().name, QStringLiteral("import.movements"),
                                        QJsonObject{{QStringLiteral("batch"), double(batch.batchId())},
                                                    {QStringLiteral("file"), QFileInfo(file).fileName()},
                                                    {QStringLiteral("sha256"), batch.sha256()},
                                                    {QStringLiteral("rows"), double(*rows)}}));
    return batch.commit(*rows, true);
}

} // namespace custos::ledger
