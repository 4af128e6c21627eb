#pragma once
// A client's positions as its chain's latest reconciliation saw them. The run compares addresses,
// not clients, and keeps only the breaks; so per position:
//   register at the run = the position now, less the movements recorded after the run;
//   chain at the run    = register at the run + the balance breaks' differences (chain minus
//                         register) at the client's own addresses of that asset.
// A position held only through pooled (omnibus) addresses has no chain figure of its own: the
// chain sees the pool, not the client's share.

#include "money/Amount.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace custos::reg {
class Register;
}

namespace custos::reconcile {

struct ClientChainPosition {
    enum class State {
        NotReconciled, // the asset's chain has no run
        Incomplete,    // its latest run is incomplete: nothing was measured
        Omnibus,       // the client has no address of its own on the chain: an omnibus share
        Measured,
    };
    QString asset; // CHAIN:SYM
    int decimals = 0;
    State state = State::NotReconciled;
    qint64 runId = 0;
    qint64 height = -1;
    QString runFinishedAt;
    Amount registerAtRun; // Measured only
    Amount chain;         // Measured only
    Amount difference;    // chain - registerAtRun; Measured only
    qint64 breaks = 0;    // balance breaks of the run at the client's addresses in this asset
};

// One row per position of the client (by code; "firm" for the custodian's own book), by asset.
// Reads indexed rows only; the movements after the run are summed by the cheaper of the client's
// index range and the run's rowid range.
Result<QList<ClientChainPosition>> clientChainPositions(reg::Register &r, const QString &clientCode);

} // namespace custos::reconcile
