#include "ledger/Resolver.h"

#include "chain/AddressCheck.h"
#include "register/Database.h"

namespace custos::ledger {

Result<qint64> Resolver::clientId(const QString &code)
{
    if (auto it = m_clients.constFind(code); it != m_clients.constEnd())
        return *it;
    auto st = m_db.prepare("SELECT id FROM clients WHERE code = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, code);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::BadInput, QStringLiteral("unknown client '%1'").arg(code));
    const qint64 id = st->columnInt(0);
    m_clients.insert(code, id);
    return id;
}

Result<Asset> Resolver::asset(const QString &code)
{
    if (auto it = m_assets.constFind(code); it != m_assets.constEnd())
        return *it;
    auto st = m_db.prepare("SELECT id, code, chain, symbol, decimals, contract FROM assets WHERE code = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, code);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::BadInput, QStringLiteral("unknown asset '%1' (asset ids are CHAIN:SYMBOL, e.g. bitcoin:BTC)").arg(code));
    Asset a{st->columnInt(0), st->columnText(1), st->columnText(2), st->columnText(3), int(st->columnInt(4)), st->columnText(5)};
    m_assets.insert(code, a);
    return a;
}

Result<KeySet> Resolver::keyset(const QString &name)
{
    if (auto it = m_keysets.constFind(name); it != m_keysets.constEnd())
        return *it;
    auto st = m_db.prepare("SELECT id, name, owner, description FROM keysets WHERE name = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, name);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::BadInput, QStringLiteral("unknown key set '%1'").arg(name));
    KeySet k{st->columnInt(0), st->columnText(1), st->columnText(2), st->columnText(3)};
    m_keysets.insert(name, k);
    return k;
}

Result<chain::Network> Resolver::network(const QString &name)
{
    if (auto it = m_networks.constFind(name); it != m_networks.constEnd())
        return *it;
    auto net = chain::networkByName(name);
    if (net.ok())
        m_networks.insert(name, *net);
    return net;
}

std::optional<AddressRef> Resolver::findCanonical(const QString &chainName, const QString &canonical)
{
    const QString key = chainName + QChar(0x1f) + canonical;
    if (auto it = m_addresses.constFind(key); it != m_addresses.constEnd())
        return *it;
    auto st = m_db.prepare("SELECT id, owner, client_id, keyset_id FROM addresses WHERE chain = ? AND address = ?");
    if (!st.ok())
        return std::nullopt;
    st->bind(1, chainName).bind(2, canonical);
    auto row = st->step();
    if (!row.ok() || !*row)
        return std::nullopt;
    AddressRef ref{st->columnInt(0), st->columnText(1), st->columnOptionalInt(2), st->columnInt(3)};
    m_addresses.insert(key, ref);
    return ref;
}

void Resolver::remember(const QString &chainName, const QString &canonical, const AddressRef &ref)
{
    m_addresses.insert(chainName + QChar(0x1f) + canonical, ref);
}

Result<AddressRef> Resolver::address(const chain::Network &net, const QString &text)
{
    // Fast path: the text is already the canonical spelling that was registered.
    if (auto ref = findCanonical(net.name, text))
        return *ref;
    auto canonical = chain::normalizeAddress(net, text);
    if (!canonical.ok())
        return canonical.error();
    if (auto ref = findCanonical(net.name, *canonical))
        return *ref;
    return makeError(ErrorCode::BadInput, QStringLiteral("address %1 is not registered on %2").arg(text, net.name));
}

} // namespace custos::ledger
