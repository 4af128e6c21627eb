#include "crypto/Aead.h"

#include "crypto/OpenSslUtil.h"

#include <openssl/core_names.h>

#include <cstring>
#include <limits>

namespace custos::crypto {

namespace {

const EVP_CIPHER *aes256Gcm()
{
    static EVP_CIPHER *cipher = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    return cipher;
}

Error internal(const char *step)
{
    return makeError(ErrorCode::Internal, QStringLiteral("AES-256-GCM %1 failed in OpenSSL (%2).")
                                              .arg(QString::fromLatin1(step), detail::takeOpenSslError()));
}

Status checkInputs(const SecureBytes &key, QByteArrayView nonce, QByteArrayView data, QByteArrayView aad)
{
    if (key.size() != kAeadKeySize)
        return makeError(ErrorCode::BadInput, QStringLiteral("An AES-256-GCM key must be %1 bytes, not %2.")
                                                  .arg(kAeadKeySize)
                                                  .arg(key.size()));
    if (nonce.size() != kAeadNonceSize)
        return makeError(ErrorCode::BadInput, QStringLiteral("An AES-256-GCM nonce must be %1 bytes, not %2.")
                                                  .arg(kAeadNonceSize)
                                                  .arg(nonce.size()));
    constexpr qsizetype maxLen = std::numeric_limits<int>::max() - kAeadTagSize;
    if (data.size() > maxLen || aad.size() > maxLen)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("AES-256-GCM input is too large (2 GiB at most)."));
    return okStatus();
}

// Creates a context keyed for encryption or decryption and feeds it the associated data.
Result<detail::CipherCtxPtr> start(bool encrypt, const SecureBytes &key, QByteArrayView nonce,
                                   QByteArrayView aad)
{
    detail::CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx || !aes256Gcm())
        return internal("setup");
    const auto *k = reinterpret_cast<const unsigned char *>(key.data());
    const auto *iv = reinterpret_cast<const unsigned char *>(nonce.data());
    if (EVP_CipherInit_ex2(ctx.get(), aes256Gcm(), k, iv, encrypt ? 1 : 0, nullptr) != 1)
        return internal("initialisation");
    int outLen = 0;
    if (!aad.isEmpty()
        && EVP_CipherUpdate(ctx.get(), nullptr, &outLen, reinterpret_cast<const unsigned char *>(aad.data()),
                            int(aad.size())) != 1)
        return internal("associated data");
    return ctx;
}

} // namespace

Result<QByteArray> aesGcmSeal(const SecureBytes &key, QByteArrayView nonce, QByteArrayView plaintext,
                              QByteArrayView aad)
{
    CUSTOS_TRY(checkInputs(key, nonce, plaintext, aad));
    auto ctx = start(true, key, nonce, aad);
    CUSTOS_TRY(ctx);
    QByteArray out(plaintext.size() + kAeadTagSize, Qt::Uninitialized);
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    int len = 0, finalLen = 0;
    if (!plaintext.isEmpty()
        && EVP_EncryptUpdate(ctx->get(), dst, &len, reinterpret_cast<const unsigned char *>(plaintext.data()),
                             int(plaintext.size())) != 1)
        return internal("encryption");
    if (EVP_EncryptFinal_ex(ctx->get(), dst + len, &finalLen) != 1 || len + finalLen != plaintext.size())
        return internal("finalisation");
    if (EVP_CIPHER_CTX_ctrl(ctx->get(), EVP_CTRL_GCM_GET_TAG, kAeadTagSize, dst + plaintext.size()) != 1)
        return internal("tag extraction");
    return out;
}

Result<SecureBytes> aesGcmOpen(const SecureBytes &key, QByteArrayView nonce,
                               QByteArrayView ciphertextAndTag, QByteArrayView aad)
{
    CUSTOS_TRY(checkInputs(key, nonce, ciphertextAndTag, aad));
    if (ciphertextAndTag.size() < kAeadTagSize)
        return makeError(ErrorCode::CannotOpen,
                         QStringLiteral("AES-256-GCM authentication failed: the data is shorter than its "
                                        "%1-byte tag.")
                             .arg(kAeadTagSize));
    const int cipherLen = int(ciphertextAndTag.size()) - kAeadTagSize;
    auto ctx = start(false, key, nonce, aad);
    CUSTOS_TRY(ctx);
    SecureBytes plain(cipherLen); // wiped on every early return, so unverified plaintext never escapes
    int len = 0, finalLen = 0;
    if (cipherLen > 0
        && EVP_DecryptUpdate(ctx->get(), reinterpret_cast<unsigned char *>(plain.data()), &len,
                             reinterpret_cast<const unsigned char *>(ciphertextAndTag.data()), cipherLen) != 1)
        return internal("decryption");
    unsigned char tag[kAeadTagSize];
    std::memcpy(tag, ciphertextAndTag.data() + cipherLen, kAeadTagSize);
    if (EVP_CIPHER_CTX_ctrl(ctx->get(), EVP_CTRL_GCM_SET_TAG, kAeadTagSize, tag) != 1)
        return internal("tag setup");
    unsigned char scratch[16];
    if (EVP_DecryptFinal_ex(ctx->get(), scratch, &finalLen) != 1) {
        detail::takeOpenSslError();
        return makeError(ErrorCode::CannotOpen,
                         QStringLiteral("AES-256-GCM authentication failed: wrong key or nonce, or the data "
                                        "or its associated data was altered."));
    }
    if (len + finalLen != cipherLen)
        return internal("finalisation");
    return plain;
}

} // namespace custos::crypto
