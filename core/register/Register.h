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
    const QString &path() const { return m_path; }
    QString keyFilePath() const { return KeyFile::pathFor(m_path); }
    const UserInfo &user() const { return m_user; }
    const crypto::SecureBytes &signingSeed() const { return m_signingSeed; }
    const QString &registerId() const { return m_keys.registerId; }
    const KeyFile &keyFile() const { return m_keys; }
    crypto::KdfParams kdfParams() const;

    Status require(const QString &action, std::initializer_list<Role> allowed) const;
    Status audit(const QString &action, const QJsonObject &payload); // caller holds the transaction

    // Another connection to the same database, for read-only work on another thread (e.g. the
    // audit chain verified beside a long scan). The caller owns it and uses it on one thread.
    Result<Database> openReadConnection() const;

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
