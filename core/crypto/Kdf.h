#pragma once
// Argon2id password hashing (RFC 9106) through the reference libargon2.

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QtGlobal>

namespace custos::crypto {

struct KdfParams {
    quint32 iterations = 3;
    quint32 memoryKiB = 65536;
    quint32 parallelism = 2;
    bool operator==(const KdfParams &) const = default;
};

// Invalid parameters or inputs (salt under 8 bytes, memory under 8 KiB per lane, outLen under
// 4, ...) -> BadInput naming libargon2's reason; failure to allocate memory or threads -> Internal.
Result<SecureBytes> argon2id(QByteArrayView password, QByteArrayView salt, const KdfParams &p,
                             int outLen = 32);

// The full RFC 9106 form, with a secret key ("pepper") and associated data.
Result<SecureBytes> argon2idFull(QByteArrayView password, QByteArrayView salt, QByteArrayView secret,
                                 QByteArrayView ad, const KdfParams &p, int outLen = 32);

// Times hashes at t=1 (best of two) and at about the target, with the given memory and lanes,
// and picks the iterations (at least 1, at most 1024) for which one hash takes about
// targetSeconds on this machine. Calibrating costs roughly targetSeconds plus two t=1 hashes.
// Fails when those parameters cannot be hashed at all.
Result<KdfParams> calibrateArgon2idChecked(double targetSeconds = 0.5, quint32 memoryKiB = 65536,
                                           quint32 parallelism = 2);
// As above; if hashing fails, returns the default 3 iterations with the given memory and lanes,
// so the error surfaces from argon2id() itself with its reason.
KdfParams calibrateArgon2id(double targetSeconds = 0.5, quint32 memoryKiB = 65536,
                            quint32 parallelism = 2);

} // namespace custos::crypto
