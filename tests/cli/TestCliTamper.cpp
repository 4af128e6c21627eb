// Tampering as an insider with the master key would do it: the test opens the register with the
// recovery key (Register::openWithRecoveryKey gives the SQLCipher database) and edits rows with
// plain SQL, then runs `custosctl audit verify` (with and without an anchor) as a user would.
// Each change must be found: exit 1, naming the first bad audit entry.

#include "CliSupport.h"

#include "audit/Anchor.h"
#include "audit/AuditLog.h"
#include "register/Database.h"
#include "register/Meta.h"
#include "register/Register.h"

#include <QCryptographicHash>
#include <QDir>

#include <functional>

using namespace custos;
using custos::clitest::Run;

class TestCliTamper : public QObject {
    Q_OBJECT

    clitest::Ctl m_ctl;
    QString m_recovery;
    QString m_anchor;

    struct Entry {
        qint64 seq;
        QString at, actor, action, payload;
    };

    // Applies `edit` to a fresh copy of the register through the raw database.
    QString tampered(const QString &name, const std::function<bool(reg::Database &)> &edit)
    {
        const QString path = m_ctl.copyRegister(name);
        if (path.isEmpty())
            return {};
        auto r = reg::Register::openWithRecoveryKey(path, m_recovery);
        if (!r.ok()) {
            qWarning() << r.error().message;
            return {};
        }
        return edit((*r)->db()) ? path : QString();
    }

    static qint64 seqOf(reg::Database &db, const char *action, int nth = 0)
    {
        auto st = db.prepare("SELECT seq FROM audit_log WHERE action = ? ORDER BY seq LIMIT 1 OFFSET ?");
        st->bind(1, QString::fromLatin1(action)).bind(2, nth);
        return st->step().value() ? st->columnInt(0) : -1;
    }

    qint64 seqOf(const char *action, int nth = 0)
    {
        auto r = reg::Register::openWithRecoveryKey(m_ctl.reg, m_recovery);
        return r.ok() ? seqOf((*r)->db(), action, nth) : -1;
    }

    // What an insider who knows the hash rule does: rewrites every entry from the first one so
    // the chain and the recorded head are consistent again (seq renumbered 1..n).
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
        QVERIFY2(problem.contains(QStringLiteral("entry %1").arg(firstBad)), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String(mentions)), qPrintable(problem));
    }

