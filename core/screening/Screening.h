#pragma once
// Screening against the imported lists (`import screening`: sanctions and KYT lists of
// addresses). Withdrawal destinations are checked when a request is made; deposit counterparties
// are checked from the transfers a chain source reports (EVM sources name them; Bitcoin Core
// transfers carry no single counterparty and are not screened here).

#include "chain/ChainSource.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace custos::reg {
class Database;
class Register;
} // namespace custos::reg

namespace custos::screening {

struct Hit {
    QString list;
    QString reason;
};

// Hits of one address (canonical form, as the lists store it) on every loaded list.
Result<QList<Hit>> screenAddress(reg::Database &db, const QString &chain, const QString &canonicalAddress);

// {"checked":true,"hit":bool,"hits":[{"list":…,"reason":…}]}
QJsonObject resultJson(const QList<Hit> &hits);

struct CounterpartyHit {
    QString txHash;
    QString address;      // ours
    QString counterparty; // canonical
    QList<Hit> hits;
};

// Screens the counterparties of incoming transfers (amount > 0) of `chainName`; transfers with no
// counterparty are skipped (counted in `unscreened` when given).
Result<QList<CounterpartyHit>> screenDepositSources(reg::Register &r, const QString &chainName,
                                                    const QList<chain::Transfer> &transfers, qint64 *unscreened = nullptr);

// Reconciliation's hook: screens the deposit sources of `transfers` and records each new hit
// (a transfer seen again is not recorded twice), audited as screening.deposit_hit in a
// transaction of its own. Returns the number of new hits.
Result<int> recordDepositScreening(reg::Register &r, const QString &chainName, const QList<chain::Transfer> &transfers);

struct DepositHit {
    qint64 id = 0;
    QString chain;
    QString txHash;
    QString address;      // ours
    QString counterparty; // the sender
    QString asset;
    QString amountBaseUnits;
    QString list;
    QString reason;
    QString seenAt;
};
// Recorded deposit-source hits, newest first (any role).
Result<QList<DepositHit>> depositHits(reg::Register &r, int limit = 1000);

} // namespace custos::screening
