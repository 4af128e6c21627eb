#include "pages/StatementsWorker.h"

#include "app/Format.h"

#include <QCoreApplication>

namespace custos::ui {

namespace {

QString progressText(qint64 done, qint64 total, const QString &client)
{
    if (client.isEmpty())
        return QCoreApplication::translate("custos::ui::StatementsPage", "Preparing the batch…");
    return QCoreApplication::translate("custos::ui::StatementsPage", "%1 of %2 clients done (last: %3)")
        .arg(formatCount(done), formatCount(total), client);
}

} // namespace

void runStatementsTask(QPromise<StatementsOutcome> &promise, const RegisterPtr &reg, const StatementsJob &job,
                       const std::shared_ptr<std::atomic<bool>> &cancel)
{
    promise.setProgressRange(0, 0); // busy until the batch knows its size
    promise.setProgressValueAndText(0, progressText(0, 0, QString()));
    StatementsOutcome out;
    statements::Request req;
    req.period = job.period;
    req.onRequest = job.onRequest || !job.period.isQuarter;
    req.outDir = job.outDir;
    if (job.all) {
        req.all = true;
        auto r = statements::produceStatements(
            *reg, req,
            [&](const statements::BatchProgress &p) {
                promise.setProgressRange(0, int(qMax<qint64>(p.total, 1)));
                promise.setProgressValueAndText(int(p.done), progressText(p.done, p.total, p.client));
            },
            cancel.get());
        if (!r.ok()) {
            out.error = r.message();
            promise.addResult(out);
            return;
        }
        out.ran = true;
        out.result = std::move(*r);
        promise.addResult(out);
        return;
    }
    const qint64 total = job.clients.size();
    promise.setProgressRange(0, int(qMax<qint64>(total, 1)));
    out.result.period = job.period.label;
    qint64 done = 0;
    for (const QString &client : job.clients) {
        if (cancel->load()) {
            out.result.cancelled = true;
            break;
        }
        req.client = client;
        auto r = statements::produceStatements(*reg, req, {}, cancel.get());
        if (!r.ok()) {
            if (r.error().code == ErrorCode::Denied) {
                out.error = r.message(); // the role: the whole request is refused
                promise.addResult(out);
                return;
            }
            out.result.failed.append({client, r.message(), r.error().code});
        } else {
            out.result.produced.append(r->produced);
            out.result.skipped.append(r->skipped);
            out.result.failed.append(r->failed);
            out.result.cancelled = out.result.cancelled || r->cancelled;
        }
        ++done;
        promise.setProgressValueAndText(int(done), progressText(done, total, client));
    }
    out.ran = true;
    promise.addResult(out);
}

} // namespace custos::ui
