#include "audit/Anchor.h"

#include "audit/AuditLog.h"
#include "crypto/Sha256.h"
#include "crypto/Signer.h"
#include "register/Database.h"
#include "register/Meta.h"
#include "register/Register.h"
#include "util/Time.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace custos::audit {

namespace {

constexpr char kAnchorFormat[] = "custos-audit-anchor";
constexpr int kAnchorVersion = 1;
constexpr qint64 kMaxCheckpoints = 4096;
constexpr qint64 kMaxAnchorBytes = qint64(4) << 20;

void addField(crypto::Sha256 &h, QByteArrayView bytes)
{
    h.add(QByteArray::number(bytes.size()) + ':');
    h.add(bytes);
}

// Every `stride`-th entry up to seq, and seq itself.
qint64 strideFor(qint64 seq)
{
    return std::max<qint64>(1, (seq + kMaxCheckpoints - 1) / kMaxCheckpoints);
}

Result<QList<QPair<qint64, QString>>> readCheckpoints(reg::Database &db, qint64 seq)
{
    QList<QPair<qint64, QString>> out;
    if (seq <= 0)
        return out;
    const qint64 stride = strideFor(seq);
    auto st = db.prepare("SELECT seq, hash FROM audit_log WHERE seq <= ? AND (seq % ? = 0 OR seq = ?) ORDER BY seq");
    if (!st.ok())
        return st.error();
    st->bind(1, seq).bind(2, stride).bind(3, seq);
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        out.append({st->columnInt(0), st->columnText(1)});
    }
    return out;
}

Result<QByteArray> publicKeyOf(reg::Database &db, const QString &user)
{
    auto st = db.prepare("SELECT public_key FROM users WHERE name = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, user);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return QByteArray();
    return st->columnBlob(0);
}

Result<std::optional<QString>> hashAt(reg::Statement &st, qint64 seq)
{
    st.reset();
    st.bind(1, seq);
    auto row = st.step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>(st.columnText(0));
}

Error badAnchor(const QString &file, const QString &why)
{
    return makeError(ErrorCode::BadInput, QStringLiteral("%1 is not a Custos audit anchor (%2); pass the file written by 'audit anchor --out'")
                                              .arg(file, why));
}

} // namespace

QByteArray signedHeadMessage(const SignedHead &head)
{
    crypto::Sha256 list;
    for (const auto &c : head.checkpoints) {
        addField(list, QByteArray::number(c.first));
        addField(list, c.second.toLatin1());
    }
    QByteArray msg = "custos-signed-head/v1\n";
    for (const QByteArray &f : {head.registerId.toUtf8(), QByteArray::number(head.seq), head.hash.toLatin1(), head.at.toUtf8(),
                                head.user.toUtf8(), head.context.toUtf8(), list.finish().toHex()}) {
        msg += QByteArray::number(f.size()) + ':' + f + '\n';
    }
    return msg;
}

Result<SignedHead> signCurrentHead(reg::Register &r, const QString &context, bool withCheckpoints)
{
    if (r.signingSeed().isEmpty() || r.user().id == 0)
        return makeError(ErrorCode::Denied,
                         QStringLiteral("%1 has no signing key: sign an audit head as a register user, not with the recovery key").arg(r.user().name));
    SignedHead h;
    h.registerId = r.registerId();
    auto seq = reg::readMeta(r.db(), QStringLiteral("audit_head_seq"));
    auto hash = reg::readMeta(r.db(), QStringLiteral("audit_head_hash"));
    if (!seq.ok() || !hash.ok())
        return !seq.ok() ? seq.error() : hash.error();
    h.seq = seq->toLongLong();
    h.hash = h.seq == 0 ? genesisHash() : *hash;
    h.at = nowUtc();
    h.user = r.user().name;
    h.publicKey = r.user().publicKey;
    h.context = context;
    if (withCheckpoints) {
        auto cps = readCheckpoints(r.db(), h.seq);
        if (!cps.ok())
            return cps.error();
        h.checkpoints = *cps;
        if (h.seq > 0 && (h.checkpoints.isEmpty() || h.checkpoints.constLast() != qMakePair(h.seq, h.hash)))
            return makeError(ErrorCode::Found, QStringLiteral("the audit log does not end at the recorded head (entry %1); run 'audit verify'").arg(h.seq));
    }
    auto sig = crypto::ed25519Sign(r.signingSeed(), signedHeadMessage(h));
    if (!sig.ok())
        return sig.error();
    h.signature = *sig;
    return h;
}

