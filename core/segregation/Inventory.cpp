// Loads the register's reference data and reconciliation evidence for the verifier.

#include "segregation/CheckData.h"

#include "register/Database.h"
#include "register/Register.h"

#include <algorithm>

namespace custos::segregation {

namespace {

template <typename Fn> Status eachRow(reg::Statement &st, Fn &&fn)
{
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return okStatus();
        CUSTOS_TRY(fn(st));
    }
}

Error malformed(const QString &what)
{
    return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds a malformed %1").arg(what));
}

// Addresses on EVM chains and bech32 addresses are case-insensitive; base-58 ones are not.
QByteArray designationKey(QByteArrayView chain, QByteArrayView address)
{
    QByteArray a = address.toByteArray();
    const QByteArray lower = a.toLower();
    const bool evm = chain == "ethereum" || chain.startsWith("evm-");
    const bool bech32 = lower.startsWith("bc1") || lower.startsWith("tb1") || lower.startsWith("bcrt1") || lower.startsWith("ltc1")
                        || lower.startsWith("rltc1") || lower.startsWith("tltc1");
    return chain.toByteArray() + '\x1f' + ((evm || bech32) ? lower : a);
}

Status loadClients(CheckContext &c)
{
    auto st = c.r.db().prepare("SELECT id, is_firm FROM clients ORDER BY id");
    if (!st.ok())
        return st.error();
    return eachRow(*st, [&](reg::Statement &s) -> Status {
        const qint64 id = s.columnInt(0);
        if (id < 0 || id > (qint64(1) << 31))
            return malformed(QStringLiteral("client id %1").arg(id));
        if (size_t(id) >= c.inv.clientIndex.size())
            c.inv.clientIndex.resize(size_t(id) + 1, -1);
        c.inv.clientIndex[size_t(id)] = qint32(c.inv.clients.size());
        c.inv.clients.push_back(ClientFact{id, s.columnInt(1) != 0});
        c.inv.clientIsFirm.push_back(s.columnInt(1) != 0 ? 1 : 0);
        return okStatus();
    });
}

Status loadAssets(CheckContext &c)
{
    auto st = c.r.db().prepare("SELECT id, code, chain, symbol, decimals FROM assets ORDER BY code");
    if (!st.ok())
        return st.error();
    return eachRow(*st, [&](reg::Statement &s) -> Status {
        AssetFact a{s.columnInt(0), s.columnText(1), s.columnText(2), s.columnText(3), int(s.columnInt(4)), -1};
        a.chainIndex = qint32(c.inv.chains.indexOf(a.chain));
        if (a.chainIndex < 0) {
            a.chainIndex = qint32(c.inv.chains.size());
            c.inv.chains.append(a.chain);
        }
        c.inv.assetIndex.insert(a.id, qint32(c.inv.assets.size()));
        c.inv.assets.append(a);
        return okStatus();
    });
}

Status loadKeySets(CheckContext &c)
{
    auto st = c.r.db().prepare("SELECT id, name, owner, ifnull(description, ''), created_at FROM keysets WHERE created_at < ?1 OR ?1 = '' "
                               "ORDER BY name");
    if (!st.ok())
        return st.error();
    st->bind(1, c.options.asOfEnd);
    return eachRow(*st, [&](reg::Statement &s) -> Status {
        c.inv.keysetIndex.insert(s.columnInt(0), qint32(c.inv.keysets.size()));
        c.inv.keysets.append(KeySetFact{s.columnInt(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnText(4), 0, 0});
        return okStatus();
    });
}

Status loadUsers(CheckContext &c)
{
    auto st = c.r.db().prepare("SELECT name, role, public_key, created_at FROM users WHERE disabled_at IS NULL AND (created_at < ?1 OR ?1 = '') "
                               "ORDER BY id");
    if (!st.ok())
        return st.error();
    st->bind(1, c.options.asOfEnd);
    return eachRow(*st, [&](reg::Statement &s) -> Status {
        UserFact u{s.columnText(0), s.columnText(1), std::nullopt, s.columnBlob(2), s.columnText(3)};
        if (auto role = reg::parseRole(u.role); role.ok())
            u.parsedRole = *role;
        c.inv.users.append(u);
        return okStatus();
    });
}

// Streams the addresses once: compact facts, key set counts and designations seen twice.
Status loadAddresses(CheckContext &c)
{
    auto st = c.r.db().prepare("SELECT id, chain, address, owner, client_id, keyset_id FROM addresses "
                               "WHERE created_at < ?1 OR ?1 = '' ORDER BY id");
    if (!st.ok())
        return st.error();
    st->bind(1, c.options.asOfEnd);
    std::vector<std::pair<size_t, qint64>> keys; // hash of the designation key, address id
    qint64 n = 0;
    CUSTOS_TRY(eachRow(*st, [&](reg::Statement &s) -> Status {
        AddressFact a;
        a.id = s.columnInt(0);
        if (a.id < 0 || a.id > (qint64(1) << 31))
            return malformed(QStringLiteral("address id %1").arg(a.id));
        const QByteArrayView chain = s.columnTextView(1), owner = s.columnTextView(3);
        a.chain = qint32(c.inv.chains.indexOf(QString::fromUtf8(chain)));
        a.owner = owner == "client" ? Owner::Client : owner == "omnibus" ? Owner::Omnibus : owner == "firm" ? Owner::Firm : Owner::Unknown;
        if (a.owner == Owner::Client && !s.columnIsNull(4)) {
            a.client = c.inv.clientAt(s.columnInt(4));
            a.clientIsFirm = a.client >= 0 && c.inv.clients[size_t(a.client)].firm;
        }
        a.keysetId = s.columnInt(5);
        const auto ks = c.inv.keysetIndex.constFind(a.keysetId);
        if (ks == c.inv.keysetIndex.constEnd()) {
            c.inv.addressesWithoutKeySet.push_back(a.id);
        } else {
            KeySetFact &k = c.inv.keysets[*ks];
            (a.owner == Owner::Firm ? k.firmAddresses : k.clientAddresses) += 1;
        }
        keys.emplace_back(qHash(designationKey(chain, s.columnTextView(2))), a.id);
        if (size_t(a.id) >= c.inv.addressIndex.size())
            c.inv.addressIndex.resize(size_t(a.id) + 1 + size_t(a.id) / 4, -1);
        c.inv.addressIndex[size_t(a.id)] = qint32(c.inv.addresses.size());
        if (size_t(a.id) >= c.inv.packedAddresses.size())
            c.inv.packedAddresses.resize(c.inv.addressIndex.size());
        c.inv.packedAddresses[size_t(a.id)] = PackedAddress{a.client, a.owner, a.clientIsFirm, true};
        c.inv.addresses.push_back(a);
        if ((++n & 0xffff) == 0)
            c.report("addresses", n, 0);
        return okStatus();
    }));
    // Equal hashes are confirmed on the stored text: only true duplicates are reported.
    std::sort(keys.begin(), keys.end());
    auto text = c.r.db().prepare("SELECT chain, address FROM addresses WHERE id = ?");
    if (!text.ok())
        return text.error();
    auto keyOf = [&](qint64 id) -> Result<QByteArray> {
        text->bind(1, id);
        auto row = text->step();
        if (!row.ok())
            return row.error();
        const QByteArray k = *row ? designationKey(text->columnTextView(0), text->columnTextView(1)) : QByteArray();
        text->reset();
        return k;
    };
    for (size_t i = 1; i < keys.size(); ++i) {
        if (keys[i].first != keys[i - 1].first)
            continue;
        auto a = keyOf(keys[i - 1].second), b = keyOf(keys[i].second);
        if (!a.ok() || !b.ok())
            return !a.ok() ? a.error() : b.error();
        if (*a == *b)
            c.inv.duplicateAddresses.emplace_back(keys[i - 1].second, keys[i].second);
    }
    return okStatus();
}

Result<BreakFact> readBreak(CheckContext &c, reg::Statement &s)
{
    BreakFact b;
    b.id = s.columnInt(0);
    b.runId = s.columnInt(1);
    b.kind = s.columnText(2);
    b.address = s.columnText(3);
    b.addressId = s.columnOptionalInt(4);
    b.asset = c.inv.assetIndex.value(s.columnInt(5), -1);
    auto reg = Amount::parseBaseUnits(s.columnTextView(6));
    auto chain = Amount::parseBaseUnits(s.columnTextView(7));
    auto diff = Amount::parseBaseUnits(s.columnTextView(8));
    if (!reg.ok() || !chain.ok() || !diff.ok())
        return malformed(QStringLiteral("reconciliation break %1").arg(b.id));
    b.registerBalance = *reg;
    b.chainBalance = *chain;
    b.difference = *diff;
    b.txHash = s.columnText(9);
    b.status = s.columnText(10);
    return b;
}

constexpr const char *kBreakColumns =
    "SELECT b.id, b.run_id, b.kind, b.address, b.address_id, b.asset_id, b.register, b.chain_balance, b.difference, "
    "ifnull(b.tx_hash, ''), b.status FROM recon_breaks b ";

} // namespace

Status loadInventory(CheckContext &c)
{
    CUSTOS_TRY(loadClients(c));
    CUSTOS_TRY(loadAssets(c));
    CUSTOS_TRY(loadKeySets(c));
    CUSTOS_TRY(loadUsers(c));
    return loadAddresses(c);
}

Status loadReconciliation(CheckContext &c)
{
    auto run = c.r.db().prepare("SELECT id, source, height, ifnull(block_hash, ''), status, last_movement, finished_at, breaks, run_by "
                                "FROM recon_runs WHERE chain = ?1 AND status IN ('clean','breaks') AND (finished_at < ?2 OR ?2 = '') "
                                "ORDER BY id DESC LIMIT 1");
    const QByteArray breaksSql = QByteArray(kBreakColumns) + "WHERE b.run_id = ? ORDER BY b.id";
    auto brk = c.r.db().prepare(breaksSql.constData());
    if (!run.ok() || !brk.ok())
        return !run.ok() ? run.error() : brk.error();
    for (const QString &chain : std::as_const(c.inv.chains)) {
        run->bind(1, chain).bind(2, c.options.asOfEnd);
        auto row = run->step();
        if (!row.ok())
            return row.error();
        if (!*row) {
            run->reset();
            continue;
        }
        RunFact f;
        f.id = run->columnInt(0);
        f.chain = chain;
        f.source = run->columnText(1);
        f.height = run->columnOptionalInt(2).value_or(-1);
        f.blockHash = run->columnText(3);
        f.status = run->columnText(4);
        f.lastMovement = run->columnInt(5);
        f.finishedAt = run->columnText(6);
        f.breaks = run->columnInt(7);
        f.runBy = run->columnText(8);
        run->reset();
        c.inv.lastRun.insert(chain, f);
        brk->bind(1, f.id);
        CUSTOS_TRY(eachRow(*brk, [&](reg::Statement &s) -> Status {
            auto b = readBreak(c, s);
            if (!b.ok())
                return b.error();
            c.inv.lastRunBreaks.append(*b);
            return okStatus();
        }));
        brk->reset();
    }
    const QByteArray openSql = QByteArray(kBreakColumns) + "JOIN recon_runs r ON r.id = b.run_id "
                               "WHERE b.status <> 'resolved' AND b.kind IN ('unrecorded_transfer','unknown_tx') "
                               "AND (r.finished_at < ?1 OR ?1 = '') ORDER BY b.id";
    auto open = c.r.db().prepare(openSql.constData());
    if (!open.ok())
        return open.error();
    open->bind(1, c.options.asOfEnd);
    return eachRow(*open, [&](reg::Statement &s) -> Status {
        auto b = readBreak(c, s);
        if (!b.ok())
            return b.error();
        c.inv.unresolvedTransfers.append(*b);
        return okStatus();
    });
}

CheckContext::~CheckContext() = default;

QString CheckContext::addressName(qint64 addressId)
{
    if (auto it = m_addressNames.constFind(addressId); it != m_addressNames.constEnd())
        return *it;
    if (!m_addressSt) {
        auto st = r.db().prepare("SELECT chain || ':' || address FROM addresses WHERE id = ?");
        if (!st.ok())
            return QStringLiteral("address #%1").arg(addressId);
        m_addressSt = std::make_unique<reg::Statement>(std::move(*st));
    }
    m_addressSt->bind(1, addressId);
    auto row = m_addressSt->step();
    QString name = row.ok() && *row ? m_addressSt->columnText(0) : QStringLiteral("address #%1").arg(addressId);
    m_addressSt->reset();
    m_addressNames.insert(addressId, name);
    return name;
}

QString CheckContext::clientCode(qint32 index)
{
    if (index < 0 || size_t(index) >= inv.clients.size())
        return QStringLiteral("(unknown client)");
    if (auto it = m_clientCodes.constFind(index); it != m_clientCodes.constEnd())
        return *it;
    if (!m_clientSt) {
        auto st = r.db().prepare("SELECT code FROM clients WHERE id = ?");
        if (!st.ok())
            return QStringLiteral("client #%1").arg(inv.clients[size_t(index)].id);
        m_clientSt = std::make_unique<reg::Statement>(std::move(*st));
    }
    m_clientSt->bind(1, inv.clients[size_t(index)].id);
    auto row = m_clientSt->step();
    QString code = row.ok() && *row ? m_clientSt->columnText(0) : QStringLiteral("client #%1").arg(inv.clients[size_t(index)].id);
    m_clientSt->reset();
    m_clientCodes.insert(index, code);
    return code;
}

QString CheckContext::amount(int128 v, qint32 asset) const
{
    if (asset < 0 || asset >= inv.assets.size())
        return Amount::fromBaseUnits(v).toBaseUnits() + QStringLiteral(" base units");
    const AssetFact &a = inv.assets[asset];
    return Amount::fromBaseUnits(v).toDecimal(a.decimals) + QLatin1Char(' ') + a.symbol;
}

std::optional<qint64> epochSeconds(QByteArrayView t)
{
    if (t.size() != 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != 'Z')
        return std::nullopt;
    auto num = [&](int from, int len, int &out) {
        int v = 0;
        for (int i = from; i < from + len; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return false;
            v = v * 10 + (t[i] - '0');
        }
        out = v;
        return true;
    };
    int y = 0, m = 0, d = 0, hh = 0, mm = 0, ss = 0;
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d) || !num(11, 2, hh) || !num(14, 2, mm) || !num(17, 2, ss) || m < 1 || m > 12
        || d < 1 || d > 31)
        return std::nullopt;
    // Howard Hinnant's days_from_civil.
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = era * 146097 + doe - 719468;
    return days * 86400 + qint64{hh} * 3600 + qint64{mm} * 60 + ss;
}

} // namespace custos::segregation
