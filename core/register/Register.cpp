#include "register/Register.h"

#include "audit/AuditLog.h"
#include "crypto/ProcessGuard.h"
#include "crypto/Random.h"
#include "crypto/Signer.h"
#include "register/Meta.h"
#include "register/Schema.h"
#include "util/Time.h"

#include <QFile>
#include <QRegularExpression>
#include <QUuid>

namespace custos::reg {

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Status insertUser(Database &db, const QString &name, Role role, const QByteArray &publicKey, const QString &by)
{
    auto st = db.prepare("INSERT INTO users(name, role, public_key, created_at, created_by) VALUES (?,?,?,?,?)");
    if (!st.ok())
        return st.error();
    st->bind(1, name).bind(2, roleName(role)).bindBlob(3, publicKey).bind(4, nowUtc()).bind(5, by);
    if (auto s = st->run(); !s.ok())
        return makeError(ErrorCode::BadInput, QStringLiteral("a user named '%1' already exists").arg(name));
    return okStatus();
}

QJsonObject kdfJson(const crypto::KdfParams &k)
{
    return QJsonObject{{QStringLiteral("t"), double(k.iterations)}, {QStringLiteral("m"), double(k.memoryKiB)},
                       {QStringLiteral("p"), double(k.parallelism)}};
}

} // namespace

bool isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

Result<QByteArray> Register::readDbSalt(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::CannotOpen, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray salt = f.read(16);
    if (salt.size() != 16)
        return makeError(ErrorCode::CannotOpen, QStringLiteral("%1 is truncated: it is not a Custos register").arg(path));
    return salt;
}

Result<Register::Created> Register::create(const QString &path, const QString &adminName, QByteArrayView password,
                                           const crypto::KdfParams &kdf)
{
    crypto::guardProcessSecrets();
    const QString keyPath = KeyFile::pathFor(path);
    if (QFile::exists(path))
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 already exists; refusing to overwrite it").arg(path));
    if (QFile::exists(keyPath))
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 already exists; refusing to overwrite it").arg(keyPath));
    if (!isValidName(adminName))
        return makeError(ErrorCode::BadInput, QStringLiteral("'%1' is not a valid user name (letters, digits, '.', '_', '-')").arg(adminName));
    if (password.size() < 8)
        return makeError(ErrorCode::BadInput, QStringLiteral("the password must have at least 8 characters"));

    auto master = crypto::randomSecret(32);
    auto recovery = crypto::randomSecret(32);
    auto signing = crypto::generateEd25519();
    if (!master.ok() || !recovery.ok() || !signing.ok())
        return makeError(ErrorCode::Internal, QStringLiteral("the system random generator failed"));

    auto fail = [&](const Error &e) -> Result<Created> {
        removeDatabaseFiles(path);
        return e;
    };

    auto db = Database::open(path, *master, true);
    if (!db.ok())
        return fail(db.error());
    if (auto s = migrate(*db); !s.ok())
        return fail(s.error());

    KeyFile keys;
    keys.registerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        Transaction tx(*db);
        if (!tx.begun().ok())
            return fail(tx.begun().error());
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("register_id"), keys.registerId},
            {QStringLiteral("created_at"), nowUtc()},
            {QStringLiteral("kdf_t"), QString::number(kdf.iterations)},
            {QStringLiteral("kdf_m"), QString::number(kdf.memoryKiB)},
            {QStringLiteral("kdf_p"), QString::number(kdf.parallelism)},
        };
        for (const auto &kv : values)
            if (auto s = writeMeta(*db, kv.first, kv.second); !s.ok())
                return fail(s.error());
        auto firm = db->prepare("INSERT INTO clients(code, name, is_firm, created_at) VALUES ('firm', 'The custodian (own assets)', 1, ?)");
        if (!firm.ok())
            return fail(firm.error());
        firm->bind(1, nowUtc());
        if (auto s = firm->run(); !s.ok())
            return fail(s.error());
        if (auto s = insertUser(*db, adminName, Role::Admin, signing->publicKey, adminName); !s.ok())
            return fail(s.error());
        auto a1 = audit::append(*db, adminName, QStringLiteral("register.create"),
                                QJsonObject{{QStringLiteral("register_id"), keys.registerId}, {QStringLiteral("kdf"), kdfJson(kdf)}});
        if (!a1.ok())
            return fail(a1.error());
        auto a2 = audit::append(*db, adminName, QStringLiteral("user.add"),
                                QJsonObject{{QStringLiteral("user"), adminName}, {QStringLiteral("role"), QStringLiteral("admin")},
                                            {QStringLiteral("public_key"), QString::fromLatin1(signing->publicKey.toHex())}});
        if (!a2.ok())
            return fail(a2.error());
        if (auto s = tx.commit(); !s.ok())
            return fail(s.error());
    }
    if (auto s = db->exec("PRAGMA wal_checkpoint(TRUNCATE);"); !s.ok())
        return fail(s.error());
    auto salt = readDbSalt(path);
    if (!salt.ok())
        return fail(salt.error());
    keys.dbSalt = *salt;

    auto userSlot = KeyFile::makeUserSlot(keys.registerId, adminName, password, *master, signing->seed, kdf);
    auto recSlot = KeyFile::makeRecoverySlot(keys.registerId, recovery->view(), *master, kdf);
    if (!userSlot.ok() || !recSlot.ok())
        return fail(!userSlot.ok() ? userSlot.error() : recSlot.error());
    keys.keySlots = {*userSlot, *recSlot};
    if (auto s = keys.save(keyPath); !s.ok())
        return fail(s.error());

    auto reg = std::unique_ptr<Register>(new Register);
    reg->m_db = std::move(*db);
    reg->m_path = path;
    reg->m_keys = keys;
    reg->m_signingSeed = signing->seed;
    reg->m_masterKey = *master;
    auto users = reg->users();
    if (!users.ok() || users->isEmpty()) {
        QFile::remove(keyPath);
        return fail(users.ok() ? makeError(ErrorCode::Internal, QStringLiteral("the first user was not written")) : users.error());
    }
    reg->m_user = users->first();
    return Created{std::move(reg), formatRecoveryKey(*recovery)};
}

