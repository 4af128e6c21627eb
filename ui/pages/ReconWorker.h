#pragma once
// The worker side of the Reconciliation page: opens the source and runs core's reconciliation
// off the GUI thread, reporting a progress bar that only moves forward (0..kReconProgressScale)
// and a translated stage line through the promise.

#include "app/Session.h"
#include "pages/ReconStartForm.h"
#include "reconcile/Reconcile.h"

#include <QPromise>

#include <atomic>
#include <memory>

namespace custos::ui {

inline constexpr int kReconProgressScale = 1000;

struct ReconOutcome {
    bool ran = false; // false: core refused or the source could not be opened; error says why
    ErrorCode code = ErrorCode::Internal;
    QString error;
    reconcile::RunResult result; // when ran: status clean, breaks or incomplete
};

// Runs with its own reference to the register; `cancel` reaches the node client.
void runReconTask(QPromise<ReconOutcome> &promise, const RegisterPtr &reg, const ReconRequest &req,
                  const std::shared_ptr<std::atomic_bool> &cancel);

} // namespace custos::ui
