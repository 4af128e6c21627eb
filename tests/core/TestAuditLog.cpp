// The hash-chained audit log: every change is recorded, and `audit verify` finds an edited,
// deleted, inserted or reordered entry, and any edited, deleted or smuggled-in movement.

#include "Support.h"

#include "audit/AuditLog.h"
#include "ledger/Import.h"

using namespace custos;
using namespace custos::test;

class TestAuditLog : public QObject {
    Q_OBJECT

    // A register with a few entries and three imported movements; returns a recovery-key
    // connection, the insider's view of the database.
    std::unique_ptr<reg::Register> prepared(RegisterFixture &fx)
    {
        if (!fx.create() || !fx.addBasics())
            return nullptr;
        auto op = fx.operatorUser();
        QByteArray csv = kMovementsHeader;
        csv += "C1,bitcoin:BTC,1.5,deposit,2026-01-02T10:00:00Z,bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4," + btcTx(1) + ",830000\n";
        csv += "C1,bitcoin:BTC,-0.5,withdrawal,2026-01-03T10:00:00Z,bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4," + btcTx(2) + ",830100\n";
        csv += "C1,ethereum:ETH,3,deposit,2026-01-04T10:00:00Z,ethereum,0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed," + ethTx(3) + ",19000000\n";
        if (!op || !ledger::importMovements(*op, fx.writeFile(QStringLiteral("m.csv"), csv)).ok())
            return nullptr;
        auto insider = reg::Register::openWithRecoveryKey(fx.path, fx.recoveryKey);
        return insider.ok() ? std::move(*insider) : nullptr;
    }

    audit::AuditReport verify(reg::Register &r)
    {
        auto rep = audit::verify(r.db());
        if (!rep.ok())
            qWarning() << rep.message();
        return rep.ok() ? *rep : audit::AuditReport{};
    }

private slots:
    void intactChainCountsEveryChange()
    {
        RegisterFixture fx;
        auto r = prepared(fx);
        QVERIFY(r);
        const auto rep = verify(*r);
        QVERIFY(rep.intact);
        // register.create, user.add(alice), 2 assets, 2 key sets, 2 clients, 3 addresses, user.add(olga), import
        QCOMPARE(rep.entries, 13);
        QCOMPARE(rep.head.size(), 64);
        QVERIFY(!rep.firstBad.has_value());
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("firstBad");
        QTest::addColumn<QString>("says");
        QTest::newRow("edited payload") << "UPDATE audit_log SET payload = replace(payload, 'Anna', 'Anne') WHERE seq = 7" << 7 << "changed";
        QTest::newRow("edited actor") << "UPDATE audit_log SET actor = 'mallory' WHERE seq = 4" << 4 << "changed";
        QTest::newRow("deleted entry") << "DELETE FROM audit_log WHERE seq = 5" << 5 << "missing";
        QTest::newRow("deleted last entry") << "DELETE FROM audit_log WHERE seq = 13" << 13 << "removed";
        QTest::newRow("reordered entries")
            << "UPDATE audit_log SET seq = -1 WHERE seq = 6; UPDATE audit_log SET seq = 6 WHERE seq = 7; UPDATE audit_log SET seq = 7 WHERE seq = -1"
            << 6 << "does not follow";
        QTest::newRow("inserted entry")
            << "INSERT INTO audit_log(seq, at, actor, action, payload, prev_hash, hash) SELECT 14, at, actor, 'client.add', '{}', hash, hash FROM audit_log WHERE seq = 13"
            << 14 << "changed";
        QTest::newRow("movement amount changed") << "UPDATE movements SET amount = '250000000' WHERE id = 1" << 13 << "movements 1 to 3";
        QTest::newRow("movement deleted") << "DELETE FROM movements WHERE id = 2" << 13 << "movements 1 to 3";
        QTest::newRow("movement smuggled in")
            << "INSERT INTO movements(client_id, asset_id, amount, kind, occurred_at, recorded_at) VALUES (2, 1, '100', 'adjustment', '2026-01-05T00:00:00Z', '2026-01-05T00:00:00Z')"
            << 14 << "not recorded by any audit entry";
    }

    void tampering()
    {
        QFETCH(QString, sql);
        QFETCH(int, firstBad);
        QFETCH(QString, says);
        RegisterFixture fx;
        auto r = prepared(fx);
        QVERIFY(r);
        QVERIFY(r->db().exec(sql.toUtf8().constData()).ok());
        const auto rep = verify(*r);
        QVERIFY(!rep.intact);
        QVERIFY(rep.firstBad.has_value());
        QCOMPARE(*rep.firstBad, qint64(firstBad));
        QVERIFY2(rep.problem.contains(says), qPrintable(rep.problem));
    }

    void failedChangeLeavesNoEntry()
    {
        RegisterFixture fx;
        QVERIFY(fx.create());
        QVERIFY(fx.addBasics());
        const qint64 before = verify(*fx.admin).entries;
        QVERIFY(!ledger::addClient(*fx.admin, {QStringLiteral("C1"), QStringLiteral("Duplicate"), {}, QStringLiteral("en")}).ok());
        QVERIFY(!ledger::addAddress(*fx.admin, {QStringLiteral("bitcoin"), QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
                                                QStringLiteral("client:C2"), QStringLiteral("vault"), {}}).ok());
        const auto after = verify(*fx.admin);
        QVERIFY(after.intact);
        QCOMPARE(after.entries, before);
    }

    void entryHashCoversEveryField()
    {
        const QString h = audit::entryHash(audit::genesisHash(), 1, QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("a"),
                                           QStringLiteral("x"), "{}");
        QCOMPARE(h.size(), 64);
        QVERIFY(h != audit::entryHash(audit::genesisHash(), 2, QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("a"), QStringLiteral("x"), "{}"));
        QVERIFY(h != audit::entryHash(audit::genesisHash(), 1, QStringLiteral("2026-01-01T00:00:01Z"), QStringLiteral("a"), QStringLiteral("x"), "{}"));
        QVERIFY(h != audit::entryHash(audit::genesisHash(), 1, QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("b"), QStringLiteral("x"), "{}"));
        QVERIFY(h != audit::entryHash(audit::genesisHash(), 1, QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("a"), QStringLiteral("y"), "{}"));
        QVERIFY(h != audit::entryHash(audit::genesisHash(), 1, QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("a"), QStringLiteral("x"), "{ }"));
        // Field boundaries are unambiguous: moving a character from actor to action changes the hash.
        QVERIFY(audit::entryHash(audit::genesisHash(), 1, QStringLiteral("t"), QStringLiteral("ab"), QStringLiteral("c"), "{}")
                != audit::entryHash(audit::genesisHash(), 1, QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("bc"), "{}"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
