#pragma once
// Shared by the hardening CLI tests (TestCliTamper, TestCliCrash, TestCliFaults, TestCliSecrets):
// runs custosctl as a process in a temporary directory and sets up a small register.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace custos::clitest {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QByteArray both() const { return out + err; }
};

class Ctl {
public:
    QTemporaryDir dir;
    QString reg;                      // register path
    QString user = QStringLiteral("alice");
    QString passwordFile;             // absolute; empty: none
    QProcessEnvironment extraEnv;     // merged into the child's environment

    Ctl()
    {
        reg = dir.filePath(QStringLiteral("desk.custos"));
    }

    QString file(const QString &name, const QByteArray &content) const
    {
        const QString p = dir.filePath(name);
        QFile f(p);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return p;
    }

    QProcessEnvironment env(const QString &registerPath) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("CUSTOS_PASSWORD"));
        e.insert(QStringLiteral("CUSTOS_REGISTER"), registerPath.isEmpty() ? reg : registerPath);
        e.insert(QStringLiteral("CUSTOS_USER"), user);
        e.insert(extraEnv);
        return e;
    }

    // Runs custosctl to the end as `as` (default alice, with NAME.pw as password file), keeping
    // this process's event loop running (a fake server in the test process must keep answering).
    Run run(const QStringList &args, const QString &as = {}, const QString &registerPath = {}, int timeoutMs = 300000)
    {
        QProcess p;
        QProcessEnvironment e = env(registerPath);
        if (!as.isEmpty())
            e.insert(QStringLiteral("CUSTOS_USER"), as);
        p.setProcessEnvironment(e);
        p.setWorkingDirectory(dir.path());
        const QString pw = as.isEmpty() ? passwordFile : dir.filePath(as + QStringLiteral(".pw"));
        QStringList all;
        if (!pw.isEmpty())
            all << QStringLiteral("--password-file") << pw;
        QElapsedTimer clock;
        clock.start();
        p.start(QStringLiteral(CUSTOSCTL_PATH), all + args);
        p.waitForStarted();
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        Run r;
        r.ms = clock.elapsed();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            r.code = -2; // did not finish in time
        } else {
            r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        }
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // A register with admin alice (password file alice.pw) and operator olga (olga.pw), cheap
    // key derivation, BTC and ETH assets, key sets, client C1 with a BTC and an ETH address.
    // Returns the recovery key (empty on failure).
    QString setUp()
    {
        file(QStringLiteral("alice.pw"), "alice-Pa55word-1\n");
        file(QStringLiteral("olga.pw"), "olga-Pa55word-2\n");
        passwordFile = dir.filePath(QStringLiteral("alice.pw"));
        const Run init = run({QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("alice"),
                              QStringLiteral("--kdf-memory"), QStringLiteral("8192"), QStringLiteral("--kdf-iterations"), QStringLiteral("1")});
        if (init.code != 0)
            return {};
        const QList<QStringList> steps = {
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("olga"), QStringLiteral("--role"), QStringLiteral("operator"),
             QStringLiteral("--new-password-file"), dir.filePath(QStringLiteral("olga.pw"))},
            {QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("bitcoin"), QStringLiteral("--symbol"),
             QStringLiteral("BTC"), QStringLiteral("--decimals"), QStringLiteral("8")},
            {QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("ethereum"), QStringLiteral("--symbol"),
             QStringLiteral("ETH"), QStringLiteral("--decimals"), QStringLiteral("18")},
            {QStringLiteral("keyset"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("vault"), QStringLiteral("--owner"),
             QStringLiteral("client")},
            {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("C1"), QStringLiteral("--name"),
             QStringLiteral("Anna Beispiel")},
            {QStringLiteral("address"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("bitcoin"), QStringLiteral("--address"),
             QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"), QStringLiteral("--owner"), QStringLiteral("client:C1"),
             QStringLiteral("--keyset"), QStringLiteral("vault")},
            {QStringLiteral("address"), QStringLiteral("add"), QStringLiteral("--chain"), QStringLiteral("ethereum"), QStringLiteral("--address"),
             QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), QStringLiteral("--owner"), QStringLiteral("client:C1"),
             QStringLiteral("--keyset"), QStringLiteral("vault")},
        };
        for (const QStringList &s : steps) {
            const Run r = run(s);
            if (r.code != 0) {
                qWarning() << s << r.err;
                return {};
            }
        }
        return init.json().value(QStringLiteral("recovery_key")).toString();
    }

    // `rows` BTC deposits of 0.00000001 .. for client C1 (distinct tx hashes starting at `from`).
    static QByteArray movements(int rows, int from = 0)
    {
        QByteArray csv = "client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height\n";
        csv.reserve(qsizetype(rows) * 170);
        for (int i = 0; i < rows; ++i) {
            const int n = from + i;
            csv += "C1,bitcoin:BTC,0.";
            csv += QByteArray::number(n % 99999999 + 1).rightJustified(8, '0');
            csv += ",deposit,2026-01-02T10:00:00Z,bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4,";
            csv += QByteArray::number(n).rightJustified(64, 'a');
            csv += ',';
            csv += QByteArray::number(800000 + n / 1000);
            csv += '\n';
        }
        return csv;
    }

    // Copies the register and its key file to NAME and NAME-keys in the same directory.
    QString copyRegister(const QString &name) const
    {
        const QString to = dir.filePath(name);
        QFile::remove(to);
        QFile::remove(to + QStringLiteral("-keys"));
        if (!QFile::copy(reg, to) || !QFile::copy(reg + QStringLiteral("-keys"), to + QStringLiteral("-keys")))
            return {};
        return to;
    }
};

} // namespace custos::clitest
