#include "pages/ReconWorker.h"

#include "app/Format.h"
#include "chain/Network.h"
#include "reconcile/Sources.h"

#include <QCoreApplication>

#include <algorithm>

namespace custos::ui {

namespace {

constexpr int kProgressScale = kReconProgressScale;

// Core reports stages in English; each gets a share of the bar so it only moves forward, and a
// translated line. Unknown stages keep the bar where it is.
std::optional<std::pair<int, int>> stageSpan(const QString &stage)
{
    if (stage == QLatin1String("checking the source"))
        return std::pair{0, 50};
    if (stage == QLatin1String("summing the register"))
        return std::pair{50, 100};
    if (stage == QLatin1String("asking the chain"))
        return std::pair{100, 900};
    if (stage == QLatin1String("matching transfers"))
        return std::pair{900, 1000};
    return std::nullopt;
}

QString stageText(const QString &stage, qint64 done, qint64 total)
{
    if (stage == QLatin1String("checking the source"))
        return QCoreApplication::translate("custos::ui::ReconciliationPage", "Checking the source…");
    if (stage == QLatin1String("summing the register"))
        return QCoreApplication::translate("custos::ui::ReconciliationPage", "Summing the register at the pinned height…");
    if (stage == QLatin1String("asking the chain"))
        return QCoreApplication::translate("custos::ui::ReconciliationPage", "Asking the chain: %1 of %2 balances").arg(formatCount(done), formatCount(total));
    if (stage == QLatin1String("matching transfers"))
        return QCoreApplication::translate("custos::ui::ReconciliationPage", "Matching transfers with the register…");
    return stage;
}

} // namespace

void runReconTask(QPromise<ReconOutcome> &promise, const RegisterPtr &reg, const ReconRequest &req,
                  const std::shared_ptr<std::atomic_bool> &cancel)
{
    promise.setProgressRange(0, kProgressScale);
    promise.setProgressValueAndText(0, QCoreApplication::translate("custos::ui::ReconciliationPage", "Opening the source…"));
    ReconOutcome out;
    auto fail = [&](const Error &e) {
        out.code = e.code;
        out.error = e.message;
        promise.addResult(out);
    };
    auto net = chain::networkByName(req.chain);
    if (!net.ok())
        return fail(net.error());
    chain::SourceOptions so;
    so.cancel = cancel.get();
    auto opened = reconcile::openSource(*reg, *net, req.source, req.cookieFile, so);
    if (!opened.ok())
        return fail(opened.error());
    reconcile::RunOptions o;
    o.sourceLabel = opened->label;
    o.isSnapshot = opened->isSnapshot;
    o.height = req.height;
    int value = 0;
    auto run = reconcile::runReconciliation(*reg, *net, *opened->source, o, [&](const QString &stage, qint64 done, qint64 total) {
        if (const auto span = stageSpan(stage)) {
            const qint64 part = total > 0 ? std::clamp<qint64>(done, 0, total) * (span->second - span->first) / total : 0;
            value = std::max(value, int(span->first + part));
        }
        promise.setProgressValueAndText(value, stageText(stage, done, total));
    });
    if (!run.ok())
        return fail(run.error());
    out.ran = true;
    out.result = std::move(*run);
    promise.addResult(out);
}

} // namespace custos::ui
