// Signed audit heads as the JSON object statements, instruction bundles and evidence manifests
// carry, and reading one out of any of those files (or an anchor file) for `audit verify --anchor`.

#include "audit/Anchor.h"

#include "crypto/Signer.h"

#include <QFile>
#include <QJsonDocument>

namespace custos::audit {

namespace {

constexpr qint64 kMaxHeadFileBytes = qint64(256) << 20; // a statement twin of a very active client

Error notAHeadFile(const QString &file, const QString &why)
{
    return makeError(ErrorCode::BadInput,
                     QStringLiteral("%1 is not a Custos audit anchor and carries no signed audit head (%2); pass an anchor file ('audit anchor --out'), a statement's "
                                    "JSON twin, an instruction bundle or an evidence pack's manifest.json")
                         .arg(file, why));
}

bool isHex(const QString &s, qsizetype bytes)
{
    return s.size() == bytes * 2 && QByteArray::fromHex(s.toLatin1()).toHex() == s.toLatin1();
}

} // namespace

QJsonObject signedHeadJson(const SignedHead &head)
{
    return QJsonObject{{QStringLiteral("context"), head.context},
                       {QStringLiteral("register_id"), head.registerId},
                       {QStringLiteral("seq"), double(head.seq)},
                       {QStringLiteral("hash"), head.hash},
                       {QStringLiteral("signed_at"), head.at},
                       {QStringLiteral("signed_by"), head.user},
                       {QStringLiteral("public_key"), QString::fromLatin1(head.publicKey.toHex())},
                       {QStringLiteral("signature"), QString::fromLatin1(head.signature.toHex())}};
}

Result<SignedHead> signedHeadFromJson(const QJsonObject &o, const QString &where)
{
    SignedHead h;
    h.context = o.value(QStringLiteral("context")).toString();
    h.registerId = o.value(QStringLiteral("register_id")).toString();
    const double seq = o.value(QStringLiteral("seq")).toDouble(-1);
    h.seq = qint64(seq);
    h.hash = o.value(QStringLiteral("hash")).toString();
    h.at = o.value(QStringLiteral("signed_at")).toString();
    h.user = o.value(QStringLiteral("signed_by")).toString();
    const QString pub = o.value(QStringLiteral("public_key")).toString();
    const QString sig = o.value(QStringLiteral("signature")).toString();
    QString bad;
    if (h.context.isEmpty() || h.registerId.isEmpty() || h.at.isEmpty() || h.user.isEmpty())
        bad = QStringLiteral("context, register_id, signed_at and signed_by are required");
    else if (seq < 0 || double(h.seq) != seq || seq > 9007199254740992.0)
        bad = QStringLiteral("seq is not a whole number of at least 0");
    else if (!isHex(h.hash, 32))
        bad = QStringLiteral("hash is not 64 hex digits");
    else if (!isHex(pub, crypto::kEd25519PublicKeySize) || !isHex(sig, crypto::kEd25519SignatureSize))
        bad = QStringLiteral("public_key or signature is not an Ed25519 key or signature in hex");
    if (!bad.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("the signed audit head in %1 is malformed: %2").arg(where, bad));
    h.publicKey = QByteArray::fromHex(pub.toLatin1());
    h.signature = QByteArray::fromHex(sig.toLatin1());
    return h;
}

bool signedHeadValid(const SignedHead &head)
{
    return crypto::ed25519Verify(head.publicKey, signedHeadMessage(head), head.signature);
}

Result<SignedHead> readSignedHeadFrom(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
    if (f.size() > kMaxHeadFileBytes)
        return notAHeadFile(file, QStringLiteral("it is larger than any of those files"));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return notAHeadFile(file, QStringLiteral("it is not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() == QLatin1String("custos-audit-anchor"))
        return readAnchor(file);
    // A statement twin and an instruction bundle carry "audit_head"; an evidence manifest carries
    // it under its compliance signature, beside the plain head hash "audit_head".
    QJsonValue head = o.value(QStringLiteral("audit_head"));
    if (!head.isObject())
        head = o.value(QStringLiteral("signed")).toObject().value(QStringLiteral("signed_audit_head"));
    if (!head.isObject())
        return notAHeadFile(file, QStringLiteral("no audit_head object"));
    return signedHeadFromJson(head.toObject(), file);
}

} // namespace custos::audit
