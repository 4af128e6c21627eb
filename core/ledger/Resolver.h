#pragma once
// Cached lookups of reference data by their external names, for imports that touch the same
// clients, assets and addresses millions of times.

#include "chain/Network.h"
#include "ledger/Types.h"
#include "util/Result.h"

#include <QHash>

namespace custos::reg {
class Database;
}

namespace custos::ledger {

struct AddressRef {
    qint64 id = 0;
    QString owner; // client | omnibus | firm
    std::optional<qint64> clientId;
    qint64 keysetId = 0;
};

class Resolver {
public:
    explicit Resolver(reg::Database &db) : m_db(db) {}

    Result<qint64> clientId(const QString &code);  // "firm" gives the custodian's own book
    Result<Asset> asset(const QString &code);
    Result<KeySet> keyset(const QString &name);
    Result<chain::Network> network(const QString &name);
    // A registered address; the text may be in any accepted spelling of it.
    Result<AddressRef> address(const chain::Network &net, const QString &text);
    std::optional<AddressRef> findCanonical(const QString &chainName, const QString &canonical);
    void remember(const QString &chainName, const QString &canonical, const AddressRef &ref);

private:
    reg::Database &m_db;
    QHash<QString, qint64> m_clients;
    QHash<QString, Asset> m_assets;
    QHash<QString, KeySet> m_keysets;
    QHash<QString, chain::Network> m_networks;
    QHash<QString, AddressRef> m_addresses; // chain + '\x1f' + canonical
};

} // namespace custos::ledger