private slots:
    void initTestCase()
    {
        m_recovery = m_ctl.setUp();
        QVERIFY(!m_recovery.isEmpty());
        m_ctl.file(QStringLiteral("m1.csv"), clitest::Ctl::movements(5, 0));
        m_ctl.file(QStringLiteral("m2.csv"), clitest::Ctl::movements(3, 100));
        QCOMPARE(m_ctl.run({QStringLiteral("import"), QStringLiteral("movements"), m_ctl.dir.filePath(QStringLiteral("m1.csv"))},
                           QStringLiteral("olga")).code, 0);
        QCOMPARE(m_ctl.run({QStringLiteral("import"), QStringLiteral("movements"), m_ctl.dir.filePath(QStringLiteral("m2.csv"))},
                           QStringLiteral("olga")).code, 0);
        m_anchor = m_ctl.dir.filePath(QStringLiteral("anchor.json"));
        const Run a = m_ctl.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--out"), m_anchor});
        QVERIFY2(a.code == 0, a.err.constData());
        QCOMPARE(a.json().value(QStringLiteral("signed_by")).toString(), QStringLiteral("alice"));
        const Run intact = verify(m_ctl.reg, m_anchor);
        QVERIFY2(intact.code == 0, intact.both().constData());
        QCOMPARE(intact.json().value(QStringLiteral("status")).toString(), QStringLiteral("intact"));
        QCOMPARE(intact.json().value(QStringLiteral("anchor")).toObject().value(QStringLiteral("seq")).toInt(), seqOf("audit.anchor") - 1);
    }

    void anchorNeedsASigningUser()
    {
        // The recovery key opens the database but has no signing key: it cannot vouch for a head.
        const QString copy = m_ctl.copyRegister(QStringLiteral("recovery.custos"));
        auto r = reg::Register::openWithRecoveryKey(copy, m_recovery);
        QVERIFY(r.ok());
        QVERIFY(!QFile::exists(m_ctl.dir.filePath(QStringLiteral("never.json"))));
        auto head = audit::writeAnchor(**r, m_ctl.dir.filePath(QStringLiteral("never.json")));
        QVERIFY(!head.ok());
        QCOMPARE(head.error().code, ErrorCode::Denied);
        QVERIFY(!QFile::exists(m_ctl.dir.filePath(QStringLiteral("never.json"))));
    }

    void changedMovementAmount()
    {
        const qint64 import1 = seqOf("import.movements");
        const QString p = tampered(QStringLiteral("amount.custos"), [](reg::Database &db) {
            return db.exec("UPDATE movements SET amount = '999' WHERE id = 2").ok() && db.changes() == 1;
        });
        QVERIFY(!p.isEmpty());
        expectTampered(verify(p), import1, "were changed or deleted");
    }

    void deletedMovement()
    {
        const qint64 import2 = seqOf("import.movements", 1);
        const QString p = tampered(QStringLiteral("delmove.custos"), [](reg::Database &db) {
            return db.exec("DELETE FROM movements WHERE id = 7").ok() && db.changes() == 1;
        });
        QVERIFY(!p.isEmpty());
        expectTampered(verify(p), import2, "were changed or deleted");
    }

    void deletedAuditEntry()
    {
        const qint64 client = seqOf("client.add");
        QVERIFY(client > 1);
        const QString p = tampered(QStringLiteral("delaudit.custos"), [client](reg::Database &db) {
            auto st = db.prepare("DELETE FROM audit_log WHERE seq = ?");
            st->bind(1, client);
            return st->run().ok() && db.changes() == 1;
        });
        QVERIFY(!p.isEmpty());
        expectTampered(verify(p), client, "missing");
    }

    void reorderedEntries()
    {
        const qint64 a = seqOf("asset.add", 0), b = seqOf("asset.add", 1);
        QVERIFY(a > 0 && b == a + 1);
        const QString p = tampered(QStringLiteral("reorder.custos"), [a, b](reg::Database &db) {
            // Swap everything but the sequence numbers: the two entries trade places.
            auto mv = db.prepare("UPDATE audit_log SET seq = ? WHERE seq = ?");
            for (const auto &[to, from] : {std::pair<qint64, qint64>{-1, a}, {a, b}, {b, -1}}) {
                mv->reset();
                mv->bind(1, to).bind(2, from);
                if (!mv->run().ok())
                    return false;
            }
            return true;
        });
        QVERIFY(!p.isEmpty());
        expectTampered(verify(p), a, "deleted, inserted or reordered");
    }

    void consistentRewriteIsFoundByTheAnchor()
    {
        // The insider deletes the client.add entry and rewrites the chain and its head so every
        // hash matches again: the chain alone cannot tell, the anchor signed by alice can.
        const qint64 client = seqOf("client.add");
        const QString p = tampered(QStringLiteral("rewrite.custos"), [](reg::Database &db) {
            return rewriteChain(db, [](QList<Entry> &entries) {
                entries.removeIf([](const Entry &e) { return e.action == QLatin1String("client.add"); });
            });
        });
        QVERIFY(!p.isEmpty());
        const Run plain = verify(p);
        QVERIFY2(plain.code == 0, "a consistent rewrite without runs or anchors is invisible to the chain alone (SECURITY.md)");
        const Run anchored = verify(p, m_anchor);
        expectTampered(anchored, client, "differs from the anchored history");
        QVERIFY(anchored.json().value(QStringLiteral("problem")).toString().contains(QLatin1String("signed by alice")));
    }

    void consistentRewriteIsFoundByARunsSignedHead()
    {
        // A reconciliation run records the head it saw, signed by olga; a later consistent rewrite
        // of an earlier entry is found by a plain `audit verify`.
        const QString path = m_ctl.copyRegister(QStringLiteral("withrun.custos"));
        m_ctl.file(QStringLiteral("snap.csv"), "chain,address,asset,balance,block_height\n"
                                               "bitcoin,bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4,bitcoin:BTC,0.00000036,900000\n");
        const Run run = m_ctl.run({QStringLiteral("reconcile"), QStringLiteral("--chain"), QStringLiteral("bitcoin"), QStringLiteral("--source"),
                                   QStringLiteral("snapshot:") + m_ctl.dir.filePath(QStringLiteral("snap.csv"))},
                                  QStringLiteral("olga"), path);
        QVERIFY2(run.code == 0 || run.code == 1, run.both().constData());
        QCOMPARE(verify(path).code, 0);
        qint64 runHead = -1;
        {
            auto r = reg::Register::openWithRecoveryKey(path, m_recovery);
            QVERIFY(r.ok());
            auto st = (*r)->db().prepare("SELECT head_seq FROM recon_runs");
            QVERIFY(st->step().value());
            runHead = st->columnInt(0);
            QVERIFY(runHead > 0);
            QVERIFY(rewriteChain((*r)->db(), [](QList<Entry> &entries) {
                for (Entry &e : entries)
                    if (e.action == QLatin1String("client.add"))
                        e.payload.replace(QStringLiteral("Anna Beispiel"), QStringLiteral("Mallory Rewritten"));
            }));
        }
        expectTampered(verify(path), runHead, "reconciliation run");
    }

    void swappedPublicKeyIsFoundByTheAnchor()
    {
        const QString p = tampered(QStringLiteral("pubkey.custos"), [](reg::Database &db) {
            return db.exec("UPDATE users SET public_key = zeroblob(32) WHERE name = 'alice'").ok() && db.changes() == 1;
        });
        QVERIFY(!p.isEmpty());
        const Run r = verify(p, m_anchor);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.json().value(QStringLiteral("problem")).toString().contains(QLatin1String("public key")), r.out.constData());
    }

    void editedOrForeignAnchorIsRefused()
    {
        QFile f(m_anchor);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonObject edited = o;
        edited.insert(QStringLiteral("at"), QStringLiteral("2020-01-01T00:00:00Z"));
        const QString editedPath = m_ctl.file(QStringLiteral("edited.json"), QJsonDocument(edited).toJson());
        const Run bad = verify(m_ctl.reg, editedPath);
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.json().value(QStringLiteral("problem")).toString().contains(QLatin1String("invalid signature")));

        QJsonObject foreign = o;
        foreign.insert(QStringLiteral("register_id"), QStringLiteral("00000000-0000-0000-0000-000000000000"));
        const Run other = verify(m_ctl.reg, m_ctl.file(QStringLiteral("foreign.json"), QJsonDocument(foreign).toJson()));
        QCOMPARE(other.code, 2);
        QVERIFY(other.err.contains("belongs to another register"));

        const Run junk = verify(m_ctl.reg, m_ctl.file(QStringLiteral("junk.json"), "{\"format\":\"nope\"}"));
        QCOMPARE(junk.code, 2);
        QVERIFY(junk.err.contains("is not a Custos audit anchor"));
    }

    void editedStatementHashIsFoundThroughItsAuditEntry()
    {
        // A copy with a compliance user, the custodian's details and a price: C1's 2026Q1 statement.
        const QString path = m_ctl.copyRegister(QStringLiteral("statement.custos"));
        m_ctl.file(QStringLiteral("carol.pw"), "carol-Pa55word-4\n");
        m_ctl.file(QStringLiteral("p.csv"), "asset,date,currency,price\nbitcoin:BTC,2026-03-31,EUR,61234.5\n");
        const QList<QStringList> setup = {
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role"), QStringLiteral("compliance"),
             QStringLiteral("--new-password-file"), m_ctl.dir.filePath(QStringLiteral("carol.pw"))},
            {QStringLiteral("custodian"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("Tamper Test Custody SA"),
             QStringLiteral("--address"), QStringLiteral("1 Quai\nLuxembourg"), QStringLiteral("--authorisation"), QStringLiteral("CSSF-1"),
             QStringLiteral("--contact"), QStringLiteral("desk@custody.example")},
        };
        for (const QStringList &a : setup)
            QCOMPARE(m_ctl.run(a, {}, path).code, 0);
        QCOMPARE(m_ctl.run({QStringLiteral("import"), QStringLiteral("prices"), m_ctl.dir.filePath(QStringLiteral("p.csv"))}, QStringLiteral("olga"), path)
                     .code,
                 0);
        const QString out = m_ctl.dir.filePath(QStringLiteral("stm"));
        const Run made = m_ctl.run({QStringLiteral("statement"), QStringLiteral("--client"), QStringLiteral("C1"), QStringLiteral("--quarter"),
                                    QStringLiteral("2026Q1"), QStringLiteral("--out"), out},
                                   QStringLiteral("carol"), path);
        QVERIFY2(made.code == 0, made.both().constData());
        const QString pdf = QDir(out).filePath(QStringLiteral("C1-2026Q1.pdf"));
        const auto statementVerify = [&](const QString &file) {
            return m_ctl.run({QStringLiteral("--json"), QStringLiteral("statement"), QStringLiteral("verify"), file}, {}, path);
        };
        const Run intact = statementVerify(pdf);
        QVERIFY2(intact.code == 0, intact.both().constData());
        const qint64 entry = qint64(intact.json().value(QStringLiteral("audit_entry")).toDouble(-1));
        const QString documentId = intact.json().value(QStringLiteral("document_id")).toString();
        QVERIFY(entry > 0 && !documentId.isEmpty());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        f.close();
        const QString originalSha = QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());

        const auto insider = [&](const std::function<bool(reg::Database &)> &edit) {
            auto r = reg::Register::openWithRecoveryKey(path, m_recovery);
            return r.ok() && edit((*r)->db());
        };
        const auto setHash = [&](const QString &sha) {
            return insider([&](reg::Database &db) {
                auto st = db.prepare("UPDATE statements SET pdf_sha256 = ? WHERE document_id = ?");
                st->bind(1, sha).bind(2, documentId);
                return st->run().ok() && db.changes() == 1;
            });
        };
        const auto expectInvalid = [&](const Run &r, const QStringList &mentions) {
            QVERIFY2(r.code == 1, r.both().constData());
            QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
            QCOMPARE(r.json().value(QStringLiteral("document_id")).toString(), documentId);
            QCOMPARE(qint64(r.json().value(QStringLiteral("audit_entry")).toDouble(-1)), entry);
            const QString reason = r.json().value(QStringLiteral("reason")).toString();
            for (const QString &m : mentions)
                QVERIFY2(reason.contains(m), qPrintable(reason));
        };

        // The recorded hash edited: the untouched file is the one the audit entry recorded.
        const QString zeros(64, QLatin1Char('0'));
        QVERIFY(setHash(zeros));
        expectInvalid(statementVerify(pdf), {QStringLiteral("audit entry %1 recorded as statement %2").arg(entry).arg(documentId), zeros});
        const Run human = m_ctl.run({QStringLiteral("statement"), QStringLiteral("verify"), pdf}, {}, path);
        QCOMPARE(human.code, 1);
        QVERIFY2(human.out.contains("the record was changed after the statement was produced"), human.out.constData());

        // The PDF replaced by another one and the recorded hash set to match it.
        QByteArray forged = original;
        const qsizetype at = forged.indexOf("/Length");
        QVERIFY(at > 0);
        forged.insert(at, "% forged figures\n");
        QVERIFY(QFile::remove(pdf));
        QCOMPARE(m_ctl.file(QStringLiteral("stm/C1-2026Q1.pdf"), forged), pdf);
        const QString forgedSha = QString::fromLatin1(QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex());
        QVERIFY(setHash(forgedSha));
        expectInvalid(statementVerify(pdf), {QStringLiteral("statement %1").arg(documentId), QStringLiteral("audit entry %1").arg(entry),
                                             QStringLiteral("pdf_sha256 is %1 in the statements table but %2").arg(forgedSha, originalSha)});
        QCOMPARE(verify(path).code, 0); // the chain itself is untouched so far

        // ... and the audit entry's payload edited to match: that entry no longer seals, and
        // `audit verify` names it.
        QVERIFY(insider([&](reg::Database &db) {
            auto st = db.prepare("UPDATE audit_log SET payload = replace(payload, ?, ?) WHERE seq = ?");
            st->bind(1, originalSha).bind(2, forgedSha).bind(3, entry);
            return st->run().ok() && db.changes() == 1;
        }));
        expectInvalid(statementVerify(pdf), {QStringLiteral("audit entry %1 that recorded statement %2").arg(entry).arg(documentId)});
        expectTampered(verify(path), entry, "");
    }

    void anchorRefusesATamperedLog()
    {
        const QString p = tampered(QStringLiteral("noanchor.custos"), [](reg::Database &db) {
            return db.exec("UPDATE movements SET amount = '5000' WHERE id = 1").ok() && db.changes() == 1;
        });
        const QString out = m_ctl.dir.filePath(QStringLiteral("must-not-exist.json"));
        const Run r = m_ctl.run({QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--out"), out}, {}, p);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("an anchor must not vouch for it"));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliTamper)
#include "TestCliTamper.moc"
