#include "register/KeyFile.h"

#include "crypto/Aead.h"
#include "crypto/Random.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace custos::reg {

namespace {

constexpr char kFormat[] = "custos-keys";

QByteArray slotAad(const QString &registerId, const KeySlot &slot, const char *what)
{
    const QString kind = slot.kind == KeySlot::Kind::User ? QStringLiteral("user") : QStringLiteral("recovery");
    return QStringLiteral("custos-keys/v1|%1|%2|%3|%4").arg(registerId, kind, slot.user, QLatin1String(what)).toUtf8();
}

QString b64(const QByteArray &b) { return QString::fromLatin1(b.toBase64()); }

Result<QByteArray> unb64(const QJsonObject &o, const char *key, int expectedSize, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return makeError(ErrorCode::CannotOpen, QStringLiteral("%1: slot field '%2' is missing").arg(where, QLatin1String(key)));
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (expectedSize > 0 && decoded.decoded.size() != expectedSize))
        return makeError(ErrorCode::CannotOpen, QStringLiteral("%1: slot field '%2' is malformed").arg(where, QLatin1String(key)));
    return decoded.decoded;
}

Result<crypto::KdfParams> parseKdf(const QJsonObject &o, const QString &where)
{
    const QJsonObject k = o.value(QLatin1String("kdf")).toObject();
    if (k.value(QLatin1String("alg")).toString() != QLatin1String("argon2id"))
        return makeError(ErrorCode::CannotOpen, QStringLiteral("%1: unsupported key derivation (expected argon2id)").arg(where));
    const double t = k.value(QLatin1String("t")).toDouble(-1), m = k.value(QLatin1String("m")).toDouble(-1),
                 p = k.value(QLatin1String("p")).toDouble(-1);
    if (t < 1 || t > 1000 || m < 8 || m > 4194304 || p < 1 || p > 64)
        return makeError(ErrorCode::CannotOpen, QStringLiteral("%1: Argon2id parameters are out of range").arg(where));
    crypto::KdfParams params;
    params.iterations = quint32(t);
    params.memoryKiB = quint32(m);
    params.parallelism = quint32(p);
    return params;
}

Result<crypto::SecureBytes> slotKey(const KeySlot &slot, QByteArrayView secret)
{
    return crypto::argon2id(secret, slot.salt, slot.kdf, crypto::kAeadKeySize);
}

Result<crypto::SecureBytes> openWrapped(const QString &registerId, const KeySlot &slot, const crypto::SecureBytes &key,
                                        const QByteArray &nonce, const QByteArray &wrapped, const char *what)
{
    return crypto::aesGcmOpen(key, nonce, wrapped, slotAad(registerId, slot, what));
}

} // namespace

Result<KeyFile> KeyFile::load(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::CannotOpen,
                         QStringLiteral("the key file %1 is missing; a register needs its key file beside it").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::CannotOpen, QStringLiteral("cannot read the key file %1: %2").arg(path, f.errorString()));
    if (f.size() > qint64(16) * 1024 * 1024)
        return makeError(ErrorCode::CannotOpen, QStringLiteral("the key file %1 is too large to be a key file").arg(path));
    return parse(f.readAll(), path);
}

