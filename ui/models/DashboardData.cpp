#include "models/DashboardData.h"

#include "ledger/Totals.h"
#include "reconcile/ReconQueries.h"
#include "register/Register.h"
#include "statements/Listing.h"

#include <QDateTime>

#include <QHash>
#include <QMap>

#include <algorithm>

namespace custos::ui {

DashboardData loadDashboard(reg::Register &r)
{
    DashboardData d;
    auto counts = ledger::registerCounts(r);
    if (!counts.ok()) {
        d.error = counts.message();
        return d;
    }
    auto holdings = ledger::holdingsPerAsset(r);
    if (!holdings.ok()) {
        d.error = holdings.message();
        return d;
    }
    auto head = ledger::auditHead(r.db());
    if (!head.ok()) {
        d.error = head.message();
        return d;
    }
    auto createdAt = r.meta(QStringLiteral("created_at"));
    auto users = r.users();
    if (!createdAt.ok() || !users.ok()) {
        d.error = !createdAt.ok() ? createdAt.message() : users.message();
        return d;
    }
    d.registerId = r.registerId();
    d.createdAt = *createdAt;
    d.keyFile = r.keyFilePath();
    d.users = users->size();
    d.kdf = r.kdfParams();
    d.counts = *counts;
    d.holdings = *holdings;
    d.audit = *head;

    // The breaks-over-time chart: the newest runs, oldest first.
    auto recent = reconcile::recentRuns(r, kRunHistory);
    if (!recent.ok()) {
        d.error = recent.message();
        return d;
    }
    d.runs = QList<reconcile::RunRecord>(recent->crbegin(), recent->crend());
    // The latest run of each chain, one indexed read per chain.
    auto chains = reconcile::assetChains(r);
    if (!chains.ok()) {
        d.error = chains.message();
        return d;
    }
    for (const QString &chain : *chains) {
        auto last = reconcile::latestRun(r, chain);
        if (!last.ok()) {
            d.error = last.message();
            return d;
        }
        if (!*last)
            continue;
        auto totals = reconcile::runTotals(r, (*last)->id);
        if (!totals.ok()) {
            d.error = totals.message();
            return d;
        }
        d.lastRuns.append(LastRun{**last, {}, 0, (*last)->status == QLatin1String("incomplete") ? QList<reconcile::RunAssetTotal>() : *totals});
    }
    for (LastRun &last : d.lastRuns) {
        QMap<QString, int> byAsset; // asset -> index in differences
        bool overflow = false;
        reconcile::BreakFilter f;
        f.run = last.run.id;
        const Status breaks = reconcile::forEachBreak(r, f, [&](const reconcile::BreakRecord &b) {
            if (b.status == QLatin1String("open"))
                ++last.openBreaks;
            if (b.kind != QLatin1String("balance"))
                return;
            auto it = byAsset.find(b.asset);
            if (it == byAsset.end()) {
                it = byAsset.insert(b.asset, int(last.differences.size()));
                last.differences.append(LastRun::AssetDifference{b.asset, b.decimals, Amount(), 0});
            }
            LastRun::AssetDifference &a = last.differences[*it];
            const std::optional<Amount> sum = a.difference.checkedAdd(b.difference);
            if (!sum)
                overflow = true;
            else
                a.difference = *sum;
            ++a.breaks;
        });
        if (overflow) {
            d.error = QStringLiteral("the differences of run %1 exceed the amount range when summed").arg(last.run.id);
            return d;
        }
        if (!breaks.ok()) {
            d.error = breaks.message();
            return d;
        }
        std::sort(last.differences.begin(), last.differences.end(),
                  [](const LastRun::AssetDifference &a, const LastRun::AssetDifference &b) { return a.asset < b.asset; });
    }
    std::sort(d.lastRuns.begin(), d.lastRuns.end(), [](const LastRun &a, const LastRun &b) { return a.run.chain < b.run.chain; });

    // Quarterly statements due this quarter: those for the quarter before it.
    d.statementsPeriod = statements::previousQuarter(QDateTime::currentDateTimeUtc().date());
    auto due = ledger::statementsDueKept(r.db(), d.statementsPeriod);
    if (!due.ok()) {
        d.error = due.message();
        return d;
    }
    d.statementsDue = *due;
    return d;
}

} // namespace custos::ui
