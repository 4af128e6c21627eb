#include "statements/StatementData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace custos::statements {

namespace {

Error malformed(const QString &what)
{
    return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds a malformed %1; run `custosctl audit verify`").arg(what));
}

ClientInfo clientFrom(const reg::Statement &st)
{
    return ClientInfo{st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(4)};
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

Status StatementReader::prepare()
{
    const std::pair<reg::Statement *, const char *> all[] = {
        {&m_client, "SELECT id, code, name, ifnull(lei, ''), lang FROM clients WHERE id = ? AND is_firm = 0"},
        {&m_clientByCode, "SELECT id, code, name, ifnull(lei, ''), lang FROM clients WHERE code = ? AND is_firm = 0"},
        {&m_positions, "SELECT p.asset_id, a.code, a.chain, a.symbol, a.decimals, p.balance FROM positions p "
                       "JOIN assets a ON a.id = p.asset_id WHERE p.client_id = ? ORDER BY a.code"},
        // Index range scans of movements_client_asset (client_id, asset_id, occurred_at).
        {&m_before, "SELECT amount, address_id FROM movements WHERE client_id = ?1 AND asset_id = ?2 AND occurred_at < ?3"},
        {&m_in, "SELECT occurred_at, kind, amount, ifnull(tx_hash, ''), address_id FROM movements "
                "WHERE client_id = ?1 AND asset_id = ?2 AND occurred_at >= ?3 AND occurred_at < ?4 ORDER BY occurred_at, id"},
        {&m_after, "SELECT amount, address_id FROM movements WHERE client_id = ?1 AND asset_id = ?2 AND occurred_at >= ?3"},
        // Primary key (asset_id, date, currency): the latest EUR price on or before the last day.
        {&m_price, "SELECT date, price, source FROM prices WHERE asset_id = ? AND date <= ? AND currency = 'EUR' "
                   "ORDER BY date DESC LIMIT 1"},
        {&m_own,
         "SELECT chain, address, ifnull(label, '') FROM addresses WHERE client_id = ? AND owner = 'client' ORDER BY chain, address"},
        {&m_address, "SELECT chain, address, owner, ifnull(label, '') FROM addresses WHERE id = ?"},
    };
    for (const auto &[st, sql] : all) {
        auto p = m_db.prepare(sql);
        if (!p.ok())
            return p.error();
        *st = std::move(*p);
    }
    return okStatus();
}

Result<ClientInfo> StatementReader::client(qint64 clientId)
{
    m_client.reset();
    m_client.bind(1, clientId);
    auto row = m_client.step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::BadInput, QStringLiteral("there is no client with register id %1").arg(clientId));
    ClientInfo c = clientFrom(m_client);
    m_client.reset();
    return c;
}

Result<ClientInfo> StatementReader::clientByCode(const QString &code)
{
    m_clientByCode.reset();
    m_clientByCode.bind(1, code);
    auto row = m_clientByCode.step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("unknown client '%1': `custosctl client list` shows the client ids").arg(code));
    ClientInfo c = clientFrom(m_clientByCode);
    m_clientByCode.reset();
    return c;
}

Status StatementReader::sumRange(qint64 clientId, qint64 assetId, bool before, const QString &bound, Amount *sum, QList<qint64> *addressIds)
{
    reg::Statement &st = before ? m_before : m_after;
    st.reset();
    st.bind(1, clientId).bind(2, assetId).bind(3, bound);
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        auto a = Amount::parseBaseUnits(st.columnTextView(0));
        if (!a.ok())
            return malformed(QStringLiteral("movement amount"));
        auto next = sum->checkedAdd(*a);
        if (!next)
            return makeError(ErrorCode::Internal, QStringLiteral("a balance overflows the amount range"));
        *sum = *next;
        if (addressIds && !st.columnIsNull(1))
            addressIds->append(st.columnInt(1));
    }
    st.reset();
    return okStatus();
}

