#include "crypto/Sha256.h"

#include "crypto/OpenSslUtil.h"

#include <openssl/hmac.h>

#include <QtGlobal>

#include <limits>

namespace custos::crypto {

namespace {

// Fetched once: handing EVP_sha256() to every init would repeat the provider lookup.
const EVP_MD *sha256Md()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (!md)
        qFatal("OpenSSL has no SHA-256 implementation available (%s).",
               qPrintable(detail::takeOpenSslError()));
    return md;
}

[[noreturn]] void fail(const char *what)
{
    qFatal("OpenSSL SHA-256 %s failed (%s).", what, qPrintable(detail::takeOpenSslError()));
}

} // namespace

struct Sha256::Ctx {
    detail::MdCtxPtr md{EVP_MD_CTX_new()};
};

Sha256::Sha256() : m_ctx(std::make_unique<Ctx>())
{
    if (!m_ctx->md)
        fail("context allocation");
    reset();
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256 &&) noexcept = default;
Sha256 &Sha256::operator=(Sha256 &&) noexcept = default;

void Sha256::reset()
{
    if (EVP_DigestInit_ex2(m_ctx->md.get(), sha256Md(), nullptr) != 1)
        fail("initialisation");
}

void Sha256::add(QByteArrayView data)
{
    if (!data.isEmpty() && EVP_DigestUpdate(m_ctx->md.get(), data.data(), size_t(data.size())) != 1)
        fail("update");
}

void Sha256::finishInto(char *out)
{
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(m_ctx->md.get(), reinterpret_cast<unsigned char *>(out), &len) != 1
        || len != kSha256Size)
        fail("finalisation");
    reset();
}

QByteArray Sha256::finish()
{
    QByteArray out(kSha256Size, Qt::Uninitialized);
    finishInto(out.data());
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    thread_local Sha256 hasher;
    hasher.add(data);
    return hasher.finish();
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    if (key.size() > std::numeric_limits<int>::max()) {
        // HMAC hashes any key longer than a block; doing it here keeps the length in an int.
        const QByteArray hashedKey = sha256(key);
        return hmacSha256(hashedKey, data);
    }
    QByteArray out(kSha256Size, Qt::Uninitialized);
    unsigned int len = 0;
    // A non-null key pointer even when empty: OpenSSL treats a null key as "no key set".
    if (!HMAC(sha256Md(), detail::bytesOrEmpty(key.data()), int(key.size()),
              detail::bytesOrEmpty(data.data()), size_t(data.size()),
              reinterpret_cast<unsigned char *>(out.data()), &len)
        || len != kSha256Size)
        qFatal("OpenSSL HMAC-SHA-256 failed (%s).", qPrintable(detail::takeOpenSslError()));
    return out;
}

} // namespace custos::crypto
