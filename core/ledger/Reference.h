#pragma once
// Reference data: clients, assets, key sets and addresses. Each call checks the user's role,
// validates its input, writes in one transaction and appends its audit entry.

#include "ledger/Types.h"
#include "util/Result.h"

#include <QList>

#include <functional>

namespace custos::reg {
class Register;
}

namespace custos::ledger {

struct ClientInput {
    QString code;
    QString name;
    QString lei;
    QString lang = QStringLiteral("en");
};
Result<Client> addClient(reg::Register &r, const ClientInput &in);
Result<Client> findClient(reg::Register &r, const QString &code);
// Streams clients (not the firm) in id order.
Status forEachClient(reg::Register &r, const std::function<void(const Client &)> &fn);

struct AssetInput {
    QString chain;
    QString symbol;
    int decimals = -1;
    QString contract;
};
Result<Asset> addAsset(reg::Register &r, const AssetInput &in);
Result<Asset> findAsset(reg::Register &r, const QString &code);
Result<QList<Asset>> listAssets(reg::Register &r);

Result<KeySet> addKeySet(reg::Register &r, const QString &name, const QString &owner, const QString &description);
Result<QList<KeySet>> listKeySets(reg::Register &r);

struct AddressInput {
    QString chain;
    QString address;
    QString owner; // client:ID | omnibus | firm
    QString keyset;
    QString label;
};
Result<Address> addAddress(reg::Register &r, const AddressInput &in);
Status forEachAddress(reg::Register &r, const std::function<void(const Address &)> &fn);

// Validation shared with the importers.
Status checkLei(const QString &lei);

} // namespace custos::ledger