Result<KeyFile> KeyFile::parse(const QByteArray &json, const QString &path)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::CannotOpen, QStringLiteral("the key file %1 is damaged (not valid JSON)").arg(path));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return makeError(ErrorCode::CannotOpen, QStringLiteral("%1 is not a Custos key file").arg(path));
    if (root.value(QLatin1String("version")).toInt() != kFormatVersion)
        return makeError(ErrorCode::CannotOpen, QStringLiteral("the key file %1 has an unsupported version").arg(path));

    KeyFile kf;
    kf.registerId = root.value(QLatin1String("register_id")).toString();
    if (kf.registerId.isEmpty())
        return makeError(ErrorCode::CannotOpen, QStringLiteral("the key file %1 has no register id").arg(path));
    auto salt = unb64(root, "db_salt", 16, path);
    if (!salt.ok())
        return salt.error();
    kf.dbSalt = *salt;

    const QJsonArray slotArray = root.value(QLatin1String("slots")).toArray();
    for (int i = 0; i < slotArray.size(); ++i) {
        const QJsonObject o = slotArray.at(i).toObject();
        const QString where = QStringLiteral("%1: slot %2").arg(path).arg(i + 1);
        KeySlot s;
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("user")) {
            s.kind = KeySlot::Kind::User;
            s.user = o.value(QLatin1String("user")).toString();
            if (s.user.isEmpty())
                return makeError(ErrorCode::CannotOpen, QStringLiteral("%1 has no user name").arg(where));
        } else if (kind == QLatin1String("recovery")) {
            s.kind = KeySlot::Kind::Recovery;
        } else {
            return makeError(ErrorCode::CannotOpen, QStringLiteral("%1 has an unknown kind").arg(where));
        }
        auto kdf = parseKdf(o, where);
        if (!kdf.ok())
            return kdf.error();
        s.kdf = *kdf;
        auto slotSalt = unb64(o.value(QLatin1String("kdf")).toObject(), "salt", 16, where);
        auto mn = unb64(o, "master_nonce", crypto::kAeadNonceSize, where);
        auto mw = unb64(o, "wrapped_master", 32 + crypto::kAeadTagSize, where);
        if (!slotSalt.ok() || !mn.ok() || !mw.ok())
            return !slotSalt.ok() ? slotSalt.error() : (!mn.ok() ? mn.error() : mw.error());
        s.salt = *slotSalt;
        s.masterNonce = *mn;
        s.wrappedMaster = *mw;
        if (s.kind == KeySlot::Kind::User) {
            auto sn = unb64(o, "signing_nonce", crypto::kAeadNonceSize, where);
            auto sw = unb64(o, "wrapped_signing_seed", 32 + crypto::kAeadTagSize, where);
            if (!sn.ok() || !sw.ok())
                return !sn.ok() ? sn.error() : sw.error();
            s.signingNonce = *sn;
            s.wrappedSigningSeed = *sw;
        }
        kf.keySlots.append(s);
    }
    return kf;
}

