#pragma once
// Freezes: an admin stops withdrawals at once (all, one client, one asset, or a client's asset).
// Lifting one takes two distinct admins: the first `unfreeze` records a request to lift, the
// second (another admin) lifts it. While a freeze hits a request, it cannot be made, approved,
// exported or executed.

#include "util/Result.h"

#include <QList>
#include <QString>

namespace custos::reg {
class Database;
class Register;
} // namespace custos::reg

namespace custos::approvals {

struct Freeze {
    qint64 id = 0;
    QString client; // empty: every client
    QString asset;  // empty: every asset
    QString reason;
    QString frozenBy;
    QString frozenAt;
    QString unfreezeBy; // the first admin who asked to lift it
    QString unfreezeAt;
    QString liftedBy;   // the second admin, who lifted it
    QString liftedAt;
    bool active() const { return liftedAt.isEmpty(); }
    QString scope() const; // "all withdrawals", "client C1", "asset bitcoin:BTC", "client C1 in bitcoin:BTC"
};

Result<Freeze> freezeWithdrawals(reg::Register &r, const QString &client, const QString &asset, const QString &reason);
// First admin: records the request (lifted stays empty). Second, different admin: lifts it.
Result<Freeze> unfreezeWithdrawals(reg::Register &r, qint64 id);
Result<QList<Freeze>> listFreezes(reg::Register &r, bool activeOnly);
// The active freezes that hit a client's withdrawals in an asset.
Result<QList<Freeze>> freezesHitting(reg::Database &db, qint64 clientId, qint64 assetId);

} // namespace custos::approvals
