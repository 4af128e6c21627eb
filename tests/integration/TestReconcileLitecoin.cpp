// custosctl reconcile against a real litecoind -regtest node: clean, a missing deposit, the
// correcting entry, a run pinned to an older height, an unrecorded transfer, a killed node.

#include "LitecoinPeer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;

class TestReconcileLitecoin : public QObject {
    Q_OBJECT

    test::LitecoinPeer m_peer;
    QTemporaryDir m_dir;
    QString m_reg;
    QString m_a, m_b, m_omnibus;
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

    bool importMovements(const QByteArray &rows)
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

    QByteArray deposit(const QString &client, const QString &address, const QString &amount, const QString &tx, qint64 height)
    {
        return QStringLiteral("%1,litecoin-regtest:LTC,%2,deposit,2026-01-02T10:00:00Z,litecoin-regtest,%3,%4,%5\n")
            .arg(client, amount, address, tx).arg(height).toUtf8();
    }

    // Sends, mines one block; returns (txid, height).
    QPair<QString, qint64> pay(const QString &address, const QString &amount)
    {
        auto tx = m_peer.send(QStringLiteral("miner"), address, amount);
        if (!tx.ok())
            qFatal("send: %s", qPrintable(tx.message()));
        if (!m_peer.mine(1).ok())
            qFatal("mine failed");
        return {*tx, *m_peer.height()};
    }

