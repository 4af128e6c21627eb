#include "crypto/Random.h"

#include "crypto/OpenSslUtil.h"

#include <openssl/rand.h>

namespace custos::crypto {

static Status fillRandom(char *out, int n)
{
    if (n > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out), n) != 1)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("The system random generator failed to produce %1 bytes (%2).")
                             .arg(n)
                             .arg(detail::takeOpenSslError()));
    return okStatus();
}

static Status checkCount(int n)
{
    if (n < 0)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("Cannot produce a negative number (%1) of random bytes.").arg(n));
    return okStatus();
}

Result<QByteArray> randomBytes(int n)
{
    CUSTOS_TRY(checkCount(n));
    QByteArray out(n, Qt::Uninitialized);
    CUSTOS_TRY(fillRandom(out.data(), n));
    return out;
}

Result<SecureBytes> randomSecret(int n)
{
    CUSTOS_TRY(checkCount(n));
    SecureBytes out(n);
    CUSTOS_TRY(fillRandom(out.data(), n));
    return out;
}

} // namespace custos::crypto
