// Signed audit heads through custosctl (issue 9, tampering): a withdrawal bundle, an evidence pack
// and a statement each carry the head signed by their user; `audit verify --anchor FILE` takes
// any of them; after an insider rewrites the chain consistently with the master key (recovery key
// and SQL, every hash recomputed), `audit verify` (the statements' recorded heads) and
// `audit verify --anchor BUNDLE|MANIFEST|TWIN` exit 1 naming the entry each head vouches for.

#include "CliSupport.h"

#include "audit/Anchor.h"
#include "audit/AuditLog.h"
#include "crypto/Signer.h"
#include "register/Database.h"
#include "register/Meta.h"
#include "register/Register.h"

#include <QJsonArray>

#include <functional>

using namespace custos;
using custos::clitest::Run;

class TestCliAnchors : public QObject {
    Q_OBJECT

    clitest::Ctl m_ctl;
    QString m_recovery;
    QString m_bundle, m_manifest, m_twin;
    qint64 m_bundleSeq = -1, m_evidenceSeq = -1, m_statementSeq = -1;

    struct Entry {
        qint64 seq;
        QString at, actor, action, payload;
    };

    // Every entry rewritten from the first, so the chain and the recorded head agree again.
    static bool rewriteChain(reg::Database &db, const std::function<void(QList<Entry> &)> &change)
    {
        QList<Entry> entries;
        {
            auto st = db.prepare("SELECT seq, at, actor, action, payload FROM audit_log ORDER BY seq");
            while (st->step().value())
                entries.append({st->columnInt(0), st->columnText(1), st->columnText(2), st->columnText(3), st->columnText(4)});
        }
        change(entries);
        reg::Transaction tx(db);
        if (!db.exec("DELETE FROM audit_log").ok())
            return false;
        auto ins = db.prepare("INSERT INTO audit_log(seq, at, actor, action, payload, prev_hash, hash) VALUES (?,?,?,?,?,?,?)");
        QString prev = audit::genesisHash();
        qint64 seq = 0;
        for (const Entry &e : std::as_const(entries)) {
            ++seq;
            const QString hash = audit::entryHash(prev, seq, e.at, e.actor, e.action, e.payload.toUtf8());
            ins->reset();
            ins->bind(1, seq).bind(2, e.at).bind(3, e.actor).bind(4, e.action).bind(5, e.payload).bind(6, prev).bind(7, hash);
            if (!ins->run().ok())
                return false;
            prev = hash;
        }
        return reg::writeMeta(db, QStringLiteral("audit_head_seq"), QString::number(seq)).ok()
            && reg::writeMeta(db, QStringLiteral("audit_head_hash"), prev).ok() && tx.commit().ok();
    }

    Run verify(const QString &path, const QString &anchor = {})
    {
        QStringList args{QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")};
        if (!anchor.isEmpty())
            args << QStringLiteral("--anchor") << anchor;
        return m_ctl.run(args, {}, path);
    }

    static void expectTampered(const Run &r, qint64 firstBad, const char *mentions)
    {
        QVERIFY2(r.code == 1, r.both().constData());
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("tampered"));
        QCOMPARE(qint64(r.json().value(QStringLiteral("first_bad")).toDouble(-1)), firstBad);
        const QString problem = r.json().value(QStringLiteral("problem")).toString();
        QVERIFY2(problem.contains(QStringLiteral("audit entry %1").arg(firstBad)), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String(mentions)), qPrintable(problem));
    }

    Run as(const QString &user, const QStringList &args) { return m_ctl.run(args, user); }

    static qint64 headSeq(const QString &file)
    {
        auto h = audit::readSignedHeadFrom(file);
        return h.ok() ? h->seq : -1;
    }

