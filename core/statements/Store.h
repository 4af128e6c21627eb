#pragma once
// Internal to core/statements: the register's record of produced statements.

#include "audit/Anchor.h"
#include "register/Register.h"
#include "statements/Statements.h"

namespace custos::statements::detail {

struct Record {
    qint64 clientId = 0;
    Period period;
    bool onRequest = false;
    QString issuedAt;
    Produced produced;
    audit::SignedHead head; // the one its files carry
};

// Inserts the statement row and its audit entry; the caller holds the transaction.
Status record(reg::Register &r, const Record &rec);

} // namespace custos::statements::detail
