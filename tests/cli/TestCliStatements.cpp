// custosctl statement and statement verify as scripts run them: exit codes, JSON keys, files,
// stderr sentences.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliStatements : public QObject {
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
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // custosctl must manage without a display on its own
        env.insert(QStringLiteral("CUSTOS_REGISTER"), m_reg);
        env.insert(QStringLiteral("CUSTOS_USER"), user);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(CUSTOSCTL_PATH),
                QStringList{QStringLiteral("--password-file"), m_dir.filePath(user + QStringLiteral(".pw"))} + args);
        p.waitForFinished(120000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QByteArray tx(int n) { return QByteArray::number(n).rightJustified(64, 'd'); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reg = m_dir.filePath(QStringLiteral("desk.custos"));
        file(QStringLiteral("alice.pw"), "alice-password\n");
        file(QStringLiteral("olga.pw"), "olga-password\n");
        file(QStringLiteral("carol.pw"), "carol-password\n");
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("alice"), QStringLiteral("--kdf-memory"),
                      QStringLiteral("8192"), QStringLiteral("--kdf-iterations"), QStringLiteral("1")})
                     .code,
                 0);
        const QList<QStringList> setup = {
            {"user", "add", "olga", "--role", "operator", "--new-password-file", m_dir.filePath("olga.pw")},
            {"user", "add", "carol", "--role", "compliance", "--new-password-file", m_dir.filePath("carol.pw")},
            {"custodian", "set", "--name", "Custos CLI Custody SA", "--address", "1 rue de la Loi\n1000 Bruxelles", "--authorisation",
             "FSMA-CASP-7", "--contact", "support@custos.example"},
            {"asset", "add", "--chain", "bitcoin", "--symbol", "BTC", "--decimals", "8"},
            {"asset", "add", "--chain", "litecoin", "--symbol", "LTC", "--decimals", "8"},
            {"keyset", "add", "--name", "vault", "--owner", "client"},
            {"client", "add", "--id", "K1", "--name", "Karl Kunde", "--lang", "de"},
            {"client", "add", "--id", "K2", "--name", "Kim Client", "--lang", "en"},
            {"client", "add", "--id", "K3", "--name", "Kai Unpriced", "--lang", "fr"},
            {"address", "add", "--chain", "bitcoin", "--address", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "--owner", "client:K1",
             "--keyset", "vault"},
        };
        for (const QStringList &a : setup) {
            const Run r = run(a);
            QVERIFY2(r.code == 0, qPrintable(a.join(QLatin1Char(' ')) + QLatin1Char(' ') + QString::fromUtf8(r.err)));
        }
        const QByteArray addr = "bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4,";
        QByteArray csv = "client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height\n";
        csv += "K1,bitcoin:BTC,1234.5,deposit,2026-05-02T08:00:00Z," + addr + tx(1) + ",10\n";
        csv += "K1,bitcoin:BTC,-0.5,withdrawal,2026-08-02T08:00:00Z," + addr + tx(2) + ",11\n";
        csv += "K2,bitcoin:BTC,0.001,adjustment,2026-09-02T08:00:00Z,,,,\n";
        csv += "K3,litecoin:LTC,2,adjustment,2026-09-02T08:00:00Z,,,,\n";
        file(QStringLiteral("m.csv"), csv);
        file(QStringLiteral("p.csv"), "asset,date,currency,price\nbitcoin:BTC,2026-09-30,EUR,1.001\n");
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("movements"), QStringLiteral("m.csv")}, QStringLiteral("olga")).code, 0);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("prices"), QStringLiteral("p.csv")}, QStringLiteral("olga")).code, 0);
    }

    void oneClientAndVerify()
    {
        const Run r = run({QStringLiteral("--json"), QStringLiteral("statement"), QStringLiteral("--client"), QStringLiteral("K1"),
                           QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--out"), QStringLiteral("one")},
                          QStringLiteral("carol"));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // nothing on stderr when all went well (not a terminal)
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("period")).toString(), QStringLiteral("2026Q3"));
        const QJsonArray produced = o.value(QStringLiteral("produced")).toArray();
        QCOMPARE(produced.size(), 1);
        const QString pdf = m_dir.filePath(QStringLiteral("one/K1-2026Q3.pdf"));
        QVERIFY(QFile::exists(pdf));
        const QJsonObject twin = [&] {
            QFile f(m_dir.filePath(QStringLiteral("one/K1-2026Q3.json")));
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        }();
        const QJsonObject btc = twin.value(QStringLiteral("assets")).toArray().first().toObject();
        QCOMPARE(btc.value(QStringLiteral("opening")).toString(), QStringLiteral("1234.5"));
        QCOMPARE(btc.value(QStringLiteral("closing")).toString(), QStringLiteral("1234"));
        QCOMPARE(btc.value(QStringLiteral("value")).toString(), QStringLiteral("1235.23")); // 1234 * 1.001 = 1235.234
        QCOMPARE(twin.value(QStringLiteral("total_value")).toString(), QStringLiteral("1235.23"));

        const Run v = run({QStringLiteral("--json"), QStringLiteral("statement"), QStringLiteral("verify"), pdf}, QStringLiteral("olga"));
        QCOMPARE(v.code, 0);
        QCOMPARE(v.json().value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(v.json().value(QStringLiteral("client")).toString(), QStringLiteral("K1"));
        QCOMPARE(v.json().value(QStringLiteral("period")).toString(), QStringLiteral("2026Q3"));

        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        bytes[bytes.size() - 100] = char(bytes[bytes.size() - 100] ^ 0x20);
        const QString changed = file(QStringLiteral("changed.pdf"), bytes);
        const Run bad =
            run({QStringLiteral("--json"), QStringLiteral("statement"), QStringLiteral("verify"), changed}, QStringLiteral("olga"));
        QCOMPARE(bad.code, 1);
        QCOMPARE(bad.json().value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
        const Run human = run({QStringLiteral("statement"), QStringLiteral("verify"), changed}, QStringLiteral("olga"));
        QCOMPARE(human.code, 1);
        QVERIFY(human.out.startsWith("invalid: "));
    }

    void batchWithAFailingClient()
    {
        const Run r =
            run({QStringLiteral("--json"), QStringLiteral("statement"), QStringLiteral("--all"), QStringLiteral("--quarter"),
                 QStringLiteral("2026Q3"), QStringLiteral("--out"), QStringLiteral("all"), QStringLiteral("--lang"), QStringLiteral("en")},
                QStringLiteral("carol"));
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.startsWith("custosctl: error: no statement for 1 of 3 client(s): K3"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("produced")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("failed")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("failed")).toArray().first().toObject().value(QStringLiteral("client")).toString(),
                 QStringLiteral("K3"));
        QVERIFY(o.value(QStringLiteral("failed"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("litecoin:LTC")));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("all/K1-2026Q3.pdf"))));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("all/K2-2026Q3.json"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("all/K3-2026Q3.pdf"))));

        // On request, for a date range, with the human summary.
        const Run range = run({QStringLiteral("statement"), QStringLiteral("--client"), QStringLiteral("K2"), QStringLiteral("--from"),
                               QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-09-30"), QStringLiteral("--out"),
                               QStringLiteral("range")},
                              QStringLiteral("carol"));
        QVERIFY2(range.code == 0, range.err.constData());
        QVERIFY(range.out.contains("produced K2: "));
        QVERIFY(range.out.contains("2026-09-01_2026-09-30: 1 produced, 0 skipped, 0 failed"));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("range/K2-2026-09-01_2026-09-30.pdf"))));
    }

    void refusals()
    {
        const QStringList produce = {QStringLiteral("statement"), QStringLiteral("--client"), QStringLiteral("K1"),
                                     QStringLiteral("--quarter"), QStringLiteral("2026Q3"),   QStringLiteral("--out"),
                                     QStringLiteral("refused")};
        for (const char *user : {"alice", "olga"}) {
            const Run r = run(produce, QLatin1String(user));
            QCOMPARE(r.code, 4);
            QVERIFY2(r.err.contains("compliance"), r.err.constData());
        }
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("refused"))).exists());
        const Run badQuarter = run({QStringLiteral("statement"), QStringLiteral("--all"), QStringLiteral("--quarter"),
                                    QStringLiteral("2026Q5"), QStringLiteral("--out"), QStringLiteral("x")},
                                   QStringLiteral("carol"));
        QCOMPARE(badQuarter.code, 2);
        QVERIFY(badQuarter.err.contains("2026Q5"));
        const Run both = run({QStringLiteral("statement"), QStringLiteral("--all"), QStringLiteral("--client"), QStringLiteral("K1"),
                              QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--out"), QStringLiteral("x")},
                             QStringLiteral("carol"));
        QCOMPARE(both.code, 2);
        const Run unknown = run({QStringLiteral("statement"), QStringLiteral("--client"), QStringLiteral("NOBODY"),
                                 QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--out"), QStringLiteral("x")},
                                QStringLiteral("carol"));
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("NOBODY"));
        const Run missing = run({QStringLiteral("statement"), QStringLiteral("verify"), m_dir.filePath(QStringLiteral("none.pdf"))});
        QCOMPARE(missing.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliStatements)
#include "TestCliStatements.moc"
