// Chain endpoints kept in the register: admin-only changes, audited without the secret, the
// secret readable only for use by a role that reconciles, and reconcile's endpoint:NAME source.

#include "Support.h"

#include "chain/Network.h"
#include "ledger/Queries.h"
#include "reconcile/Sources.h"
#include "settings/Endpoints.h"

#include <limits>

using namespace custos;

class TestEndpoints : public QObject {
    Q_OBJECT

    static settings::Endpoint evm(const QString &name)
    {
        settings::Endpoint e;
        e.name = name;
        e.chain = QStringLiteral("ethereum");
        e.url = QStringLiteral("http://127.0.0.1:8545");
        return e;
    }

private slots:
    void adminAddsListsAndRemoves()
    {
        test::RegisterFixture f;
        QVERIFY(f.create());
        settings::Endpoint e = evm(QStringLiteral("eth-main"));
        e.user = QStringLiteral("rpc");
        e.password = QStringLiteral("s3cret:with@odd/chars");
        auto id = settings::addEndpoint(*f.admin, e);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        settings::Endpoint btc;
        btc.name = QStringLiteral("btc-node");
        btc.chain = QStringLiteral("bitcoin");
        btc.url = QStringLiteral("https://node.example:8332/");
        btc.user = QStringLiteral("u");
        btc.password = QStringLiteral("p");
        QVERIFY(settings::addEndpoint(*f.admin, btc).ok());

        auto all = settings::listEndpoints(*f.admin);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, QStringLiteral("btc-node")); // by name
        QCOMPARE(all->at(1).name, QStringLiteral("eth-main"));
        QCOMPARE(all->at(1).user, QStringLiteral("rpc"));
        QVERIFY(all->at(1).password.isEmpty()); // listings never carry the secret
        QCOMPARE(all->at(1).kind(), QStringLiteral("evm"));
        QCOMPARE(all->at(0).kind(), QStringLiteral("bitcoind"));
        QCOMPARE(all->at(1).createdBy, QStringLiteral("alice"));

        // The audit entry names the endpoint but not the secret.
        auto entries = ledger::auditEntriesBefore(f.admin->db(), std::numeric_limits<qint64>::max(), 5);
        QVERIFY(entries.ok());
        bool found = false;
        for (const audit::AuditEntry &a : *entries) {
            QVERIFY(!a.payload.contains("s3cret"));
            if (a.action == QLatin1String("endpoint.add") && a.payload.contains("eth-main"))
                found = true;
        }
        QVERIFY(found);

        auto used = settings::endpointForUse(*f.admin, QStringLiteral("eth-main"));
        QVERIFY(used.ok());
        QCOMPARE(used->password, e.password);
        const chain::RpcEndpoint rpc = settings::toRpcEndpoint(*used);
        QCOMPARE(rpc.url.toString(), QStringLiteral("http://127.0.0.1:8545"));
        QCOMPARE(rpc.user, QStringLiteral("rpc"));
        QCOMPARE(rpc.password, e.password);

