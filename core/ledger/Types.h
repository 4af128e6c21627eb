#pragma once
// Register records as the services hand them out.

#include <QString>

#include <optional>

namespace custos::ledger {

struct Client {
    qint64 id = 0;
    QString code;
    QString name;
    QString lei;
    QString lang;
    bool isFirm = false;
    QString createdAt;
};

struct Asset {
    qint64 id = 0;
    QString code;     // CHAIN:SYM
    QString chain;
    QString symbol;
    int decimals = 0;
    QString contract; // ERC-20 contract, empty for a native asset
};

struct KeySet {
    qint64 id = 0;
    QString name;
    QString owner; // client | firm
    QString description;
};

struct Address {
    qint64 id = 0;
    QString chain;
    QString address;
    QString owner;      // client | omnibus | firm
    QString clientCode; // for owner == client
    std::optional<qint64> clientId;
    QString keyset;
    QString label;

    QString ownerSpec() const { return owner == QLatin1String("client") ? QStringLiteral("client:") + clientCode : owner; }
};

enum class MovementKind { Deposit, Withdrawal, Fee, Adjustment, Transfer };

} // namespace custos::ledger
