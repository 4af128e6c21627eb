#pragma once
// Hash-chained audit log. Every change appends one entry inside the same SQL transaction as the
// change itself; each entry's hash covers the previous hash, its sequence number, time, actor,
// action and canonical JSON payload, so an edited, deleted, inserted or reordered entry breaks
// the chain. Entries that record movements carry a digest of those movement rows, so editing or
// deleting a movement is found as well.

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace custos::reg {
class Database;
}

namespace custos::audit {

struct AuditEntry {
    qint64 seq = 0;
    QString at;
    QString actor;
    QString action;
    QByteArray payload; // canonical (compact, key-sorted) JSON
    QString prevHash;   // hex
    QString hash;       // hex
};

QString genesisHash();
QByteArray canonicalJson(const QJsonObject &o);
QString entryHash(const QString &prevHash, qint64 seq, const QString &at, const QString &actor,
                  const QString &action, const QByteArray &payload);

// Appends an entry; the caller holds the transaction.
Result<AuditEntry> append(reg::Database &db, const QString &actor, const QString &action, const QJsonObject &payload);

struct AuditReport {
    bool intact = true;
    qint64 entries = 0;
    QString head;                  // hash of the last entry (genesis hash when empty)
    std::optional<qint64> firstBad; // sequence number of the first bad entry
    QString problem;               // a sentence naming what is wrong
};

using Progress = std::function<void(qint64 done, qint64 total)>;

// Walks the whole chain and every movement the chain covers, and checks the audit heads signed
// by reconciliation runs (audit/Anchor.h). Streams: memory stays bounded.
Result<AuditReport> verify(reg::Database &db, const Progress &progress = {});

// Records a finding in a report: intact becomes false; a finding at an entry (seq) replaces the
// reported one when it is earlier; a finding without an entry (e.g. a bad anchor signature) is
// reported when nothing else is.
void reportFinding(AuditReport &r, std::optional<qint64> seq, const QString &problem);

} // namespace custos::audit
