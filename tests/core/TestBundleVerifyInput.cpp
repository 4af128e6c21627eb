// Regressions found by fuzzing the offline bundle verifier (tests/fuzz/fuzz_bundle): a real
// exported bundle (tests/fuzz/corpus/bundle/valid: withdrawal 1 of a demo register, exported by
// olga with her signed audit head) stays valid, and
// - characters that are not lower-case hex added inside the exporter's signature (which
//   QByteArray::fromHex skips) no longer leave the bundle valid: "any changed byte is caught";
// - a request id or policy version far outside any integer is refused, never cast (UBSan).

#include "approvals/Bundle.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace custos;

class TestBundleVerifyInput : public QObject {
    Q_OBJECT

    QByteArray m_valid;

    // The bundle with `from` replaced once by `to` (the file stays in compact form).
    QByteArray edited(const QByteArray &from, const QByteArray &to) const
    {
        QByteArray b = m_valid;
        const qsizetype at = b.indexOf(from);
        return at < 0 ? QByteArray() : b.replace(at, from.size(), to);
    }

private slots:
    void initTestCase()
    {
        QFile f(QFINDTESTDATA("../fuzz/corpus/bundle/valid"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_valid = f.readAll();
        const approvals::BundleCheck c = approvals::verifyBundle(m_valid);
        QVERIFY2(c.valid, qPrintable(c.failures.join(QLatin1Char('\n'))));
        QCOMPARE(c.approvals, 2); // the demo policy: 2 of role approver
    }

    void signatureHexIsExact_data()
    {
        QTest::addColumn<QByteArray>("edit");
        QTest::newRow("non-hex characters added") << QByteArray("~~~~");
        QTest::newRow("a space added") << QByteArray(" ");
        QTest::newRow("upper case") << QByteArray("UPPER");
    }

    void signatureHexIsExact()
    {
        QFETCH(QByteArray, edit);
        const QByteArray key("\"exporter_signature\":\"");
        const qsizetype at = m_valid.indexOf(key);
        QVERIFY(at > 0);
        const qsizetype from = at + key.size();
        QByteArray changed = m_valid;
        if (edit == "UPPER") {
            const qsizetype end = changed.indexOf('"', from);
            const QByteArray upper = changed.mid(from, end - from).toUpper();
            QVERIFY(upper != changed.mid(from, end - from)); // the signature holds letters
            changed.replace(from, end - from, upper);
        } else {
            changed.insert(from + 10, edit);
        }
        QVERIFY(changed != m_valid);
        const approvals::BundleCheck c = approvals::verifyBundle(changed);
        QVERIFY(!c.valid);
        QVERIFY2(c.failures.join(QLatin1Char('\n')).contains(QLatin1String("exporter's signature over the bundle does not verify")),
                 qPrintable(c.failures.join(QLatin1Char('\n'))));
    }

    void numbersOutOfRangeAreRefused()
    {
        const QJsonObject b = QJsonDocument::fromJson(m_valid).object();
        const QByteArray id = "\"id\":" + QByteArray::number(b.value(QStringLiteral("request")).toObject().value(QStringLiteral("id")).toInteger())
                              + ",";
        const QByteArray huge = edited(id, "\"id\":1e300,");
        QVERIFY(!huge.isEmpty());
        const approvals::BundleCheck c = approvals::verifyBundle(huge);
        QVERIFY(!c.valid);
        QCOMPARE(c.requestId, qint64(0));
        QVERIFY(c.failures.join(QLatin1Char('\n')).contains(QLatin1String("the request is incomplete")));

        const QByteArray version = edited("\"policy_version\":", "\"policy_version\":-1e300,\"x\":");
        QVERIFY(!version.isEmpty());
        QVERIFY(!approvals::verifyBundle(version).valid);
    }
};

QTEST_GUILESS_MAIN(TestBundleVerifyInput)
#include "TestBundleVerifyInput.moc"
