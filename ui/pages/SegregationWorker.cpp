#include "pages/SegregationWorker.h"

#include "app/Format.h"

#include <QCoreApplication>

namespace custos::ui {

namespace {

// The bar runs 0..1000 within each stage; the text says which stage.
template <typename T> void report(QPromise<T> &promise, const QString &stage, qint64 done, qint64 total)
{
    const int value = total > 0 ? int(qBound<qint64>(0, done, total) * 1000 / total) : 0;
    promise.setProgressValueAndText(value, segregationStageText(stage, done, total));
}

} // namespace

QString segregationStageText(const QString &stage, qint64 done, qint64 total)
{
    const QString counts = total > 0 ? QStringLiteral(" (%1 / %2)").arg(formatCount(done), formatCount(total)) : QString();
    if (stage == QLatin1String("reference data"))
        return QCoreApplication::translate("custos::ui::SegregationPage", "Reading clients, addresses, key sets and users…");
    if (stage == QLatin1String("addresses"))
        return QCoreApplication::translate("custos::ui::SegregationPage", "Checking addresses") + counts;
    if (stage == QLatin1String("movements"))
        return QCoreApplication::translate("custos::ui::SegregationPage", "Reading movements") + counts;
    if (stage == QLatin1String("audit log"))
        return QCoreApplication::translate("custos::ui::SegregationPage", "Verifying the audit log") + counts;
    if (stage == QLatin1String("rules"))
        return QCoreApplication::translate("custos::ui::SegregationPage", "Applying the rules") + counts;
    if (stage == QLatin1String("writing the report"))
        return QCoreApplication::translate("custos::ui::SegregationPage", "Writing the report…");
    if (stage == QLatin1String("writing the zip"))
        return QCoreApplication::translate("custos::ui::SegregationPage", "Writing the zip file…");
    if (stage.startsWith(QLatin1String("writing ")))
        return QCoreApplication::translate("custos::ui::SegregationPage", "Writing the table %1").arg(stage.mid(8)) + counts;
    return stage + counts;
}

void runCheckTask(QPromise<CheckOutcome> &promise, const RegisterPtr &reg)
{
    promise.setProgressRange(0, 1000);
    promise.setProgressValueAndText(0, QCoreApplication::translate("custos::ui::SegregationPage", "Starting the check…"));
    CheckOutcome out;
    auto r = segregation::runCheck(*reg, QString(), [&](const QString &stage, qint64 done, qint64 total) {
        report(promise, stage, done, total);
    });
    if (!r.ok()) {
        out.error = r.message();
    } else {
        out.ran = true;
        out.report = std::move(*r);
    }
    promise.addResult(out);
}

void runEvidenceTask(QPromise<EvidenceOutcome> &promise, const RegisterPtr &reg, const QString &dir)
{
    promise.setProgressRange(0, 1000);
    promise.setProgressValueAndText(0, QCoreApplication::translate("custos::ui::SegregationPage", "Starting the evidence pack…"));
    EvidenceOutcome out;
    auto r = evidence::writeEvidence(*reg, dir, QString(), [&](const QString &stage, qint64 done, qint64 total) {
        report(promise, stage, done, total);
    });
    if (!r.ok()) {
        out.error = r.message();
        promise.addResult(out);
        return;
    }
    out.written = true;
    out.pack = std::move(*r);
    promise.setProgressValueAndText(1000, QCoreApplication::translate("custos::ui::SegregationPage", "Verifying the manifest…"));
    // Trusted key: the producing user's own signing key as the register holds it.
    auto v = evidence::verifyEvidence(out.pack.dir, QString::fromLatin1(reg->user().publicKey.toHex()));
    if (!v.ok()) {
        out.verifyError = v.message();
    } else {
        out.verified = true;
        out.verification = std::move(*v);
    }
    promise.addResult(out);
}

} // namespace custos::ui
