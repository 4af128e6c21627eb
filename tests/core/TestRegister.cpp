// The encrypted register: create, open, wrong credentials, damaged and foreign files, users.

#include "Support.h"

#include "crypto/Signer.h"
#include "register/Database.h"
#include "register/Schema.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>

using namespace custos;
using namespace custos::test;

class TestRegister : public QObject {
    Q_OBJECT

private slots:
    void createAndOpen()
    {
        RegisterFixture fx;
        QVERIFY(fx.create());
        QVERIFY(QFile::exists(fx.path));
        QVERIFY(QFile::exists(fx.path + QStringLiteral("-keys")));
        QCOMPARE(fx.admin->user().role, reg::Role::Admin);
        fx.admin.reset();
        auto r = reg::Register::open(fx.path, QStringLiteral("alice"), kAdminPassword);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE((*r)->user().name, QStringLiteral("alice"));
        auto v = (*r)->db().userVersion();
        QVERIFY(v.ok());
        QCOMPARE(*v, reg::latestSchemaVersion());
    }

    void fileStartsEncrypted()
    {
        RegisterFixture fx;
        QVERIFY(fx.create());
        QFile f(fx.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.read(16).startsWith("SQLite format 3"));
    }

    void noClearTextOnDisk()
    {
        RegisterFixture fx;
        QVERIFY(fx.create());
        QVERIFY(fx.addBasics());
        fx.admin.reset(); // closes, checkpoints the WAL
        QDirIterator it(fx.dir.path(), QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray all = f.readAll();
            ++files;
            QVERIFY2(!all.contains("Anna Beispiel"), qPrintable(f.fileName()));
            QVERIFY2(!all.contains("Bruno Exemple"), qPrintable(f.fileName()));
            QVERIFY2(!all.contains("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"), qPrintable(f.fileName()));
        }
        QVERIFY(files >= 2);
    }