Result<std::unique_ptr<Register>> Register::finishOpen(const QString &path, KeyFile keys, UnlockedSlot unlocked,
                                                       const QString &user)
{
    auto db = Database::open(path, unlocked.masterKey, false);
    if (!db.ok()) {
        if (db.error().message.startsWith(QLatin1String("cannot decrypt")))
            return makeError(ErrorCode::CannotOpen,
                             QStringLiteral("cannot decrypt %1 with its key file %2: the register is damaged").arg(path, KeyFile::pathFor(path)));
        return db.error();
    }
    CUSTOS_TRY(migrate(*db));
    auto reg = std::unique_ptr<Register>(new Register);
    reg->m_db = std::move(*db);
    reg->m_path = path;
    reg->m_keys = std::move(keys);
    reg->m_signingSeed = std::move(unlocked.signingSeed);
    reg->m_masterKey = std::move(unlocked.masterKey);
    auto id = reg->meta(QStringLiteral("register_id"));
    if (!id.ok())
        return id.error();
    if (*id != reg->m_keys.registerId)
        return makeError(ErrorCode::CannotOpen, QStringLiteral("the key file %1 belongs to another register").arg(KeyFile::pathFor(path)));
    if (user.isEmpty()) {
        reg->m_user = UserInfo{0, QStringLiteral("recovery"), Role::Admin, {}, {}};
        return reg;
    }
    auto st = reg->m_db.prepare("SELECT id, name, role, public_key, created_at FROM users WHERE name = ? AND disabled_at IS NULL");
    if (!st.ok())
        return st.error();
    st->bind(1, user);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::CannotOpen, QStringLiteral("unknown user '%1' for this register").arg(user));
    auto role = parseRole(st->columnText(2));
    if (!role.ok())
        return makeError(ErrorCode::CannotOpen, QStringLiteral("the register holds an unknown role for user '%1'").arg(user));
    reg->m_user = UserInfo{st->columnInt(0), st->columnText(1), *role, st->columnBlob(3), st->columnText(4)};
    return reg;
}

Result<std::unique_ptr<Register>> Register::open(const QString &path, const QString &user, QByteArrayView password)
{
    crypto::guardProcessSecrets();
    if (!QFile::exists(path))
        return makeError(ErrorCode::CannotOpen, QStringLiteral("no register at %1").arg(path));
    auto keys = KeyFile::load(KeyFile::pathFor(path));
    if (!keys.ok())
        return keys.error();
    auto salt = readDbSalt(path);
    if (!salt.ok())
        return salt.error();
    if (*salt != keys->dbSalt)
        return makeError(ErrorCode::CannotOpen,
                         QStringLiteral("the key file %1 belongs to another register, or %2 is not a Custos register")
                             .arg(KeyFile::pathFor(path), path));
    auto unlocked = keys->unlockUser(user, password);
    if (!unlocked.ok())
        return unlocked.error();
    return finishOpen(path, std::move(*keys), std::move(*unlocked), user);
}

Result<std::unique_ptr<Register>> Register::openWithRecoveryKey(const QString &path, const QString &recoveryKey)
{
    crypto::guardProcessSecrets();
    auto keys = KeyFile::load(KeyFile::pathFor(path));
    if (!keys.ok())
        return keys.error();
    auto key = parseRecoveryKey(recoveryKey);
    if (!key.ok())
        return key.error();
    auto unlocked = keys->unlockRecovery(key->view());
    if (!unlocked.ok())
        return unlocked.error();
    return finishOpen(path, std::move(*keys), std::move(*unlocked), QString());
}

