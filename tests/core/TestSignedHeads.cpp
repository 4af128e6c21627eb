// Signed audit heads on statements, instruction bundles and evidence packs (issue 9, tampering):
// each carries the register's head signed by its user; the head verifies, it survives nothing but
// the history it vouches for (a consistent rewrite of the chain with the master key is found by
// `audit verify` through the statements' recorded heads and by checkAnchor with any of the files),
// a head signed by a key the register does not know is refused, and the recovery actor (no
// signing key) cannot produce one. The statement PDF needs fonts: QTEST_MAIN (offscreen).

#include "ApprovalsSupport.h"

#include "approvals/Bundle.h"
#include "audit/Anchor.h"
#include "audit/AuditLog.h"
#include "crypto/Random.h"
#include "crypto/Signer.h"
#include "evidence/Evidence.h"
#include "register/Database.h"
#include "register/Meta.h"
#include "register/Schema.h"
#include "settings/Custodian.h"
#include "statements/Statements.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <functional>

using namespace custos;
using namespace custos::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

bool writeJson(const QString &path, const QJsonObject &o, bool compactLine = false)
{
    QFile f(path);
    const QByteArray bytes = compactLine ? QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n' : QJsonDocument(o).toJson();
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The audit report of `audit verify --anchor FILE`: the chain, the recorded heads, and the head in FILE.
audit::AuditReport verifyAgainst(reg::Database &db, const QString &file)
{
    auto rep = audit::verify(db);
    if (!rep.ok())
        qFatal("%s", qPrintable(rep.message()));
    auto head = audit::readSignedHeadFrom(file);
    if (!head.ok())
        qFatal("%s", qPrintable(head.message()));
    if (auto s = audit::checkAnchor(db, *head, file, *rep); !s.ok())
        qFatal("%s", qPrintable(s.message()));
    return *rep;
}

// Only the head in FILE against the chain (without the heads the register records itself).
audit::AuditReport onlyTheHeadIn(reg::Database &db, const QString &file)
{
    audit::AuditReport rep;
    auto head = audit::readSignedHeadFrom(file);
    if (!head.ok())
        qFatal("%s", qPrintable(head.message()));
    if (auto s = audit::checkAnchor(db, *head, file, rep); !s.ok())
        qFatal("%s", qPrintable(s.message()));
    return rep;
}

struct Entry {
    qint64 seq;
    QString at, actor, action, payload;
};

// What an insider with the master key and the hash rule does: changes entries and recomputes the
// whole chain and the recorded head, so the chain alone is consistent again.
bool rewriteChain(reg::Database &db, const std::function<void(QList<Entry> &)> &change)
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

} // namespace

class TestSignedHeads : public QObject {
    Q_OBJECT

    ApprovalsFixture m_fx;
    QString m_bundle, m_manifest, m_twin, m_pdf;
    qint64 m_bundleSeq = -1, m_evidenceSeq = -1, m_statementSeq = -1;

    qint64 headSeqIn(const QString &file)
    {
        auto h = audit::readSignedHeadFrom(file);
        return h.ok() ? h->seq : -1;
    }

    // A copy of the register (and its key file) to tamper with; the write-ahead log is folded into
    // the file first, as the other connections of this test keep it open.
    QString copyRegister(const QString &name)
    {
        if (!m_fx.admin->db().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok())
            return {};
        const QString to = m_fx.dir.filePath(name);
        if (!QFile::copy(m_fx.path, to) || !QFile::copy(m_fx.path + QStringLiteral("-keys"), to + QStringLiteral("-keys")))
            return {};
        return to;
    }

    std::unique_ptr<reg::Register> asRecovery(const QString &path)
    {
        auto r = reg::Register::openWithRecoveryKey(path, m_fx.recoveryKey);
        if (!r.ok())
            qWarning() << r.message();
        return r.ok() ? std::move(*r) : nullptr;
    }

