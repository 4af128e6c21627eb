#include "audit/AuditLog.h"

#include "audit/Anchor.h"

#include "ledger/MovementDigest.h"
#include "register/Database.h"
#include "register/Meta.h"

#include <QJsonDocument>

#include <algorithm>
#include <vector>

namespace custos::audit {

namespace {

struct MovementRange {
    qint64 seq;
    qint64 first;
    qint64 last;
    qint64 count;
    QString digest;
};

void markBad(AuditReport &r, qint64 seq, const QString &problem)
{
    reportFinding(r, seq, problem);
}


Result<qint64> countMovements(reg::Database &db)
{
    auto st = db.prepare("SELECT count(*) FROM movements");
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return st->columnInt(0);
}

// Walks the chain; collects the movement ranges the entries vouch for.
Status walkChain(reg::Database &db, AuditReport &r, std::vector<MovementRange> &ranges)
{
    auto st = db.prepare("SELECT seq, at, actor, action, payload, prev_hash, hash FROM audit_log ORDER BY seq");
    if (!st.ok())
        return st.error();
    QString prev = genesisHash();
    qint64 expected = 1;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        const qint64 seq = st->columnInt(0);
        const QString at = st->columnText(1), actor = st->columnText(2), action = st->columnText(3);
        const QByteArray payload = st->columnTextView(4).toByteArray();
        const QString prevHash = st->columnText(5), hash = st->columnText(6);
        ++r.entries;
        if (seq != expected)
            markBad(r, expected, QStringLiteral("audit entry %1 is missing (the next entry is %2)").arg(expected).arg(seq));
        else if (prevHash != prev)
            markBad(r, seq, QStringLiteral("audit entry %1 does not follow the entry before it (deleted, inserted or reordered)").arg(seq));
        else if (entryHash(prevHash, seq, at, actor, action, payload) != hash)
            markBad(r, seq, QStringLiteral("audit entry %1 (%2) was changed after it was written").arg(seq).arg(action));
        if (r.firstBad)
            return okStatus(); // everything after the first bad entry is untrustworthy
        const QJsonObject mv = QJsonDocument::fromJson(payload).object().value(QLatin1String("movements")).toObject();
        if (!mv.isEmpty())
            ranges.push_back({seq, qint64(mv.value(QLatin1String("first")).toDouble()),
                              qint64(mv.value(QLatin1String("last")).toDouble()),
                              qint64(mv.value(QLatin1String("count")).toDouble()),
                              mv.value(QLatin1String("digest")).toString()});
        prev = hash;
        expected = seq + 1;
        r.head = hash;
    }
    auto headSeq = reg::readMeta(db, QStringLiteral("audit_head_seq"));
    auto headHash = reg::readMeta(db, QStringLiteral("audit_head_hash"));
    if (!headSeq.ok() || !headHash.ok())
        return !headSeq.ok() ? headSeq.error() : headHash.error();
    const qint64 last = expected - 1;
    if (headSeq->toLongLong() != last || *headHash != (last == 0 ? QString() : prev))
        markBad(r, std::min(last + 1, headSeq->toLongLong()),
                QStringLiteral("the audit log ends at entry %1 but the register recorded its head at entry %2: entries were removed")
                    .arg(last)
                    .arg(*headSeq));
    return okStatus();
}

// Recomputes every vouched movement range from the movements table, in one streaming pass.
Status checkMovements(reg::Database &db, AuditReport &r, std::vector<MovementRange> &ranges, const Progress &progress)
{
    std::sort(ranges.begin(), ranges.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    auto total = countMovements(db);
    if (!total.ok())
        return total.error();
    auto st = db.prepare("SELECT id, client_id, asset_id, amount, kind, occurred_at, recorded_at, address_id, tx_hash, "
                         "block_height, corrects, withdrawal_id, batch_id, note FROM movements ORDER BY id");
    if (!st.ok())
        return st.error();
    size_t ri = 0;
    std::optional<ledger::MovementDigest> digest;
    auto closeRange = [&](const MovementRange &range) {
        const qint64 n = digest ? digest->count() : 0;
        const QString got = digest ? digest->finishHex() : QString();
        if (n != range.count || got != range.digest)
            markBad(r, range.seq, QStringLiteral("movements %1 to %2 recorded by audit entry %3 were changed or deleted")
                                      .arg(range.first).arg(range.last).arg(range.seq));
        digest.reset();
    };
    qint64 done = 0;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        const qint64 id = st->columnInt(0);
        while (ri < ranges.size() && id > ranges[ri].last) {
            closeRange(ranges[ri]);
            ++ri;
        }
        if (ri >= ranges.size() || id < ranges[ri].first) {
            markBad(r, r.entries + 1, QStringLiteral("movement %1 is not recorded by any audit entry (written outside Custos)").arg(id));
            continue;
        }
        if (!digest)
            digest.emplace();
        ledger::MovementFields f;
        f.id = id;
        f.clientId = st->columnInt(1);
        f.assetId = st->columnInt(2);
        f.amount = st->columnTextView(3);
        f.kind = st->columnTextView(4);
        f.occurredAt = st->columnTextView(5);
        f.recordedAt = st->columnTextView(6);
        f.addressId = st->columnOptionalInt(7);
        f.txHash = st->columnTextView(8);
        f.blockHeight = st->columnOptionalInt(9);
        f.corrects = st->columnOptionalInt(10);
        f.withdrawalId = st->columnOptionalInt(11);
        f.batchId = st->columnOptionalInt(12);
        f.note = st->columnTextView(13);
        digest->add(f);
        if (progress && (++done % 65536) == 0)
            progress(done, *total);
    }
    for (; ri < ranges.size(); ++ri)
        closeRange(ranges[ri]);
    if (progress)
        progress(*total, *total);
    return okStatus();
}

} // namespace

void reportFinding(AuditReport &r, std::optional<qint64> seq, const QString &problem)
{
    if (seq && (!r.firstBad || *seq < *r.firstBad)) {
        r.firstBad = seq;
        r.problem = problem;
    } else if (!seq && r.intact) {
        r.problem = problem;
    }
    r.intact = false;
}

Result<AuditReport> verify(reg::Database &db, const Progress &progress)
{
    AuditReport r;
    r.head = genesisHash();
    // Every page of the file first: a damaged page (its HMAC fails) is CannotOpen naming the
    // file, wherever it is, before any entry is judged.
    {
        auto check = db.prepare("PRAGMA quick_check");
        if (!check.ok())
            return check.error();
        auto row = check->step();
        if (!row.ok())
            return row.error();
        if (*row && check->columnText(0) != QLatin1String("ok"))
            return makeError(ErrorCode::CannotOpen, QStringLiteral("the register file %1 is damaged (%2); restore it from a backup")
                                                        .arg(db.path(), check->columnText(0)));
    }
    std::vector<MovementRange> ranges;
    CUSTOS_TRY(walkChain(db, r, ranges));
    if (!r.firstBad)
        CUSTOS_TRY(checkMovements(db, r, ranges, progress));
    CUSTOS_TRY(checkRecordedHeads(db, r));
    return r;
}

} // namespace custos::audit

