// custosctl as scripts see it: exit codes, JSON keys, error lines on stderr, nothing half-written.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_reg;

    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QString file(const QString &name, const QByteArray &content)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return p;
    }

    Run run(const QStringList &args, const QString &user = QStringLiteral("alice"), const QString &pwFile = QStringLiteral("alice.pw"),
            const QString &reg = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CUSTOS_PASSWORD"));
        env.insert(QStringLiteral("CUSTOS_REGISTER"), reg.isEmpty() ? m_reg : reg);
        env.insert(QStringLiteral("CUSTOS_USER"), user);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        QStringList all;
        if (!pwFile.isEmpty())
            all << QStringLiteral("--password-file") << m_dir.filePath(pwFile);
        all << args;
        p.start(QStringLiteral(CUSTOSCTL_PATH), all);
        p.waitForFinished(120000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QByteArray btcTx(int n) { return QByteArray::number(n).rightJustified(64, 'c'); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reg = m_dir.filePath(QStringLiteral("desk.custos"));
        file(QStringLiteral("alice.pw"), "alice-password\n");
        file(QStringLiteral("olga.pw"), "olga-password\r\n");
        file(QStringLiteral("carl.pw"), "carl-password\n");
        file(QStringLiteral("wrong.pw"), "nope\n");
        const Run init = run({QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("alice"),
                              QStringLiteral("--kdf-memory"), QStringLiteral("8192"), QStringLiteral("--kdf-iterations"), QStringLiteral("1")});
        QCOMPARE(init.code, 0);
        QVERIFY(init.json().value(QStringLiteral("recovery_key")).toString().size() == 71);
        QVERIFY(QFile::exists(m_reg + QStringLiteral("-keys")));
    }

    void versionAndUsage()
    {
        const Run v = run({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith("custosctl "));
        const Run u = run({QStringLiteral("frobnicate")});
        QCOMPARE(u.code, 2);
        QVERIFY(u.err.contains("custosctl: error: unknown command 'frobnicate'"));
    }

    void initRefusesToOverwrite()
    {
        const Run again = run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("bob")});
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains("already exists"));
    }

    void setUpReferenceData()
    {
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("olga"), QStringLiteral("--role"), QStringLiteral("operator"),
                      QStringLiteral("--new-password-file"), m_dir.filePath(QStringLiteral("olga.pw"))}).code, 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carl"), QStringLiteral("--role"), QStringLiteral("compliance"),
                      QStringLiteral("--new-password-file"), m_dir.filePath(QStringLiteral("carl.pw"))}).code, 0);
        const Run users = run({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(users.code, 0);
        QCOMPARE(users.json().value(QStringLiteral("users")).toArray().size(), 3);
        QCOMPARE(run({QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("bitcoin"), QStringLiteral("--symbol"),
                      QStringLiteral("BTC"), QStringLiteral("--decimals"), QStringLiteral("8")}).code, 0);
        QCOMPARE(run({QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("ethereum"), QStringLiteral("--symbol"),
                      QStringLiteral("USDC"), QStringLiteral("--decimals"), QStringLiteral("6"), QStringLiteral("--contract"),
                      QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48")}).code, 0);
        QCOMPARE(run({QStringLiteral("keyset"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("vault"), QStringLiteral("--owner"),
                      QStringLiteral("client")}).code, 0);
        QCOMPARE(run({QStringLiteral("keyset"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("treasury"), QStringLiteral("--owner"),
                      QStringLiteral("firm")}).code, 0);
        QCOMPARE(run({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("C1"), QStringLiteral("--name"),
                      QStringLiteral("Anna Beispiel"), QStringLiteral("--lang"), QStringLiteral("de")}, QStringLiteral("olga"), QStringLiteral("olga.pw")).code, 0);
        const Run clients = run({QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("list")});
        QCOMPARE(clients.json().value(QStringLiteral("clients")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Anna Beispiel"));
        file(QStringLiteral("addr.csv"), "chain,address,owner,keyset,label\n"
                                         "bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4,client:C1,vault,\"Anna, main\"\n"
                                         "ethereum,0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed,client:C1,vault,Anna eth\n");
        const Run imp = run({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("addresses"), m_dir.filePath(QStringLiteral("addr.csv"))},
                            QStringLiteral("olga"), QStringLiteral("olga.pw"));
        QCOMPARE(imp.code, 0);
        QCOMPARE(imp.json().value(QStringLiteral("rows")).toInt(), 2);
    }

    void permissionDenied()
    {
        const Run r = run({QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("litecoin"), QStringLiteral("--symbol"),
                           QStringLiteral("LTC"), QStringLiteral("--decimals"), QStringLiteral("8")}, QStringLiteral("olga"), QStringLiteral("olga.pw"));
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.startsWith("custosctl: error: user 'olga' (role operator) may not add assets"));
        const Run imp = run({QStringLiteral("import"), QStringLiteral("movements"), m_dir.filePath(QStringLiteral("addr.csv"))},
                            QStringLiteral("carl"), QStringLiteral("carl.pw"));
        QCOMPARE(imp.code, 4);
    }

    void cannotOpen_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("pw");
        QTest::addColumn<QString>("reg");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong password") << "alice" << "wrong.pw" << QString() << "wrong password for user 'alice'";
        QTest::newRow("unknown user") << "zoe" << "alice.pw" << QString() << "unknown user 'zoe'";
        QTest::newRow("no register") << "alice" << "alice.pw" << "missing.custos" << "no register at";
        QTest::newRow("not a register") << "alice" << "alice.pw" << "alice.pw" << "key file";
    }

    void cannotOpen()
    {
        QFETCH(QString, user);
        QFETCH(QString, pw);
        QFETCH(QString, reg);
        QFETCH(QString, says);
        const Run r = run({QStringLiteral("client"), QStringLiteral("list")}, user, pw, reg.isEmpty() ? QString() : m_dir.filePath(reg));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void missingKeyFileIsNamed()
    {
        QVERIFY(QFile::copy(m_reg, m_dir.filePath(QStringLiteral("lonely.custos"))));
        const Run r = run({QStringLiteral("client"), QStringLiteral("list")}, QStringLiteral("alice"), QStringLiteral("alice.pw"),
                          m_dir.filePath(QStringLiteral("lonely.custos")));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("lonely.custos-keys is missing"), r.err.constData());
    }

    void badInputNamesFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QByteArray>("says");
        const QByteArray head = "client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height\n";
        const QByteArray good = "C1,bitcoin:BTC,1,deposit,2026-01-02T10:00:00Z,bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4," + btcTx(1) + ",830000\n";
        QTest::newRow("unbalanced quote") << head + good + "C1,\"bitcoin:BTC,1,deposit\n" << QByteArray("bad.csv:3: unterminated quoted field");
        QTest::newRow("missing column") << QByteArray("client,asset,amount\nC1,bitcoin:BTC,1\n") << QByteArray("bad.csv:1: missing column");
        QTest::newRow("bad utf-8") << head + good + "C\xff,bitcoin:BTC,1,deposit,2026-01-02T10:00:00Z,bitcoin,x,y,1\n" << QByteArray("bad.csv:3:");
        QTest::newRow("too many decimals") << head + good + "C1,bitcoin:BTC,0.123456789,deposit,2026-01-03T10:00:00Z,bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4," + btcTx(2) + ",830001\n" << QByteArray("bad.csv:3:");
        QTest::newRow("bad address") << head + good + "C1,bitcoin:BTC,1,deposit,2026-01-03T10:00:00Z,bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5," + btcTx(2) + ",830001\n" << QByteArray("bad.csv:3:");
        QTest::newRow("unknown client") << head + good + "C7,bitcoin:BTC,1,deposit,2026-01-03T10:00:00Z,bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4," + btcTx(2) + ",830001\n" << QByteArray("bad.csv:3: unknown client 'C7'");
    }

    void badInputNamesFileAndLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QByteArray, says);
        const Run r = run({QStringLiteral("import"), QStringLiteral("movements"), file(QStringLiteral("bad.csv"), csv)},
                          QStringLiteral("olga"), QStringLiteral("olga.pw"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith("custosctl: error: " + says), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        const Run pos = run({QStringLiteral("--json"), QStringLiteral("positions")});
        QCOMPARE(pos.json().value(QStringLiteral("positions")).toArray().size(), 0);
    }

    void badAddressAndOwnerMismatch()
    {
        const Run bad = run({QStringLiteral("address"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("ethereum"), QStringLiteral("--address"),
                             QStringLiteral("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), QStringLiteral("--owner"), QStringLiteral("omnibus"),
                             QStringLiteral("--keyset"), QStringLiteral("vault")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("EIP-55"));
        const Run mismatch = run({QStringLiteral("address"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("bitcoin"), QStringLiteral("--address"),
                                  QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"), QStringLiteral("--owner"), QStringLiteral("client:C1"),
                                  QStringLiteral("--keyset"), QStringLiteral("treasury")});
        QCOMPARE(mismatch.code, 2);
        QVERIFY(mismatch.err.contains("firm key set"));
        const Run dupClient = run({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("C1"), QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(dupClient.code, 2);
        const Run unknownKeyset = run({QStringLiteral("address"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("bitcoin"), QStringLiteral("--address"),
                                       QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"), QStringLiteral("--owner"), QStringLiteral("omnibus"),
                                       QStringLiteral("--keyset"), QStringLiteral("nope")});
        QCOMPARE(unknownKeyset.code, 2);
        QVERIFY(unknownKeyset.err.contains("unknown key set 'nope'"));
    }

    void importAndPositions()
    {
        QByteArray csv = "occurred_at,client,asset,amount,kind,chain,address,tx_hash,block_height\n"; // columns in any order
        csv += "2026-01-02T10:00:00Z,C1,bitcoin:BTC,1.23456789,deposit,bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4," + btcTx(11) + ",830000\n";
        csv += "2026-02-02T10:00:00Z,C1,bitcoin:BTC,-0.00000001,withdrawal,bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4," + btcTx(12) + ",830500\n";
        csv += "2026-02-03T10:00:00Z,C1,ethereum:USDC,250000.000001,deposit,ethereum,0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed,0x" + QByteArray(64, 'd') + ",19000000\n";
        const QString path = file(QStringLiteral("good.csv"), csv);
        const Run imp = run({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("movements"), path}, QStringLiteral("olga"), QStringLiteral("olga.pw"));
        QCOMPARE(imp.code, 0);
        QCOMPARE(imp.json().value(QStringLiteral("rows")).toInt(), 3);
        const Run again = run({QStringLiteral("import"), QStringLiteral("movements"), path}, QStringLiteral("olga"), QStringLiteral("olga.pw"));
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains("already imported"));

        const Run pos = run({QStringLiteral("--json"), QStringLiteral("positions")});
        QCOMPARE(pos.code, 0);
        const QJsonArray arr = pos.json().value(QStringLiteral("positions")).toArray();
        QCOMPARE(arr.size(), 2);
        QCOMPARE(arr.at(0).toObject().value(QStringLiteral("client")).toString(), QStringLiteral("C1"));
        QCOMPARE(arr.at(0).toObject().value(QStringLiteral("asset")).toString(), QStringLiteral("bitcoin:BTC"));
        QCOMPARE(arr.at(0).toObject().value(QStringLiteral("balance")).toString(), QStringLiteral("1.23456788"));
        QCOMPARE(arr.at(1).toObject().value(QStringLiteral("balance")).toString(), QStringLiteral("250000.000001"));
        const Run at = run({QStringLiteral("--json"), QStringLiteral("positions"), QStringLiteral("--client"), QStringLiteral("C1"),
                            QStringLiteral("--at"), QStringLiteral("2026-01-31")});
        QCOMPARE(at.code, 0);
        const QJsonArray atArr = at.json().value(QStringLiteral("positions")).toArray();
        QCOMPARE(atArr.size(), 1);
        QCOMPARE(atArr.at(0).toObject().value(QStringLiteral("balance")).toString(), QStringLiteral("1.23456789"));
        const Run unknown = run({QStringLiteral("positions"), QStringLiteral("--client"), QStringLiteral("C404")});
        QCOMPARE(unknown.code, 2);
        const Run badDate = run({QStringLiteral("positions"), QStringLiteral("--at"), QStringLiteral("31.01.2026")});
        QCOMPARE(badDate.code, 2);
    }

    void pricesAndScreening()
    {
        file(QStringLiteral("prices.csv"), "asset,date,currency,price\nbitcoin:BTC,2026-09-30,EUR,56123.45\nethereum:USDC,2026-09-30,EUR,0.9213\n");
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("prices"), m_dir.filePath(QStringLiteral("prices.csv"))}, QStringLiteral("carl"), QStringLiteral("carl.pw")).code, 0);
        file(QStringLiteral("prices2.csv"), "asset,date,currency,price\nbitcoin:BTC,2026-09-30,EUR,1\n");
        const Run dup = run({QStringLiteral("import"), QStringLiteral("prices"), m_dir.filePath(QStringLiteral("prices2.csv"))}, QStringLiteral("carl"), QStringLiteral("carl.pw"));
        QCOMPARE(dup.code, 2);
        QVERIFY(dup.err.contains("prices2.csv:2:"));
        file(QStringLiteral("screen.csv"), "chain,address,list,reason\nethereum,0x8589427373d6d84e98730d7795d8f6f8731fda16,OFAC SDN,Tornado Cash\n");
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("screening"), m_dir.filePath(QStringLiteral("screen.csv"))}, QStringLiteral("carl"), QStringLiteral("carl.pw")).code, 0);
    }

    void auditVerifyAndBackupRestore()
    {
        const Run v = run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(v.code, 0);
        const QJsonObject o = v.json();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("intact"));
        QVERIFY(o.value(QStringLiteral("entries")).toInt() > 10);
        QCOMPARE(o.value(QStringLiteral("head")).toString().size(), 64);
        QVERIFY(o.value(QStringLiteral("first_bad")).isNull());

        const QString backup = m_dir.filePath(QStringLiteral("bk.custos"));
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--out"), backup}).code, 0);
        QVERIFY(QFile::exists(backup + QStringLiteral("-keys")));
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--out"), backup}).code, 2);
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.custos"))}, QStringLiteral("olga"), QStringLiteral("olga.pw")).code, 4);
        const QString restored = m_dir.filePath(QStringLiteral("restored.custos"));
        const Run rs = run({QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--to"), restored});
        QCOMPARE(rs.code, 0);
        const Run pos = run({QStringLiteral("--json"), QStringLiteral("positions")}, QStringLiteral("olga"), QStringLiteral("olga.pw"), restored);
        QCOMPARE(pos.code, 0);
        QCOMPARE(pos.json().value(QStringLiteral("positions")).toArray().size(), 2);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("alice"), QStringLiteral("alice.pw"), restored).code, 0);
    }

    void passwordFromEnvironment()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUSTOS_REGISTER"), m_reg);
        env.insert(QStringLiteral("CUSTOS_USER"), QStringLiteral("alice"));
        env.insert(QStringLiteral("CUSTOS_PASSWORD"), QStringLiteral("alice-password"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CUSTOSCTL_PATH), {QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("list")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QJsonDocument::fromJson(p.readAllStandardOutput()).isObject());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
