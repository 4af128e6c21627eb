// Schema migrations on PRAGMA user_version: each step from the version before it.

#include "Support.h"

#include "crypto/Random.h"
#include "register/Database.h"
#include "register/Schema.h"

using namespace custos;
using namespace custos::test;

namespace {

QStringList tables(reg::Database &db)
{
    QStringList out;
    auto st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (st.ok() && st->step().value())
        out << st->columnText(0);
    return out;
}

// The whole schema as SQL text: grows with every migration (new tables, new columns).
qsizetype schemaSize(reg::Database &db)
{
    auto st = db.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL");
    qsizetype n = 0;
    while (st.ok() && st->step().value())
        n += st->columnText(0).size();
    return n;
}

} // namespace

class TestSchema : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    reg::Database fresh(const QString &name)
    {
        auto key = crypto::randomSecret(32);
        auto db = reg::Database::open(m_dir.filePath(name), *key, true);
        if (!db.ok())
            qFatal("%s", qPrintable(db.message()));
        return std::move(*db);
    }

private slots:
    void eachVersionFromThePreviousOne()
    {
        reg::Database db = fresh(QStringLiteral("steps.custos"));
        QCOMPARE(*db.userVersion(), 0);
        for (int v : reg::schemaVersions()) {
            const int from = *db.userVersion();
            const qsizetype before = schemaSize(db);
            QVERIFY2(reg::migrateTo(db, v).ok(), qPrintable(QStringLiteral("to version %1").arg(v)));
            if (*db.userVersion() == from)
                continue; // a version number this branch does not have (numbers are assigned per branch)
            QCOMPARE(*db.userVersion(), v);
            QVERIFY(schemaSize(db) > before);
        }
        const QStringList t = tables(db);
        for (const char *name : {"meta", "users", "clients", "assets", "keysets", "addresses", "import_batches", "movements",
                                 "positions", "prices", "screening_entries", "audit_log", "recon_runs", "recon_breaks",
                                 "chain_endpoints", "statements"})
            QVERIFY2(t.contains(QLatin1String(name)), name);
    }

    void endpointsTableFromVersionTwo()
    {
        // Version 7 (chain endpoints) over a register at the version before it on this branch.
        reg::Database db = fresh(QStringLiteral("v7.custos"));
        QVERIFY(reg::migrateTo(db, 2).ok());
        QVERIFY(!tables(db).contains(QStringLiteral("chain_endpoints")));
        QVERIFY(db.exec("INSERT INTO clients(code, name, created_at) VALUES ('C7', 'Vera', '2026-01-01T00:00:00Z')").ok());
        QVERIFY(reg::migrateTo(db, 7).ok());
        QCOMPARE(*db.userVersion(), 7);
        QVERIFY(tables(db).contains(QStringLiteral("chain_endpoints")));
        QVERIFY(db.exec("INSERT INTO chain_endpoints(name, chain, url, created_at, created_by) "
                        "VALUES ('eth-main', 'ethereum', 'http://127.0.0.1:8545', '2026-01-01T00:00:00Z', 'admin')").ok());
        QVERIFY(!db.exec("INSERT INTO chain_endpoints(name, chain, url, created_at, created_by) "
                         "VALUES ('eth-main', 'ethereum', 'http://127.0.0.1:8546', '2026-01-01T00:00:00Z', 'admin')").ok());
        auto st = db.prepare("SELECT name FROM clients WHERE code = 'C7'");
        QVERIFY(st.ok() && st->step().value());
        QCOMPARE(st->columnText(0), QStringLiteral("Vera"));
    }

    void migrationKeepsData()
    {
        reg::Database db = fresh(QStringLiteral("data.custos"));
        QVERIFY(reg::migrateTo(db, 1).ok());
        QVERIFY(db.exec("INSERT INTO clients(code, name, created_at) VALUES ('C1', 'Anna', '2026-01-01T00:00:00Z')").ok());
        QVERIFY(reg::migrate(db).ok());
        auto st = db.prepare("SELECT name FROM clients WHERE code = 'C1'");
        QVERIFY(st.ok() && st->step().value());
        QCOMPARE(st->columnText(0), QStringLiteral("Anna"));
        QVERIFY(reg::migrate(db).ok()); // idempotent
        QCOMPARE(*db.userVersion(), reg::latestSchemaVersion());
    }

    void newerRegisterRefused()
    {
        reg::Database db = fresh(QStringLiteral("newer.custos"));
        QVERIFY(reg::migrate(db).ok());
        QVERIFY(db.setUserVersion(reg::latestSchemaVersion() + 1).ok());
        const Status s = reg::migrate(db);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::CannotOpen);
        QVERIFY(s.message().contains(QStringLiteral("newer Custos")));
    }

    void sqlRunsOnTheLinkedEngine()
    {
        reg::Database db = fresh(QStringLiteral("engine.custos"));
        auto st = db.prepare("SELECT sqlite_version()");
        QVERIFY(st.ok() && st->step().value());
        const QString version = st->columnText(0);
        QVERIFY2(version.startsWith(QStringLiteral("3.")), qPrintable(version));
        auto cipher = db.prepare("PRAGMA cipher_version");
        QVERIFY(cipher.ok() && cipher->step().value());
        QVERIFY(!cipher->columnText(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"