Result<Database> Register::openReadConnection() const
{
    return Database::openReadOnly(m_path, m_masterKey);
}

crypto::KdfParams Register::kdfParams() const
{
    crypto::KdfParams p;
    auto *self = const_cast<Register *>(this);
    if (auto t = self->meta(QStringLiteral("kdf_t")); t.ok() && !t->isEmpty())
        p.iterations = t->toUInt();
    if (auto m = self->meta(QStringLiteral("kdf_m")); m.ok() && !m->isEmpty())
        p.memoryKiB = m->toUInt();
    if (auto par = self->meta(QStringLiteral("kdf_p")); par.ok() && !par->isEmpty())
        p.parallelism = par->toUInt();
    return p;
}

Result<crypto::SecureBytes> Register::unlockSigningKey(QByteArrayView password) const
{
    if (m_user.name == QLatin1String("recovery") || m_user.publicKey.isEmpty())
        return makeError(ErrorCode::Denied, QStringLiteral("the recovery key has no signing key; sign in as a user"));
    auto current = KeyFile::load(keyFilePath()); // the slot as it is now (a password may have changed)
    if (!current.ok())
        return current.error();
    auto unlocked = current->unlockUser(m_user.name, password);
    if (!unlocked.ok())
        return unlocked.error();
    auto pub = crypto::ed25519PublicKey(unlocked->signingSeed);
    if (!pub.ok())
        return pub.error();
    if (*pub != m_user.publicKey)
        return makeError(ErrorCode::CannotOpen, QStringLiteral("the key slot of user '%1' holds a signing key that does not match the register").arg(m_user.name));
    return std::move(unlocked->signingSeed);
}

Status Register::require(const QString &action, std::initializer_list<Role> allowed) const
{
    return requireRole(m_user.name, m_user.role, action, allowed);
}

Status Register::audit(const QString &action, const QJsonObject &payload)
{
    auto e = audit::append(m_db, m_user.name, action, payload);
    if (!e.ok())
        return e.error();
    return okStatus();
}

Result<QString> Register::meta(const QString &key)
{
    return readMeta(m_db, key);
}

Status Register::setMeta(const QString &key, const QString &value)
{
    return writeMeta(m_db, key, value);
}

Result<UserInfo> Register::addUser(const QString &name, Role role, QByteArrayView password)
{
    CUSTOS_TRY(require(QStringLiteral("add users"), {Role::Admin}));
    if (!isValidName(name))
        return makeError(ErrorCode::BadInput, QStringLiteral("'%1' is not a valid user name (letters, digits, '.', '_', '-')").arg(name));
    if (name == QLatin1String("recovery"))
        return makeError(ErrorCode::BadInput, QStringLiteral("the user name 'recovery' is reserved"));
    if (password.size() < 8)
        return makeError(ErrorCode::BadInput, QStringLiteral("the password must have at least 8 characters"));
    if (m_keys.findUser(name))
        return makeError(ErrorCode::BadInput, QStringLiteral("a user named '%1' already exists").arg(name));
    auto signing = crypto::generateEd25519();
    if (!signing.ok())
        return signing.error();

    auto slot = KeyFile::makeUserSlot(m_keys.registerId, name, password, m_masterKey, signing->seed, kdfParams());
    if (!slot.ok())
        return slot.error();

    Transaction tx(m_db);
    CUSTOS_TRY(tx.begun());
    CUSTOS_TRY(insertUser(m_db, name, role, signing->publicKey, m_user.name));
    CUSTOS_TRY(audit(QStringLiteral("user.add"),
                     QJsonObject{{QStringLiteral("user"), name}, {QStringLiteral("role"), roleName(role)},
                                 {QStringLiteral("public_key"), QString::fromLatin1(signing->publicKey.toHex())}}));
    KeyFile updated = m_keys;
    updated.keySlots.append(*slot);
    CUSTOS_TRY(updated.save(keyFilePath()));
    if (auto s = tx.commit(); !s.ok()) {
        (void)m_keys.save(keyFilePath()); // put the previous key file back
        return s.error();
    }
    m_keys = updated;
    auto all = users();
    if (!all.ok())
        return all.error();
    for (const UserInfo &u : *all)
        if (u.name == name)
            return u;
    return makeError(ErrorCode::Internal, QStringLiteral("user '%1' was not written").arg(name));
}

Result<QList<UserInfo>> Register::users()
{
    auto st = m_db.prepare("SELECT id, name, role, public_key, created_at FROM users WHERE disabled_at IS NULL ORDER BY id");
    if (!st.ok())
        return st.error();
    QList<UserInfo> out;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        auto role = parseRole(st->columnText(2));
        out.append(UserInfo{st->columnInt(0), st->columnText(1), role.ok() ? *role : Role::Operator, st->columnBlob(3),
                            st->columnText(4)});
    }
    return out;
}

} // namespace custos::reg