    Run reconcile(const QStringList &extra = {})
    {
        return ctl(QStringList{QStringLiteral("reconcile"), QStringLiteral("--chain"), QStringLiteral("litecoin-regtest"),
                               QStringLiteral("--source"), m_peer.source(), QStringLiteral("--timeout"), QStringLiteral("10")}
                   + extra);
    }

private slots:
    void initTestCase()
    {
        const Status started = m_peer.start();
        if (!started.ok())
            QFAIL(qPrintable(QStringLiteral("litecoind -regtest did not start: %1").arg(started.message())));
        QVERIFY(m_peer.mine(101).ok()); // coinbase outputs mature after 100 blocks
        QVERIFY(m_peer.createWallet(QStringLiteral("clients")).ok());
        m_a = *m_peer.newAddress(QStringLiteral("clients"));
        m_b = *m_peer.newAddress(QStringLiteral("clients"));
        m_omnibus = *m_peer.newAddress(QStringLiteral("clients"));

        m_reg = m_dir.filePath(QStringLiteral("desk.custos"));
        QFile pw(m_dir.filePath(QStringLiteral("pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("desk-password-1\n");
        pw.close();
        const QString pwFile = m_dir.filePath(QStringLiteral("pw"));
        QCOMPARE(ctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("alice"), QStringLiteral("--kdf-memory"),
                      QStringLiteral("8192"), QStringLiteral("--kdf-iterations"), QStringLiteral("1")}, QStringLiteral("alice")).code, 0);
        QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("olga"), QStringLiteral("--role"), QStringLiteral("operator"),
                      QStringLiteral("--new-password-file"), pwFile}, QStringLiteral("alice")).code, 0);
        QCOMPARE(ctl({QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("litecoin-regtest"),
                      QStringLiteral("--symbol"), QStringLiteral("LTC"), QStringLiteral("--decimals"), QStringLiteral("8")}, QStringLiteral("alice")).code, 0);
        QCOMPARE(ctl({QStringLiteral("keyset"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("vault"), QStringLiteral("--owner"),
                      QStringLiteral("client")}, QStringLiteral("alice")).code, 0);
        for (const char *id : {"C1", "C2"})
            QCOMPARE(ctl({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--id"), QLatin1String(id), QStringLiteral("--name"),
                          QStringLiteral("Client %1").arg(QLatin1String(id))}).code, 0);
        const QList<QPair<QString, QString>> addrs = {{m_a, QStringLiteral("client:C1")}, {m_b, QStringLiteral("client:C2")},
                                                      {m_omnibus, QStringLiteral("omnibus")}};
        for (const auto &a : addrs)
            QCOMPARE(ctl({QStringLiteral("address"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("litecoin-regtest"),
                          QStringLiteral("--address"), a.first, QStringLiteral("--owner"), a.second, QStringLiteral("--keyset"), QStringLiteral("vault")}).code, 0);
    }

    void cleanRun()
    {
        const auto t1 = pay(m_a, QStringLiteral("1.5"));
        const auto t2 = pay(m_b, QStringLiteral("0.00000001"));
        const auto t3 = pay(m_omnibus, QStringLiteral("0.25"));
        const auto t4 = pay(m_omnibus, QStringLiteral("0.75"));
        QVERIFY(importMovements(deposit(QStringLiteral("C1"), m_a, QStringLiteral("1.5"), t1.first, t1.second)
                                + deposit(QStringLiteral("C2"), m_b, QStringLiteral("0.00000001"), t2.first, t2.second)
                                + deposit(QStringLiteral("C1"), m_omnibus, QStringLiteral("0.25"), t3.first, t3.second)
                                + deposit(QStringLiteral("C2"), m_omnibus, QStringLiteral("0.75"), t4.first, t4.second)));
        const Run r = reconcile();
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("clean"));
        QCOMPARE(r.json.value(QStringLiteral("height")).toInteger(), *m_peer.height());
        QCOMPARE(r.json.value(QStringLiteral("block_hash")).toString(), *m_peer.blockHash(*m_peer.height()));
        QCOMPARE(r.json.value(QStringLiteral("breaks")).toArray().size(), 0);
    }

    void missingDepositIsABreakUntilCorrected()
    {
        const auto t = pay(m_a, QStringLiteral("0.4"));
        const Run r = reconcile();
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("breaks"));
        bool balance = false, unrecorded = false;
        for (const QJsonValue &v : r.json.value(QStringLiteral("breaks")).toArray()) {
            const QJsonObject b = v.toObject();
            QCOMPARE(b.value(QStringLiteral("address")).toString(), m_a);
            if (b.value(QStringLiteral("kind")).toString() == QLatin1String("balance")) {
                balance = true;
                QCOMPARE(b.value(QStringLiteral("register")).toString(), QStringLiteral("1.5"));
                QCOMPARE(b.value(QStringLiteral("chain")).toString(), QStringLiteral("1.9"));
                QCOMPARE(b.value(QStringLiteral("difference")).toString(), QStringLiteral("0.4"));
            } else {
                unrecorded = b.value(QStringLiteral("kind")).toString() == QLatin1String("unrecorded_transfer")
                    && b.value(QStringLiteral("tx_hash")).toString() == t.first;
            }
        }
        QVERIFY(balance);
        QVERIFY2(unrecorded, "the unregistered transfer was not reported as movement not recorded");
        // The correcting entry: record the deposit; the next run is clean.
        QVERIFY(importMovements(deposit(QStringLiteral("C1"), m_a, QStringLiteral("0.4"), t.first, t.second)));
        const Run fixed = reconcile();
        QVERIFY2(fixed.code == 0, fixed.err.constData());
        QCOMPARE(fixed.json.value(QStringLiteral("status")).toString(), QStringLiteral("clean"));
    }

    void olderHeightGivesThatHeightsBalances()
    {
        const qint64 before = *m_peer.height();
        const auto t = pay(m_b, QStringLiteral("2"));
        QVERIFY(importMovements(deposit(QStringLiteral("C2"), m_b, QStringLiteral("2"), t.first, t.second)));
        const Run pinned = reconcile({QStringLiteral("--height"), QString::number(before)});
        QVERIFY2(pinned.code == 0, pinned.err.constData());
        QCOMPARE(pinned.json.value(QStringLiteral("height")).toInteger(), before);
        QCOMPARE(pinned.json.value(QStringLiteral("block_hash")).toString(), *m_peer.blockHash(before));
        QCOMPARE(pinned.json.value(QStringLiteral("status")).toString(), QStringLiteral("clean"));
        const Run tip = reconcile();
        QCOMPARE(tip.code, 0);
        QCOMPARE(tip.json.value(QStringLiteral("height")).toInteger(), t.second);
    }

    void wrongNetworkIsRefused()
    {
        const Run r = ctl({QStringLiteral("reconcile"), QStringLiteral("--chain"), QStringLiteral("bitcoin-regtest"), QStringLiteral("--source"),
                           m_peer.source()});
        // A node on another network is refused before anything is compared (exit 5).
        QCOMPARE(r.code, 5);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("incomplete"));
        QVERIFY2(r.err.contains("network"), r.err.constData());
        QVERIFY(r.json.value(QStringLiteral("breaks")).toArray().isEmpty());
    }

    void killedNodeIsIncomplete()
    {
        m_peer.kill();
        const Run r = reconcile();
        QCOMPARE(r.code, 5);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("incomplete"));
        QVERIFY(r.err.startsWith("custosctl: error: "));
        QVERIFY(!r.err.contains(m_peer.password().toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestReconcileLitecoin)
#include "TestReconcileLitecoin.moc"
