#pragma once
// Positions per client and asset. Current positions are kept up to date by MovementWriter;
// positions at a past date are summed from the movements up to the end of that day.

#include "money/Amount.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace custos::reg {
class Register;
}

namespace custos::ledger {

struct Position {
    QString client;  // client id ("firm" for the custodian's own book)
    QString asset;   // CHAIN:SYM
    int decimals = 0;
    Amount balance;
    qint64 movements = 0;
};

struct PositionQuery {
    QString client;    // empty: every client (the firm only when asked for by "firm")
    QString atDate;    // empty: now; else YYYY-MM-DD, end of that day UTC
    bool includeZero = false;
};

// Streams positions ordered by client id and asset code.
Status forEachPosition(reg::Register &r, const PositionQuery &q, const std::function<void(const Position &)> &fn);

} // namespace custos::ledger
