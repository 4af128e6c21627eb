#include "crypto/OpenSslUtil.h"

#include <openssl/err.h>

namespace custos::crypto::detail {

QString takeOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("no detail from OpenSSL");
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

const unsigned char *bytesOrEmpty(const void *data)
{
    static const unsigned char empty = 0;
    return data ? static_cast<const unsigned char *>(data) : &empty;
}

} // namespace custos::crypto::detail