Status StatementReader::addresses(qint64 clientId, const QList<qint64> &usedIds, QList<HoldingAddress> *out)
{
    m_own.reset();
    m_own.bind(1, clientId);
    QSet<QString> seen;
    while (true) {
        auto row = m_own.step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        HoldingAddress a{m_own.columnText(0), m_own.columnText(1), false, m_own.columnText(2)};
        seen.insert(a.chain + QLatin1Char(':') + a.address);
        out->append(a);
    }
    m_own.reset();
    QList<HoldingAddress> omnibus;
    const QSet<qint64> unique(usedIds.cbegin(), usedIds.cend());
    for (qint64 id : unique) {
        m_address.reset();
        m_address.bind(1, id);
        auto row = m_address.step();
        if (!row.ok())
            return row.error();
        if (*row && m_address.columnTextView(2) == "omnibus") {
            HoldingAddress a{m_address.columnText(0), m_address.columnText(1), true, m_address.columnText(3)};
            const QString key = a.chain + QLatin1Char(':') + a.address;
            if (!seen.contains(key)) {
                seen.insert(key);
                omnibus.append(a);
            }
        }
        m_address.reset();
    }
    std::sort(omnibus.begin(), omnibus.end(), [](const HoldingAddress &a, const HoldingAddress &b) {
        return a.chain != b.chain ? a.chain < b.chain : a.address < b.address;
    });
    out->append(omnibus);
    return okStatus();
}

Result<StatementData> StatementReader::read(const ClientInfo &client, const Period &period)
{
    StatementData s;
    s.client = client;
    s.period = period;
    const QString from = period.from(), end = period.endExclusive();
    const QString lastDay = period.lastDay.toString(QStringLiteral("yyyy-MM-dd"));

    struct PositionRow {
        qint64 assetId = 0;
        AssetLine line;
        Amount current;
    };
    QList<PositionRow> rows;
    m_positions.reset();
    m_positions.bind(1, client.id);
    while (true) {
        auto row = m_positions.step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        PositionRow p;
        p.assetId = m_positions.columnInt(0);
        p.line.asset = m_positions.columnText(1);
        p.line.chain = m_positions.columnText(2);
        p.line.symbol = m_positions.columnText(3);
        p.line.decimals = int(m_positions.columnInt(4));
        auto bal = Amount::parseBaseUnits(m_positions.columnTextView(5));
        if (!bal.ok())
            return malformed(QStringLiteral("position of client %1 in %2").arg(client.code, p.line.asset));
        p.current = *bal;
        rows.append(std::move(p));
    }
    m_positions.reset();

    QList<qint64> usedAddresses;
    Decimal total;
    for (PositionRow &p : rows) {
        AssetLine &a = p.line;
        CUSTOS_TRY(sumRange(client.id, p.assetId, true, from, &a.opening, &usedAddresses));
        Amount moved;
        m_in.reset();
        m_in.bind(1, client.id).bind(2, p.assetId).bind(3, from).bind(4, end);
        while (true) {
            auto row = m_in.step();
            if (!row.ok())
                return row.error();
            if (!*row)
                break;
            auto amount = Amount::parseBaseUnits(m_in.columnTextView(2));
            if (!amount.ok())
                return malformed(QStringLiteral("movement amount"));
            auto next = moved.checkedAdd(*amount);
            if (!next)
                return makeError(ErrorCode::Internal, QStringLiteral("a balance overflows the amount range"));
            moved = *next;
            a.transfers.append(TransferLine{m_in.columnText(0), m_in.columnText(1), *amount, m_in.columnText(3)});
            if (!m_in.columnIsNull(4))
                usedAddresses.append(m_in.columnInt(4));
        }
        m_in.reset();
        if (a.opening.isZero() && a.transfers.isEmpty())
            continue; // not held in the period

        Amount after;
        CUSTOS_TRY(sumRange(client.id, p.assetId, false, end, &after, nullptr));
        const auto closing = p.current.checkedSub(after);
        const auto expected = a.opening.checkedAdd(moved);
        if (!closing || !expected)
            return makeError(ErrorCode::Internal, QStringLiteral("a balance overflows the amount range"));
        if (*closing != *expected)
            return makeError(ErrorCode::Found,
                             QStringLiteral("the register does not add up for client %1 in %2: the opening balance %3 plus the "
                                            "transfers of %4 (%5) makes %6, but the position at the end of %4 is %7; no statement "
                                            "was written: run `custosctl audit verify` and reconcile before producing it")
                                 .arg(client.code, a.asset, a.opening.toDecimal(a.decimals), period.label, moved.toDecimal(a.decimals),
                                      expected->toDecimal(a.decimals), closing->toDecimal(a.decimals)));
        a.closing = *closing;

        m_price.reset();
        m_price.bind(1, p.assetId).bind(2, lastDay);
        auto row = m_price.step();
        if (!row.ok())
            return row.error();
        if (*row) {
            auto price = Decimal::parse(m_price.columnTextView(1));
            if (!price.ok())
                return malformed(QStringLiteral("price of %1 on %2").arg(a.asset, m_price.columnText(0)));
            a.price = *price;
            a.priceDate = m_price.columnText(0);
            a.priceSource = m_price.columnText(2);
        }
        m_price.reset();
        if (a.price) {
            auto value = Decimal::multiply(a.closing, a.decimals, *a.price, 2, kValueRounding);
            if (!value.ok())
                return makeError(
                    ErrorCode::Internal,
                    QStringLiteral("the value of %1 %2 overflows: %3").arg(a.closing.toDecimal(a.decimals), a.asset, value.message()));
            a.value = *value;
        } else if (!a.closing.isZero()) {
            return makeError(ErrorCode::BadInput,
                             QStringLiteral("there is no EUR price of %1 on or before %2, so client %3's holding of %4 cannot be "
                                            "valued: import prices (`custosctl import prices FILE.csv`) first")
                                 .arg(a.asset, lastDay, client.code, a.closing.toDecimal(a.decimals)));
        } else {
            a.value = *Decimal::fromUnits(0, 2);
        }
        auto sum = Decimal::add(total, a.value);
        if (!sum.ok())
            return sum.error();
        total = *sum;
        s.assets.append(std::move(a));
    }
    auto rounded = total.rescaled(2, kValueRounding);
    if (!rounded.ok())
        return rounded.error();
    s.totalValue = *rounded;
    if (!s.assets.isEmpty())
        CUSTOS_TRY(addresses(client.id, usedAddresses, &s.addresses));
    return s;
}