QByteArray KeyFile::serialize() const
{
    QJsonArray arr;
    for (const KeySlot &s : keySlots) {
        QJsonObject kdf{{QStringLiteral("alg"), QStringLiteral("argon2id")},
                        {QStringLiteral("t"), double(s.kdf.iterations)},
                        {QStringLiteral("m"), double(s.kdf.memoryKiB)},
                        {QStringLiteral("p"), double(s.kdf.parallelism)},
                        {QStringLiteral("salt"), b64(s.salt)}};
        QJsonObject o{{QStringLiteral("kind"), s.kind == KeySlot::Kind::User ? QStringLiteral("user") : QStringLiteral("recovery")},
                      {QStringLiteral("kdf"), kdf},
                      {QStringLiteral("master_nonce"), b64(s.masterNonce)},
                      {QStringLiteral("wrapped_master"), b64(s.wrappedMaster)}};
        if (s.kind == KeySlot::Kind::User) {
            o.insert(QStringLiteral("user"), s.user);
            o.insert(QStringLiteral("signing_nonce"), b64(s.signingNonce));
            o.insert(QStringLiteral("wrapped_signing_seed"), b64(s.wrappedSigningSeed));
        }
        arr.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("register_id"), registerId},
                     {QStringLiteral("db_salt"), b64(dbSalt)},
                     {QStringLiteral("slots"), arr}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status KeyFile::save(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write the key file %1: %2").arg(path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray data = serialize();
    if (f.write(data) != data.size() || !f.commit())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write the key file %1: %2").arg(path, f.errorString()));
    return okStatus();
}

const KeySlot *KeyFile::findUser(const QString &user) const
{
    for (const KeySlot &s : keySlots)
        if (s.kind == KeySlot::Kind::User && s.user == user)
            return &s;
    return nullptr;
}

const KeySlot *KeyFile::recoverySlot() const
{
    for (const KeySlot &s : keySlots)
        if (s.kind == KeySlot::Kind::Recovery)
            return &s;
    return nullptr;
}

bool KeyFile::removeUser(const QString &user)
{
    for (qsizetype i = 0; i < keySlots.size(); ++i)
        if (keySlots[i].kind == KeySlot::Kind::User && keySlots[i].user == user) {
            keySlots.removeAt(i);
            return true;
        }
    return false;
}

static Result<KeySlot> makeSlot(const QString &registerId, KeySlot slot, QByteArrayView secret,
                                const crypto::SecureBytes &masterKey, const crypto::SecureBytes *signingSeed)
{
    auto salt = crypto::randomBytes(16);
    auto n1 = crypto::randomBytes(crypto::kAeadNonceSize);
    auto n2 = crypto::randomBytes(crypto::kAeadNonceSize);
    if (!salt.ok() || !n1.ok() || !n2.ok())
        return makeError(ErrorCode::Internal, QStringLiteral("the system random generator failed"));
    slot.salt = *salt;
    auto key = slotKey(slot, secret);
    if (!key.ok())
        return key.error();
    auto wm = crypto::aesGcmSeal(*key, *n1, masterKey.view(), slotAad(registerId, slot, "master"));
    if (!wm.ok())
        return wm.error();
    slot.masterNonce = *n1;
    slot.wrappedMaster = *wm;
    if (signingSeed) {
        auto ws = crypto::aesGcmSeal(*key, *n2, signingSeed->view(), slotAad(registerId, slot, "signing"));
        if (!ws.ok())
            return ws.error();
        slot.signingNonce = *n2;
        slot.wrappedSigningSeed = *ws;
    }
    return slot;
}

Result<KeySlot> KeyFile::makeUserSlot(const QString &registerId, const QString &user, QByteArrayView password,
                                      const crypto::SecureBytes &masterKey, const crypto::SecureBytes &signingSeed,
                                      const crypto::KdfParams &params)
{
    KeySlot s;
    s.kind = KeySlot::Kind::User;
    s.user = user;
    s.kdf = params;
    return makeSlot(registerId, s, password, masterKey, &signingSeed);
}

Result<KeySlot> KeyFile::makeRecoverySlot(const QString &registerId, QByteArrayView recoveryKey,
                                          const crypto::SecureBytes &masterKey, const crypto::KdfParams &params)
{
    KeySlot s;
    s.kind = KeySlot::Kind::Recovery;
    s.kdf = params;
    return makeSlot(registerId, s, recoveryKey, masterKey, nullptr);
}

Result<UnlockedSlot> KeyFile::unlockUser(const QString &user, QByteArrayView password) const
{
    const KeySlot *slot = findUser(user);
    if (!slot)
        return makeError(ErrorCode::CannotOpen, QStringLiteral("unknown user '%1' for this register").arg(user));
    // One Argon2id derivation opens both the master key and the signing seed.
    auto key = slotKey(*slot, password);
    if (!key.ok())
        return key.error();
    auto master = openWrapped(registerId, *slot, *key, slot->masterNonce, slot->wrappedMaster, "master");
    if (!master.ok())
        return makeError(ErrorCode::CannotOpen, QStringLiteral("wrong password for user '%1'").arg(user));
    auto seed = openWrapped(registerId, *slot, *key, slot->signingNonce, slot->wrappedSigningSeed, "signing");
    if (!seed.ok())
        return makeError(ErrorCode::CannotOpen, QStringLiteral("the signing key of user '%1' cannot be unwrapped; the key file is damaged").arg(user));
    return UnlockedSlot{std::move(*master), std::move(*seed)};
}

Result<UnlockedSlot> KeyFile::unlockRecovery(QByteArrayView recoveryKey) const
{
    const KeySlot *slot = recoverySlot();
    if (!slot)
        return makeError(ErrorCode::CannotOpen, QStringLiteral("this key file has no recovery slot"));
    auto key = slotKey(*slot, recoveryKey);
    if (!key.ok())
        return key.error();
    auto master = openWrapped(registerId, *slot, *key, slot->masterNonce, slot->wrappedMaster, "master");
    if (!master.ok())
        return makeError(ErrorCode::CannotOpen, QStringLiteral("wrong recovery key"));
    return UnlockedSlot{std::move(*master), crypto::SecureBytes()};
}

QString formatRecoveryKey(const crypto::SecureBytes &key)
{
    const QString hex = QString::fromLatin1(key.toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return groups.join(QLatin1Char('-'));
}

Result<crypto::SecureBytes> parseRecoveryKey(const QString &text)
{
    QByteArray hex;
    for (QChar c : text) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        hex.append(char(c.toLower().toLatin1()));
    }
    auto key = crypto::SecureBytes::fromHex(hex);
    hex.fill('\0');
    if (!key.ok() || key->size() != 32)
        return makeError(ErrorCode::BadInput, QStringLiteral("a recovery key is 64 hex digits (groups of eight separated by '-')"));
    return key;
}

} // namespace custos::reg