Result<SignedHead> writeAnchor(reg::Register &r, const QString &file)
{
    auto report = verify(r.db());
    if (!report.ok())
        return report.error();
    if (!report->intact)
        return makeError(ErrorCode::Found, QStringLiteral("the audit log is tampered (%1); an anchor must not vouch for it").arg(report->problem));
    reg::Transaction tx(r.db());
    CUSTOS_TRY(tx.begun());
    auto head = signCurrentHead(r, QStringLiteral("anchor"), true);
    if (!head.ok())
        return head.error();
    QJsonArray cps;
    for (const auto &c : head->checkpoints)
        cps.append(QJsonArray{double(c.first), c.second});
    const QJsonObject doc{{QStringLiteral("format"), QLatin1String(kAnchorFormat)},
                          {QStringLiteral("version"), kAnchorVersion},
                          {QStringLiteral("register_id"), head->registerId},
                          {QStringLiteral("seq"), double(head->seq)},
                          {QStringLiteral("hash"), head->hash},
                          {QStringLiteral("at"), head->at},
                          {QStringLiteral("user"), head->user},
                          {QStringLiteral("context"), head->context},
                          {QStringLiteral("public_key"), QString::fromLatin1(head->publicKey.toHex())},
                          {QStringLiteral("signature"), QString::fromLatin1(head->signature.toHex())},
                          {QStringLiteral("checkpoints"), cps}};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(doc).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot write the anchor file %1: %2").arg(file, out.errorString()));
    CUSTOS_TRY(r.audit(QStringLiteral("audit.anchor"), QJsonObject{{QStringLiteral("seq"), double(head->seq)},
                                                                   {QStringLiteral("hash"), head->hash},
                                                                   {QStringLiteral("file"), file}}));
    CUSTOS_TRY(tx.commit());
    return head;
}

Result<SignedHead> readAnchor(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot read the anchor file %1: %2").arg(file, f.errorString()));
    if (f.size() > kMaxAnchorBytes)
        return badAnchor(file, QStringLiteral("it is larger than any anchor"));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return badAnchor(file, QStringLiteral("not JSON"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kAnchorFormat) || o.value(QStringLiteral("version")).toInt() != kAnchorVersion)
        return badAnchor(file, QStringLiteral("unknown format or version"));
    SignedHead h;
    h.registerId = o.value(QStringLiteral("register_id")).toString();
    h.seq = qint64(o.value(QStringLiteral("seq")).toDouble(-1));
    h.hash = o.value(QStringLiteral("hash")).toString();
    h.at = o.value(QStringLiteral("at")).toString();
    h.user = o.value(QStringLiteral("user")).toString();
    h.context = o.value(QStringLiteral("context")).toString();
    h.publicKey = QByteArray::fromHex(o.value(QStringLiteral("public_key")).toString().toLatin1());
    h.signature = QByteArray::fromHex(o.value(QStringLiteral("signature")).toString().toLatin1());
    qint64 last = 0;
    for (const QJsonValue v : o.value(QStringLiteral("checkpoints")).toArray()) {
        const QJsonArray pair = v.toArray();
        const qint64 seq = qint64(pair.at(0).toDouble(-1));
        if (pair.size() != 2 || seq <= last || seq > h.seq || !pair.at(1).isString())
            return badAnchor(file, QStringLiteral("its checkpoints are not in order"));
        h.checkpoints.append({seq, pair.at(1).toString()});
        last = seq;
    }
    if (h.registerId.isEmpty() || h.seq < 0 || h.hash.size() != 64 || h.user.isEmpty()
        || h.publicKey.size() != crypto::kEd25519PublicKeySize || h.signature.size() != crypto::kEd25519SignatureSize
        || (h.seq > 0 && (h.checkpoints.isEmpty() || h.checkpoints.constLast() != qMakePair(h.seq, h.hash))))
        return badAnchor(file, QStringLiteral("a field is missing or malformed"));
    return h;
}

