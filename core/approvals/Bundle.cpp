#include "approvals/Bundle.h"

#include "approvals/Canonical.h"
#include "approvals/Freeze.h"
#include "approvals/WithdrawalRows.h"
#include "audit/Anchor.h"
#include "crypto/Sha256.h"
#include "crypto/Signer.h"
#include "register/Register.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace custos::approvals {

namespace {

constexpr char kFormat[] = "custos-instruction-bundle-1";
constexpr char kKeysFormat[] = "custos-trusted-keys-1";

// Lower-case hex exactly as the exporter writes it, else empty: QByteArray::fromHex skips other
// characters, which would let bytes be added to a signature without changing what it decodes to.
QByteArray strictHex(const QJsonValue &v)
{
    const QByteArray text = v.toString().toLatin1();
    const QByteArray raw = QByteArray::fromHex(text);
    return raw.toHex() == text ? raw : QByteArray();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray exporterMessage(QJsonObject bundle)
{
    bundle.remove(QStringLiteral("exporter_signature"));
    return QByteArray(kBundleDomain) + compact(bundle);
}

// The exporter's signed audit head: present, for this register and export, signed by the exporter.
void checkHead(const QJsonObject &b, const QString &registerId, const QString &exporter, const QByteArray &exporterKey, BundleCheck &c)
{
    const QJsonValue v = b.value(QStringLiteral("audit_head"));
    if (!v.isObject()) {
        c.failures << QStringLiteral("the bundle carries no audit_head: the exporter's signed audit head is missing");
        return;
    }
    auto head = audit::signedHeadFromJson(v.toObject(), QStringLiteral("the bundle"));
    if (!head.ok()) {
        c.failures << head.message();
        return;
    }
    if (head->context != QLatin1String("withdrawal.export") || head->registerId != registerId || head->user != exporter
        || head->publicKey != exporterKey)
        c.failures << QStringLiteral("the audit head was not signed for this export (context %1, register %2, signed by %3): it "
                                     "belongs to another document or user")
                          .arg(head->context, head->registerId, head->user);
    else if (!audit::signedHeadValid(*head))
        c.failures << QStringLiteral("the audit head (entry %1) is not validly signed by the exporter's key").arg(head->seq);
    else {
        c.headSeq = head->seq;
        c.headHash = head->hash;
        c.headSignedAt = head->at;
        c.checks << QStringLiteral("audit head entry %1 (hash %2) signed by the exporter (%3) at %4")
                        .arg(head->seq).arg(head->hash, exporter, head->at);
    }
}

} // namespace

Result<QByteArray> exportBundle(reg::Register &r, qint64 id, const QString &outPath)
{
    CUSTOS_TRY(r.require(QStringLiteral("export instruction bundles"), {reg::Role::Operator}));
    CUSTOS_TRY(sweepExpired(r));
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto w = detail::load(r.db(), id);
    CUSTOS_TRY(w);
    if (w->status != QLatin1String("approved"))
        return makeError(ErrorCode::Found, QStringLiteral("withdrawal %1 is %2: only an approved withdrawal is exported").arg(id).arg(w->status));
    auto keys = r.db().prepare("SELECT client_id, asset_id FROM withdrawals WHERE id = ?");
    CUSTOS_TRY(keys);
    keys->bind(1, id);
    CUSTOS_TRY(keys->step());
    auto frozen = freezesHitting(r.db(), keys->columnInt(0), keys->columnInt(1));
    CUSTOS_TRY(frozen);
    if (!frozen->isEmpty())
        return makeError(ErrorCode::Found, QStringLiteral("withdrawal %1 cannot be exported while frozen (freeze %2, %3: %4)")
                                               .arg(id).arg(frozen->first().id).arg(frozen->first().scope(), frozen->first().reason));

    QJsonArray approvals;
    for (const Decision &d : w->decisions) {
        if (d.decision != QLatin1String("approve"))
            continue;
        approvals.append(QJsonObject{{QStringLiteral("signer"), d.signer}, {QStringLiteral("role"), d.signerRole},
                                     {QStringLiteral("public_key"), QString::fromLatin1(d.publicKey.toHex())},
                                     {QStringLiteral("decision"), d.decision}, {QStringLiteral("signed_at"), d.signedAt},
                                     {QStringLiteral("signature"), QString::fromLatin1(d.signature.toHex())}});
    }
    const QJsonObject request{
        {QStringLiteral("id"), double(w->id)}, {QStringLiteral("client"), w->client}, {QStringLiteral("asset"), w->asset},
        {QStringLiteral("chain"), w->chain}, {QStringLiteral("decimals"), w->decimals}, {QStringLiteral("amount"), w->amountText()},
        {QStringLiteral("amount_base_units"), w->amount.toBaseUnits()}, {QStringLiteral("from"), w->source},
        {QStringLiteral("to"), w->destination}, {QStringLiteral("maker"), w->maker}, {QStringLiteral("created_at"), w->createdAt},
        {QStringLiteral("expires_at"), w->expiresAt}, {QStringLiteral("policy_version"), double(w->policyVersion)},
        {QStringLiteral("approvals_required"), w->needs}, {QStringLiteral("approver_role"), w->approverRole},
        {QStringLiteral("approvers_named"), QJsonArray::fromStringList(w->approversNamed)}};
    // The register's audit head as exported, signed by the exporter: the signing desk's copy of
    // the bundle later proves the history up to it unchanged (`audit verify --anchor BUNDLE`).
    auto head = audit::signCurrentHead(r, QStringLiteral("withdrawal.export"), false);
    CUSTOS_TRY(head);
    const QString now = nowUtc();
    QJsonObject bundle{{QStringLiteral("format"), QLatin1String(kFormat)}, {QStringLiteral("register"), r.registerId()},
                       {QStringLiteral("request"), request}, {QStringLiteral("approvals"), approvals},
                       {QStringLiteral("exported_by"), r.user().name}, {QStringLiteral("exported_at"), now},
                       {QStringLiteral("exporter_public_key"), QString::fromLatin1(r.user().publicKey.toHex())},
                       {QStringLiteral("audit_head"), audit::signedHeadJson(*head)}};
    auto sig = crypto::ed25519Sign(r.signingSeed(), exporterMessage(bundle));
    CUSTOS_TRY(sig);
    bundle.insert(QStringLiteral("exporter_signature"), QString::fromLatin1(sig->toHex()));
    const QByteArray bytes = compact(bundle) + '\n';

    auto up = r.db().prepare("UPDATE withdrawals SET exported_at = ?, exported_by = ? WHERE id = ?");
    CUSTOS_TRY(up);
    up->bind(1, now).bind(2, r.user().name).bind(3, id);
    CUSTOS_TRY(up->run());
    CUSTOS_TRY(r.audit(QStringLiteral("withdrawal.export"),
                       QJsonObject{{QStringLiteral("id"), double(id)}, {QStringLiteral("file"), outPath},
                                   {QStringLiteral("sha256"), QString::fromLatin1(crypto::sha256(bytes).toHex())}}));
    QSaveFile f(outPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot write the bundle to %1: %2").arg(outPath, f.errorString()));
    CUSTOS_TRY(tx.commit());
    return bytes;
}

Result<QByteArray> trustedKeysDocument(reg::Register &r)
{
    auto users = r.users();
    CUSTOS_TRY(users);
    QJsonArray arr;
    for (const reg::UserInfo &u : *users)
        arr.append(QJsonObject{{QStringLiteral("name"), u.name}, {QStringLiteral("role"), reg::roleName(u.role)},
                               {QStringLiteral("public_key"), QString::fromLatin1(u.publicKey.toHex())}});
    const QJsonObject doc{{QStringLiteral("format"), QLatin1String(kKeysFormat)}, {QStringLiteral("register"), r.registerId()},
                          {QStringLiteral("exported_at"), nowUtc()}, {QStringLiteral("users"), arr}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Result<TrustedKeys> parseTrustedKeys(const QByteArray &json, const QString &path)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kKeysFormat))
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 is not a Custos trusted-keys file (write one with user keys --out FILE)").arg(path));
    TrustedKeys t;
    t.registerId = o.value(QStringLiteral("register")).toString();
    for (const QJsonValue v : o.value(QStringLiteral("users")).toArray()) {
        const QJsonObject u = v.toObject();
        const QByteArray key = strictHex(u.value(QStringLiteral("public_key")));
        if (u.value(QStringLiteral("name")).toString().isEmpty() || key.size() != crypto::kEd25519PublicKeySize)
            return makeError(ErrorCode::BadInput, QStringLiteral("%1 holds a user without a name or a 32-byte public key").arg(path));
        t.users << TrustedKey{u.value(QStringLiteral("name")).toString(), u.value(QStringLiteral("role")).toString(), key};
    }
    return t;
}

BundleCheck verifyBundle(const QByteArray &bytes, const TrustedKeys *trusted)
{
    BundleCheck c;
    auto fail = [&](const QString &s) { c.failures << s; };
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(QStringLiteral("the file is not a JSON object (%1 at offset %2)").arg(err.errorString()).arg(err.offset));
        return c;
    }
    const QJsonObject b = doc.object();
    if (b.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        fail(QStringLiteral("the file is not a Custos instruction bundle (format is not %1)").arg(QLatin1String(kFormat)));
        return c;
    }
    if (compact(b) + '\n' != bytes)
        fail(QStringLiteral("the file is not byte-for-byte in its canonical form: it was edited after export"));
    else
        c.checks << QStringLiteral("canonical form");