QByteArray canonicalJson(const StatementData &s)
{
    QJsonArray assets;
    for (const AssetLine &a : s.assets) {
        QJsonArray transfers;
        for (const TransferLine &t : a.transfers)
            transfers.append(QJsonObject{{QStringLiteral("occurred_at"), t.occurredAt},
                                         {QStringLiteral("kind"), t.kind},
                                         {QStringLiteral("amount"), t.amount.toDecimal(a.decimals)},
                                         {QStringLiteral("tx_hash"), textOrNull(t.txHash)}});
        assets.append(QJsonObject{{QStringLiteral("asset"), a.asset},
                                  {QStringLiteral("opening"), a.opening.toDecimal(a.decimals)},
                                  {QStringLiteral("closing"), a.closing.toDecimal(a.decimals)},
                                  {QStringLiteral("transfers"), transfers},
                                  {QStringLiteral("price"), a.price ? QJsonValue(a.price->toString()) : QJsonValue()},
                                  {QStringLiteral("currency"), QStringLiteral("EUR")},
                                  {QStringLiteral("price_date"), textOrNull(a.priceDate)},
                                  {QStringLiteral("value"), a.value.toFixed()}});
    }
    QJsonObject doc{
        {QStringLiteral("document_id"), s.documentId},
        {QStringLiteral("client"), QJsonObject{{QStringLiteral("id"), s.client.code}, {QStringLiteral("name"), s.client.name}}},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("label"), s.period.label},
                                               {QStringLiteral("from"), s.period.from()},
                                               {QStringLiteral("to"), s.period.to()}}},
        {QStringLiteral("issued_at"), s.issuedAt},
        {QStringLiteral("assets"), assets},
        {QStringLiteral("total_value"), s.totalValue.toFixed()},
    };
    if (!s.auditHead.signature.isEmpty())
        doc.insert(QStringLiteral("audit_head"), audit::signedHeadJson(s.auditHead));
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace custos::statements
