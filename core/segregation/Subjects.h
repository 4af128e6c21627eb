#pragma once
// What a segregation finding's subject is in the register, for a screen that leads from the
// finding to it: the address's owner and key set, the key set's owner, the movement's client,
// kind and time, the user's role, the client's name. Any role may read.

#include "util/Result.h"

#include <QString>

namespace custos::reg {
class Database;
}

namespace custos::segregation {

struct SubjectInfo {
    enum class Kind { Address, KeySet, Movement, User, Client, Chain, AuditLog, Rule, Other } kind = Kind::Other;
    QString text;      // the subject as the finding words it
    bool found = false; // the register holds it (Chain, AuditLog, Rule and Other: always false)
    // Address: chain, address, owner, client, keyset, label, createdAt.
    // KeySet: keyset, owner, createdAt. Movement: id, client, asset, kind, amount (base units),
    // occurredAt, recordedAt, address. User: user, role, createdAt, disabledAt. Client: client,
    // clientName, asset. Chain: chain, asset.
    QString chain, address, owner, client, clientName, keyset, label, asset, movementKind, amount, occurredAt,
        recordedAt, user, role, createdAt, disabledAt;
    qint64 clientId = 0; // the client it leads to, when there is one
    qint64 movementId = 0;
};

// Parses the subject ("bitcoin:bc1q…", "keyset:NAME", "movement:123", "user:NAME",
// "client:C1/BTC", "chain:bitcoin/BTC", "audit-log", "rule:ID") and looks it up.
Result<SubjectInfo> describeSubject(reg::Database &db, const QString &subject);

} // namespace custos::segregation