    statements::Request quarterFor(const QString &client, const QString &dir)
    {
        statements::Request q;
        q.client = client;
        q.period = *statements::quarter(QStringLiteral("2026Q1"));
        q.outDir = m_fx.dir.filePath(dir);
        return q;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.setUp());
        QVERIFY(settings::setCustodian(*m_fx.admin, {QStringLiteral("Custos Test Custody GmbH"), QStringLiteral("Taunusanlage 1, Frankfurt"),
                                                     QStringLiteral("CASP-DE-0042"), QStringLiteral("discrepancies@custos.example")})
                    .ok());
        auto prices = ledger::importPrices(*m_fx.olga, m_fx.writeFile(QStringLiteral("prices.csv"), "asset,date,currency,price,source\n"
                                                                                                    "bitcoin:BTC,2026-03-31,EUR,60000,test feed\n"
                                                                                                    "ethereum:ETH,2026-03-31,EUR,3000,test feed\n"));
        QVERIFY2(prices.ok(), qPrintable(prices.message()));

        // The order matters to the CLI twin of this test, not here: bundle, evidence, statement.
        QVERIFY(m_fx.policy(R"({"rules": [{"approvals": 1, "role": "approver"}]})"));
        auto w = m_fx.request(QStringLiteral("0.5"));
        QVERIFY2(w.ok(), qPrintable(w.message()));
        QCOMPARE(m_fx.approve(*m_fx.bob, w->id)->status, QStringLiteral("approved"));
        m_bundle = m_fx.dir.filePath(QStringLiteral("w.bundle.json"));
        auto bundle = approvals::exportBundle(*m_fx.olga, w->id, m_bundle);
        QVERIFY2(bundle.ok(), qPrintable(bundle.message()));

        auto pack = evidence::writeEvidence(*m_fx.carl, m_fx.dir.filePath(QStringLiteral("pack")));
        QVERIFY2(pack.ok(), qPrintable(pack.message()));
        m_manifest = m_fx.dir.filePath(QStringLiteral("pack/manifest.json"));

        auto batch = statements::produceStatements(*m_fx.carl, quarterFor(QStringLiteral("C1"), QStringLiteral("st")));
        QVERIFY2(batch.ok(), qPrintable(batch.message()));
        QCOMPARE(batch->produced.size(), qsizetype(1));
        m_twin = batch->produced.first().jsonPath;
        m_pdf = batch->produced.first().pdfPath;

