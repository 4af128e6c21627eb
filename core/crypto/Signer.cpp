#include "crypto/Signer.h"

#include "crypto/OpenSslUtil.h"
#include "crypto/Random.h"

namespace custos::crypto {

namespace {

Error internal(const char *step)
{
    return makeError(ErrorCode::Internal, QStringLiteral("Ed25519 %1 failed in OpenSSL (%2).")
                                              .arg(QString::fromLatin1(step), detail::takeOpenSslError()));
}

Result<detail::PkeyPtr> privateKey(const SecureBytes &seed)
{
    if (seed.size() != kEd25519SeedSize)
        return makeError(ErrorCode::BadInput, QStringLiteral("An Ed25519 private key must be %1 bytes, not %2.")
                                                  .arg(kEd25519SeedSize)
                                                  .arg(seed.size()));
    detail::PkeyPtr key(EVP_PKEY_new_raw_private_key_ex(
        nullptr, "ED25519", nullptr, reinterpret_cast<const unsigned char *>(seed.data()), size_t(seed.size())));
    if (!key)
        return internal("private key import");
    return key;
}

} // namespace

Result<Ed25519KeyPair> generateEd25519()
{
    auto seed = randomSecret(kEd25519SeedSize);
    CUSTOS_TRY(seed);
    auto publicKey = ed25519PublicKey(*seed);
    CUSTOS_TRY(publicKey);
    return Ed25519KeyPair{std::move(*seed), std::move(*publicKey)};
}

Result<QByteArray> ed25519PublicKey(const SecureBytes &seed)
{
    auto key = privateKey(seed);
    CUSTOS_TRY(key);
    QByteArray out(kEd25519PublicKeySize, Qt::Uninitialized);
    size_t len = size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(key->get(), reinterpret_cast<unsigned char *>(out.data()), &len) != 1
        || len != size_t(kEd25519PublicKeySize))
        return internal("public key derivation");
    return out;
}

Result<QByteArray> ed25519Sign(const SecureBytes &seed, QByteArrayView message)
{
    auto key = privateKey(seed);
    CUSTOS_TRY(key);
    detail::MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key->get(), nullptr) != 1)
        return internal("signing setup");
    QByteArray sig(kEd25519SignatureSize, Qt::Uninitialized);
    size_t len = size_t(sig.size());
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                       detail::bytesOrEmpty(message.data()), size_t(message.size())) != 1
        || len != size_t(kEd25519SignatureSize))
        return internal("signing");
    return sig;
}

bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != kEd25519PublicKeySize || signature.size() != kEd25519SignatureSize)
        return false;
    detail::PkeyPtr key(EVP_PKEY_new_raw_public_key_ex(
        nullptr, "ED25519", nullptr, reinterpret_cast<const unsigned char *>(publicKey.data()),
        size_t(publicKey.size())));
    detail::MdCtxPtr ctx(EVP_MD_CTX_new());
    const bool ok = key && ctx
        && EVP_DigestVerifyInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key.get(), nullptr) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                            size_t(signature.size()), detail::bytesOrEmpty(message.data()),
                            size_t(message.size())) == 1;
    if (!ok)
        detail::takeOpenSslError(); // leave no stale errors behind for the next OpenSSL caller
    return ok;
}

} // namespace custos::crypto
