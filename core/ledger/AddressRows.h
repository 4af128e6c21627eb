#pragma once
// Address validation and insertion shared by `address add` and `import addresses`.

#include "ledger/Reference.h"
#include "ledger/Resolver.h"

namespace custos::ledger {

struct AddressDraft {
    QString chain;
    QString canonical;
    QString owner; // client | omnibus | firm
    std::optional<qint64> clientId;
    QString clientCode;
    qint64 keysetId = 0;
    QString keyset;
    QString label;
};

// Checks the address for its chain, the owner designation, the key set and that the key set's
// owner matches (client and omnibus addresses need a client key set, firm addresses a firm one).
Result<AddressDraft> validateAddress(Resolver &res, const AddressInput &in);
Result<qint64> insertAddress(reg::Database &db, const AddressDraft &d);

} // namespace custos::ledger
