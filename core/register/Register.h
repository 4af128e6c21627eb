#pragma once
// An opened register: the decrypted database, the signed-in user and their signing key.
// Every service takes a Register& and checks the user's role itself.

#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"
#include "register/Database.h"
#include "register/KeyFile.h"
#include "register/Roles.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <initializer_list>
#include <memory>

namespace custos::reg {

struct UserInfo {
    qint64 id = 0;
    QString name;
    Role role = Role::Operator;
    QByteArray publicKey;
    QString createdAt;
};

class Register {
public:
    struct Created;

    // Creates NAME and NAME-keys; refuses to overwrite either (BadInput). Nothing is left
    // behind when creation fails.
    static Result<Created> create(const QString &path, const QString &adminName, QByteArrayView password,
                                  const crypto::KdfParams &kdf);
    static Result<std::unique_ptr<Register>> open(const QString &path, const QString &user, QByteArrayView password);
    // Opens the database with the recovery key (for restore and for investigators); the actor is "recovery".
    static Result<std::unique_ptr<Register>> openWithRecoveryKey(const QString &path, const QString &recoveryKey);

    Database &db() { return m_db; }
    // A second, read-only connection (PRAGMA query_only) to this register's database, opened with
    // the master key. It is meant for one other thread: open one per worker thread, use it only
    // there, and let it close there (or after the worker ends). It sees every transaction this
    // register committed before each of its own reads (WAL snapshot per statement). Its owner
    // must not outlive the register's files; it does not keep the master key.
    Result<Database> openReadConnection() const;
    const QString &path() const { return m_path; }
    QString keyFilePath() const { return KeyFile::pathFor(m_path); }
    const UserInfo &user() const { return m_user; }
    const crypto::SecureBytes &signingSeed() const { return m_signingSeed; }
    // Re-derives the signed-in user's signing seed from their key slot with the password, so a
    // desk can ask for the password again before a signature. Wrong password: CannotOpen.
    Result<crypto::SecureBytes> unlockSigningKey(QByteArrayView password) const;
    const QString &registerId() const { return m_keys.registerId; }
    const KeyFile &keyFile() const { return m_keys; }
    crypto::KdfParams kdfParams() const;

    Status require(const QString &action, std::initializer_list<Role> allowed) const;
    Status audit(const QString &action, const QJsonObject &payload); // caller holds the transaction

    Result<UserInfo> addUser(const QString &name, Role role, QByteArrayView password);
    Result<QList<UserInfo>> users();

    // A consistent encrypted copy (same master key and slots) at `out` and `out`-keys, verified
    // by reopening it and walking its audit chain; nothing is left behind on failure.
    // `record` appends a register.backup entry to this register first.
    Status backupTo(const QString &out, bool record = true);

    Result<QString> meta(const QString &key);
    Status setMeta(const QString &key, const QString &value); // caller holds the transaction

    // Re-reads the key file's binding to the database file (after a backup or restore writes one).
    static Result<QByteArray> readDbSalt(const QString &path);

private:
    Register() = default;
    static Result<std::unique_ptr<Register>> finishOpen(const QString &path, KeyFile keys, UnlockedSlot unlocked,
                                                        const QString &user);
    Database m_db;
    QString m_path;
    KeyFile m_keys;
    UserInfo m_user;
    crypto::SecureBytes m_signingSeed;
    crypto::SecureBytes m_masterKey; // kept to wrap it into new users' slots
};

struct Register::Created {
    std::unique_ptr<Register> reg;
    QString recoveryKey; // shown once
};

bool isValidName(const QString &name); // user, key set and client ids: 1..64 of [A-Za-z0-9._-]

} // namespace custos::reg
