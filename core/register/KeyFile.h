#pragma once
// The key-slot file beside a register (NAME.custos-keys). Each slot wraps the register's
// master key with AES-256-GCM under a key derived by Argon2id from a password (one slot per
// user) or from the printed recovery key. A user slot also wraps that user's Ed25519 seed.

#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace custos::reg {

struct KeySlot {
    enum class Kind { User, Recovery };
    Kind kind = Kind::User;
    QString user;                 // empty for the recovery slot
    crypto::KdfParams kdf;
    QByteArray salt;              // 16 bytes
    QByteArray masterNonce;       // 12 bytes
    QByteArray wrappedMaster;     // 32 + 16 bytes
    QByteArray signingNonce;      // user keySlots only
    QByteArray wrappedSigningSeed;
};

struct UnlockedSlot {
    crypto::SecureBytes masterKey;
    crypto::SecureBytes signingSeed; // empty for the recovery slot
};

class KeyFile {
public:
    static constexpr int kFormatVersion = 1;

    QString registerId;   // random id, also stored inside the register
    QByteArray dbSalt;    // first 16 bytes of the database file: binds this key file to it
    QList<KeySlot> keySlots;

    static QString pathFor(const QString &registerPath) { return registerPath + QStringLiteral("-keys"); }

    static Result<KeyFile> load(const QString &path);
    static Result<KeyFile> parse(const QByteArray &json, const QString &pathForErrors);
    QByteArray serialize() const;
    Status save(const QString &path) const; // atomic: write to a temporary file, then rename

    const KeySlot *findUser(const QString &user) const;
    const KeySlot *recoverySlot() const;
    bool removeUser(const QString &user);

    static Result<KeySlot> makeUserSlot(const QString &registerId, const QString &user, QByteArrayView password,
                                        const crypto::SecureBytes &masterKey, const crypto::SecureBytes &signingSeed,
                                        const crypto::KdfParams &params);
    static Result<KeySlot> makeRecoverySlot(const QString &registerId, QByteArrayView recoveryKey,
                                            const crypto::SecureBytes &masterKey, const crypto::KdfParams &params);

    // Wrong password -> CannotOpen naming the user.
    Result<UnlockedSlot> unlockUser(const QString &user, QByteArrayView password) const;
    Result<UnlockedSlot> unlockRecovery(QByteArrayView recoveryKey) const;
};

// The recovery key as printed: 64 hex digits in groups of eight separated by '-'.
QString formatRecoveryKey(const crypto::SecureBytes &key);
Result<crypto::SecureBytes> parseRecoveryKey(const QString &text);

} // namespace custos::reg
