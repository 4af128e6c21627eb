#pragma once
// Destination whitelist per client: an operator or admin proposes an address; it becomes usable
// once the policy's admin_approvals distinct admins (never the proposer) approved it and the
// cooling-off period, counted from the moment the quorum was reached, has passed.

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace custos::reg {
class Register;
}

namespace custos::approvals {

struct WhitelistEntry {
    qint64 id = 0;
    QString client;
    QString chain;
    QString address;  // canonical
    QString label;
    QString status;   // proposed | approved
    int needs = 1;    // admin approvals required
    QStringList approvedBy;
    QString proposedBy;
    QString proposedAt;
    QString approvedAt; // when the quorum was reached
    QString usableFrom; // approvedAt + cooling-off
    bool usableAt(const QString &nowIso) const { return status == QLatin1String("approved") && usableFrom <= nowIso; }
};

Result<WhitelistEntry> proposeWhitelistEntry(reg::Register &r, const QString &client, const QString &chain, const QString &address,
                                             const QString &label);
Result<WhitelistEntry> approveWhitelistEntry(reg::Register &r, qint64 id);
Result<QList<WhitelistEntry>> listWhitelist(reg::Register &r, const QString &client = {});

} // namespace custos::approvals