    const QJsonObject req = b.value(QStringLiteral("request")).toObject();
    const QString registerId = b.value(QStringLiteral("register")).toString();
    c.requestId = req.value(QStringLiteral("id")).toInteger(); // 0 unless a whole number in range (never cast a double)
    c.client = req.value(QStringLiteral("client")).toString();
    c.asset = req.value(QStringLiteral("asset")).toString();
    c.amount = req.value(QStringLiteral("amount")).toString();
    c.to = req.value(QStringLiteral("to")).toString();
    c.required = req.value(QStringLiteral("approvals_required")).toInt();
    const QString maker = req.value(QStringLiteral("maker")).toString();
    const QString role = req.value(QStringLiteral("approver_role")).toString();
    QStringList named;
    for (const QJsonValue v : req.value(QStringLiteral("approvers_named")).toArray())
        named << v.toString();
    const int decimals = req.value(QStringLiteral("decimals")).toInt(-1);
    const QString baseUnits = req.value(QStringLiteral("amount_base_units")).toString();
    auto whole = Amount::parse(c.amount, qBound(0, decimals, 38));
    auto base = Amount::parseBaseUnits(baseUnits);
    if (c.requestId <= 0 || c.client.isEmpty() || c.asset.isEmpty() || c.to.isEmpty() || maker.isEmpty() || decimals < 0)
        fail(QStringLiteral("the request is incomplete (id, client, asset, to, maker and decimals are required)"));
    if (!whole.ok() || !base.ok() || *whole != *base || base->isNegative() || base->isZero())
        fail(QStringLiteral("the amount %1 does not match amount_base_units %2").arg(c.amount, baseUnits));
    if (c.required < 1)
        fail(QStringLiteral("approvals_required is %1; at least 1 approval is always required").arg(c.required));
    if (trusted && trusted->registerId != registerId)
        fail(QStringLiteral("the bundle comes from register %1, not from the register of the trusted keys (%2)").arg(registerId, trusted->registerId));

