// custosctl segregation-check, evidence and verify-evidence as scripts and auditors see them:
// exit codes, JSON keys, roles refused, and a pack that fails verification when any file is
// changed, added or removed or its signature does not hold.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestCliSegregation : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_reg;
    QString m_pack;
    QString m_packKey;

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

    Run run(const QStringList &args, const QString &user = QStringLiteral("clara"), const QString &reg = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CUSTOS_PASSWORD"));
        env.insert(QStringLiteral("CUSTOS_REGISTER"), reg.isEmpty() ? m_reg : reg);
        env.insert(QStringLiteral("CUSTOS_USER"), user);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        QStringList all;
        if (!user.isEmpty())
            all << QStringLiteral("--password-file") << m_dir.filePath(user == QLatin1String("alice") ? "alice.pw" : "demo.pw");
        all << args;
        p.start(QStringLiteral(CUSTOSCTL_PATH), all);
        p.waitForFinished(300000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // verify-evidence needs no register, user or password.
    Run verify(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"CUSTOS_PASSWORD", "CUSTOS_REGISTER", "CUSTOS_USER"})
            env.remove(QLatin1String(v));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CUSTOSCTL_PATH), QStringList{QStringLiteral("--json"), QStringLiteral("verify-evidence")} + args);
        p.waitForFinished(120000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString copyPack(const QString &name)
    {
        const QString to = m_dir.filePath(name);
        QDir().mkpath(to);
        for (const QString &f : QDir(m_pack).entryList(QDir::Files))
            QFile::copy(m_pack + QLatin1Char('/') + f, to + QLatin1Char('/') + f);
        return to;
    }

    static QSet<QString> rulesOf(const QJsonObject &o)
    {
        QSet<QString> rules;
        for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray())
            rules.insert(v.toObject().value(QStringLiteral("rule")).toString());
        return rules;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reg = m_dir.filePath(QStringLiteral("desk.custos"));
        const Run demo = run({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--out"), m_reg, QStringLiteral("--clients"),
                              QStringLiteral("20")},
                             QString());
        QCOMPARE(demo.code, 0);
        file(QStringLiteral("demo.pw"), demo.json().value(QStringLiteral("password")).toString().toUtf8() + '\n');
        file(QStringLiteral("alice.pw"), "alice-password\n");
    }

    void checkReportsFindingsAsJson()
    {
        const Run r = run({QStringLiteral("--json"), QStringLiteral("segregation-check")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.isEmpty());
        const QJsonObject o = r.json();
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            QVERIFY(QSet<QString>({"on-chain", "access", "records"}).contains(f.value(QStringLiteral("layer")).toString()));
            for (const char *key : {"rule", "subject", "detail"})
                QVERIFY2(!f.value(QLatin1String(key)).toString().isEmpty(), key);
        }
        // Not reconciled yet: whether positions are held on chain is a finding, never "clean".
        QVERIFY(rulesOf(o).contains(QStringLiteral("chain-not-reconciled")));
        QCOMPARE(o.value(QStringLiteral("layers")).toArray().size(), 3);
        // --json after the command works too; the human form exits the same way.
        const Run after = run({QStringLiteral("segregation-check"), QStringLiteral("--json")});
        QCOMPARE(after.code, 1);
        QCOMPARE(after.json().value(QStringLiteral("findings")).toArray().size(), findings.size());
        const Run human = run({QStringLiteral("segregation-check")});
        QCOMPARE(human.code, 1);
        QVERIFY(human.out.contains("late-recording"));
    }

    void reconciledDemoShowsItsPlantedFindings()
    {
        for (const char *chain : {"bitcoin", "ethereum"}) {
            const Run rec = run({QStringLiteral("reconcile"), QStringLiteral("--chain"), QLatin1String(chain), QStringLiteral("--source"),
                                 QStringLiteral("snapshot:") + m_reg + QStringLiteral("-snapshot.csv")},
                                QStringLiteral("olga"));
            QCOMPARE(rec.code, 1); // the planted breaks
        }
        const Run r = run({QStringLiteral("--json"), QStringLiteral("segregation-check")}, QStringLiteral("admin"));
        QCOMPARE(r.code, 1);
        QCOMPARE(rulesOf(r.json()), (QSet<QString>{"client-assets-at-firm-address", "position-not-backed", "firm-client-transfer",
                                                   "late-recording", "firm-funds-at-client-address"}));
    }

    void cleanRegisterExitsZero()
    {
        const QString clean = m_dir.filePath(QStringLiteral("clean.custos"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("alice"), QStringLiteral("--kdf-memory"), QStringLiteral("8192"),
                      QStringLiteral("--kdf-iterations"), QStringLiteral("1")},
                     QStringLiteral("alice"), clean)
                     .code,
                 0);
        const Run r = run({QStringLiteral("--json"), QStringLiteral("segregation-check")}, QStringLiteral("alice"), clean);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("findings")).toArray().size(), qsizetype(0));
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("clean"));
    }

    void rolesRefused()
    {
        for (const char *user : {"olga", "anton"}) {
            const Run check = run({QStringLiteral("segregation-check")}, QLatin1String(user));
            QCOMPARE(check.code, 4);
            QVERIFY(check.err.startsWith("custosctl: error: "));
            QCOMPARE(run({QStringLiteral("evidence"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("refused"))}, QLatin1String(user)).code, 4);
            QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused"))));
        }
        QCOMPARE(run({QStringLiteral("segregation-limit"), QStringLiteral("48")}).code, 4); // compliance may not change it
    }

    void evidencePackVerifies()
    {
        m_pack = m_dir.filePath(QStringLiteral("pack"));
        const Run r = run({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("--out"), m_pack});
        QCOMPARE(r.code, 0);
        m_packKey = r.json().value(QStringLiteral("public_key")).toString();
        QCOMPARE(m_packKey.size(), 64);
        for (const char *f : {"report.pdf", "manifest.json", "findings.csv", "findings.json", "addresses.csv", "addresses.json", "keysets.csv",
                              "users.csv", "reconciliations.csv", "reconciliation_breaks.csv", "audit.json", "layers.csv"})
            QVERIFY2(QFile::exists(m_pack + QLatin1Char('/') + QLatin1String(f)), f);
        QFile zip(m_pack + QStringLiteral(".zip"));
        QVERIFY(zip.open(QIODevice::ReadOnly));
        QVERIFY(zip.read(4) == QByteArray("PK\x03\x04", 4));
        QFile pdf(m_pack + QStringLiteral("/report.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");
        // Every address with its owner and key set.
        QFile csv(m_pack + QStringLiteral("/addresses.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readLine(), QByteArray("id,chain,address,owner,keyset,keyset_owner,label,created_at\r\n"));
        QVERIFY(csv.readAll().contains(",omnibus,omnibus-mpc,client,"));

        const Run v = verify({m_pack});
        QCOMPARE(v.code, 0);
        QCOMPARE(v.json().value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(v.json().value(QStringLiteral("produced_by")).toString(), QStringLiteral("clara"));
        QCOMPARE(verify({m_pack, QStringLiteral("--trusted-key"), m_packKey}).code, 0);
        QCOMPARE(verify({m_pack, QStringLiteral("--trusted-key"), QString(64, QLatin1Char('a'))}).code, 1);
        QCOMPARE(verify({m_pack, QStringLiteral("--trusted-key"), QStringLiteral("xyz")}).code, 2);
        QCOMPARE(verify({m_dir.filePath(QStringLiteral("no-such-pack"))}).code, 2);
        // The folder must be new or empty.
        QCOMPARE(run({QStringLiteral("evidence"), QStringLiteral("--out"), m_pack}).code, 2);
        QCOMPARE(run({QStringLiteral("evidence")}).code, 2);
    }

    void tamperedPacksFail()
    {
        QVERIFY(!m_pack.isEmpty());
        auto expectProblem = [&](const QString &dir, const char *needle) {
            const Run v = verify({dir});
            QCOMPARE(v.code, 1);
            QCOMPARE(v.json().value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
            const QByteArray problems = QJsonDocument(v.json().value(QStringLiteral("problems")).toArray()).toJson();
            QVERIFY2(problems.contains(needle), problems.constData());
        };
        {
            const QString d = copyPack(QStringLiteral("changed"));
            QFile f(d + QStringLiteral("/findings.csv"));
            QVERIFY(f.open(QIODevice::Append));
            f.write("on-chain,none,none,nothing to see\r\n");
            f.close();
            expectProblem(d, "findings.csv was changed");
        }
        {
            const QString d = copyPack(QStringLiteral("added"));
            QFile f(d + QStringLiteral("/extra.txt"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
            f.close();
            expectProblem(d, "extra.txt was added");
        }
        {
            const QString d = copyPack(QStringLiteral("removed"));
            QVERIFY(QFile::remove(d + QStringLiteral("/users.json")));
            expectProblem(d, "users.json was removed");
        }
        {
            const QString d = copyPack(QStringLiteral("badsig"));
            QFile f(d + QStringLiteral("/manifest.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
            f.close();
            QString sig = m.value(QStringLiteral("signature")).toString();
            sig[10] = sig[10] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
            m.insert(QStringLiteral("signature"), sig);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(m).toJson());
            f.close();
            expectProblem(d, "signature does not verify");
        }
        {
            // A manifest re-hashed after a change but not re-signed.
            const QString d = copyPack(QStringLiteral("rehashed"));
            QFile csv(d + QStringLiteral("/layers.csv"));
            QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
            csv.write("layer,status,rules,rules_with_findings,findings\r\n");
            csv.close();
            QFile f(d + QStringLiteral("/manifest.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
            f.close();
            QJsonObject s = m.value(QStringLiteral("signed")).toObject();
            QJsonArray files = s.value(QStringLiteral("files")).toArray();
            for (qsizetype i = 0; i < files.size(); ++i) {
                QJsonObject e = files[i].toObject();
                if (e.value(QStringLiteral("name")).toString() == QLatin1String("layers.csv")) {
                    QVERIFY(csv.open(QIODevice::ReadOnly));
                    e.insert(QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(csv.readAll(), QCryptographicHash::Sha256).toHex()));
                    e.insert(QStringLiteral("size"), double(csv.size()));
                    csv.close();
                    files[i] = e;
                }
            }
            s.insert(QStringLiteral("files"), files);
            m.insert(QStringLiteral("signed"), s);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(m).toJson());
            f.close();
            expectProblem(d, "signature does not verify");
        }
        {
            const QString d = copyPack(QStringLiteral("nomanifest"));
            QVERIFY(QFile::remove(d + QStringLiteral("/manifest.json")));
            expectProblem(d, "manifest.json is missing");
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSegregation)
#include "TestCliSegregation.moc"
