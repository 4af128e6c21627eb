// Schema version 6 (signed audit heads of reconciliation runs), migrated from the schema before
// it: existing runs keep their rows with no signed head, new runs carry one.

#include "Support.h"

#include "crypto/Random.h"
#include "register/Database.h"
#include "register/Schema.h"

using namespace custos;

class TestSchemaV6 : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void fromThePreviousVersion()
    {
        auto key = crypto::randomSecret(32);
        auto db = reg::Database::open(m_dir.filePath(QStringLiteral("v5.custos")), *key, true);
        QVERIFY(db.ok());
        QVERIFY(reg::migrateTo(*db, 5).ok());
        QVERIFY(*db->userVersion() < 6);
        QVERIFY(db->exec("INSERT INTO recon_runs(chain, source, height, status, started_at, finished_at, run_by) "
                         "VALUES ('bitcoin', 'snapshot:s.csv', 100, 'clean', '2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z', 'olga')").ok());
        QVERIFY(reg::migrateTo(*db, 6).ok());
        QCOMPARE(*db->userVersion(), 6);
        auto st = db->prepare("SELECT chain, height, head_seq, head_hash, head_signed_at, head_signature FROM recon_runs");
        QVERIFY(st.ok());
        QVERIFY(st->step().value());
        QCOMPARE(st->columnText(0), QStringLiteral("bitcoin"));
        QCOMPARE(st->columnInt(1), qint64(100));
        for (int c = 2; c <= 5; ++c)
            QVERIFY(st->columnText(c).isEmpty()); // an old run has no signed head: nothing to check
        QVERIFY(db->exec("UPDATE recon_runs SET head_seq = 7, head_hash = 'ab', head_signed_at = 'now', head_signature = 'cd'").ok());
        QVERIFY(reg::migrate(*db).ok()); // and on to the latest
    }
};

QTEST_GUILESS_MAIN(TestSchemaV6)
#include "TestSchemaV6.moc"