    auto pinned = [&](const QString &name) -> const TrustedKey * {
        if (!trusted)
            return nullptr;
        for (const TrustedKey &k : trusted->users)
            if (k.name == name)
                return &k;
        return nullptr;
    };

    QSet<QString> signers;
    QSet<QByteArray> keys;
    const QJsonArray approvals = b.value(QStringLiteral("approvals")).toArray();
    for (qsizetype i = 0; i < approvals.size(); ++i) {
        const QJsonObject a = approvals[i].toObject();
        const QString signer = a.value(QStringLiteral("signer")).toString();
        const QString what = QStringLiteral("approval %1 (%2)").arg(i + 1).arg(signer);
        const QByteArray pub = strictHex(a.value(QStringLiteral("public_key")));
        const QByteArray sig = strictHex(a.value(QStringLiteral("signature")));
        bool ok = true;
        if (a.value(QStringLiteral("decision")).toString() != QLatin1String("approve")) {
            fail(QStringLiteral("%1: its decision is '%2', not approve").arg(what, a.value(QStringLiteral("decision")).toString()));
            ok = false;
        }
        if (signers.contains(signer) || keys.contains(pub)) {
            fail(QStringLiteral("%1: the same signer or public key signs twice").arg(what));
            ok = false;
        }
        signers.insert(signer);
        keys.insert(pub);
        if (signer == maker) {
            fail(QStringLiteral("%1: the maker of the request signed it").arg(what));
            ok = false;
        }
        if (a.value(QStringLiteral("role")).toString() != role || (!named.isEmpty() && !named.contains(signer))) {
            fail(QStringLiteral("%1: the signer is not an approver the policy allows (role %2%3)")
                     .arg(what, role, named.isEmpty() ? QString() : QStringLiteral(", named ") + named.join(QStringLiteral(", "))));
            ok = false;
        }
        DecisionFields f;
        f.registerId = registerId;
        f.requestId = c.requestId;
        f.client = c.client;
        f.asset = c.asset;
        f.amountBaseUnits = baseUnits;
        f.from = req.value(QStringLiteral("from")).toString();
        f.to = c.to;
        f.policyVersion = req.value(QStringLiteral("policy_version")).toInteger(-1);
        f.required = c.required;
        f.expiresAt = req.value(QStringLiteral("expires_at")).toString();
        f.decision = a.value(QStringLiteral("decision")).toString();
        f.signedAt = a.value(QStringLiteral("signed_at")).toString();
        f.signer = signer;
        auto msg = decisionMessage(f);
        if (!msg.ok() || !crypto::ed25519Verify(pub, *msg, sig)) {
            fail(QStringLiteral("%1: the signature does not verify over the request (amount, destination, or the signature itself changed)").arg(what));
            ok = false;
        }
        if (trusted) {
            const TrustedKey *k = pinned(signer);
            if (!k || k->publicKey != pub) {
                fail(QStringLiteral("%1: the public key is not the trusted key of user '%2'").arg(what, signer));
                ok = false;
            } else if (k->role != role) {
                fail(QStringLiteral("%1: user '%2' has the role %3 in the trusted keys, not %4").arg(what, signer, k->role, role));
                ok = false;
            }
        }
        if (ok)
            ++c.approvals;
    }
    if (c.approvals < c.required)
        fail(QStringLiteral("%1 valid approvals of the %2 required").arg(c.approvals).arg(c.required));
    else
        c.checks << QStringLiteral("%1 valid approvals of %2 required, distinct signers, maker not among them").arg(c.approvals).arg(c.required);

    const QString exporter = b.value(QStringLiteral("exported_by")).toString();
    const QByteArray exporterKey = strictHex(b.value(QStringLiteral("exporter_public_key")));
    const QByteArray exporterSig = strictHex(b.value(QStringLiteral("exporter_signature")));
    if (!crypto::ed25519Verify(exporterKey, exporterMessage(b), exporterSig))
        fail(QStringLiteral("the exporter's signature over the bundle does not verify"));
    else
        c.checks << QStringLiteral("exporter signature (%1)").arg(exporter);
    checkHead(b, registerId, exporter, exporterKey, c);
    if (trusted) {
        const TrustedKey *k = pinned(exporter);
        if (!k || k->publicKey != exporterKey)
            fail(QStringLiteral("the exporter's public key is not the trusted key of user '%1'").arg(exporter));
        else if (k->role != QLatin1String("operator"))
            fail(QStringLiteral("the exporter '%1' has the role %2 in the trusted keys; bundles are exported by operators").arg(exporter, k->role));
        else
            c.checks << QStringLiteral("every public key matches the trusted keys");
    }
    c.valid = c.failures.isEmpty();
    return c;
}

} // namespace custos::approvals
