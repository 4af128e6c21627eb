// Secrets never leave the process in the clear: a full CLI session (init, users, reference data,
// imports, positions, reconciliation, audit verify and anchor, backup, a wrong password, the
// password from the environment) and a GUI --screenshot run of a demo register. The test then
// greps everything they wrote where a person could read it later (stdout, stderr, settings
// and cache directories, the anchor and password-free output files) for each password, the
// register's master key, every slot key and every user's signing seed, as raw bytes, hex
// (both cases) and base64.

#include "CliSupport.h"

#include "crypto/Kdf.h"
#include "register/KeyFile.h"

#include <QDirIterator>

using namespace custos;
using custos::clitest::Run;

class TestCliSecrets : public QObject {
    Q_OBJECT

    clitest::Ctl m_ctl;
    QString m_home;
    QByteArray m_transcript; // everything the programs printed, except init's one-time recovery key line
    QString m_recovery;

    void record(const Run &r, bool dropRecoveryLine = false)
    {
        QByteArray both = r.both();
        if (dropRecoveryLine)
            both.replace(m_recovery.toUtf8(), "<recovery key shown once>");
        m_transcript += both;
    }

    // Forms in which a secret could leak.
    static QList<QByteArray> formsOf(QByteArrayView secret)
    {
        const QByteArray raw = secret.toByteArray();
        return {raw, raw.toHex(), raw.toHex().toUpper(), raw.toBase64(), raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
    }

    // Every secret of the register at `path`, derived here from its key file.
    QList<QPair<QString, QByteArray>> secretsOf(const QString &path, const QList<QPair<QString, QByteArray>> &passwords)
    {
        QList<QPair<QString, QByteArray>> out;
        auto kf = reg::KeyFile::load(reg::KeyFile::pathFor(path));
        if (!kf.ok())
            return out;
        for (const auto &[user, password] : passwords) {
            out.append({user + QStringLiteral(" password"), password});
            const reg::KeySlot *slot = kf->findUser(user);
            if (slot == nullptr)
                continue;
            auto slotKey = crypto::argon2id(password, slot->salt, slot->kdf, 32);
            if (slotKey.ok())
                out.append({user + QStringLiteral(" slot key"), slotKey->view().toByteArray()});
            auto unlocked = kf->unlockUser(user, password);
            if (!unlocked.ok())
                continue;
            out.append({QStringLiteral("master key"), unlocked->masterKey.view().toByteArray()});
            out.append({user + QStringLiteral(" signing seed"), unlocked->signingSeed.view().toByteArray()});
        }
        return out;
    }

    // The files a later reader could open: settings, caches, logs under the session's home.
    QByteArray filesUnder(const QString &dir, QStringList *names)
    {
        QByteArray all;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            QFile file(f);
            if (file.open(QIODevice::ReadOnly)) {
                all += file.readAll();
                names->append(f);
            }
        }
        return all;
    }

