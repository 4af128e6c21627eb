// Crash consistency: `custosctl import movements` on a large file and a reconciliation run are
// killed with SIGKILL at 30 moments spread over their whole run time (start-up, key derivation,
// hashing, parsing, writing, commit, checkpoint). After every kill the register opens,
// `audit verify` passes, and the file is either wholly in the register or not at all; a run is
// either wholly recorded (run, every break, its audit entry) or not at all. A statement batch
// (`statement --all`) killed at 30 moments leaves only complete statements recorded: each
// recorded file exists with the recorded SHA-256, leftovers are never recorded, and a re-run
// completes the batch.

#include "CliSupport.h"

#include "register/Database.h"
#include "register/Register.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

using namespace custos;
using custos::clitest::Run;

class TestCliCrash : public QObject {
    Q_OBJECT

    static constexpr int kKills = 30;
    static constexpr int kRows = 8000;
    static constexpr int kStatementClients = 30;

    clitest::Ctl m_ctl;
    QString m_recovery;

    struct Killed {
        qint64 elapsedMs = 0;
        bool stillRunning = false; // the kill hit a running process (not one that had finished)
    };

    // Starts custosctl and sends SIGKILL after delayMs (unless it ended before).
    Killed startAndKill(const QStringList &args, const QString &as, const QString &path, int delayMs)
    {
        QProcess p;
        QProcessEnvironment e = m_ctl.env(path);
        e.insert(QStringLiteral("CUSTOS_USER"), as);
        p.setProcessEnvironment(e);
        p.setWorkingDirectory(m_ctl.dir.path());
        p.start(QStringLiteral(CUSTOSCTL_PATH),
                QStringList{QStringLiteral("--password-file"), m_ctl.dir.filePath(as + QStringLiteral(".pw"))} + args);
        p.waitForStarted();
        QElapsedTimer clock;
        clock.start();
        Killed k;
        if (!p.waitForFinished(delayMs)) {
            k.stillRunning = p.state() == QProcess::Running;
            p.kill(); // SIGKILL
            p.waitForFinished();
        }
        k.elapsedMs = clock.elapsed();
        return k;
    }

    qint64 count(const QString &path, const char *sql)
    {
        auto r = reg::Register::openWithRecoveryKey(path, m_recovery);
        if (!r.ok()) {
            qWarning() << r.error().message;
            return -1;
        }
        auto st = (*r)->db().prepare(sql);
        return st.ok() && st->step().value() ? st->columnInt(0) : -1;
    }

    void expectIntact(const QString &path, const QString &where)
    {
        const Run v = m_ctl.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}, {}, path);
        QVERIFY2(v.code == 0, qPrintable(where + QStringLiteral(": ") + QString::fromUtf8(v.both())));
        QCOMPARE(v.json().value(QStringLiteral("status")).toString(), QStringLiteral("intact"));
    }

