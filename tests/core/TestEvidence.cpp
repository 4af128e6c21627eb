// The evidence pack's writer and verifier: files and their twins, CSV quoting, the signed
// manifest (the producing user's key), --as-of, large tables summarised in the report, refusals.
// The report's PDF needs a QGuiApplication, so this test uses QTEST_MAIN (offscreen platform).

#include "Support.h"

#include "demo/DemoGenerator.h"
#include "evidence/Evidence.h"
#include "segregation/Segregation.h"

#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace custos;
using namespace custos::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestEvidence : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance())); }

    void packHoldsEveryTableSignedByTheProducer()
    {
        RegisterFixture f;
        QVERIFY(f.create() && f.addBasics());
        QVERIFY(ledger::addKeySet(*f.admin, QStringLiteral("hsm-7"), QStringLiteral("firm"), QStringLiteral("HSM \"blue\", partition 7, Frankfurt")).ok());
        const QString dir = f.dir.filePath(QStringLiteral("pack"));
        auto pack = evidence::writeEvidence(*f.admin, dir);
        QVERIFY2(pack.ok(), qPrintable(pack.message()));
        QVERIFY(pack->withPdf);
        QVERIFY(QFile::exists(dir + QStringLiteral(".zip")));
        for (const char *t : {"summary", "layers", "findings", "rules", "addresses", "keysets", "users", "reconciliations",
                              "reconciliation_breaks", "audit"}) {
            QVERIFY2(pack->files.contains(QLatin1String(t) + QStringLiteral(".csv")), t);
            QVERIFY2(pack->files.contains(QLatin1String(t) + QStringLiteral(".json")), t);
        }
        QVERIFY(pack->files.contains(QStringLiteral("report.pdf")));
        QVERIFY(!pack->files.contains(QStringLiteral("manifest.json")));
        // Signed with the producing user's key, the one the register holds for alice.
        QCOMPARE(pack->publicKey, QString::fromLatin1(f.admin->user().publicKey.toHex()));
        const QJsonObject manifest = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/manifest.json"))).object();
        QCOMPARE(manifest.value("signed").toObject().value("public_key").toString(), pack->publicKey);
        QCOMPARE(manifest.value("signed").toObject().value("files").toArray().size(), pack->files.size());
        auto v = evidence::verifyEvidence(dir, pack->publicKey);
        QVERIFY(v.ok());
        QVERIFY2(v->valid, qPrintable(v->problems.join('\n')));
        QCOMPARE(v->files, pack->files.size());

        // RFC 4180: the description with a comma and quotes is one quoted field; the JSON twin holds it as is.
        QVERIFY(readAll(dir + QStringLiteral("/keysets.csv")).contains("hsm-7,firm,\"HSM \"\"blue\"\", partition 7, Frankfurt\",0,0,"));
        const QJsonArray rows = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/keysets.json"))).object().value("rows").toArray();
        bool found = false;
        for (const QJsonValue &r : rows)
            found = found || r.toObject().value("description").toString() == QStringLiteral("HSM \"blue\", partition 7, Frankfurt");
        QVERIFY(found);
        // The address register with owner and key set; the audit result with its head.
        const QJsonArray addresses = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/addresses.json"))).object().value("rows").toArray();
        QCOMPARE(addresses.size(), 3);
        QCOMPARE(addresses[0].toObject().value("owner").toString(), QStringLiteral("client:C1"));
        QCOMPARE(addresses[0].toObject().value("keyset").toString(), QStringLiteral("vault"));
        const QJsonObject audit = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/audit.json"))).object().value("rows").toArray()[0].toObject();
        QCOMPARE(audit.value("status").toString(), QStringLiteral("intact"));
        QCOMPARE(audit.value("head").toString(), pack->auditHead);
        // The export itself is on record.
        auto st = f.admin->db().prepare("SELECT count(*) FROM audit_log WHERE action = 'evidence.export'");
        QVERIFY(st->step().value());
        QCOMPARE(st->columnInt(0), 1);
    }

    void refusals()
    {
        RegisterFixture f;
        QVERIFY(f.create() && f.addBasics());
        auto op = f.operatorUser();
        QCOMPARE(evidence::writeEvidence(*op, f.dir.filePath(QStringLiteral("p"))).error().code, ErrorCode::Denied);
        QVERIFY(!QFile::exists(f.dir.filePath(QStringLiteral("p"))));
        QVERIFY(QDir().mkpath(f.dir.filePath(QStringLiteral("full"))));
        f.writeFile(QStringLiteral("full/x.txt"), "x");
        QCOMPARE(evidence::writeEvidence(*f.admin, f.dir.filePath(QStringLiteral("full"))).error().code, ErrorCode::BadInput);
        f.writeFile(QStringLiteral("taken.zip"), "x");
        QCOMPARE(evidence::writeEvidence(*f.admin, f.dir.filePath(QStringLiteral("taken"))).error().code, ErrorCode::BadInput);
        QVERIFY(!QFile::exists(f.dir.filePath(QStringLiteral("taken"))));
        QCOMPARE(evidence::verifyEvidence(f.dir.filePath(QStringLiteral("nothing"))).error().code, ErrorCode::BadInput);
    }

    void asOfListsWhatExistedThen()
    {
        RegisterFixture f;
        QVERIFY(f.create() && f.addBasics());
        const QString yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
        const QString dir = f.dir.filePath(QStringLiteral("then"));
        auto pack = evidence::writeEvidence(*f.admin, dir, yesterday);
        QVERIFY2(pack.ok(), qPrintable(pack.message()));
        QCOMPARE(QJsonDocument::fromJson(readAll(dir + QStringLiteral("/addresses.json"))).object().value("rows").toArray().size(), 0);
        QVERIFY(readAll(dir + QStringLiteral("/summary.csv")).contains("as_of," + yesterday.toLatin1()));
        QVERIFY(evidence::verifyEvidence(dir)->valid);
    }

    void largeRegisterIsSummarisedInTheReport()
    {
        QTemporaryDir dir;
        demo::DemoOptions o;
        o.path = dir.filePath(QStringLiteral("big.custos"));
        o.password = "demo-password-1";
        o.clients = 5;
        o.addresses = 20500;
        o.movements = 100;
        o.kdf = cheapKdf();
        QVERIFY(demo::generateDemo(o).ok());
        auto clara = reg::Register::open(o.path, QStringLiteral("clara"), o.password);
        QVERIFY(clara.ok());
        const QString out = dir.filePath(QStringLiteral("pack"));
        auto pack = evidence::writeEvidence(**clara, out);
        QVERIFY2(pack.ok(), qPrintable(pack.message()));
        // Every address in the CSV (and its header), but the report stays a readable size.
        QCOMPARE(readAll(out + QStringLiteral("/addresses.csv")).count('\n'), qsizetype(20501));
        const QByteArray pdf = readAll(out + QStringLiteral("/report.pdf"));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") < 40, qPrintable(QString::number(pdf.count("/Type /Page"))));
        QVERIFY(evidence::verifyEvidence(out)->valid);
    }
};

QTEST_MAIN(TestEvidence)
#include "TestEvidence.moc"