        QVERIFY(settings::removeEndpoint(*f.admin, QStringLiteral("eth-main")).ok());
        QCOMPARE(settings::listEndpoints(*f.admin)->size(), 1);
        const Status again = settings::removeEndpoint(*f.admin, QStringLiteral("eth-main"));
        QCOMPARE(again.error().code, ErrorCode::BadInput);
        QVERIFY(again.message().contains(QStringLiteral("btc-node"))); // names the ones there are
    }

    void badInputRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("chain");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("says");
        QTest::newRow("name") << "bad name" << "ethereum" << "http://h:1" << "" << "" << "not a valid endpoint name";
        QTest::newRow("chain") << "n" << "dogecoin" << "http://h:1" << "" << "" << "dogecoin";
        QTest::newRow("scheme") << "n" << "ethereum" << "ftp://h:1" << "" << "" << "http:// or https://";
        QTest::newRow("userinfo") << "n" << "ethereum" << "http://u:p@h:1" << "" << "" << "user info";
        QTest::newRow("query") << "n" << "ethereum" << "http://h:1/?a=b" << "" << "" << "query";
        QTest::newRow("no host") << "n" << "ethereum" << "http://" << "" << "" << "not a node URL";
        QTest::newRow("btc without credentials") << "n" << "bitcoin" << "http://h:8332" << "" << "" << "needs RPC credentials";
        QTest::newRow("password without user") << "n" << "ethereum" << "http://h:1" << "" << "pw" << "no user";
        QTest::newRow("colon in user") << "n" << "ethereum" << "http://h:1" << "a:b" << "pw" << "contains ':'";
    }

    void badInputRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, chain);
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, says);
        test::RegisterFixture f;
        QVERIFY(f.create());
        settings::Endpoint e{0, name, chain, url, user, password, {}, {}};
        auto id = settings::addEndpoint(*f.admin, e);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, ErrorCode::BadInput);
        QVERIFY2(id.message().contains(says), qPrintable(id.message()));
        QVERIFY(settings::listEndpoints(*f.admin)->isEmpty());
    }

    void duplicateNameRefused()
    {
        test::RegisterFixture f;
        QVERIFY(f.create());
        QVERIFY(settings::addEndpoint(*f.admin, evm(QStringLiteral("eth"))).ok());
        auto again = settings::addEndpoint(*f.admin, evm(QStringLiteral("eth")));
        QCOMPARE(again.error().code, ErrorCode::BadInput);
        QVERIFY(again.message().contains(QStringLiteral("already")));
    }

    void onlyAdminsChangeThem()
    {
        test::RegisterFixture f;
        QVERIFY(f.create());
        QVERIFY(settings::addEndpoint(*f.admin, evm(QStringLiteral("eth"))).ok());
        auto op = f.operatorUser();
        QVERIFY(op);
        auto added = settings::addEndpoint(*op, evm(QStringLiteral("eth2")));
        QCOMPARE(added.error().code, ErrorCode::Denied);
        QCOMPARE(settings::removeEndpoint(*op, QStringLiteral("eth")).error().code, ErrorCode::Denied);
        QCOMPARE(settings::listEndpoints(*op)->size(), 1); // every role may list
        QVERIFY(settings::endpointForUse(*op, QStringLiteral("eth")).ok()); // the operator reconciles

        QVERIFY(f.admin->addUser(QStringLiteral("clara"), reg::Role::Compliance, "clara-password-1").ok());
        auto clara = reg::Register::open(f.path, QStringLiteral("clara"), "clara-password-1");
        QVERIFY(clara.ok());
        QCOMPARE(settings::endpointForUse(**clara, QStringLiteral("eth")).error().code, ErrorCode::Denied);
    }

    void reconcileSourceNamesAnEndpoint()
    {
        test::RegisterFixture f;
        QVERIFY(f.create());
        QVERIFY(settings::addEndpoint(*f.admin, evm(QStringLiteral("eth"))).ok());
        auto eth = chain::networkByName(QStringLiteral("ethereum"));
        auto btc = chain::networkByName(QStringLiteral("bitcoin"));
        QVERIFY(eth.ok() && btc.ok());
        auto op = f.operatorUser();
        QVERIFY(op);
        auto opened = reconcile::openSource(*op, *eth, QStringLiteral("endpoint:eth"), {}, {});
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QVERIFY(!opened->isSnapshot);
        QCOMPARE(opened->label, QStringLiteral("endpoint:eth (http://127.0.0.1:8545)"));
        auto wrongChain = reconcile::openSource(*op, *btc, QStringLiteral("endpoint:eth"), {}, {});
        QCOMPARE(wrongChain.error().code, ErrorCode::BadInput);
        QVERIFY(wrongChain.message().contains(QStringLiteral("serves ethereum")));
        auto unknown = reconcile::openSource(*op, *eth, QStringLiteral("endpoint:nope"), {}, {});
        QCOMPARE(unknown.error().code, ErrorCode::BadInput);
        QVERIFY(unknown.message().contains(QStringLiteral("eth")));
    }
};

QTEST_GUILESS_MAIN(TestEndpoints)
#include "TestEndpoints.moc"
