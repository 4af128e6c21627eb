#pragma once
// Signed audit heads: the defence against an insider who holds the master key and rewrites the
// whole hash chain consistently (every hash recomputed, so `audit verify` alone sees nothing).
//
// A signed head names the register, an audit sequence number and the chain hash of that entry,
// who signed it and when, signed with that user's Ed25519 key (which the master key does not
// open: each user's seed is wrapped by their own password). Two uses:
// - an anchor FILE (`custosctl audit anchor --out FILE`) kept outside the register (auditor,
//   WORM storage, e-mail): `audit verify --anchor FILE` proves the history up to it unchanged.
//   The file also lists checkpoint hashes (every entry for up to 4096 entries, else evenly
//   spaced) so a difference is named: the exact entry, or the window of entries it lies in;
// - every reconciliation run and every client statement records the head it saw, signed by its
//   user; `audit verify` checks each of them against the chain;
// - statements (JSON twin), instruction bundles and evidence manifests carry the head in a JSON
//   object (signedHeadJson), so `audit verify --anchor` takes any of them as well as an anchor
//   file: it proves the history up to that head unchanged.

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace custos::reg {
class Database;
class Register;
} // namespace custos::reg

namespace custos::audit {

struct AuditReport;

struct SignedHead {
    QString registerId;
    qint64 seq = 0;     // 0 for an empty log
    QString hash;       // chain hash of entry seq (hex)
    QString at;         // when it was signed (UTC)
    QString user;       // who signed
    QByteArray publicKey;
    QByteArray signature;
    QString context;    // what it belongs to: "anchor", "reconcile.run", "statement", "withdrawal.export", "evidence"
    QList<QPair<qint64, QString>> checkpoints; // (seq, hash), ascending, ending with (seq, hash)
};

// The exact bytes signed: format tag, register id, seq, hash, time, user, context and the
// SHA-256 of the checkpoint list.
QByteArray signedHeadMessage(const SignedHead &head);

// The register's current head (as recorded in its meta table), signed by the signed-in user.
// `withCheckpoints` walks the log for the checkpoint list (anchor files). Denied for the
// recovery actor, which has no signing key.
Result<SignedHead> signCurrentHead(reg::Register &r, const QString &context, bool withCheckpoints);

// Writes an anchor file (atomically) for the current head and records an audit.anchor entry.
// Refuses (Found) when the log is not intact: an anchor must never vouch for tampered history.
Result<SignedHead> writeAnchor(reg::Register &r, const QString &file);
Result<SignedHead> readAnchor(const QString &file); // BadInput when it is not an anchor file

// The head as the JSON object documents carry (no checkpoints):
// {"context","register_id","seq","hash","signed_at","signed_by","public_key","signature"},
// keys and signature as hex. signedHeadFromJson is BadInput, naming `where`, when a field is
// missing or malformed; it does not check the signature (signedHeadValid does).
QJsonObject signedHeadJson(const SignedHead &head);
Result<SignedHead> signedHeadFromJson(const QJsonObject &o, const QString &where);
// Whether the head's signature verifies with the public key it names.
bool signedHeadValid(const SignedHead &head);

// The signed head in FILE: an anchor file, a statement's JSON twin ("audit_head"), an
// instruction bundle ("audit_head") or an evidence pack's manifest.json
// ("signed"."signed_audit_head"). BadInput, naming the file, for anything else.
Result<SignedHead> readSignedHeadFrom(const QString &file);

// Checks the history against an anchor (or any signed head read from a file) and records any
// difference in `report` (intact false, firstBad, problem): the signature, the signer's key in
// the register's user table, and the chain hash at every checkpoint (or at the head's entry when
// it has none). BadInput when the head belongs to another register.
Status checkAnchor(reg::Database &db, const SignedHead &anchor, const QString &file, AuditReport &report);

// Checks the signed heads recorded by reconciliation runs and client statements (signature by
// the recording user's key in the register, and the chain hash at that seq); differences go to
// `report`.
Status checkRecordedHeads(reg::Database &db, AuditReport &report);

} // namespace custos::audit
