#pragma once
// SecureBytes owns secret bytes (keys, seeds, decrypted plaintext). The buffer is wiped with
// OPENSSL_cleanse when it is destroyed or replaced, and is never implicitly shared, so every
// copy is a deep copy that is wiped on its own. Buffers come from OpenSSL's secure heap when it
// could be set up (mlock'ed pages left out of core dumps, guard pages around them; see
// secureHeapActive()), else from the ordinary heap.

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace custos::crypto {

class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(int size);           // zero-filled; a negative size gives an empty buffer
    SecureBytes(const char *data, int size);  // copies size bytes from data
    // Takes the bytes of ba and wipes ba's buffer, leaving ba empty. If ba shares its buffer
    // with other QByteArrays, those copies cannot be reached: ba is only cleared.
    static SecureBytes fromByteArray(QByteArray &&ba);

    SecureBytes(const SecureBytes &other);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    char *data() { return m_data.get(); }
    const char *data() const { return m_data.get(); }
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    QByteArrayView view() const { return QByteArrayView(m_data.get(), m_size); }
    QByteArray toHex() const; // lower-case hex copy; the caller is responsible for it
    // Decodes hex (upper or lower case, even length) straight into secure storage.
    static Result<SecureBytes> fromHex(QByteArrayView hex);

    void clear(); // wipes and releases the buffer

    // Constant time in the contents (CRYPTO_memcmp); the sizes are not secret.
    bool operator==(const SecureBytes &other) const;

private:
    void wipe();

    struct Free {
        void operator()(char *p) const;
    };
    std::unique_ptr<char, Free> m_data;
    int m_size = 0;
};

// True when SecureBytes buffers live in OpenSSL's secure heap (locked in RAM, excluded from
// core dumps). It is set up on first use; it is off in sanitizer builds (AddressSanitizer
// cannot see into a custom heap) and when the system refuses to lock memory (RLIMIT_MEMLOCK).
bool secureHeapActive();

// Wipes a QByteArray that held a secret (a password read from a file or a terminal) and leaves
// it empty. Copies sharing its buffer cannot be reached: only ba's own bytes are wiped.
void wipe(QByteArray &ba);

} // namespace custos::crypto
