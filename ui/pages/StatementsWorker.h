#pragma once
// The worker side of the Statements page: produces a batch with core's statements service off
// the GUI thread, for every client with activity or for a selection (one core batch per selected
// client, one progress bar over all), reporting through the promise; Cancel stops the batch after
// the statements in progress.

#include "app/Session.h"
#include "statements/Statements.h"

#include <QPromise>
#include <QStringList>

#include <atomic>
#include <memory>

namespace custos::ui {

struct StatementsJob {
    statements::Period period;
    bool all = true;
    QStringList clients; // codes, when not all
    QString outDir;
    bool onRequest = false;
};

struct StatementsOutcome {
    bool ran = false; // false: core refused the request; error says why
    QString error;
    statements::BatchResult result;
};

void runStatementsTask(QPromise<StatementsOutcome> &promise, const RegisterPtr &reg, const StatementsJob &job,
                       const std::shared_ptr<std::atomic<bool>> &cancel);

} // namespace custos::ui
