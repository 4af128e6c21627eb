#pragma once
// Signed instruction bundles: what the signing platform receives for an approved withdrawal, and
// the offline check of one (`custosctl verify-bundle`, no register needed).
//
// A bundle is one JSON object written in Qt's compact form (keys sorted, no spaces) followed by
// one "\n". Keys: format ("custos-instruction-bundle-1"), register (id), request {id, client,
// asset, chain, decimals, amount (whole units), amount_base_units, from, to, maker, created_at,
// expires_at, policy_version, approvals_required, approver_role, approvers_named [...]},
// approvals [{signer, role, public_key (hex), decision, signed_at, signature (hex)}], exported_by,
// exported_at, exporter_public_key (hex), audit_head and exporter_signature (hex): the
// exporter's Ed25519 signature over "custos-instruction-bundle-v1\n" followed by the compact JSON
// of the bundle without exporter_signature. audit_head is the register's audit head at export,
// signed by the exporter (audit::signedHeadJson: {context "withdrawal.export", register_id, seq,
// hash, signed_at, signed_by, public_key, signature}); verify-bundle checks its signature by the
// exporter's key, and `audit verify --anchor BUNDLE` proves the register's history up to it. Each approval's signature is over decisionMessage() (Canonical.h)
// rebuilt from the request fields. The verifier refuses a file that is not exactly in that
// compact form, so any changed byte is caught.

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace custos::reg {
class Register;
}

namespace custos::approvals {

// Operator, once approved (not frozen). Writes FILE atomically, records exported_at/by, audits
// withdrawal.export with the file's SHA-256. Returns the bundle's bytes.
Result<QByteArray> exportBundle(reg::Register &r, qint64 id, const QString &outPath);

// The users' public keys and roles (`user keys --out FILE`): pinned by verify-bundle
// --trusted-keys so a bundle whose public keys were swapped is caught.
// {"format":"custos-trusted-keys-1","register":…,"exported_at":…,"users":[{"name","role","public_key"}]}
Result<QByteArray> trustedKeysDocument(reg::Register &r);

struct TrustedKey {
    QString name;
    QString role;
    QByteArray publicKey;
};
struct TrustedKeys {
    QString registerId;
    QList<TrustedKey> users;
};
Result<TrustedKeys> parseTrustedKeys(const QByteArray &json, const QString &pathForErrors);

struct BundleCheck {
    bool valid = false;
    QStringList failures; // each a sentence naming what failed
    QStringList checks;   // what was checked and passed
    qint64 requestId = 0;
    QString client;
    QString asset;
    QString amount;
    QString to;
    int approvals = 0;
    int required = 0;
    qint64 headSeq = -1; // the exporter's signed audit head, when it verified
    QString headHash;
    QString headSignedAt;
};

// Never fails: a damaged or forged file is an invalid check naming why.
BundleCheck verifyBundle(const QByteArray &bytes, const TrustedKeys *trusted = nullptr);

} // namespace custos::approvals
