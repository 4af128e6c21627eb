// The custodian's details: set by an admin, audited, read back; refused for other roles and
// without a name.

#include "Support.h"

#include "audit/AuditLog.h"
#include "settings/Custodian.h"

#include <QTest>

using namespace custos;

class TestCustodian : public QObject {
    Q_OBJECT

private slots:
    void emptyUntilSet()
    {
        test::RegisterFixture f;
        QVERIFY(f.create());
        auto c = settings::readCustodian(*f.admin);
        QVERIFY(c.ok());
        QVERIFY(c->name.isEmpty());
        QVERIFY(c->authorisationId.isEmpty());
    }

    void adminSetsAndReadsBack()
    {
        test::RegisterFixture f;
        QVERIFY(f.create());
        settings::Custodian in{QStringLiteral("  Example Custody AG "), QStringLiteral("Street 1\n10115 Berlin"),
                               QStringLiteral("CASP-123"), QStringLiteral("care@example.test")};
        QVERIFY(settings::setCustodian(*f.admin, in).ok());
        auto c = settings::readCustodian(*f.admin);
        QVERIFY(c.ok());
        QCOMPARE(c->name, QStringLiteral("Example Custody AG"));
        QCOMPARE(c->address, QStringLiteral("Street 1\n10115 Berlin"));
        QCOMPARE(c->authorisationId, QStringLiteral("CASP-123"));
        QCOMPARE(c->contact, QStringLiteral("care@example.test"));
        auto v = audit::verify(f.admin->db());
        QVERIFY(v.ok());
        QVERIFY(v->intact);
    }

    void refusedForOperatorAndWithoutName()
    {
        test::RegisterFixture f;
        QVERIFY(f.create());
        auto op = f.operatorUser();
        QVERIFY(op);
        const Status denied = settings::setCustodian(*op, {QStringLiteral("X"), {}, {}, {}});
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, ErrorCode::Denied);
        const Status noName = settings::setCustodian(*f.admin, {QStringLiteral("   "), {}, {}, {}});
        QVERIFY(!noName.ok());
        QCOMPARE(noName.error().code, ErrorCode::BadInput);
        QVERIFY(settings::readCustodian(*f.admin)->name.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustodian)
#include "TestCustodian.moc"