private slots:
    void initTestCase()
    {
        m_recovery = m_ctl.setUp();
        QVERIFY(!m_recovery.isEmpty());
        m_ctl.file(QStringLiteral("big.csv"), clitest::Ctl::movements(kRows));
    }

    void killedImportIsAllOrNothing()
    {
        const QString big = m_ctl.dir.filePath(QStringLiteral("big.csv"));
        const QStringList args{QStringLiteral("import"), QStringLiteral("movements"), big};
        // How long a whole import takes here, so the kills spread over all of it.
        const QString timing = m_ctl.copyRegister(QStringLiteral("timing.custos"));
        const Run full = m_ctl.run(args, QStringLiteral("olga"), timing);
        QVERIFY2(full.code == 0, full.err.constData());
        QCOMPARE(count(timing, "SELECT count(*) FROM movements"), qint64(kRows));
        const qint64 total = full.ms;
        qInfo("a whole import of %d rows takes %lld ms", kRows, total);

        // 30 kills that hit a running import, at moments spread evenly over its run time (jittered
        // within their slot). A process that ended before its kill (the machine got faster) is
        // checked too, does not count, and shortens the span for the kills still to come.
        qint64 span = total;
        int none = 0, all = 0, hit = 0;
        for (int attempt = 0; hit < kKills && attempt < 3 * kKills; ++attempt) {
            const int i = hit;
            const QString copy = m_ctl.copyRegister(QStringLiteral("crash.custos"));
            QVERIFY(!copy.isEmpty());
            const int delay = int((span * i) / kKills + QRandomGenerator::global()->bounded(qMax<qint64>(1, span / kKills)));
            const Killed k = startAndKill(args, QStringLiteral("olga"), copy, delay);
            hit += k.stillRunning ? 1 : 0;
            if (!k.stillRunning)
                span = qMax<qint64>(kKills, k.elapsedMs * 9 / 10);
            const QString where = QStringLiteral("kill %1 after %2 ms").arg(i + 1).arg(delay);
            expectIntact(copy, where);
            const qint64 rows = count(copy, "SELECT count(*) FROM movements");
            const qint64 batches = count(copy, "SELECT count(*) FROM import_batches");
            QVERIFY2(rows == 0 || rows == kRows, qPrintable(where + QStringLiteral(": %1 of %2 rows").arg(rows).arg(kRows)));
            QVERIFY2(batches == (rows == 0 ? 0 : 1), qPrintable(where + QStringLiteral(": %1 import batches").arg(batches)));
            (rows == 0 ? none : all) += 1;
            if (rows == 0 && i % 10 == 0) {
                // Nothing of the killed import stayed behind: the same file imports cleanly now.
                const Run again = m_ctl.run(args, QStringLiteral("olga"), copy);
                QVERIFY2(again.code == 0, qPrintable(where + QStringLiteral(": re-import: ") + QString::fromUtf8(again.err)));
                QCOMPARE(count(copy, "SELECT count(*) FROM movements"), qint64(kRows));
            }
        }
        qInfo("import kills: %d hit a running process; %d left nothing, %d left the whole file", hit, none, all);
        QCOMPARE(hit, kKills);
    }

    void killedReconciliationIsAllOrNothing()
    {
        // A demo register (cheap key derivation) and its snapshot with planted breaks.
        const QString demo = m_ctl.dir.filePath(QStringLiteral("demo.custos"));
        m_ctl.file(QStringLiteral("demo.pw"), "demo-Pa55word-3\n");
        const Run made = m_ctl.run({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--out"), demo, QStringLiteral("--clients"), QStringLiteral("150"),
                                    QStringLiteral("--addresses"), QStringLiteral("3000"), QStringLiteral("--movements"), QStringLiteral("10000"),
                                    QStringLiteral("--kdf-memory"), QStringLiteral("8192"), QStringLiteral("--kdf-iterations"), QStringLiteral("1")},
                                   QStringLiteral("demo"));
        QVERIFY2(made.code == 0, made.err.constData());
        const QString snapshot = made.json().value(QStringLiteral("snapshot")).toString();
        m_ctl.file(QStringLiteral("olga.pw"), "demo-Pa55word-3\n"); // demo users share the password
        QFile::copy(demo, m_ctl.dir.filePath(QStringLiteral("demo-pristine.custos")));
        QFile::copy(demo + QStringLiteral("-keys"), m_ctl.dir.filePath(QStringLiteral("demo-pristine.custos-keys")));
        const auto fresh = [&] {
            const QString to = m_ctl.dir.filePath(QStringLiteral("demo-crash.custos"));
            QFile::remove(to);
            QFile::remove(to + QStringLiteral("-keys"));
            QFile::copy(m_ctl.dir.filePath(QStringLiteral("demo-pristine.custos")), to);
            QFile::copy(m_ctl.dir.filePath(QStringLiteral("demo-pristine.custos-keys")), to + QStringLiteral("-keys"));
            return to;
        };
        // The demo does not print its recovery key: the test counts rows as the demo operator.
        const auto runs = [&](const QString &path, const char *sql) -> qint64 {
            auto r = reg::Register::open(path, QStringLiteral("olga"), "demo-Pa55word-3");
            if (!r.ok())
                return -1;
            auto st = (*r)->db().prepare(sql);
            return st.ok() && st->step().value() ? st->columnInt(0) : -1;
        };
        const QStringList args{QStringLiteral("reconcile"), QStringLiteral("--chain"), QStringLiteral("bitcoin"), QStringLiteral("--source"),
                               QStringLiteral("snapshot:") + snapshot};
        const QString timing = fresh();
        const Run whole = m_ctl.run(args, QStringLiteral("olga"), timing);
        QVERIFY2(whole.code == 1, whole.both().constData()); // the demo plants breaks
        const qint64 breaks = runs(timing, "SELECT count(*) FROM recon_breaks");
        QVERIFY(breaks > 0);
        const qint64 total = whole.ms;
        qInfo("a whole reconciliation run takes %lld ms and records %lld breaks", total, breaks);

        // As for imports: 30 kills that hit a running reconciliation, spread over its run time.
        qint64 span = total * 8 / 10; // the rest is the process exiting
        int none = 0, all = 0, hit = 0;
        for (int attempt = 0; hit < kKills && attempt < 3 * kKills; ++attempt) {
            const int i = hit;
            const QString copy = fresh();
            const int delay = int((span * i) / kKills + QRandomGenerator::global()->bounded(qMax<qint64>(1, span / kKills)));
            const Killed k = startAndKill(args, QStringLiteral("olga"), copy, delay);
            hit += k.stillRunning ? 1 : 0;
            if (!k.stillRunning)
                span = qMax<qint64>(kKills, k.elapsedMs * 8 / 10);
            const QString where = QStringLiteral("kill %1 after %2 ms").arg(i + 1).arg(delay);
            const Run v = m_ctl.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("olga"), copy);
            QVERIFY2(v.code == 0, qPrintable(where + QStringLiteral(": ") + QString::fromUtf8(v.both())));
            const qint64 n = runs(copy, "SELECT count(*) FROM recon_runs");
            QVERIFY2(n == 0 || n == 1, qPrintable(where));
            if (n == 1) {
                QCOMPARE(runs(copy, "SELECT count(*) FROM recon_breaks"), breaks);
                QCOMPARE(runs(copy, "SELECT breaks FROM recon_runs"), breaks);
                QCOMPARE(runs(copy, "SELECT count(*) FROM audit_log WHERE action = 'reconcile.run'"), qint64(1));
                ++all;
            } else {
                QCOMPARE(runs(copy, "SELECT count(*) FROM recon_breaks"), qint64(0));
                QCOMPARE(runs(copy, "SELECT count(*) FROM audit_log WHERE action = 'reconcile.run'"), qint64(0));
                ++none;
            }
        }
        qInfo("reconciliation kills: %d hit a running process; %d left no run, %d left the whole run", hit, none, all);
        QCOMPARE(hit, kKills);
    }
    void killedStatementBatchKeepsOnlyCompleteStatements()
    {
        // A demo register whose 2026Q2 batch takes a few seconds (three workers render PDFs).
        const QString demo = m_ctl.dir.filePath(QStringLiteral("stmt.custos"));
        m_ctl.file(QStringLiteral("demo.pw"), "demo-Pa55word-3\n");
        m_ctl.file(QStringLiteral("clara.pw"), "demo-Pa55word-3\n"); // the demo's compliance officer
        const Run made = m_ctl.run({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--out"), demo, QStringLiteral("--clients"),
                                    QString::number(kStatementClients), QStringLiteral("--addresses"), QString::number(2 * kStatementClients),
                                    QStringLiteral("--movements"), QString::number(20 * kStatementClients), QStringLiteral("--kdf-memory"),
                                    QStringLiteral("8192"), QStringLiteral("--kdf-iterations"), QStringLiteral("1")},
                                   QStringLiteral("demo"));
        QVERIFY2(made.code == 0, made.err.constData());
        QFile::copy(demo, demo + QStringLiteral(".pristine"));
        QFile::copy(demo + QStringLiteral("-keys"), demo + QStringLiteral(".pristine-keys"));
        const auto fresh = [&] {
            const QString to = m_ctl.dir.filePath(QStringLiteral("stmt-crash.custos"));
            QFile::remove(to);
            QFile::remove(to + QStringLiteral("-keys"));
            QFile::copy(demo + QStringLiteral(".pristine"), to);
            QFile::copy(demo + QStringLiteral(".pristine-keys"), to + QStringLiteral("-keys"));
            return to;
        };
        const auto batch = [](const QString &out) {
            return QStringList{QStringLiteral("--json"), QStringLiteral("statement"), QStringLiteral("--all"), QStringLiteral("--quarter"),
                               QStringLiteral("2026Q2"), QStringLiteral("--out"), out};
        };
        const auto sha256 = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex())
                                               : QString();
        };
        struct Recorded {
            qint64 rows = -1;     // statements rows
            qint64 entries = -1;  // statement.produce audit entries
            QStringList problems; // a recorded statement whose files are not complete
            QSet<QString> files;  // recorded PDFs (latest record per file)
        };
        // Every recorded statement's PDF and JSON twin exist with the recorded SHA-256 (the latest
        // record of a file, when a re-run wrote it again), each named <client>-2026Q2.pdf.
        const auto recorded = [&](const QString &path) {
            Recorded rec;
            auto r = reg::Register::open(path, QStringLiteral("clara"), "demo-Pa55word-3");
            if (!r.ok()) {
                rec.problems << r.message();
                return rec;
            }
            auto n = (*r)->db().prepare("SELECT (SELECT count(*) FROM statements), "
                                        "(SELECT count(*) FROM audit_log WHERE action = 'statement.produce')");
            if (n.ok() && n->step().value()) {
                rec.rows = n->columnInt(0);
                rec.entries = n->columnInt(1);
            }
            auto st = (*r)->db().prepare("SELECT c.code, s.file_name, s.pdf_sha256, s.json_file_name, s.content_sha256 FROM statements s "
                                         "JOIN clients c ON c.id = s.client_id WHERE s.id IN (SELECT max(id) FROM statements GROUP BY file_name)");
            while (st.ok() && st->step().value()) {
                const QString pdf = st->columnText(1), json = st->columnText(3);
                rec.files.insert(pdf);
                if (QFileInfo(pdf).fileName() != st->columnText(0) + QStringLiteral("-2026Q2.pdf") || !json.endsWith(QLatin1String("-2026Q2.json")))
                    rec.problems << QStringLiteral("recorded under an unexpected name: %1").arg(pdf);
                if (sha256(pdf) != st->columnText(2))
                    rec.problems << QStringLiteral("%1 is missing or not the recorded file").arg(pdf);
                if (sha256(json) != st->columnText(4))
                    rec.problems << QStringLiteral("%1 is missing or not the recorded twin").arg(json);
            }
            return rec;
        };

        const QString timingOut = m_ctl.dir.filePath(QStringLiteral("stmt-timing"));
        const QString timing = fresh();
        const Run whole = m_ctl.run(batch(timingOut), QStringLiteral("clara"), timing);
        QVERIFY2(whole.code == 0, whole.both().constData());
        const qint64 produced = whole.json().value(QStringLiteral("produced")).toArray().size();
        const Recorded complete = recorded(timing);
        QVERIFY2(complete.problems.isEmpty(), qPrintable(complete.problems.join(QLatin1Char('\n'))));
        QCOMPARE(complete.rows, produced);
        QVERIFY(produced >= kStatementClients / 2);
        const qint64 total = whole.ms;
        qInfo("a whole batch of %lld statements (%d clients) takes %lld ms", produced, kStatementClients, total);

        qint64 span = total * 9 / 10;
        int hit = 0, none = 0, some = 0, all = 0, leftovers = 0;
        for (int attempt = 0; hit < kKills && attempt < 3 * kKills; ++attempt) {
            const int i = hit;
            const QString copy = fresh();
            const QString out = m_ctl.dir.filePath(QStringLiteral("stmt-out"));
            QDir(out).removeRecursively();
            const int delay = int((span * i) / kKills + QRandomGenerator::global()->bounded(qMax<qint64>(1, span / kKills)));
            const Killed k = startAndKill(batch(out), QStringLiteral("clara"), copy, delay);
            hit += k.stillRunning ? 1 : 0;
            if (!k.stillRunning)
                span = qMax<qint64>(kKills, k.elapsedMs * 9 / 10);
            const QString where = QStringLiteral("kill %1 after %2 ms").arg(i + 1).arg(delay);
            const Run v = m_ctl.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("clara"), copy);
            QVERIFY2(v.code == 0, qPrintable(where + QStringLiteral(": ") + QString::fromUtf8(v.both())));
            const Recorded rec = recorded(copy);
            QVERIFY2(rec.problems.isEmpty(), qPrintable(where + QStringLiteral(": ") + rec.problems.join(QLatin1Char('\n'))));
            QVERIFY2(rec.rows >= 0 && rec.rows <= produced, qPrintable(where));
            QVERIFY2(rec.entries == rec.rows, qPrintable(where + QStringLiteral(": %1 rows, %2 audit entries").arg(rec.rows).arg(rec.entries)));
            // Whatever else the kill left in the folder (a temporary file, or a finished file
            // whose group was not committed yet) is not a statement.
            const QStringList onDisk = QDir(out).entryList(QDir::Files | QDir::Hidden);
            for (const QString &name : onDisk)
                if (!rec.files.contains(QDir(out).filePath(name)) && !name.endsWith(QLatin1String(".json")))
                    ++leftovers;
            if (k.stillRunning)
                (rec.rows == 0 ? none : rec.rows == produced ? all : some) += 1;
            if (i % 15 == 7) {
                // A re-run over the same folder completes the batch: every client's file is the
                // one its latest record names.
                const Run again = m_ctl.run(batch(out), QStringLiteral("clara"), copy);
                QVERIFY2(again.code == 0, qPrintable(where + QStringLiteral(": re-run: ") + QString::fromUtf8(again.both())));
                QCOMPARE(qint64(again.json().value(QStringLiteral("produced")).toArray().size()), produced);
                const Recorded after = recorded(copy);
                QVERIFY2(after.problems.isEmpty(), qPrintable(where + QStringLiteral(": re-run: ") + after.problems.join(QLatin1Char('\n'))));
                QCOMPARE(qint64(after.files.size()), produced);
                QCOMPARE(after.rows, rec.rows + produced);
            }
        }
        qInfo("statement batch kills: %d hit a running process; %d left none recorded, %d some, %d all; %d unrecorded PDF or "
              "temporary files left behind, none counted",
              hit, none, some, all, leftovers);
        QCOMPARE(hit, kKills);
    }
};

QTEST_GUILESS_MAIN(TestCliCrash)
#include "TestCliCrash.moc"
