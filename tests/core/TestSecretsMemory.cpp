// Secrets in memory: SecureBytes buffers come from OpenSSL's locked secure heap (outside
// sanitizer builds), passwords read as QByteArray are wiped, and a process that unlocked a
// register can no longer dump core.

#include "Support.h"

#include "crypto/ProcessGuard.h"
#include "crypto/SecureBytes.h"

#include <openssl/crypto.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace custos;

class TestSecretsMemory : public QObject {
    Q_OBJECT

private slots:
    void secretsLiveInTheSecureHeap()
    {
        crypto::SecureBytes key(32);
        QCOMPARE(key.size(), 32);
        for (int i = 0; i < key.size(); ++i)
            QCOMPARE(key.data()[i], '\0');
#if defined(__SANITIZE_ADDRESS__)
        QVERIFY(!crypto::secureHeapActive());
        QSKIP("the secure heap is off under AddressSanitizer, which cannot see into a custom heap");
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
        QVERIFY(!crypto::secureHeapActive());
        QSKIP("the secure heap is off under AddressSanitizer, which cannot see into a custom heap");
#endif
#endif
        rlimit memlock{};
        QCOMPARE(getrlimit(RLIMIT_MEMLOCK, &memlock), 0);
        if (memlock.rlim_cur < rlim_t(32 * 1024) && geteuid() != 0)
            QSKIP("this system lets a process lock less than 32 KiB: secrets use the ordinary heap (wiped, not locked)");
        QVERIFY2(crypto::secureHeapActive(), "memory could be locked, but the secure heap was not set up");
        QVERIFY(CRYPTO_secure_malloc_initialized());
        QVERIFY2(CRYPTO_secure_allocated(key.data()), "a 32-byte key is not in the locked secure heap");
        crypto::SecureBytes copy = key;
        QVERIFY(CRYPTO_secure_allocated(copy.data()));
        QVERIFY(copy == key);
        // A buffer larger than the secure heap still works, from the ordinary heap.
        crypto::SecureBytes large(1 << 20);
        QCOMPARE(large.size(), 1 << 20);
        QVERIFY(!CRYPTO_secure_allocated(large.data()));
    }

    void secureBytesSurviveMovesAndClear()
    {
        auto hex = crypto::SecureBytes::fromHex("00112233445566778899aabbccddeeff");
        QVERIFY(hex.ok());
        crypto::SecureBytes moved = std::move(*hex);
        QCOMPARE(moved.toHex(), QByteArray("00112233445566778899aabbccddeeff"));
        QVERIFY(hex->isEmpty());
        moved.clear();
        QVERIFY(moved.isEmpty());
        QVERIFY(moved.data() == nullptr);
    }

    void wipeEmptiesOnlyItsOwnBytes()
    {
        QByteArray password("correct horse battery staple");
        password.detach();
        QByteArray shared = password; // implicitly shared: wipe must not destroy the other copy
        crypto::wipe(password);
        QVERIFY(password.isEmpty());
        QCOMPARE(shared, QByteArray("correct horse battery staple"));
        crypto::wipe(shared);
        QVERIFY(shared.isEmpty());
    }

    void unlockingARegisterDisablesCoreDumps()
    {
        // A test process may start dumpable; creating (or opening) a register turns that off.
        test::RegisterFixture fx;
        QVERIFY(fx.create());
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        QVERIFY(crypto::processSecretsGuarded());
        // Opening again keeps it so (idempotent).
        fx.admin.reset();
        auto again = reg::Register::open(fx.path, QStringLiteral("alice"), test::kAdminPassword);
        QVERIFY(again.ok());
        QVERIFY(crypto::processSecretsGuarded());
    }
};

QTEST_GUILESS_MAIN(TestSecretsMemory)
#include "TestSecretsMemory.moc"
