#include "chain/SnapshotSource.h"

#include "chain/AddressCheck.h"
#include "io/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <charconv>

namespace custos::chain {

Result<std::unique_ptr<SnapshotSource>> SnapshotSource::load(const Network &net, const QString &file, const QHash<QString, int> &decimals)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot read the snapshot %1: %2").arg(file, f.errorString()));
    io::CsvReader csv(&f, QFileInfo(file).fileName());
    CUSTOS_TRY(csv.readHeader({QStringLiteral("chain"), QStringLiteral("address"), QStringLiteral("asset"), QStringLiteral("balance"),
                               QStringLiteral("block_height")}));
    const int cChain = csv.column(QStringLiteral("chain")), cAddr = csv.column(QStringLiteral("address")),
              cAsset = csv.column(QStringLiteral("asset")), cBal = csv.column(QStringLiteral("balance")),
              cHeight = csv.column(QStringLiteral("block_height"));
    auto src = std::unique_ptr<SnapshotSource>(new SnapshotSource);
    src->m_net = net;
    const QByteArray chainName = net.name.toUtf8();
    qint64 firstLine = 0;
    while (true) {
        auto more = csv.next();
        if (!more.ok())
            return more.error();
        if (!*more)
            break;
        if (csv.bytes(cChain) != chainName)
            continue;
        const QByteArrayView h = csv.bytes(cHeight);
        qint64 height = -1;
        auto res = std::from_chars(h.data(), h.data() + h.size(), height);
        if (h.isEmpty() || res.ec != std::errc() || res.ptr != h.data() + h.size() || height < 0)
            return csv.errorAt(QStringLiteral("block_height '%1' must be a whole number of at least 0").arg(csv.text(cHeight)));
        if (src->m_block.height < 0) {
            src->m_block.height = height;
            firstLine = csv.line();
        } else if (height != src->m_block.height) {
            return csv.errorAt(QStringLiteral("block_height %1 differs from %2 on line %3: a snapshot's rows of one chain share one height")
                                   .arg(height)
                                   .arg(src->m_block.height)
                                   .arg(firstLine));
        }
        const QString asset = csv.text(cAsset);
        const auto dec = decimals.constFind(asset);
        if (dec == decimals.constEnd())
            return csv.errorAt(QStringLiteral("unknown asset '%1' for %2").arg(asset, net.name));
        auto address = normalizeAddress(net, csv.text(cAddr));
        if (!address.ok())
            return csv.errorAt(address.error().message);
        auto balance = Amount::parse(csv.bytes(cBal), *dec);
        if (!balance.ok())
            return csv.errorAt(QStringLiteral("balance: %1").arg(balance.error().message));
        if (balance->isNegative())
            return csv.errorAt(QStringLiteral("balance %1 is negative").arg(csv.text(cBal)));
        const auto key = qMakePair(*address, asset);
        if (src->m_rows.contains(key))
            return csv.errorAt(QStringLiteral("%1 %2 is listed twice").arg(*address, asset));
        src->m_rows.insert(key, Balance{AssetAddress{*address, asset, {}, *dec}, *balance});
    }
    if (src->m_block.height < 0)
        return makeError(ErrorCode::BadInput, QStringLiteral("the snapshot %1 has no rows for %2").arg(file, net.name));
    return src;
}

Result<BlockRef> SnapshotSource::blockAt(qint64 height)
{
    if (height != m_block.height)
        return makeError(ErrorCode::BadInput, QStringLiteral("the snapshot is at height %1 only, not %2").arg(m_block.height).arg(height));
    return m_block;
}

Result<QList<Balance>> SnapshotSource::balances(const QList<AssetAddress> &keys, qint64 height, const SourceProgress &progress)
{
    if (height != m_block.height)
        return makeError(ErrorCode::BadInput, QStringLiteral("the snapshot is at height %1 only, not %2").arg(m_block.height).arg(height));
    QList<Balance> out;
    out.reserve(keys.size());
    for (const AssetAddress &k : keys) {
        const auto it = m_rows.constFind(qMakePair(k.address, k.asset));
        out.append(Balance{k, it == m_rows.constEnd() ? Amount() : it->balance});
    }
    if (progress)
        progress(keys.size(), keys.size());
    return out;
}

Result<QList<Transfer>> SnapshotSource::transfers(const QList<AssetAddress> &, qint64, qint64)
{
    return makeError(ErrorCode::BadInput, QStringLiteral("a snapshot file lists balances only, not transfers"));
}

QList<Balance> SnapshotSource::rowsNotIn(const QList<AssetAddress> &keys) const
{
    QSet<QPair<QString, QString>> asked;
    asked.reserve(keys.size());
    for (const AssetAddress &k : keys)
        asked.insert(qMakePair(k.address, k.asset));
    QList<Balance> out;
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it)
        if (!asked.contains(it.key()) && !it->balance.isZero())
            out.append(*it);
    return out;
}

} // namespace custos::chain
