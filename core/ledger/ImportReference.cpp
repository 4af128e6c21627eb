// Imports of addresses, prices and screening lists.

#include "chain/AddressCheck.h"
#include "ledger/AddressRows.h"
#include "ledger/ImportBatch.h"
#include "money/Decimal.h"

#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>

namespace custos::ledger {

Result<ImportSummary> importAddresses(reg::Register &r, const QString &file, const ImportProgress &progress)
{
    CUSTOS_TRY(r.require(QStringLiteral("import addresses"), {reg::Role::Operator}));
    ImportBatch batch(r, QStringLiteral("addresses"), file);
    CUSTOS_TRY(batch.begin({QStringLiteral("chain"), QStringLiteral("address"), QStringLiteral("owner"), QStringLiteral("keyset")},
                           {QStringLiteral("label")}));
    auto &csv = batch.csv();
    const int cChain = csv.column(QStringLiteral("chain")), cAddr = csv.column(QStringLiteral("address")),
              cOwner = csv.column(QStringLiteral("owner")), cKeyset = csv.column(QStringLiteral("keyset")),
              cLabel = csv.column(QStringLiteral("label"));
    Resolver res(r.db());
    auto rows = batch.forEachRow([&]() -> Status {
        auto d = validateAddress(res, AddressInput{csv.text(cChain), csv.text(cAddr), csv.text(cOwner), csv.text(cKeyset), csv.text(cLabel)});
        if (!d.ok())
            return d.error();
        auto id = insertAddress(r.db(), *d);
        if (!id.ok())
            return id.error();
        res.remember(d->chain, d->canonical, AddressRef{*id, d->owner, d->clientId, d->keysetId});
        return okStatus();
    }, progress);
    if (!rows.ok())
        return rows.error();
    return batch.commit(*rows, false);
}

Result<ImportSummary> importPrices(reg::Register &r, const QString &file, const ImportProgress &progress)
{
    CUSTOS_TRY(r.require(QStringLiteral("import prices"), {reg::Role::Operator, reg::Role::Compliance}));
    ImportBatch batch(r, QStringLiteral("prices"), file);
    CUSTOS_TRY(batch.begin({QStringLiteral("asset"), QStringLiteral("date"), QStringLiteral("currency"), QStringLiteral("price")},
                           {QStringLiteral("source")}));
    auto &csv = batch.csv();
    const int cAsset = csv.column(QStringLiteral("asset")), cDate = csv.column(QStringLiteral("date")),
              cCur = csv.column(QStringLiteral("currency")), cPrice = csv.column(QStringLiteral("price")),
              cSource = csv.column(QStringLiteral("source"));
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));
    Resolver res(r.db());
    auto ins = r.db().prepare("INSERT INTO prices(asset_id, date, currency, price, source, batch_id) VALUES (?,?,?,?,?,?)");
    if (!ins.ok())
        return ins.error();
    const QString defaultSource = QStringLiteral("import:") + QFileInfo(file).fileName();
    auto rows = batch.forEachRow([&]() -> Status {
        auto asset = res.asset(csv.text(cAsset));
        if (!asset.ok())
            return asset.error();
        const QString date = csv.text(cDate);
        if (date.size() != 10 || !QDate::fromString(date, QStringLiteral("yyyy-MM-dd")).isValid())
            return makeError(ErrorCode::BadInput, QStringLiteral("date '%1' must be YYYY-MM-DD").arg(date));
        const QString currency = csv.text(cCur);
        if (!currencyRe.match(currency).hasMatch())
            return makeError(ErrorCode::BadInput, QStringLiteral("currency '%1' must be a three-letter ISO 4217 code such as EUR").arg(currency));
        auto price = Decimal::parse(csv.text(cPrice));
        if (!price.ok())
            return makeError(ErrorCode::BadInput, QStringLiteral("price: %1").arg(price.error().message));
        if (price->isNegative() || price->isZero())
            return makeError(ErrorCode::BadInput, QStringLiteral("price %1 must be above zero").arg(csv.text(cPrice)));
        const QString source = csv.text(cSource);
        ins->bind(1, asset->id).bind(2, date).bind(3, currency).bind(4, price->toString())
            .bind(5, source.isEmpty() ? defaultSource : source).bind(6, batch.batchId());
        if (!ins->run().ok())
            return makeError(ErrorCode::BadInput, QStringLiteral("a %1 price of %2 on %3 is already recorded").arg(currency, asset->code, date));
        return okStatus();
    }, progress);
    if (!rows.ok())
        return rows.error();
    return batch.commit(*rows, false);
}

Result<ImportSummary> importScreening(reg::Register &r, const QString &file, const ImportProgress &progress)
{
    CUSTOS_TRY(r.require(QStringLiteral("import screening lists"), {reg::Role::Operator, reg::Role::Compliance}));
    ImportBatch batch(r, QStringLiteral("screening"), file);
    CUSTOS_TRY(batch.begin({QStringLiteral("chain"), QStringLiteral("address"), QStringLiteral("list"), QStringLiteral("reason")}, {}));
    auto &csv = batch.csv();
    const int cChain = csv.column(QStringLiteral("chain")), cAddr = csv.column(QStringLiteral("address")),
              cList = csv.column(QStringLiteral("list")), cReason = csv.column(QStringLiteral("reason"));
    Resolver res(r.db());
    // An entry already on the list stays as it is; the file adds the ones that are new.
    auto ins = r.db().prepare("INSERT OR IGNORE INTO screening_entries(chain, address, list, reason, batch_id) VALUES (?,?,?,?,?)");
    if (!ins.ok())
        return ins.error();
    auto rows = batch.forEachRow([&]() -> Status {
        auto net = res.network(csv.text(cChain));
        if (!net.ok())
            return net.error();
        auto addr = chain::normalizeAddress(*net, csv.text(cAddr));
        if (!addr.ok())
            return addr.error();
        const QString list = csv.text(cList).trimmed(), reason = csv.text(cReason).trimmed();
        if (list.isEmpty() || reason.isEmpty())
            return makeError(ErrorCode::BadInput, QStringLiteral("a screening entry needs a list name and a reason"));
        ins->bind(1, net->name).bind(2, *addr).bind(3, list).bind(4, reason).bind(5, batch.batchId());
        return ins->run();
    }, progress);
    if (!rows.ok())
        return rows.error();
    return batch.commit(*rows, false);
}

} // namespace custos::ledger
