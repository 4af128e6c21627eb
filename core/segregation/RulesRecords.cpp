// Record separation: every movement evidenced on chain and recorded in time, the chain and the
// register agree on transfers, positions equal their movements, the audit chain verifies.

#include "segregation/Rules.h"

#include "register/Database.h"
#include "register/Register.h"

#include <algorithm>

namespace custos::segregation {

namespace {

QString latencyWords(qint64 seconds)
{
    const qint64 h = seconds / 3600, m = seconds / 60 % 60;
    if (h >= 48)
        return QStringLiteral("%1 d %2 h").arg(h / 24).arg(h % 24);
    return QStringLiteral("%1 h %2 min").arg(h).arg(m);
}

QString limitWords(qint64 seconds)
{
    return seconds % 3600 == 0 ? QStringLiteral("%1 h").arg(seconds / 3600) : latencyWords(seconds);
}

} // namespace

Status movementWithoutChainReference(CheckContext &c, RuleOutput &out)
{
    auto st = c.r.db().prepare("SELECT kind, address_id IS NULL, tx_hash IS NULL, block_height IS NULL, client_id, asset_id, amount "
                               "FROM movements WHERE id = ?");
    if (!st.ok())
        return st.error();
    for (qint64 id : c.facts.missingChainReference) {
        st->bind(1, id);
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (*row) {
            QStringList missing;
            if (st->columnInt(1))
                missing << QStringLiteral("address");
            if (st->columnInt(2))
                missing << QStringLiteral("tx hash");
            if (st->columnInt(3))
                missing << QStringLiteral("block height");
            const qint32 ai = c.inv.assetIndex.value(st->columnInt(5), -1);
            auto amount = Amount::parseBaseUnits(st->columnTextView(6));
            out.add(QStringLiteral("movement:%1").arg(id),
                    QStringLiteral("Movement %1 (%2 of %3 for %4) is an on-chain movement without %5: it is not evidenced on chain.")
                        .arg(id)
                        .arg(st->columnText(0), amount.ok() ? c.amount(magnitude(amount->baseUnits()), ai) : st->columnText(6),
                             c.clientCode(c.inv.clientAt(st->columnInt(4))), missing.join(QStringLiteral(" and "))));
        }
        st->reset();
    }
    out.addUnlisted(c.facts.missingChainReferenceTotal - qint64(c.facts.missingChainReference.size()));
    return okStatus();
}

Status unrecordedChainTransfer(CheckContext &c, RuleOutput &out)
{
    for (const BreakFact &b : std::as_const(c.inv.unresolvedTransfers)) {
        if (b.kind != QLatin1String("unrecorded_transfer"))
            continue;
        const qint32 ax = b.addressId ? c.inv.addressAt(*b.addressId) : -1;
        if (ax >= 0 && c.inv.addresses[size_t(ax)].owner == Owner::Firm)
            continue;
        const QString where = b.addressId ? c.addressName(*b.addressId) : b.address;
        out.add(where, QStringLiteral("Chain transfer %1 of %2 at client address %3 has no register movement (break %4 of run %5, %6).")
                           .arg(b.txHash, c.amount(b.chainBalance.baseUnits(), b.asset), where)
                           .arg(b.id)
                           .arg(b.runId)
                           .arg(b.status));
    }
    return okStatus();
}

Status movementNotOnChain(CheckContext &c, RuleOutput &out)
{
    for (const BreakFact &b : std::as_const(c.inv.unresolvedTransfers)) {
        if (b.kind != QLatin1String("unknown_tx"))
            continue;
        const QString where = b.addressId ? c.addressName(*b.addressId) : b.address;
        out.add(where, QStringLiteral("The register records transaction %1 (%2) at %3, but the chain does not know it (break %4 of run %5, "
                                      "%6).")
                           .arg(b.txHash, c.amount(b.registerBalance.baseUnits(), b.asset), where)
                           .arg(b.id)
                           .arg(b.runId)
                           .arg(b.status));
    }
    return okStatus();
}

Status lateRecording(CheckContext &c, RuleOutput &out)
{
    auto st = c.r.db().prepare("SELECT kind, occurred_at, recorded_at, client_id, asset_id, amount FROM movements WHERE id = ?");
    if (!st.ok())
        return st.error();
    for (const auto &[id, latency] : c.facts.late) {
        st->bind(1, id);
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (*row) {
            const qint32 ai = c.inv.assetIndex.value(st->columnInt(4), -1);
            auto amount = Amount::parseBaseUnits(st->columnTextView(5));
            out.add(QStringLiteral("movement:%1").arg(id),
                    QStringLiteral("Movement %1 (%2 of %3 for %4) occurred %5 and was recorded %6, %7 later (limit %8): not recorded as "
                                   "soon as possible.")
                        .arg(id)
                        .arg(st->columnText(0), amount.ok() ? c.amount(magnitude(amount->baseUnits()), ai) : st->columnText(5),
                             c.clientCode(c.inv.clientAt(st->columnInt(3))), st->columnText(1), st->columnText(2), latencyWords(latency),
                             limitWords(c.recordingLimitSeconds)));
        }
        st->reset();
    }
    out.addUnlisted(c.facts.lateTotal - qint64(c.facts.late.size()));
    return okStatus();
}

Status positionDiffersFromMovements(CheckContext &c, RuleOutput &out)
{
    auto st = c.r.db().prepare("SELECT client_id, asset_id, balance, movement_count FROM positions ORDER BY client_id, asset_id");
    if (!st.ok())
        return st.error();
    PairTable<quint8> seen;
    seen.reset(qint64(c.inv.clients.size()), c.inv.assets.size());
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        const qint32 ci = c.inv.clientAt(st->columnInt(0));
        const qint32 ai = c.inv.assetIndex.value(st->columnInt(1), -1);
        seen(ci, ai) = 1;
        const Sum *sum = c.facts.positions.find(ci, ai);
        const int128 summed = sum ? sum->amount : 0;
        const qint64 count = sum ? sum->count : 0;
        auto balance = Amount::parseBaseUnits(st->columnTextView(2));
        const QString subject = QStringLiteral("client:%1/%2").arg(c.clientCode(ci), c.inv.assets.value(ai).code);
        if (!balance.ok()) {
            out.add(subject, QStringLiteral("The position of %1 in %2 is stored as '%3', which is not an amount.")
                                 .arg(c.clientCode(ci), c.inv.assets.value(ai).code, st->columnText(2)));
        } else if (balance->baseUnits() != summed || st->columnInt(3) != count) {
            out.add(subject, QStringLiteral("The position of %1 in %2 is %3 over %4 movements, but its movements sum to %5 over %6.")
                                 .arg(c.clientCode(ci), c.inv.assets.value(ai).code, c.amount(balance->baseUnits(), ai))
                                 .arg(st->columnInt(3))
                                 .arg(c.amount(summed, ai))
                                 .arg(count));
        }
    }
    c.facts.positions.forEach([&](qint32 ci, qint32 ai, const Sum &sum) {
        if (sum.count == 0 || seen.find(ci, ai))
            return;
        out.add(QStringLiteral("client:%1/%2").arg(c.clientCode(ci), c.inv.assets.value(ai).code),
                QStringLiteral("%1 has %2 movements in %3 summing to %4, but no position: the position register is incomplete.")
                    .arg(c.clientCode(ci))
                    .arg(sum.count)
                    .arg(c.inv.assets.value(ai).code, c.amount(sum.amount, ai)));
    });
    return okStatus();
}

Status auditChainBroken(CheckContext &c, RuleOutput &out)
{
    if (!c.auditChecked) { // not verified beside the movement pass: verify here
        c.report("audit log", 0, 1);
        auto report = audit::verify(c.r.db(), [&](qint64 done, qint64 total) { c.report("audit log", done, total); });
        if (!report.ok())
            return report.error();
        c.audit = *report;
        c.auditChecked = true;
    }
    const audit::AuditReport *report = &c.audit;
    if (!report->intact)
        out.add(QStringLiteral("audit-log"), QStringLiteral("The audit chain does not verify: %1 (first bad entry %2).")
                                                 .arg(report->problem)
                                                 .arg(report->firstBad.value_or(0)));
    return okStatus();
}

} // namespace custos::segregation
