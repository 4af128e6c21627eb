#pragma once
// Everything the dashboard shows, read in one pass. loadDashboard() runs in a worker: summing
// every client's positions reads the whole positions table.

#include "crypto/Kdf.h"
#include "ledger/Queries.h"

#include <QList>
#include <QString>

namespace custos::reg {
class Register;
}

namespace custos::ui {

struct DashboardData {
    QString error; // core's sentence; the rest is empty when set
    ledger::RegisterCounts counts;
    QList<ledger::AssetHoldings> holdings;
    ledger::AuditHead audit;
    // The register itself.
    QString registerId;
    QString createdAt;
    QString keyFile;
    qint64 users = 0;
    crypto::KdfParams kdf;
};

DashboardData loadDashboard(reg::Register &r);

} // namespace custos::ui
