#include "crypto/SecureBytes.h"

#include <openssl/crypto.h>

#include <cstring>
#include <limits>
#include <new>
#include <utility>

#if defined(__SANITIZE_ADDRESS__)
#define CUSTOS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CUSTOS_ASAN 1
#endif
#endif

namespace custos::crypto {

namespace {

bool initSecureHeap()
{
#ifdef CUSTOS_ASAN
    return false;
#else
    // 256 KiB holds every key, seed and password of a session many times over; a system that
    // refuses to lock that much gets 32 KiB, and one that refuses any gets the ordinary heap.
    if (CRYPTO_secure_malloc_initialized())
        return true;
    for (const size_t bytes : {size_t(1) << 18, size_t(1) << 15})
        if (CRYPTO_secure_malloc_init(bytes, 16) == 1)
            return true;
    return false;
#endif
}

} // namespace

bool secureHeapActive()
{
    static const bool active = initSecureHeap();
    return active;
}

void wipe(QByteArray &ba)
{
    if (!ba.isEmpty() && ba.isDetached())
        OPENSSL_cleanse(ba.data(), size_t(ba.size()));
    ba.clear();
}

void SecureBytes::Free::operator()(char *p) const
{
    OPENSSL_secure_free(p); // the buffer was wiped by SecureBytes::wipe already
}

SecureBytes::SecureBytes(int size)
{
    if (size > 0) {
        (void)secureHeapActive();
        // Zero-filled; from the secure heap when it is set up and has room, else the ordinary heap.
        char *p = static_cast<char *>(CRYPTO_secure_zalloc(size_t(size), __FILE__, __LINE__));
        if (p == nullptr && CRYPTO_secure_malloc_initialized())
            p = static_cast<char *>(OPENSSL_zalloc(size_t(size))); // secure heap full: CRYPTO_secure_free frees either
        if (p == nullptr)
            throw std::bad_alloc();
        m_data.reset(p);
        m_size = size;
    }
}

SecureBytes::SecureBytes(const char *data, int size) : SecureBytes(data ? size : 0)
{
    if (m_size > 0)
        std::memcpy(m_data.get(), data, m_size);
}

SecureBytes SecureBytes::fromByteArray(QByteArray &&ba)
{
    SecureBytes out(ba.constData(), int(ba.size()));
    if (ba.isDetached() && !ba.isEmpty()) {
        OPENSSL_cleanse(ba.data(), ba.size());
        ba.resize(0); // keeps the (now wiped) allocation, never copies it
    } else {
        ba.clear();
    }
    return out;
}

SecureBytes::SecureBytes(const SecureBytes &other) : SecureBytes(other.data(), other.size()) {}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::move(other.m_data)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        SecureBytes copy(other);
        *this = std::move(copy);
    }
    return *this;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    wipe();
}

void SecureBytes::wipe()
{
    if (m_data && m_size > 0)
        OPENSSL_cleanse(m_data.get(), size_t(m_size));
}

void SecureBytes::clear()
{
    wipe();
    m_data.reset();
    m_size = 0;
}

QByteArray SecureBytes::toHex() const
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out(qsizetype(m_size) * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < m_size; ++i) {
        const auto b = static_cast<unsigned char>(m_data.get()[i]);
        out[2 * i] = digits[b >> 4];
        out[2 * i + 1] = digits[b & 0x0f];
    }
    return out;
}

static int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

Result<SecureBytes> SecureBytes::fromHex(QByteArrayView hex)
{
    if (hex.size() % 2 != 0)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("The hex text has an odd number of digits (%1).").arg(hex.size()));
    if (hex.size() / 2 > std::numeric_limits<int>::max())
        return makeError(ErrorCode::BadInput, QStringLiteral("The hex text is too long."));
    SecureBytes out(int(hex.size() / 2));
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int hi = hexValue(hex[2 * i]);
        const int lo = hexValue(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return makeError(ErrorCode::BadInput,
                             QStringLiteral("The hex text has a non-hex character at offset %1.")
                                 .arg(hi < 0 ? 2 * i : 2 * i + 1));
        out.m_data.get()[i] = char((hi << 4) | lo);
    }
    return out;
}

bool SecureBytes::operator==(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return CRYPTO_memcmp(m_data.get(), other.m_data.get(), size_t(m_size)) == 0;
}

} // namespace custos::crypto