Status checkAnchor(reg::Database &db, const SignedHead &anchor, const QString &file, AuditReport &report)
{
    auto id = reg::readMeta(db, QStringLiteral("register_id"));
    if (!id.ok())
        return id.error();
    if (*id != anchor.registerId)
        return makeError(ErrorCode::BadInput, QStringLiteral("the anchor %1 belongs to another register (%2)").arg(file, anchor.registerId));
    const QString signer = QStringLiteral("%1 (signed by %2 at %3)").arg(file, anchor.user, anchor.at);
    if (!crypto::ed25519Verify(anchor.publicKey, signedHeadMessage(anchor), anchor.signature)) {
        reportFinding(report, std::nullopt, QStringLiteral("the anchor %1 has an invalid signature: it was edited after it was written").arg(file));
        return okStatus();
    }
    auto key = publicKeyOf(db, anchor.user);
    if (!key.ok())
        return key.error();
    if (*key != anchor.publicKey)
        reportFinding(report, std::nullopt,
                      key->isEmpty() ? QStringLiteral("user %1, who signed the anchor %2, is not in the register's user table").arg(anchor.user, file)
                                     : QStringLiteral("user %1's public key in the register differs from the key that signed the anchor %2")
                                           .arg(anchor.user, file));
    auto st = db.prepare("SELECT hash FROM audit_log WHERE seq = ?");
    if (!st.ok())
        return st.error();
    if (anchor.checkpoints.isEmpty()) {
        // A head carried by a statement, bundle or evidence manifest: only the entry it names.
        if (anchor.seq == 0)
            return okStatus();
        auto got = hashAt(*st, anchor.seq);
        if (!got.ok())
            return got.error();
        if (!*got || **got != anchor.hash)
            reportFinding(report, anchor.seq,
                          QStringLiteral("audit entry %1 %2 the head in %3: history up to it was rewritten (the first change is among "
                                         "entries 1 to %1)")
                              .arg(anchor.seq)
                              .arg(!*got ? QStringLiteral("is missing, unlike") : QStringLiteral("differs from"), signer));
        return okStatus();
    }
    qint64 previous = 0;
    for (const auto &cp : anchor.checkpoints) {
        auto got = hashAt(*st, cp.first);
        if (!got.ok())
            return got.error();
        if (!*got || **got != cp.second) {
            const QString what = !*got ? QStringLiteral("is missing") : QStringLiteral("differs from the anchored history");
            if (cp.first == previous + 1)
                reportFinding(report, cp.first, QStringLiteral("audit entry %1 %2 of %3: it was changed, removed or reordered").arg(cp.first).arg(what, signer));
            else
                reportFinding(report, previous + 1,
                              QStringLiteral("audit entry %1 %2 of %3: the first change is among entries %4 to %1")
                                  .arg(cp.first).arg(what, signer).arg(previous + 1));
            return okStatus();
        }
        previous = cp.first;
    }
    return okStatus();
}

namespace {

// A table whose rows record a signed head: the query yields (what, user, seq, hash, signed_at,
// signature) for every row with a head, in the order the heads were signed.
struct HeadSource {
    const char *sql;
    const char *context;
    const char *noun; // "%1" is the row's name
};

constexpr HeadSource kHeadSources[] = {
    {"SELECT id, run_by, head_seq, head_hash, head_signed_at, head_signature FROM recon_runs WHERE head_signature IS NOT NULL "
     "ORDER BY id",
     "reconcile.run", "reconciliation run %1"},
    {"SELECT document_id, issued_by, head_seq, head_hash, head_signed_at, head_signature FROM statements "
     "WHERE head_signature IS NOT NULL ORDER BY id",
     "statement", "statement %1"},
};

} // namespace

Status checkRecordedHeads(reg::Database &db, AuditReport &report)
{
    auto hashStmt = db.prepare("SELECT hash FROM audit_log WHERE seq = ?");
    if (!hashStmt.ok())
        return hashStmt.error();
    auto id = reg::readMeta(db, QStringLiteral("register_id"));
    if (!id.ok())
        return id.error();
    QHash<QString, QByteArray> keys;
    for (const HeadSource &source : kHeadSources) {
        auto st = db.prepare(source.sql);
        if (!st.ok())
            return st.error();
        // Rows produced together (a statement batch) share one head: each distinct head is
        // verified once, so a register of a million statements costs one check per batch.
        QByteArray lastVerified;
        std::optional<QPair<qint64, QString>> lastHash;
        for (;;) {
            auto row = st->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                break;
            SignedHead h;
            const QString what = QString::fromLatin1(source.noun).arg(st->columnText(0));
            h.registerId = *id;
            h.user = st->columnText(1);
            h.seq = st->columnInt(2);
            h.hash = st->columnText(3);
            h.at = st->columnText(4);
            h.context = QString::fromLatin1(source.context);
            h.signature = QByteArray::fromHex(st->columnText(5).toLatin1());
            if (!keys.contains(h.user)) {
                auto key = publicKeyOf(db, h.user);
                if (!key.ok())
                    return key.error();
                keys.insert(h.user, *key);
            }
            const QByteArray message = signedHeadMessage(h);
            const QByteArray signedBytes = keys.value(h.user) + message + h.signature;
            if (signedBytes != lastVerified) {
                if (!crypto::ed25519Verify(keys.value(h.user), message, h.signature)) {
                    reportFinding(report, h.seq > 0 ? std::optional<qint64>(h.seq) : std::nullopt,
                                  QStringLiteral("the audit head recorded by %1 (entry %2) is not validly signed by %3: "
                                                 "the record or the user's key was changed")
                                      .arg(what).arg(h.seq).arg(h.user));
                    continue;
                }
                lastVerified = signedBytes;
            }
            if (h.seq == 0 || (lastHash && lastHash->first == h.seq && lastHash->second == h.hash))
                continue;
            auto got = hashAt(*hashStmt, h.seq);
            if (!got.ok())
                return got.error();
            if (!*got || **got != h.hash) {
                reportFinding(report, h.seq,
                              QStringLiteral("audit entry %1 differs from the head %2 saw and %3 signed: "
                                             "history up to it was rewritten").arg(h.seq).arg(what, h.user));
                continue;
            }
            lastHash = qMakePair(h.seq, h.hash);
        }
    }
    return okStatus();
}

} // namespace custos::audit