private slots:
    void initTestCase()
    {
        m_recovery = m_ctl.setUp();
        QVERIFY(!m_recovery.isEmpty());
        m_ctl.file(QStringLiteral("bob.pw"), "bob-Pa55word-3\n");
        m_ctl.file(QStringLiteral("carol.pw"), "carol-Pa55word-4\n");
        const QList<QStringList> steps = {
            {"user", "add", "bob", "--role", "approver", "--new-password-file", m_ctl.dir.filePath("bob.pw")},
            {"user", "add", "carol", "--role", "compliance", "--new-password-file", m_ctl.dir.filePath("carol.pw")},
            {"custodian", "set", "--name", "Custos Anchor Custody AG", "--address", "Bahnhofstrasse 1, Zurich", "--authorisation",
             "CASP-7", "--contact", "ops@custos.example"},
            {"policy", "set", m_ctl.file(QStringLiteral("policy.json"), R"({"rules": [{"approvals": 1, "role": "approver"}]})")},
        };
        for (const QStringList &s : steps) {
            const Run r = m_ctl.run(s);
            QVERIFY2(r.code == 0, qPrintable(s.join(QLatin1Char(' ')) + QLatin1Char(' ') + QString::fromUtf8(r.err)));
        }
        m_ctl.file(QStringLiteral("m.csv"), clitest::Ctl::movements(3));
        m_ctl.file(QStringLiteral("p.csv"), "asset,date,currency,price\nbitcoin:BTC,2026-03-31,EUR,60000\n");
        QCOMPARE(as(QStringLiteral("olga"), {QStringLiteral("import"), QStringLiteral("movements"), QStringLiteral("m.csv")}).code, 0);
        QCOMPARE(as(QStringLiteral("olga"), {QStringLiteral("import"), QStringLiteral("prices"), QStringLiteral("p.csv")}).code, 0);

        // Bundle first, then the evidence pack, then the statement: each later head is further on.
        const Run req = as(QStringLiteral("olga"), {"--json", "withdrawal", "request", "--client", "C1", "--asset", "bitcoin:BTC",
                                                    "--amount", "0.00000001", "--to", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"});
        QVERIFY2(req.code == 0, req.both().constData());
        const QString id = QString::number(qint64(req.json().value(QStringLiteral("id")).toDouble()));
        QCOMPARE(as(QStringLiteral("bob"), {QStringLiteral("withdrawal"), QStringLiteral("approve"), id}).code, 0);
        m_bundle = m_ctl.dir.filePath(QStringLiteral("w.bundle.json"));
        const Run exp = as(QStringLiteral("olga"), {QStringLiteral("withdrawal"), QStringLiteral("export"), id, QStringLiteral("--out"), m_bundle});
        QVERIFY2(exp.code == 0, exp.both().constData());
        const Run ev = as(QStringLiteral("carol"), {QStringLiteral("evidence"), QStringLiteral("--out"), QStringLiteral("pack")});
        QVERIFY2(ev.code == 0, ev.both().constData());
        m_manifest = m_ctl.dir.filePath(QStringLiteral("pack/manifest.json"));
        const Run st = as(QStringLiteral("carol"), {QStringLiteral("statement"), QStringLiteral("--client"), QStringLiteral("C1"),
                                                    QStringLiteral("--quarter"), QStringLiteral("2026Q1"), QStringLiteral("--out"), QStringLiteral("st")});
        QVERIFY2(st.code == 0, st.both().constData());
        m_twin = m_ctl.dir.filePath(QStringLiteral("st/C1-2026Q1.json"));

        m_bundleSeq = headSeq(m_bundle);
        m_evidenceSeq = headSeq(m_manifest);
        m_statementSeq = headSeq(m_twin);
        QVERIFY(m_bundleSeq > 0);
        QVERIFY(m_evidenceSeq > m_bundleSeq);
        QVERIFY(m_statementSeq > m_evidenceSeq);
    }

    void everyHeadVerifiesOnTheIntactRegister()
    {
        QCOMPARE(verify(m_ctl.reg).code, 0);
        for (const auto &[file, context, by] : {std::tuple<QString, QString, QString>{m_bundle, "withdrawal.export", "olga"},
                                               {m_manifest, "evidence", "carol"},
                                               {m_twin, "statement", "carol"}}) {
            const Run r = verify(m_ctl.reg, file);
            QVERIFY2(r.code == 0, r.both().constData());
            const QJsonObject anchor = r.json().value(QStringLiteral("anchor")).toObject();
            QCOMPARE(anchor.value(QStringLiteral("context")).toString(), context);
            QCOMPARE(anchor.value(QStringLiteral("signed_by")).toString(), by);
            QCOMPARE(qint64(anchor.value(QStringLiteral("seq")).toDouble()), headSeq(file));
            const Run plain = m_ctl.run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), file});
            QCOMPARE(plain.code, 0);
            QVERIFY2(plain.out.contains(QStringLiteral("history up to entry %1 matches the %2 head").arg(headSeq(file)).arg(context).toUtf8()),
                     plain.out.constData());
        }
    }

    void verifyBundleReportsTheExportersHead()
    {
        const Run r = m_ctl.run({QStringLiteral("--json"), QStringLiteral("verify-bundle"), m_bundle});
        QVERIFY2(r.code == 0, r.both().constData());
        const QJsonObject head = r.json().value(QStringLiteral("audit_head")).toObject();
        QCOMPARE(qint64(head.value(QStringLiteral("seq")).toDouble(-1)), m_bundleSeq);
        QCOMPARE(head.value(QStringLiteral("hash")).toString().size(), 64);
        const Run plain = m_ctl.run({QStringLiteral("verify-bundle"), m_bundle});
        QVERIFY(plain.out.contains(QStringLiteral("ok: audit head entry %1").arg(m_bundleSeq).toUtf8()));
    }

    void consistentRewriteIsFoundThroughEveryDocument()
    {
        const QString path = m_ctl.copyRegister(QStringLiteral("rewritten.custos"));
        QVERIFY(!path.isEmpty());
        {
            auto r = reg::Register::openWithRecoveryKey(path, m_recovery);
            QVERIFY(r.ok());
            QVERIFY(rewriteChain((*r)->db(), [](QList<Entry> &entries) {
                for (Entry &e : entries)
                    if (e.action == QLatin1String("client.add"))
                        e.payload.replace(QStringLiteral("Anna Beispiel"), QStringLiteral("Mallory Rewritten"));
            }));
        }
        // The statement's head recorded in the register names its entry in a plain verify.
        expectTampered(verify(path), m_statementSeq, "statement");
        // Each document's own head names the entry it vouches for (the earliest finding is reported).
        expectTampered(verify(path, m_bundle), m_bundleSeq, "signed by olga");
        expectTampered(verify(path, m_manifest), m_evidenceSeq, "signed by carol");
        expectTampered(verify(path, m_twin), m_statementSeq, "statement");
        // The untouched register agrees with all three.
        for (const QString &file : {m_bundle, m_manifest, m_twin})
            QCOMPARE(verify(m_ctl.reg, file).code, 0);
    }

    void headSignedByAnUnknownKeyIsRefused()
    {
        auto mallory = crypto::generateEd25519();
        QVERIFY(mallory.ok());
        auto head = audit::readSignedHeadFrom(m_twin);
        QVERIFY(head.ok());
        QFile f(m_twin);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject twin = QJsonDocument::fromJson(f.readAll()).object();
        for (const QString &user : {QStringLiteral("carol"), QStringLiteral("mallory")}) {
            audit::SignedHead forged = *head;
            forged.user = user;
            forged.publicKey = mallory->publicKey;
            forged.signature = *crypto::ed25519Sign(mallory->seed, audit::signedHeadMessage(forged));
            twin.insert(QStringLiteral("audit_head"), audit::signedHeadJson(forged));
            const QString file = m_ctl.file(QStringLiteral("forged-%1.json").arg(user), QJsonDocument(twin).toJson());
            const Run r = verify(m_ctl.reg, file);
            QVERIFY2(r.code == 1, r.both().constData());
            QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("tampered"));
            const QString problem = r.json().value(QStringLiteral("problem")).toString();
            QVERIFY2(problem.contains(user == QLatin1String("carol") ? QLatin1String("differs from the key") : QLatin1String("not in the register")),
                     qPrintable(problem));
        }
    }

    void fileWithoutAHeadIsBadUsage()
    {
        const QString plain = m_ctl.file(QStringLiteral("not-a-head.json"), R"({"document_id": "x"})");
        const Run r = verify(m_ctl.reg, plain);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("carries no signed audit head"), r.err.constData());
        QVERIFY(r.err.contains(plain.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCliAnchors)
#include "TestCliAnchors.moc"
