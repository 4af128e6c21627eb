// custosctl reconcile against a real ganache: ETH and an ERC-20 token, a clean run, a missing
// deposit and its correcting entry, a run pinned to an older height, a killed node.

#include "GanachePeer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;

namespace {
constexpr int128 kEther = int128(1000000000000000000LL);
}

class TestReconcileEvm : public QObject {
    Q_OBJECT

    test::GanachePeer m_peer;
    QTemporaryDir m_dir;
    QString m_reg, m_token, m_a, m_b;
    int m_files = 0;

    struct Run {
        int code = -1;
        QJsonObject json;
        QByteArray err;
    };

    Run ctl(const QStringList &args, const QString &user = QStringLiteral("olga"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUSTOS_REGISTER"), m_reg);
        env.insert(QStringLiteral("CUSTOS_USER"), user);
        env.insert(QStringLiteral("CUSTOS_PASSWORD"), QStringLiteral("desk-password-1"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CUSTOSCTL_PATH), QStringList{QStringLiteral("--json")} + args);
        p.waitForFinished(300000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QJsonDocument::fromJson(p.readAllStandardOutput()).object(),
                   p.readAllStandardError()};
    }

    bool import(const QByteArray &rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("mv%1.csv").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write("client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height\n" + rows);
        f.close();
        const Run r = ctl({QStringLiteral("import"), QStringLiteral("movements"), path});
        if (r.code != 0)
            qWarning() << r.err;
        return r.code == 0;
    }

    static QByteArray row(const char *client, const char *asset, const char *amount, const QString &address, const test::SentTx &tx)
    {
        return QStringLiteral("%1,%2,%3,deposit,2026-01-02T10:00:00Z,evm-1337,%4,%5,%6\n")
            .arg(QLatin1String(client), QLatin1String(asset), QLatin1String(amount), address, tx.hash)
            .arg(tx.height)
            .toUtf8();
    }

    Run reconcile(const QStringList &extra = {})
    {
        return ctl(QStringList{QStringLiteral("reconcile"), QStringLiteral("--chain"), QStringLiteral("evm-1337"), QStringLiteral("--source"),
                               QStringLiteral("evm:") + m_peer.url().toString(), QStringLiteral("--timeout"), QStringLiteral("5")}
                   + extra);
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_peer.start();
        if (!problem.isEmpty())
            QFAIL(qPrintable(QStringLiteral("ganache did not start: %1").arg(problem)));
        auto token = m_peer.deployToken(m_peer.accounts().at(0));
        QVERIFY2(token.ok(), qPrintable(token.message()));
        m_token = *token;
        m_a = test::GanachePeer::randomAddress();
        m_b = test::GanachePeer::randomAddress();

        m_reg = m_dir.filePath(QStringLiteral("desk.custos"));
        const QString pwFile = m_dir.filePath(QStringLiteral("pw"));
        QFile pw(pwFile);
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("desk-password-1\n");
        pw.close();
        const QString admin = QStringLiteral("alice");
        QCOMPARE(ctl({QStringLiteral("init"), QStringLiteral("--admin"), admin, QStringLiteral("--kdf-memory"), QStringLiteral("8192"),
                      QStringLiteral("--kdf-iterations"), QStringLiteral("1")}, admin).code, 0);
        QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("olga"), QStringLiteral("--role"), QStringLiteral("operator"),
                      QStringLiteral("--new-password-file"), pwFile}, admin).code, 0);
        QCOMPARE(ctl({QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("evm-1337"), QStringLiteral("--symbol"),
                      QStringLiteral("ETH"), QStringLiteral("--decimals"), QStringLiteral("18")}, admin).code, 0);
        QCOMPARE(ctl({QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("evm-1337"), QStringLiteral("--symbol"),
                      QStringLiteral("TT"), QStringLiteral("--decimals"), QStringLiteral("6"), QStringLiteral("--contract"), m_token}, admin).code, 0);
        QCOMPARE(ctl({QStringLiteral("keyset"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("vault"), QStringLiteral("--owner"),
                      QStringLiteral("client")}, admin).code, 0);
        QCOMPARE(ctl({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("C1"), QStringLiteral("--name"), QStringLiteral("One")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("address"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("evm-1337"), QStringLiteral("--address"), m_a,
                      QStringLiteral("--owner"), QStringLiteral("client:C1"), QStringLiteral("--keyset"), QStringLiteral("vault")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("address"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("evm-1337"), QStringLiteral("--address"), m_b,
                      QStringLiteral("--owner"), QStringLiteral("omnibus"), QStringLiteral("--keyset"), QStringLiteral("vault")}).code, 0);
    }

    void cleanRun()
    {
        const QString from = m_peer.accounts().at(1);
        auto t1 = m_peer.sendEth(from, m_a, kEther * 3 / 2);
        auto t2 = m_peer.mintToken(m_token, m_peer.accounts().at(0), m_a, int128(250000000)); // 250 TT
        auto t3 = m_peer.sendEth(from, m_b, int128(1));                                           // 1 wei
        QVERIFY(t1.ok() && t2.ok() && t3.ok());
        QVERIFY(import(row("C1", "evm-1337:ETH", "1.5", m_a, *t1) + row("C1", "evm-1337:TT", "250", m_a, *t2)
                       + row("C1", "evm-1337:ETH", "0.000000000000000001", m_b, *t3)));
        const Run r = reconcile();
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("clean"));
        QCOMPARE(r.json.value(QStringLiteral("height")).toInteger(), *m_peer.blockNumber());
        QCOMPARE(r.json.value(QStringLiteral("pairs")).toInt(), 4);
    }

    void missingTokenDepositThenCorrection()
    {
        auto t = m_peer.transferToken(m_token, m_peer.accounts().at(0), m_b, int128(1500000)); // 1.5 TT, never recorded
        if (!t.ok()) // the owner holds no tokens yet: mint to the omnibus address instead
            t = m_peer.mintToken(m_token, m_peer.accounts().at(0), m_b, int128(1500000));
        QVERIFY2(t.ok(), qPrintable(t.message()));
        const Run r = reconcile();
        QCOMPARE(r.code, 1);
        bool balance = false, unrecorded = false;
        for (const QJsonValue &v : r.json.value(QStringLiteral("breaks")).toArray()) {
            const QJsonObject b = v.toObject();
            QCOMPARE(b.value(QStringLiteral("asset")).toString(), QStringLiteral("evm-1337:TT"));
            if (b.value(QStringLiteral("kind")).toString() == QLatin1String("balance"))
                balance = b.value(QStringLiteral("difference")).toString() == QLatin1String("1.5");
            else
                unrecorded = b.value(QStringLiteral("tx_hash")).toString() == t->hash;
        }
        QVERIFY(balance);
        QVERIFY(unrecorded);
        QVERIFY(import(row("C1", "evm-1337:TT", "1.5", m_b, *t)));
        const Run fixed = reconcile();
        QVERIFY2(fixed.code == 0, fixed.err.constData());
    }

    void olderHeight()
    {
        const qint64 before = *m_peer.blockNumber();
        auto t = m_peer.sendEth(m_peer.accounts().at(2), m_a, kEther);
        QVERIFY(t.ok());
        // Not recorded yet: at the older height the chain and the register still agree.
        const Run pinned = reconcile({QStringLiteral("--height"), QString::number(before)});
        QVERIFY2(pinned.code == 0, pinned.err.constData());
        QCOMPARE(pinned.json.value(QStringLiteral("height")).toInteger(), before);
        const Run tip = reconcile();
        QCOMPARE(tip.code, 1);
        QVERIFY(import(row("C1", "evm-1337:ETH", "1", m_a, *t)));
        QCOMPARE(reconcile().code, 0);
    }

    void wrongChainIdRefused()
    {
        const Run r = ctl({QStringLiteral("reconcile"), QStringLiteral("--chain"), QStringLiteral("ethereum"), QStringLiteral("--source"),
                           QStringLiteral("evm:") + m_peer.url().toString()});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("chain id"), r.err.constData());
    }

    void frozenNodeTimesOutIncomplete()
    {
        m_peer.freeze();
        const Run r = ctl({QStringLiteral("reconcile"), QStringLiteral("--chain"), QStringLiteral("evm-1337"), QStringLiteral("--source"),
                           QStringLiteral("evm:") + m_peer.url().toString(), QStringLiteral("--timeout"), QStringLiteral("1")});
        m_peer.thaw();
        QCOMPARE(r.code, 5);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("incomplete"));
        QVERIFY(r.json.value(QStringLiteral("breaks")).toArray().isEmpty());
        // The node is back: the next run is clean again.
        QCOMPARE(reconcile().code, 0);
    }

    void killedNodeIsIncomplete()
    {
        m_peer.kill();
        const Run r = reconcile();
        QCOMPARE(r.code, 5);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("incomplete"));
    }
};

QTEST_GUILESS_MAIN(TestReconcileEvm)
#include "TestReconcileEvm.moc"
