#include "models/DashboardData.h"

#include "register/Register.h"

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
    return d;
}

} // namespace custos::ui
