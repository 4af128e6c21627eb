#pragma once
// SHA-256 and HMAC-SHA-256 through OpenSSL's EVP interface.
// SHA-256 cannot fail on valid input; should OpenSSL itself be unusable (no SHA-256 provider,
// out of memory) these functions stop the program with qFatal, as Qt does when out of memory.

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace custos::crypto {

constexpr int kSha256Size = 32;

QByteArray sha256(QByteArrayView data); // 32 raw bytes

// Incremental hashing. One EVP_MD_CTX is reused for every message, so hashing many small
// rows costs no allocation beyond the result (and none with finishInto).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256 &&) noexcept;
    Sha256 &operator=(Sha256 &&) noexcept;
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView data);
    QByteArray finish();         // returns the digest and starts a new, empty message
    void finishInto(char *out);  // writes kSha256Size bytes to out, then starts a new message
    void reset();                // drops what was added and starts a new message

private:
    struct Ctx;
    std::unique_ptr<Ctx> m_ctx;
};

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data); // 32 raw bytes

} // namespace custos::crypto
