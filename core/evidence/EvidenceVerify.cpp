// Checks an evidence pack with nothing but its own files: hashes, sizes, no file added or
// removed, and the manifest's Ed25519 signature (optionally pinned to a trusted key).

#include "evidence/Evidence.h"
#include "evidence/EvidenceInternal.h"

#include "audit/Anchor.h"
#include "audit/AuditLog.h"
#include "crypto/Signer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace custos::evidence {

Result<VerifyResult> verifyEvidence(const QString &dir, const QString &trustedKeyHex)
{
    if (!QFileInfo(dir).isDir())
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 is not a folder; verify-evidence takes the evidence pack's folder").arg(dir));
    QByteArray trusted;
    if (!trustedKeyHex.isEmpty()) {
        trusted = QByteArray::fromHex(trustedKeyHex.toLatin1());
        if (trusted.size() != crypto::kEd25519PublicKeySize || QString::fromLatin1(trusted.toHex()) != trustedKeyHex.toLower())
            return makeError(ErrorCode::BadInput, QStringLiteral("--trusted-key must be an Ed25519 public key as 64 hex digits"));
    }
    VerifyResult res;
    const QString manifestPath = dir + QLatin1Char('/') + manifestName();
    QFile mf(manifestPath);
    if (!mf.open(QIODevice::ReadOnly)) {
        res.problems << QStringLiteral("%1 is missing: the pack cannot be checked").arg(manifestName());
        return res;
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(mf.readAll(), &perr);
    const QJsonObject manifest = doc.object();
    const QJsonObject signedPart = manifest.value(QLatin1String("signed")).toObject();
    if (perr.error != QJsonParseError::NoError || !doc.isObject() || signedPart.value(QLatin1String("format")).toString() != QLatin1String(kManifestFormat)) {
        res.problems << QStringLiteral("%1 is not a Custos evidence manifest (%2)")
                            .arg(manifestName(), perr.error != QJsonParseError::NoError ? perr.errorString() : QStringLiteral("unknown format"));
        return res;
    }
    res.publicKey = signedPart.value(QLatin1String("public_key")).toString();
    res.producedBy = signedPart.value(QLatin1String("produced_by")).toString();
    res.producedAt = signedPart.value(QLatin1String("produced_at")).toString();
    res.registerId = signedPart.value(QLatin1String("register_id")).toString();

    const QByteArray publicKey = QByteArray::fromHex(res.publicKey.toLatin1());
    const QByteArray signature = QByteArray::fromHex(manifest.value(QLatin1String("signature")).toString().toLatin1());
    if (!crypto::ed25519Verify(publicKey, audit::canonicalJson(signedPart), signature))
        res.problems << QStringLiteral("%1: the signature does not verify with the public key %2: the manifest was changed or not signed by that key")
                            .arg(manifestName(), res.publicKey);
    if (!trusted.isEmpty() && publicKey != trusted)
        res.problems << QStringLiteral("%1 is signed by the key %2, not by the trusted key %3").arg(manifestName(), res.publicKey, trustedKeyHex.toLower());

    // The signed audit head (packs written before it existed have none): signed by the
    // manifest's own key, for the manifest's register.
    const QJsonValue headValue = signedPart.value(QLatin1String("signed_audit_head"));
    if (!headValue.isUndefined()) {
        auto head = audit::signedHeadFromJson(headValue.toObject(), manifestName());
        if (!head.ok())
            res.problems << head.message();
        else if (head->publicKey != publicKey || head->registerId != res.registerId || head->context != QLatin1String("evidence")
                 || !audit::signedHeadValid(*head))
            res.problems << QStringLiteral("%1: the signed audit head (entry %2) is not validly signed for this pack by its producer's key")
                                .arg(manifestName()).arg(head->seq);
        else
            res.auditHeadSeq = head->seq;
    }
    QSet<QString> listed;
    const QJsonArray files = signedPart.value(QLatin1String("files")).toArray();
    for (const QJsonValue v : files) {
        const QJsonObject f = v.toObject();
        const QString name = f.value(QLatin1String("name")).toString();
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name == QLatin1String("..")) {
            res.problems << QStringLiteral("%1 lists a file name that is not a plain file name: '%2'").arg(manifestName(), name);
            continue;
        }
        listed.insert(name);
        ++res.files;
        const QString path = dir + QLatin1Char('/') + name;
        const QFileInfo fi(path);
        if (!fi.exists() || !fi.isFile()) {
            res.problems << QStringLiteral("%1 was removed (the manifest lists it)").arg(name);
            continue;
        }
        auto sha = fileSha256Hex(path);
        if (!sha.ok())
            return sha.error();
        // The size compared as a double: a manifest may claim any number (never cast it to an integer).
        if (*sha != f.value(QLatin1String("sha256")).toString() || f.value(QLatin1String("size")).toDouble(-1) != double(fi.size()))
            res.problems << QStringLiteral("%1 was changed (its SHA-256 is %2, the manifest says %3)")
                                .arg(name, *sha, f.value(QLatin1String("sha256")).toString());
    }
    const QStringList present = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString &name : present)
        if (name != manifestName() && !listed.contains(name))
            res.problems << QStringLiteral("%1 was added (the manifest does not list it)").arg(name);
    res.valid = res.problems.isEmpty();
    return res;
}

} // namespace custos::evidence