        m_bundleSeq = headSeqIn(m_bundle);
        m_evidenceSeq = headSeqIn(m_manifest);
        m_statementSeq = headSeqIn(m_twin);
        QVERIFY(m_bundleSeq > 0);
        QVERIFY(m_evidenceSeq > m_bundleSeq);
        QVERIFY(m_statementSeq > m_evidenceSeq);
    }

    void statementCarriesAValidHead()
    {
        const QJsonObject twin = readJson(m_twin);
        const QJsonObject h = twin.value(QStringLiteral("audit_head")).toObject();
        for (const char *key : {"context", "register_id", "seq", "hash", "signed_at", "signed_by", "public_key", "signature"})
            QVERIFY2(h.contains(QLatin1String(key)), key);
        auto head = audit::readSignedHeadFrom(m_twin);
        QVERIFY2(head.ok(), qPrintable(head.message()));
        QCOMPARE(head->context, QStringLiteral("statement"));
        QCOMPARE(head->user, QStringLiteral("carl"));
        QCOMPARE(head->publicKey, m_fx.carl->user().publicKey);
        QCOMPARE(head->registerId, m_fx.admin->registerId());
        QVERIFY(audit::signedHeadValid(*head));

        // The register records the same head with the statement.
        auto st = m_fx.admin->db().prepare("SELECT head_seq, head_hash, head_signed_at, head_signature, issued_by FROM statements "
                                           "WHERE document_id = ?");
        QVERIFY(st.ok());
        st->bind(1, twin.value(QStringLiteral("document_id")).toString());
        QVERIFY(st->step().value());
        QCOMPARE(st->columnInt(0), head->seq);
        QCOMPARE(st->columnText(1), head->hash);
        QCOMPARE(st->columnText(2), head->at);
        QCOMPARE(st->columnText(3), QString::fromLatin1(head->signature.toHex()));
        QCOMPARE(st->columnText(4), QStringLiteral("carl"));

        // The PDF (C1 reads German) shows it in its verification block.
        const QString text = pdfText(m_pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext could not read the statement");
        QVERIFY2(text.contains(QStringLiteral("Audit-Kopf des Registers: Eintrag %1, Hash %2").arg(head->seq).arg(head->hash.left(16))),
                 qPrintable(text.right(800)));

        const audit::AuditReport rep = verifyAgainst(m_fx.admin->db(), m_twin);
        QVERIFY2(rep.intact, qPrintable(rep.problem));
    }

    void bundleCarriesTheExportersHead()
    {
        const QByteArray bytes = readAll(m_bundle);
        const approvals::BundleCheck c = approvals::verifyBundle(bytes);
        QVERIFY2(c.valid, qPrintable(c.failures.join(QLatin1Char('\n'))));
        QCOMPARE(c.headSeq, m_bundleSeq);
        QVERIFY(c.checks.join(QLatin1Char('\n')).contains(QStringLiteral("audit head entry %1").arg(m_bundleSeq)));
        auto head = audit::readSignedHeadFrom(m_bundle);
        QVERIFY2(head.ok(), qPrintable(head.message()));
        QCOMPARE(head->context, QStringLiteral("withdrawal.export"));
        QCOMPARE(head->user, QStringLiteral("olga"));
        QCOMPARE(c.headHash, head->hash);
        const audit::AuditReport rep = verifyAgainst(m_fx.admin->db(), m_bundle);
        QVERIFY2(rep.intact, qPrintable(rep.problem));
    }

    void bundleHeadMustBeTheExportersAndPresent()
    {
        // The exporter re-signs the bundle (so the outer signature holds) around a head that is
        // not validly signed, or without a head at all: verify-bundle refuses both.
        QJsonObject b = QJsonDocument::fromJson(readAll(m_bundle)).object();
        auto resign = [&](QJsonObject bundle) {
            bundle.remove(QStringLiteral("exporter_signature"));
            const QByteArray msg = QByteArray("custos-instruction-bundle-v1\n") + QJsonDocument(bundle).toJson(QJsonDocument::Compact);
            bundle.insert(QStringLiteral("exporter_signature"), QString::fromLatin1(crypto::ed25519Sign(m_fx.olga->signingSeed(), msg)->toHex()));
            return QJsonDocument(bundle).toJson(QJsonDocument::Compact) + '\n';
        };
        QVERIFY(approvals::verifyBundle(resign(b)).valid); // the re-signing itself is faithful

        QJsonObject head = b.value(QStringLiteral("audit_head")).toObject();
        head.insert(QStringLiteral("seq"), double(m_bundleSeq - 1));
        QJsonObject edited = b;
        edited.insert(QStringLiteral("audit_head"), head);
        approvals::BundleCheck c = approvals::verifyBundle(resign(edited));
        QVERIFY(!c.valid);
        QVERIFY2(c.failures.join(QLatin1Char('\n')).contains(QLatin1String("not validly signed")), qPrintable(c.failures.join(QLatin1Char('\n'))));
        QCOMPARE(c.headSeq, qint64(-1));

        QJsonObject headless = b;
        headless.remove(QStringLiteral("audit_head"));
        c = approvals::verifyBundle(resign(headless));
        QVERIFY(!c.valid);
        QVERIFY(c.failures.join(QLatin1Char('\n')).contains(QLatin1String("no audit_head")));

        // A head signed by someone else (carl's head in olga's bundle) is not the exporter's.
        QJsonObject foreign = b;
        foreign.insert(QStringLiteral("audit_head"), readJson(m_twin).value(QStringLiteral("audit_head")));
        c = approvals::verifyBundle(resign(foreign));
        QVERIFY(!c.valid);
        QVERIFY(c.failures.join(QLatin1Char('\n')).contains(QLatin1String("not signed for this export")));
    }

    void evidenceManifestCarriesTheProducersHead()
    {
        auto head = audit::readSignedHeadFrom(m_manifest);
        QVERIFY2(head.ok(), qPrintable(head.message()));
        QCOMPARE(head->context, QStringLiteral("evidence"));
        QCOMPARE(head->user, QStringLiteral("carl"));
        const QJsonObject signedPart = readJson(m_manifest).value(QStringLiteral("signed")).toObject();
        QCOMPARE(signedPart.value(QStringLiteral("signed_audit_head")).toObject().value(QStringLiteral("public_key")).toString(),
                 signedPart.value(QStringLiteral("public_key")).toString());
        auto v = evidence::verifyEvidence(m_fx.dir.filePath(QStringLiteral("pack")));
        QVERIFY2(v.ok() && v->valid, v.ok() ? qPrintable(v->problems.join(QLatin1Char('\n'))) : qPrintable(v.message()));
        QCOMPARE(v->auditHeadSeq, m_evidenceSeq);
        const audit::AuditReport rep = verifyAgainst(m_fx.admin->db(), m_manifest);
        QVERIFY2(rep.intact, qPrintable(rep.problem));
    }

    void consistentRewriteIsFoundByEveryHead()
    {
        // The insider renames client C1 in its client.add entry (before all three heads) and
        // recomputes every hash: the chain alone is consistent again.
        const QString path = copyRegister(QStringLiteral("rewritten.custos"));
        QVERIFY(!path.isEmpty());
        auto rec = asRecovery(path);
        QVERIFY(rec);
        qint64 clientAdd = -1;
        QVERIFY(rewriteChain(rec->db(), [&](QList<Entry> &entries) {
            for (Entry &e : entries)
                if (e.action == QLatin1String("client.add") && e.payload.contains(QLatin1String("Anna Beispiel"))) {
                    e.payload.replace(QStringLiteral("Anna Beispiel"), QStringLiteral("Mallory Rewritten"));
                    clientAdd = e.seq;
                }
        }));
        QVERIFY(clientAdd > 0 && clientAdd < m_bundleSeq);

        // `audit verify`: the statement's recorded head names its entry.
        auto plain = audit::verify(rec->db());
        QVERIFY(plain.ok());
        QVERIFY(!plain->intact);
        QCOMPARE(plain->firstBad.value_or(-1), m_statementSeq);
        QVERIFY2(plain->problem.contains(QStringLiteral("audit entry %1 differs from the head statement").arg(m_statementSeq)),
                 qPrintable(plain->problem));
        QVERIFY(plain->problem.contains(QLatin1String("carl")));

        // `audit verify --anchor FILE` with each file: its own head names its entry.
        for (const auto &[file, seq] : {std::pair{m_bundle, m_bundleSeq}, {m_manifest, m_evidenceSeq}, {m_twin, m_statementSeq}}) {
            const audit::AuditReport own = onlyTheHeadIn(rec->db(), file);
            QVERIFY(!own.intact);
            QCOMPARE(own.firstBad.value_or(-1), seq);
            QVERIFY2(own.problem.contains(QStringLiteral("audit entry %1 differs from the head in %2").arg(seq).arg(file)), qPrintable(own.problem));
            const audit::AuditReport all = verifyAgainst(rec->db(), file);
            QCOMPARE(all.firstBad.value_or(-1), std::min(seq, m_statementSeq));
        }

        // The untouched register still agrees with all of them.
        for (const QString &file : {m_bundle, m_manifest, m_twin})
            QVERIFY(verifyAgainst(m_fx.admin->db(), file).intact);
    }

    void recordedStatementHeadMustBeSignedByItsIssuer()
    {
        // The insider re-signs a statement's recorded head with a key of their own.
        const QString path = copyRegister(QStringLiteral("resigned.custos"));
        QVERIFY(!path.isEmpty());
        auto rec = asRecovery(path);
        QVERIFY(rec);
        auto mallory = crypto::generateEd25519();
        QVERIFY(mallory.ok());
        auto twinHead = audit::readSignedHeadFrom(m_twin);
        QVERIFY(twinHead.ok());
        audit::SignedHead forged = *twinHead;
        forged.publicKey = mallory->publicKey;
        forged.signature = *crypto::ed25519Sign(mallory->seed, audit::signedHeadMessage(forged));
        QVERIFY(audit::signedHeadValid(forged)); // valid in itself, but not by carl's key
        QVERIFY(rec->db().exec(QStringLiteral("UPDATE statements SET head_signature = '%1'")
                                   .arg(QString::fromLatin1(forged.signature.toHex())).toUtf8().constData()).ok());
        auto rep = audit::verify(rec->db());
        QVERIFY(rep.ok());
        QVERIFY(!rep->intact);
        QCOMPARE(rep->firstBad.value_or(-1), m_statementSeq);
        QVERIFY2(rep->problem.contains(QLatin1String("is not validly signed by carl")), qPrintable(rep->problem));
    }

    void headSignedByAForeignKeyIsRefused()
    {
        auto mallory = crypto::generateEd25519();
        QVERIFY(mallory.ok());
        auto head = audit::readSignedHeadFrom(m_twin);
        QVERIFY(head.ok());
        QJsonObject twin = readJson(m_twin);
        auto forge = [&](const QString &user, const QString &name) {
            audit::SignedHead h = *head;
            h.user = user;
            h.publicKey = mallory->publicKey;
            h.signature = *crypto::ed25519Sign(mallory->seed, audit::signedHeadMessage(h));
            QJsonObject o = twin;
            o.insert(QStringLiteral("audit_head"), audit::signedHeadJson(h));
            const QString file = m_fx.dir.filePath(name);
            return writeJson(file, o) ? file : QString();
        };
        // Claimed by carl, but not carl's key.
        const QString asCarl = forge(QStringLiteral("carl"), QStringLiteral("forged-carl.json"));
        audit::AuditReport rep = onlyTheHeadIn(m_fx.admin->db(), asCarl);
        QVERIFY(!rep.intact);
        QVERIFY2(rep.problem.contains(QLatin1String("public key in the register differs")), qPrintable(rep.problem));
        // By a user the register does not have.
        const QString asMallory = forge(QStringLiteral("mallory"), QStringLiteral("forged-mallory.json"));
        rep = onlyTheHeadIn(m_fx.admin->db(), asMallory);
        QVERIFY(!rep.intact);
        QVERIFY2(rep.problem.contains(QLatin1String("is not in the register's user table")), qPrintable(rep.problem));
        // Carl's head with its seq edited: the signature no longer holds.
        QJsonObject edited = twin;
        QJsonObject h = twin.value(QStringLiteral("audit_head")).toObject();
        h.insert(QStringLiteral("seq"), double(head->seq - 1));
        edited.insert(QStringLiteral("audit_head"), h);
        const QString editedFile = m_fx.dir.filePath(QStringLiteral("edited-twin.json"));
        QVERIFY(writeJson(editedFile, edited));
        rep = onlyTheHeadIn(m_fx.admin->db(), editedFile);
        QVERIFY(!rep.intact);
        QVERIFY2(rep.problem.contains(QLatin1String("invalid signature")), qPrintable(rep.problem));
    }

    void fileWithoutAHeadIsBadInput()
    {
        const QString plain = m_fx.writeFile(QStringLiteral("plain.json"), R"({"document_id": "x"})");
        auto none = audit::readSignedHeadFrom(plain);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::BadInput);
        QVERIFY(none.message().contains(plain));
        QJsonObject twin = readJson(m_twin);
        QJsonObject h = twin.value(QStringLiteral("audit_head")).toObject();
        h.insert(QStringLiteral("hash"), QStringLiteral("abc"));
        twin.insert(QStringLiteral("audit_head"), h);
        const QString malformed = m_fx.dir.filePath(QStringLiteral("malformed.json"));
        QVERIFY(writeJson(malformed, twin));
        auto bad = audit::readSignedHeadFrom(malformed);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::BadInput);
        QVERIFY2(bad.message().contains(QLatin1String("hash is not 64 hex digits")), qPrintable(bad.message()));
    }

    void recoveryActorCannotSignAStatementHead()
    {
        auto rec = asRecovery(m_fx.path);
        QVERIFY(rec);
        auto head = audit::signCurrentHead(*rec, QStringLiteral("statement"), false);
        QVERIFY(!head.ok());
        QCOMPARE(head.error().code, ErrorCode::Denied);
        auto countStatements = [&] {
            auto st = m_fx.admin->db().prepare("SELECT count(*) FROM statements");
            return st.ok() && st->step().value() ? st->columnInt(0) : -1;
        };
        const qint64 before = countStatements();
        auto batch = statements::produceStatements(*rec, quarterFor(QStringLiteral("C1"), QStringLiteral("by-recovery")));
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().code, ErrorCode::Denied);
        QCOMPARE(countStatements(), before);
        QVERIFY(!QFile::exists(m_fx.dir.filePath(QStringLiteral("by-recovery/C1-2026Q1.json"))));
        // Nor an evidence pack or a bundle export: both need the user's signing key.
        QCOMPARE(evidence::writeEvidence(*rec, m_fx.dir.filePath(QStringLiteral("rec-pack"))).error().code, ErrorCode::Denied);
    }

    void statementHeadColumnsFromVersionSeven()
    {
        auto key = crypto::randomSecret(32);
        auto db = reg::Database::open(m_fx.dir.filePath(QStringLiteral("v7.custos")), *key, true);
        QVERIFY(db.ok());
        QVERIFY(reg::migrateTo(*db, 7).ok());
        QCOMPARE(*db->userVersion(), 7);
        QVERIFY(db->exec("INSERT INTO clients(code, name, created_at) VALUES ('C1', 'Anna', '2026-01-01T00:00:00Z')").ok());
        QVERIFY(db->exec("INSERT INTO statements(document_id, client_id, period, period_from, period_to, on_request, language, file_name, "
                         "json_file_name, pdf_sha256, content_sha256, pages, total_value, currency, issued_at, issued_by) VALUES "
                         "('C1-2026Q1-old', 1, '2026Q1', 'a', 'b', 0, 'en', 'f.pdf', 'f.json', 'p', 'c', 1, '0.00', 'EUR', 'now', 'carl')")
                    .ok());
        QVERIFY(reg::migrateTo(*db, 8).ok());
        QCOMPARE(*db->userVersion(), 8);
        auto st = db->prepare("SELECT document_id, head_seq, head_hash, head_signed_at, head_signature FROM statements");
        QVERIFY(st.ok());
        QVERIFY(st->step().value());
        QCOMPARE(st->columnText(0), QStringLiteral("C1-2026Q1-old"));
        for (int c = 1; c <= 4; ++c)
            QVERIFY(st->columnText(c).isEmpty()); // a statement from before has no signed head: nothing to check
        QVERIFY(reg::migrate(*db).ok());
        // The recorded-heads check skips it rather than calling it tampered.
        QVERIFY(reg::writeMeta(*db, QStringLiteral("register_id"), QStringLiteral("r-1")).ok());
        audit::AuditReport rep;
        QVERIFY(audit::checkRecordedHeads(*db, rep).ok());
        QVERIFY(rep.intact);
    }
};

QTEST_MAIN(TestSignedHeads)
#include "TestSignedHeads.moc"
