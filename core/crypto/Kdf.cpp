#include "crypto/Kdf.h"

#include <argon2.h>

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace custos::crypto {

namespace {

constexpr quint32 kMaxCalibratedIterations = 1024;

Status checkLengths(QByteArrayView password, QByteArrayView salt, QByteArrayView secret,
                    QByteArrayView ad, int outLen)
{
    constexpr qsizetype maxLen = std::numeric_limits<quint32>::max();
    if (outLen < int(ARGON2_MIN_OUTLEN))
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("Argon2id output must be at least %1 bytes long, not %2.")
                             .arg(ARGON2_MIN_OUTLEN)
                             .arg(outLen));
    if (password.size() > maxLen || salt.size() > maxLen || secret.size() > maxLen || ad.size() > maxLen)
        return makeError(ErrorCode::BadInput, QStringLiteral("An Argon2id input is longer than 4 GiB."));
    return okStatus();
}

Error argon2Failure(int rc, const KdfParams &p)
{
    const bool environment = rc == ARGON2_MEMORY_ALLOCATION_ERROR || rc == ARGON2_THREAD_FAIL;
    return makeError(environment ? ErrorCode::Internal : ErrorCode::BadInput,
                     QStringLiteral("Argon2id failed: %1 (t=%2, m=%3 KiB, p=%4).")
                         .arg(QString::fromLatin1(argon2_error_message(rc)))
                         .arg(p.iterations)
                         .arg(p.memoryKiB)
                         .arg(p.parallelism));
}

// libargon2 takes non-const pointers; with ARGON2_DEFAULT_FLAGS it never writes to the inputs.
uint8_t *inputPtr(QByteArrayView v)
{
    return v.isEmpty() ? nullptr : reinterpret_cast<uint8_t *>(const_cast<char *>(v.data()));
}

} // namespace

Result<SecureBytes> argon2id(QByteArrayView password, QByteArrayView salt, const KdfParams &p, int outLen)
{
    CUSTOS_TRY(checkLengths(password, salt, {}, {}, outLen));
    SecureBytes out(outLen);
    const int rc = argon2id_hash_raw(p.iterations, p.memoryKiB, p.parallelism, inputPtr(password),
                                     size_t(password.size()), inputPtr(salt), size_t(salt.size()),
                                     out.data(), size_t(outLen));
    if (rc != ARGON2_OK)
        return argon2Failure(rc, p);
    return out;
}

Result<SecureBytes> argon2idFull(QByteArrayView password, QByteArrayView salt, QByteArrayView secret,
                                 QByteArrayView ad, const KdfParams &p, int outLen)
{
    CUSTOS_TRY(checkLengths(password, salt, secret, ad, outLen));
    SecureBytes out(outLen);
    argon2_context ctx{};
    ctx.out = reinterpret_cast<uint8_t *>(out.data());
    ctx.outlen = uint32_t(outLen);
    ctx.pwd = inputPtr(password);
    ctx.pwdlen = uint32_t(password.size());
    ctx.salt = inputPtr(salt);
    ctx.saltlen = uint32_t(salt.size());
    ctx.secret = inputPtr(secret);
    ctx.secretlen = uint32_t(secret.size());
    ctx.ad = inputPtr(ad);
    ctx.adlen = uint32_t(ad.size());
    ctx.t_cost = p.iterations;
    ctx.m_cost = p.memoryKiB;
    ctx.lanes = p.parallelism;
    ctx.threads = p.parallelism;
    ctx.version = ARGON2_VERSION_13;
    ctx.flags = ARGON2_DEFAULT_FLAGS;
    const int rc = argon2_ctx(&ctx, Argon2_id);
    if (rc != ARGON2_OK)
        return argon2Failure(rc, p);
    return out;
}

Result<KdfParams> calibrateArgon2idChecked(double targetSeconds, quint32 memoryKiB, quint32 parallelism)
{
    static const char password[] = "custos calibration password";
    static const char salt[] = "custos calibration salt";
    auto timeHash = [&](quint32 iterations) -> Result<double> {
        QElapsedTimer timer;
        timer.start();
        CUSTOS_TRY(argon2id(password, salt, KdfParams{iterations, memoryKiB, parallelism}));
        return double(timer.nsecsElapsed()) / 1e9;
    };

    // time(t) ~ fixed + perPass * t, the fixed part being mostly allocating and touching memory.
    // The best of two runs at t=1, then one run near the target for a long, less noisy baseline.
    auto first = timeHash(1);
    CUSTOS_TRY(first);
    auto second = timeHash(1);
    CUSTOS_TRY(second);
    const double one = std::min(*first, *second);
    const double guess = std::round(targetSeconds / std::max(one, 1e-6));
    quint32 probe = 2; // also when guess is NaN
    if (guess >= double(kMaxCalibratedIterations))
        probe = kMaxCalibratedIterations;
    else if (guess > 2.0)
        probe = quint32(guess);
    auto probeTime = timeHash(probe);
    CUSTOS_TRY(probeTime);
    double perPass = (*probeTime - one) / double(probe - 1);
    if (perPass <= 0.0)
        perPass = one; // timer noise: take the whole first hash as one pass
    const double fixed = std::max(0.0, one - perPass);
    const double wanted = std::round((targetSeconds - fixed) / perPass);
    quint32 iterations = 1;
    if (wanted >= double(kMaxCalibratedIterations))
        iterations = kMaxCalibratedIterations;
    else if (wanted > 1.0)
        iterations = quint32(wanted);
    return KdfParams{iterations, memoryKiB, parallelism};
}

KdfParams calibrateArgon2id(double targetSeconds, quint32 memoryKiB, quint32 parallelism)
{
    auto r = calibrateArgon2idChecked(targetSeconds, memoryKiB, parallelism);
    return r ? *r : KdfParams{KdfParams().iterations, memoryKiB, parallelism};
}

} // namespace custos::crypto
