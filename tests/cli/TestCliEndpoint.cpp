// custosctl endpoint add|list|remove and reconcile --source endpoint:NAME, run as a process.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestCliEndpoint : public QObject {
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

    Run run(const QStringList &args, const QString &user = QStringLiteral("alice"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CUSTOS_PASSWORD"));
        env.insert(QStringLiteral("CUSTOS_REGISTER"), m_reg);
        env.insert(QStringLiteral("CUSTOS_USER"), user);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(CUSTOSCTL_PATH), QStringList{QStringLiteral("--password-file"), m_dir.filePath(user + QStringLiteral(".pw"))} + args);
        p.waitForFinished(120000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reg = m_dir.filePath(QStringLiteral("desk.custos"));
        file(QStringLiteral("alice.pw"), "alice-password\n");
        file(QStringLiteral("olga.pw"), "olga-password\n");
        file(QStringLiteral("clara.pw"), "clara-password\n");
        file(QStringLiteral("rpc.pw"), "rpc-s3cret\n");
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("alice"), QStringLiteral("--kdf-memory"),
                      QStringLiteral("8192"), QStringLiteral("--kdf-iterations"), QStringLiteral("1")})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("olga"), QStringLiteral("--role"),
                      QStringLiteral("operator"), QStringLiteral("--new-password-file"), m_dir.filePath(QStringLiteral("olga.pw"))})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clara"), QStringLiteral("--role"),
                      QStringLiteral("compliance"), QStringLiteral("--new-password-file"), m_dir.filePath(QStringLiteral("clara.pw"))})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("ethereum"),
                      QStringLiteral("--symbol"), QStringLiteral("ETH"), QStringLiteral("--decimals"), QStringLiteral("18")})
                     .code,
                 0);
    }

    void addListRemove()
    {
        const Run added = run({QStringLiteral("--json"), QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("eth-main"),
                               QStringLiteral("--chain"), QStringLiteral("ethereum"), QStringLiteral("--url"),
                               QStringLiteral("http://127.0.0.1:8545"), QStringLiteral("--rpc-user"), QStringLiteral("rpc"),
                               QStringLiteral("--rpc-password-file"), m_dir.filePath(QStringLiteral("rpc.pw"))});
        QVERIFY2(added.code == 0, added.err.constData());
        QCOMPARE(added.json().value(QStringLiteral("name")).toString(), QStringLiteral("eth-main"));

        const Run listed = run({QStringLiteral("--json"), QStringLiteral("endpoint"), QStringLiteral("list")}, QStringLiteral("clara"));
        QCOMPARE(listed.code, 0);
        const QJsonArray all = listed.json().value(QStringLiteral("endpoints")).toArray();
        QCOMPARE(all.size(), 1);
        const QJsonObject e = all.at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("chain")).toString(), QStringLiteral("ethereum"));
        QCOMPARE(e.value(QStringLiteral("url")).toString(), QStringLiteral("http://127.0.0.1:8545"));
        QCOMPARE(e.value(QStringLiteral("user")).toString(), QStringLiteral("rpc"));
        QCOMPARE(e.value(QStringLiteral("credentials")).toBool(), true);
        QVERIFY(!listed.out.contains("rpc-s3cret")); // the secret is never printed

        const Run human = run({QStringLiteral("endpoint"), QStringLiteral("list")});
        QCOMPARE(human.code, 0);
        QVERIFY(human.out.contains("eth-main"));
        QVERIFY(!human.out.contains("rpc-s3cret"));

        const Run dup = run({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("eth-main"), QStringLiteral("--chain"),
                             QStringLiteral("ethereum"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:8546")});
        QCOMPARE(dup.code, 2);
        QVERIFY(dup.err.startsWith("custosctl: error: "));
        QVERIFY(dup.err.contains("already"));

        QCOMPARE(run({QStringLiteral("endpoint"), QStringLiteral("remove"), QStringLiteral("eth-main")}).code, 0);
        QCOMPARE(run({QStringLiteral("endpoint"), QStringLiteral("remove"), QStringLiteral("eth-main")}).code, 2);
        const Run empty = run({QStringLiteral("--json"), QStringLiteral("endpoint"), QStringLiteral("list")});
        QCOMPARE(empty.json().value(QStringLiteral("endpoints")).toArray().size(), 0);
    }

    void refusals()
    {
        // Not an admin: exit 4, nothing added.
        const Run denied = run({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("eth-op"), QStringLiteral("--chain"),
                                QStringLiteral("ethereum"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:8545")},
                               QStringLiteral("olga"));
        QCOMPARE(denied.code, 4);
        // Credentials in the URL, a user without the password file, an unknown sub-command: exit 2.
        QCOMPARE(run({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("e1"), QStringLiteral("--chain"),
                      QStringLiteral("ethereum"), QStringLiteral("--url"), QStringLiteral("http://u:p@127.0.0.1:8545")})
                     .code,
                 2);
        const Run noSecret = run({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("e2"), QStringLiteral("--chain"),
                                  QStringLiteral("ethereum"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:8545"),
                                  QStringLiteral("--rpc-user"), QStringLiteral("rpc")});
        QCOMPARE(noSecret.code, 2);
        QVERIFY(noSecret.err.contains("--rpc-password-file"));
        QCOMPARE(run({QStringLiteral("endpoint"), QStringLiteral("rename")}).code, 2);
        QCOMPARE(run({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("e3"), QStringLiteral("--chain"),
                      QStringLiteral("bitcoin"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:8332")})
                     .code,
                 2);
        const Run listed = run({QStringLiteral("--json"), QStringLiteral("endpoint"), QStringLiteral("list")});
        QCOMPARE(listed.json().value(QStringLiteral("endpoints")).toArray().size(), 0);
    }

    void reconcileUsesTheEndpoint()
    {
        // A port nobody answers on: the run uses the endpoint's URL and fails as a source (exit 5).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QCOMPARE(run({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("eth-dead"), QStringLiteral("--chain"),
                      QStringLiteral("ethereum"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:%1").arg(port)})
                     .code,
                 0);
        const Run failed = run({QStringLiteral("reconcile"), QStringLiteral("--chain"), QStringLiteral("ethereum"), QStringLiteral("--source"),
                                QStringLiteral("endpoint:eth-dead"), QStringLiteral("--timeout"), QStringLiteral("5")},
                               QStringLiteral("olga"));
        QVERIFY2(failed.code == 5, failed.err.constData());
        QVERIFY(failed.err.contains(QByteArray::number(port)));

        const Run unknown = run({QStringLiteral("reconcile"), QStringLiteral("--chain"), QStringLiteral("ethereum"),
                                 QStringLiteral("--source"), QStringLiteral("endpoint:nope")},
                                QStringLiteral("olga"));
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("eth-dead")); // names the endpoints there are
        const Run wrongChain = run({QStringLiteral("reconcile"), QStringLiteral("--chain"), QStringLiteral("bitcoin"),
                                    QStringLiteral("--source"), QStringLiteral("endpoint:eth-dead")},
                                   QStringLiteral("olga"));
        QCOMPARE(wrongChain.code, 2);
        QVERIFY(wrongChain.err.contains("serves ethereum"));
    }
};

QTEST_GUILESS_MAIN(TestCliEndpoint)
#include "TestCliEndpoint.moc"
