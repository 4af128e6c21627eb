#pragma once
// The worker side of the Segregation page: the check (core/segregation) and the evidence pack
// (core/evidence, then its own verification) off the GUI thread, with a translated stage line.

#include "app/Session.h"
#include "evidence/Evidence.h"
#include "segregation/Segregation.h"

#include <QPromise>

namespace custos::ui {

struct CheckOutcome {
    bool ran = false; // false: the check could not run; error says why (never "clean")
    QString error;
    segregation::Report report;
};

struct EvidenceOutcome {
    bool written = false;
    QString error;
    evidence::PackResult pack;
    bool verified = false; // the manifest verification ran
    evidence::VerifyResult verification;
    QString verifyError;
};

// Translated line for a stage core reports ("movements", "writing addresses", …).
QString segregationStageText(const QString &stage, qint64 done, qint64 total);

void runCheckTask(QPromise<CheckOutcome> &promise, const RegisterPtr &reg);
void runEvidenceTask(QPromise<EvidenceOutcome> &promise, const RegisterPtr &reg, const QString &dir);

} // namespace custos::ui