    static void expectAbsent(const QByteArray &haystack, const QList<QPair<QString, QByteArray>> &secrets, const char *where)
    {
        QVERIFY(!secrets.isEmpty());
        for (const auto &[name, secret] : secrets) {
            QVERIFY2(!secret.isEmpty(), qPrintable(name));
            for (const QByteArray &form : formsOf(secret))
                QVERIFY2(!haystack.contains(form), qPrintable(QStringLiteral("%1 found in %2").arg(name, QLatin1String(where))));
        }
    }

private slots:
    void initTestCase()
    {
        m_home = m_ctl.dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(m_home));
        m_ctl.extraEnv.insert(QStringLiteral("HOME"), m_home);
        m_ctl.extraEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
        m_ctl.extraEnv.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/.cache"));
        m_ctl.extraEnv.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
        m_ctl.extraEnv.insert(QStringLiteral("XDG_STATE_HOME"), m_home + QStringLiteral("/.local/state"));
        m_ctl.extraEnv.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    }

    void cliSession()
    {
        m_recovery = m_ctl.setUp();
        QVERIFY(!m_recovery.isEmpty());
        const auto step = [&](const QStringList &args, const QString &as = {}, int expect = 0) {
            const Run r = m_ctl.run(args, as);
            record(r);
            QVERIFY2(r.code == expect, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.both())));
        };
        m_ctl.file(QStringLiteral("m.csv"), clitest::Ctl::movements(50));
        step({QStringLiteral("import"), QStringLiteral("movements"), m_ctl.dir.filePath(QStringLiteral("m.csv"))}, QStringLiteral("olga"));
        step({QStringLiteral("--json"), QStringLiteral("positions")});
        step({QStringLiteral("user"), QStringLiteral("list")});
        m_ctl.file(QStringLiteral("snap.csv"), "chain,address,asset,balance,block_height\n"
                                               "bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4,bitcoin:BTC,1,900000\n");
        step({QStringLiteral("reconcile"), QStringLiteral("--chain"), QStringLiteral("bitcoin"), QStringLiteral("--source"),
              QStringLiteral("snapshot:") + m_ctl.dir.filePath(QStringLiteral("snap.csv"))}, QStringLiteral("olga"), 1);
        step({QStringLiteral("audit"), QStringLiteral("verify")});
        step({QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--out"), m_ctl.dir.filePath(QStringLiteral("anchor.json"))});
        step({QStringLiteral("backup"), QStringLiteral("--out"), m_ctl.dir.filePath(QStringLiteral("backup.custos"))});
        // A wrong password: the error names the user, never the password tried.
        m_ctl.file(QStringLiteral("wrong.pw"), "Wrong-Guess-0042\n");
        const Run wrong = m_ctl.run({QStringLiteral("client"), QStringLiteral("list")}, QStringLiteral("wrong"));
        QCOMPARE(wrong.code, 3);
        QVERIFY(!wrong.both().contains("Wrong-Guess-0042"));
        record(wrong);
        // The password from the environment.
        m_ctl.extraEnv.insert(QStringLiteral("CUSTOS_PASSWORD"), QStringLiteral("olga-Pa55word-2"));
        m_ctl.extraEnv.insert(QStringLiteral("CUSTOS_USER"), QStringLiteral("olga"));
        const QString savedPw = m_ctl.passwordFile;
        m_ctl.passwordFile.clear();
        const Run env = m_ctl.run({QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("list")}, {});
        m_ctl.passwordFile = savedPw;
        m_ctl.extraEnv.remove(QStringLiteral("CUSTOS_PASSWORD"));
        m_ctl.extraEnv.remove(QStringLiteral("CUSTOS_USER"));
        QVERIFY2(env.code == 0, env.err.constData());
        record(env);

        const auto secrets = secretsOf(m_ctl.reg, {{QStringLiteral("alice"), "alice-Pa55word-1"}, {QStringLiteral("olga"), "olga-Pa55word-2"}});
        QVERIFY(secrets.size() >= 7); // two passwords, two slot keys, master key, two seeds
        expectAbsent(m_transcript, secrets, "the CLI's stdout and stderr");
        QStringList files;
        const QByteArray stored = filesUnder(m_home, &files) + [&] {
            QFile a(m_ctl.dir.filePath(QStringLiteral("anchor.json")));
            return a.open(QIODevice::ReadOnly) ? a.readAll() : QByteArray();
        }();
        expectAbsent(stored, secrets, "settings, cache and anchor files");
        // The register and its backup are encrypted: no secret in the clear there either.
        for (const QString &f : {m_ctl.reg, m_ctl.reg + QStringLiteral("-keys"), m_ctl.dir.filePath(QStringLiteral("backup.custos")),
                                 m_ctl.dir.filePath(QStringLiteral("backup.custos-keys"))}) {
            QFile file(f);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(f));
            expectAbsent(file.readAll(), secrets, qPrintable(f));
        }
        // The recovery key was shown once by init, and nowhere else.
        QVERIFY(!m_transcript.contains(m_recovery.toUtf8()));
    }

    void guiScreenshotsOfADemoRegister()
    {
        const QString demo = m_ctl.dir.filePath(QStringLiteral("demo.custos"));
        m_ctl.file(QStringLiteral("demo.pw"), "Demo-Secret-7781\n");
        const Run made = m_ctl.run({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--out"), demo, QStringLiteral("--clients"),
                                    QStringLiteral("20"), QStringLiteral("--kdf-memory"), QStringLiteral("8192"), QStringLiteral("--kdf-iterations"),
                                    QStringLiteral("1")},
                                   QStringLiteral("demo"));
        QVERIFY2(made.code == 0, made.err.constData());
        const QString admin = made.json().value(QStringLiteral("user")).toString();
        QProcess gui;
        QProcessEnvironment e = m_ctl.env(demo);
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(e);
        const QString shots = m_ctl.dir.filePath(QStringLiteral("shots"));
        gui.start(QStringLiteral(CUSTOS_GUI_PATH), {QStringLiteral("--register"), demo, QStringLiteral("--user"), admin, QStringLiteral("--password-file"),
                                                    m_ctl.dir.filePath(QStringLiteral("demo.pw")), QStringLiteral("--screenshot"), shots});
        QVERIFY(gui.waitForFinished(600000));
        const QByteArray printed = gui.readAllStandardOutput() + gui.readAllStandardError();
        QVERIFY2(gui.exitStatus() == QProcess::NormalExit && gui.exitCode() == 0, printed.constData());
        QVERIFY(QFile::exists(shots + QStringLiteral("/dashboard.png")));
        const auto secrets = secretsOf(demo, {{admin, "Demo-Secret-7781"}});
        QVERIFY(secrets.size() >= 4);
        // (`demo` prints its password by design; the GUI must print no secret.)
        expectAbsent(printed, secrets, "the GUI's output");
        QStringList files;
        const QByteArray stored = filesUnder(m_home, &files);
        qInfo() << "settings and cache files written by the session:" << files;
        expectAbsent(stored, secrets, "the GUI's settings and cache files");
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "TestCliSecrets.moc"
