#pragma once
// Breaks after a run: who owns them, what explains them, and what resolved them. History is never
// edited: a break changes status; its figures stay as the run found them.

#include "money/Amount.h"
#include "util/Result.h"

#include <QString>

#include <functional>
#include <optional>

namespace custos::reg {
class Register;
}

namespace custos::reconcile {

struct BreakRecord {
    qint64 id = 0;
    qint64 runId = 0;
    QString chain;
    qint64 height = 0;
    QString kind;
    QString address;
    QString asset;
    int decimals = 0;
    Amount registerBalance;
    Amount chainBalance;
    Amount difference;
    QString txHash;
    QString status; // open | explained | resolved
    QString owner;
    QString note;
    std::optional<qint64> resolvedByMovement;
    std::optional<qint64> resolvedByRun;
    QString updatedAt;
};

struct BreakFilter {
    QString status;
    QString chain;
    std::optional<qint64> run;
};

Status forEachBreak(reg::Register &r, const BreakFilter &f, const std::function<void(const BreakRecord &)> &fn);
Result<BreakRecord> findBreak(reg::Register &r, qint64 id);

// Sets the owner and the explanation; an open break becomes explained. A resolved break is final.
Status explainBreak(reg::Register &r, qint64 id, const QString &note, const QString &owner);
// Resolves a break by the correcting movement that was recorded for it: the movement must exist,
// sit at the break's address (for an adjustment: belong to the asset) and be of the break's asset.
Status resolveBreak(reg::Register &r, qint64 id, qint64 movementId, const QString &note);

struct RunRecord {
    qint64 id = 0;
    QString chain, source, status, blockHash, problem, startedAt, finishedAt, runBy;
    qint64 height = -1, pairs = 0, breaks = 0;
};
Status forEachRun(reg::Register &r, const QString &chain, const std::function<void(const RunRecord &)> &fn);

} // namespace custos::reconcile