    void wrongPasswordAndUnknownUser()
    {
        RegisterFixture fx;
        QVERIFY(fx.create());
        auto bad = reg::Register::open(fx.path, QStringLiteral("alice"), "not-the-password");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::CannotOpen);
        QVERIFY(bad.message().contains(QStringLiteral("wrong password")));
        auto nobody = reg::Register::open(fx.path, QStringLiteral("mallory"), kAdminPassword);
        QVERIFY(!nobody.ok());
        QCOMPARE(nobody.error().code, ErrorCode::CannotOpen);
        QVERIFY(nobody.message().contains(QStringLiteral("unknown user")));
    }

    void missingKeyFileIsNamed()
    {
        RegisterFixture fx;
        QVERIFY(fx.create());
        fx.admin.reset();
        QVERIFY(QFile::remove(fx.path + QStringLiteral("-keys")));
        auto r = reg::Register::open(fx.path, QStringLiteral("alice"), kAdminPassword);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::CannotOpen);
        QVERIFY(r.message().contains(fx.path + QStringLiteral("-keys")));
        QVERIFY(r.message().contains(QStringLiteral("missing")));
    }

    void foreignKeyFileRefused()
    {
        RegisterFixture a, b;
        QVERIFY(a.create());
        QVERIFY(b.create());
        a.admin.reset();
        b.admin.reset();
        QVERIFY(QFile::remove(a.path + QStringLiteral("-keys")));
        QVERIFY(QFile::copy(b.path + QStringLiteral("-keys"), a.path + QStringLiteral("-keys")));
        auto r = reg::Register::open(a.path, QStringLiteral("alice"), kAdminPassword);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::CannotOpen);
        QVERIFY(r.message().contains(QStringLiteral("another register")));
    }

    void damagedFilesRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated to 10 bytes") << QStringLiteral("truncate10");
        QTest::newRow("truncated to one page") << QStringLiteral("truncatePage");
        QTest::newRow("flipped byte in page 2") << QStringLiteral("flip");
        QTest::newRow("garbage key file") << QStringLiteral("keys");
        QTest::newRow("plaintext sqlite file") << QStringLiteral("plain");
    }

    void damagedFilesRefused()
    {
        QFETCH(QString, damage);
        RegisterFixture fx;
        QVERIFY(fx.create());
        QVERIFY(fx.addBasics());
        fx.admin.reset();
        if (damage == QLatin1String("keys")) {
            QFile k(fx.path + QStringLiteral("-keys"));
            QVERIFY(k.open(QIODevice::WriteOnly));
            k.write("{ not json");
        } else if (damage == QLatin1String("plain")) {
            QFile f(fx.path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray page("SQLite format 3\0", 16);
            page.append(QByteArray(4080, '\0'));
            f.write(page);
        } else {
            QFile f(fx.path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (damage == QLatin1String("truncate10"))
                QVERIFY(f.resize(10));
            else if (damage == QLatin1String("truncatePage"))
                QVERIFY(f.resize(4096));
            else {
                QVERIFY(f.size() > 3 * 4096);
                f.seek(4096 + 100);
                char c = 0;
                f.getChar(&c);
                f.seek(4096 + 100);
                f.putChar(char(c ^ 0x55));
            }
        }
        auto r = reg::Register::open(fx.path, QStringLiteral("alice"), kAdminPassword);
        if (r.ok()) {
            // A flipped byte in a page that opening did not touch is found when the page is read.
            auto clients = (*r)->db().prepare("SELECT count(*) FROM clients");
            QVERIFY(clients.ok());
            auto addresses = (*r)->db().prepare("SELECT count(*), group_concat(address) FROM addresses");
            auto row1 = clients->step();
            auto row2 = addresses.ok() ? addresses->step() : Result<bool>(addresses.error());
            QVERIFY2(!row1.ok() || !row2.ok(), "a damaged page was read without an error");
            QCOMPARE((!row1.ok() ? row1 : row2).error().code, ErrorCode::CannotOpen);
        } else {
            QCOMPARE(r.error().code, ErrorCode::CannotOpen);
            QVERIFY(!r.message().isEmpty());
        }
    }

    void createRefusesExistingFilesAndLeavesNothingOnFailure()
    {
        RegisterFixture fx;
        QVERIFY(fx.create());
        auto again = reg::Register::create(fx.path, QStringLiteral("bob"), kAdminPassword, cheapKdf());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::BadInput);
        const QString other = fx.dir.filePath(QStringLiteral("short.custos"));
        auto weak = reg::Register::create(other, QStringLiteral("bob"), "short", cheapKdf());
        QVERIFY(!weak.ok());
        QVERIFY(!QFile::exists(other));
        QVERIFY(!QFile::exists(other + QStringLiteral("-keys")));
    }

    void recoveryKeyOpens()
    {
        RegisterFixture fx;
        QVERIFY(fx.create());
        QCOMPARE(fx.recoveryKey.size(), 64 + 7);
        auto r = reg::Register::openWithRecoveryKey(fx.path, fx.recoveryKey);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QString wrong = fx.recoveryKey;
        wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        auto bad = reg::Register::openWithRecoveryKey(fx.path, wrong);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::CannotOpen);
    }

    void usersHaveRolesAndSigningKeys()
    {
        RegisterFixture fx;
        QVERIFY(fx.create());
        auto op = fx.operatorUser();
        QVERIFY(op);
        QCOMPARE(op->user().role, reg::Role::Operator);
        // The private key unwrapped from the slot matches the public key in the register.
        auto sig = crypto::ed25519Sign(op->signingSeed(), "approve 42");
        QVERIFY(sig.ok());
        QVERIFY(crypto::ed25519Verify(op->user().publicKey, "approve 42", *sig));
        // An operator may not add users.
        auto denied = op->addUser(QStringLiteral("eve"), reg::Role::Admin, "eve-password-1");
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, ErrorCode::Denied);
        // Duplicate names are refused.
        auto dup = fx.admin->addUser(QStringLiteral("olga"), reg::Role::Approver, "other-password");
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, ErrorCode::BadInput);
        auto users = fx.admin->users();
        QVERIFY(users.ok());
        QCOMPARE(users->size(), 2);
    }

    void slotsStoreTheirKdfParameters()
    {
        RegisterFixture fx;
        QVERIFY(fx.create());
        QFile k(fx.path + QStringLiteral("-keys"));
        QVERIFY(k.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(k.readAll()).object();
        const QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
        QCOMPARE(slotArray.size(), 2); // alice + recovery
        for (const QJsonValue &s : slotArray) {
            const QJsonObject kdf = s.toObject().value(QStringLiteral("kdf")).toObject();
            QCOMPARE(kdf.value(QStringLiteral("alg")).toString(), QStringLiteral("argon2id"));
            QCOMPARE(kdf.value(QStringLiteral("m")).toInt(), 8192);
            QCOMPARE(kdf.value(QStringLiteral("t")).toInt(), 1);
        }
        // Nothing secret in clear: the key file holds no 32-byte master key in hex.
        QVERIFY(!root.contains(QStringLiteral("master_key")));
    }

    void backupAndRestoreCopy()
    {
        RegisterFixture fx;
        QVERIFY(fx.create());
        QVERIFY(fx.addBasics());
        const QString out = fx.dir.filePath(QStringLiteral("backup.custos"));
        QVERIFY2(fx.admin->backupTo(out).ok(), "backup failed");
        QVERIFY(QFile::exists(out + QStringLiteral("-keys")));
        auto again = fx.admin->backupTo(out);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::BadInput);
        auto copy = reg::Register::open(out, QStringLiteral("alice"), kAdminPassword);
        QVERIFY2(copy.ok(), qPrintable(copy.message()));
        auto c = ledger::findClient(**copy, QStringLiteral("C1"));
        QVERIFY(c.ok());
        QCOMPARE(c->name, QStringLiteral("Anna Beispiel"));
        auto op = fx.operatorUser();
        QVERIFY(op);
        auto denied = op->backupTo(fx.dir.filePath(QStringLiteral("op.custos")));
        QCOMPARE(denied.error().code, ErrorCode::Denied);
    }
};

QTEST_GUILESS_MAIN(TestRegister)
#include "TestRegister.moc"
