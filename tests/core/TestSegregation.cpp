// The segregation verifier: every rule fires on a register built to break it (through the core
// services where they allow it; by writing the database directly where the services refuse, as
// data written outside Custos would), and stays silent on a clean register and on the demo
// register's clean parts.

#include "Support.h"

#include "chain/Network.h"
#include "demo/DemoGenerator.h"
#include "ledger/Import.h"
#include "reconcile/Breaks.h"
#include "reconcile/Reconcile.h"
#include "reconcile/RunStore.h"
#include "reconcile/Sources.h"
#include "segregation/Rules.h"
#include "segregation/Segregation.h"
#include "util/Time.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

using namespace custos;
using namespace custos::test;
using segregation::Finding;

namespace {

const QString kC1Btc = QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
const QString kC1Eth = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
const QString kFirmBtc = QStringLiteral("bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3");
const QString kOmnibusBtc = QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
const QString kUnknownBtc = QStringLiteral("bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l");

QString hoursAgo(int h)
{
    return toIsoUtc(QDateTime::currentDateTimeUtc().addSecs(-3600 * h));
}

QString tx(int n)
{
    return QStringLiteral("%1").arg(n, 64, 16, QLatin1Char('0'));
}

} // namespace

class TestSegregation : public QObject {
    Q_OBJECT

    RegisterFixture *m_f = nullptr;
    std::unique_ptr<reg::Register> m_op;
    std::unique_ptr<reg::Register> m_compliance;

    // Register with C1 (segregated BTC address), C2 (through the omnibus) and a firm fee address.
    bool build()
    {
        delete m_f;
        m_f = new RegisterFixture;
        if (!m_f->create() || !m_f->addBasics())
            return false;
        if (!ledger::addAddress(*m_f->admin, {QStringLiteral("bitcoin"), kOmnibusBtc, QStringLiteral("omnibus"), QStringLiteral("vault"),
                                              QStringLiteral("omnibus")})
                 .ok())
            return false;
        m_op = m_f->operatorUser();
        if (!m_f->admin->addUser(QStringLiteral("clara"), reg::Role::Compliance, kOperatorPassword).ok())
            return false;
        auto c = reg::Register::open(m_f->path, QStringLiteral("clara"), kOperatorPassword);
        if (!c.ok())
            return false;
        m_compliance = std::move(*c);
        // C1: 1 BTC at its own address; C2: 0.5 BTC at the omnibus address.
        return import({row("C1", "1", "deposit", hoursAgo(2), kC1Btc, tx(1), 100), row("C2", "0.5", "deposit", hoursAgo(2), kOmnibusBtc, tx(2), 100)});
    }

    static QString row(const char *client, const char *amount, const char *kind, const QString &at, const QString &address,
                       const QString &hash, int height)
    {
        return QStringLiteral("%1,bitcoin:BTC,%2,%3,%4,bitcoin,%5,%6,%7")
            .arg(QLatin1String(client), QLatin1String(amount), QLatin1String(kind), at, address, hash)
            .arg(height);
    }

    bool import(const QStringList &rows)
    {
        static int n = 0;
        const QString file = m_f->writeFile(QStringLiteral("m%1.csv").arg(++n),
                                            ("client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height\n" + rows.join('\n') + '\n').toUtf8());
        auto s = ledger::importMovements(*m_op, file);
        if (!s.ok())
            qWarning() << s.error().message;
        return s.ok();
    }

    // Reconciles bitcoin against a snapshot of the given balances at height 200.
    bool reconcile(const QList<QPair<QString, QString>> &balances)
    {
        QByteArray csv = "chain,address,asset,balance,block_height\n";
        for (const auto &b : balances)
            csv += "bitcoin," + b.first.toUtf8() + ",bitcoin:BTC," + b.second.toUtf8() + ",200\n";
        static int n = 0;
        const QString file = m_f->writeFile(QStringLiteral("snap%1.csv").arg(++n), csv);
        auto net = chain::networkByName(QStringLiteral("bitcoin"));
        auto src = reconcile::openSource(*m_op, *net, QStringLiteral("snapshot:") + file, {}, chain::SourceOptions{});
        if (!src.ok())
            return false;
        reconcile::RunOptions o;
        o.sourceLabel = src->label;
        o.isSnapshot = true;
        auto run = reconcile::runReconciliation(*m_op, *net, *src->source, o);
        return run.ok() && run->status != QLatin1String("incomplete");
    }

    bool reconcileClean() { return reconcile({{kC1Btc, QStringLiteral("1")}, {kOmnibusBtc, QStringLiteral("0.5")}}); }

    QList<Finding> check(reg::Register *r = nullptr)
    {
        auto rep = segregation::runCheck(r ? *r : *m_compliance);
        if (!rep.ok()) {
            qWarning() << rep.error().message;
            return {Finding{segregation::Layer::Records, QStringLiteral("check-failed"), {}, rep.error().message}};
        }
        return rep->findings;
    }

    static QList<Finding> ofRule(const QList<Finding> &all, const char *rule)
    {
        QList<Finding> out;
        for (const Finding &f : all)
            if (f.rule == QLatin1String(rule))
                out.append(f);
        return out;
    }

    static QString describe(const QList<Finding> &all)
    {
        QStringList s;
        for (const Finding &f : all)
            s << f.rule + QStringLiteral(": ") + f.detail;
        return s.join('\n');
    }

    bool exec(const char *sql) { return m_f->admin->db().exec(sql).ok(); }

private slots:
    void cleanup()
    {
        m_op.reset();
        m_compliance.reset();
        delete m_f;
        m_f = nullptr;
    }

    void cleanRegisterHasNoFindings()
    {
        QVERIFY(build());
        QVERIFY(reconcileClean());
        auto rep = segregation::runCheck(*m_compliance);
        QVERIFY2(rep.ok(), qPrintable(rep.message()));
        QVERIFY2(rep->clean(), qPrintable(describe(rep->findings)));
        QCOMPARE(rep->rules.size(), qsizetype(segregation::rules().size()));
        QCOMPARE(rep->movements, 2);
        QVERIFY(rep->audit.intact);
        QCOMPARE(rep->lastRuns.size(), 1);
        const QJsonObject json = segregation::reportJson(*rep);
        QCOMPARE(json.value("findings").toArray().size(), qsizetype(0));
        QCOMPARE(json.value("status").toString(), QStringLiteral("clean"));
        QCOMPARE(json.value("layers").toArray().size(), qsizetype(3));
        // The admin may run it too.
        QVERIFY(segregation::runCheck(*m_f->admin).ok());
    }

    void refusedForOperatorAndApprover()
    {
        QVERIFY(build());
        QCOMPARE(segregation::runCheck(*m_op).error().code, ErrorCode::Denied);
        QVERIFY(m_f->admin->addUser(QStringLiteral("anton"), reg::Role::Approver, kOperatorPassword).ok());
        auto anton = reg::Register::open(m_f->path, QStringLiteral("anton"), kOperatorPassword);
        QCOMPARE(segregation::runCheck(**anton).error().code, ErrorCode::Denied);
    }

    void unreconciledChainIsAFinding()
    {
        QVERIFY(build());
        const auto before = ofRule(check(), "chain-not-reconciled");
        QCOMPARE(before.size(), 1);
        QCOMPARE(before[0].layer, segregation::Layer::OnChain);
        QVERIFY(before[0].subject.contains(QLatin1String("bitcoin")));
        QVERIFY(reconcileClean());
        QVERIFY(ofRule(check(), "chain-not-reconciled").isEmpty());
    }

    void clientAssetsAtFirmAddress()
    {
        QVERIFY(build());
        QVERIFY(reconcileClean());
        QVERIFY(ofRule(check(), "client-assets-at-firm-address").isEmpty());
        QVERIFY(import({row("C1", "0.25", "deposit", hoursAgo(1), kFirmBtc, tx(3), 150)}));
        const auto f = ofRule(check(), "client-assets-at-firm-address");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].subject, QStringLiteral("bitcoin:") + kFirmBtc);
        QVERIFY2(f[0].detail.contains(QLatin1String("0.25 BTC")) && f[0].detail.contains(QLatin1String("C1")), qPrintable(f[0].detail));
    }

    void otherClientAtSegregatedAddress()
    {
        QVERIFY(build());
        QVERIFY(ofRule(check(), "other-client-at-segregated-address").isEmpty());
        QVERIFY(import({row("C2", "0.1", "deposit", hoursAgo(1), kC1Btc, tx(3), 150)}));
        const auto f = ofRule(check(), "other-client-at-segregated-address");
        QCOMPARE(f.size(), 1);
        QVERIFY2(f[0].detail.contains(QLatin1String("client C1")) && f[0].detail.contains(QLatin1String("client C2")), qPrintable(f[0].detail));
    }

    void firmFundsAtClientAddress()
    {
        QVERIFY(build());
        QVERIFY(import({row("firm", "0.2", "deposit", hoursAgo(1), kOmnibusBtc, tx(3), 150)}));
        auto f = ofRule(check(), "firm-funds-at-client-address");
        QCOMPARE(f.size(), 1);
        QVERIFY(f[0].detail.startsWith(QLatin1String("Omnibus address")));

        // An unexplained surplus on chain at a client address is firm funds too, until explained.
        QVERIFY(build());
        QVERIFY(reconcile({{kC1Btc, QStringLiteral("1.3")}, {kOmnibusBtc, QStringLiteral("0.5")}}));
        f = ofRule(check(), "firm-funds-at-client-address");
        QCOMPARE(f.size(), 1);
        QVERIFY2(f[0].detail.contains(QLatin1String("0.3 BTC more")), qPrintable(f[0].detail));
        qint64 breakId = 0;
        QVERIFY(reconcile::forEachBreak(*m_op, {}, [&](const reconcile::BreakRecord &b) { breakId = b.id; }).ok());
        QVERIFY(reconcile::explainBreak(*m_op, breakId, QStringLiteral("client deposit received late; booked tomorrow"), QStringLiteral("olga")).ok());
        QVERIFY(ofRule(check(), "firm-funds-at-client-address").isEmpty());
    }

    void positionNotBacked()
    {
        QVERIFY(build());
        QVERIFY(reconcile({{kC1Btc, QStringLiteral("0.6")}, {kOmnibusBtc, QStringLiteral("0.5")}}));
        auto f = ofRule(check(), "position-not-backed");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].subject, QStringLiteral("client:C1/bitcoin:BTC"));
        QVERIFY2(f[0].detail.contains(QLatin1String("0.4 BTC short")), qPrintable(f[0].detail));

        // An omnibus address short of its clients' claims.
        QVERIFY(build());
        QVERIFY(reconcile({{kC1Btc, QStringLiteral("1")}, {kOmnibusBtc, QStringLiteral("0.2")}}));
        f = ofRule(check(), "position-not-backed");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].subject, QStringLiteral("bitcoin:") + kOmnibusBtc);
        QVERIFY2(f[0].detail.contains(QLatin1String("short 0.3 BTC")), qPrintable(f[0].detail));

        // A client movement at a firm address leaves the client's position unbacked.
        QVERIFY(build());
        QVERIFY(import({row("C1", "0.25", "deposit", hoursAgo(1), kFirmBtc, tx(3), 150)}));
        QVERIFY(reconcile({{kC1Btc, QStringLiteral("1")}, {kOmnibusBtc, QStringLiteral("0.5")}, {kFirmBtc, QStringLiteral("0.25")}}));
        f = ofRule(check(), "position-not-backed");
        QCOMPARE(f.size(), 1);
        QVERIFY2(f[0].detail.contains(QLatin1String("0.25 BTC short")), qPrintable(f[0].detail));
    }

    void firmClientTransfer()
    {
        QVERIFY(build());
        // A fee: the client's fee and the firm's income share a transaction. Not a finding.
        QVERIFY(import({row("C1", "-0.01", "fee", hoursAgo(1), kC1Btc, tx(5), 150), row("firm", "0.01", "transfer", hoursAgo(1), kFirmBtc, tx(5), 150)}));
        QVERIFY(ofRule(check(), "firm-client-transfer").isEmpty());
        // The firm pays the client: recorded as the client's deposit, not a fee or withdrawal.
        QVERIFY(import({row("firm", "0.5", "deposit", hoursAgo(1), kFirmBtc, tx(6), 151), row("firm", "-0.2", "withdrawal", hoursAgo(1), kFirmBtc, tx(7), 152),
                        row("C1", "0.2", "deposit", hoursAgo(1), kC1Btc, tx(7), 152)}));
        const auto f = ofRule(check(), "firm-client-transfer");
        QCOMPARE(f.size(), 1);
        QVERIFY2(f[0].detail.contains(tx(7)) && f[0].detail.contains(QLatin1String("deposit")), qPrintable(f[0].detail));
    }

    void addressWithoutOwner()
    {
        QVERIFY(build());
        QVERIFY(reconcile({{kC1Btc, QStringLiteral("1")}, {kOmnibusBtc, QStringLiteral("0.5")}, {kUnknownBtc, QStringLiteral("2")}}));
        auto f = ofRule(check(), "address-without-owner");
        QCOMPARE(f.size(), 1);
        QVERIFY2(f[0].detail.contains(kUnknownBtc) && f[0].detail.contains(QLatin1String("2 BTC")), qPrintable(f[0].detail));
        // Written outside Custos: a client address designated to the firm's own book.
        QVERIFY(exec("UPDATE addresses SET client_id = (SELECT id FROM clients WHERE is_firm = 1) WHERE address = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'"));
        QCOMPARE(ofRule(check(), "address-without-owner").size(), 2);
    }

    void addressDesignatedTwice()
    {
        QVERIFY(build());
        QVERIFY(ofRule(check(), "address-designated-twice").isEmpty());
        // The same EVM address in lower case, written outside Custos, as a firm address.
        QVERIFY(exec("INSERT INTO addresses(chain, address, owner, keyset_id, created_at) SELECT 'ethereum', "
                     "'0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed', 'firm', id, '2026-01-01T00:00:00Z' FROM keysets WHERE name = 'treasury'"));
        const auto f = ofRule(check(), "address-designated-twice");
        QCOMPARE(f.size(), 1);
        QVERIFY2(f[0].detail.contains(QLatin1String("firm")) && f[0].detail.contains(QLatin1String("client")), qPrintable(f[0].detail));
    }

    void keysetRules()
    {
        QVERIFY(build());
        auto all = check();
        for (const char *rule : {"keyset-controls-client-and-firm", "client-address-on-firm-keyset", "firm-address-on-client-keyset",
                                 "address-without-keyset", "keyset-without-description"})
            QVERIFY2(ofRule(all, rule).isEmpty(), rule);
        // Written outside Custos (address add refuses both): C1's address on the firm key set,
        // the firm address on the client key set, and an address naming no key set.
        QVERIFY(exec("UPDATE addresses SET keyset_id = (SELECT id FROM keysets WHERE name = 'treasury') WHERE address = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'"));
        all = check();
        QCOMPARE(ofRule(all, "client-address-on-firm-keyset").size(), 1);
        QCOMPARE(ofRule(all, "keyset-controls-client-and-firm").size(), 1);
        QVERIFY(ofRule(all, "keyset-controls-client-and-firm")[0].subject == QStringLiteral("keyset:treasury"));
        QVERIFY(exec("UPDATE addresses SET keyset_id = (SELECT id FROM keysets WHERE name = 'vault') WHERE owner = 'firm'"));
        QCOMPARE(ofRule(check(), "firm-address-on-client-keyset").size(), 1);
        QVERIFY(exec("PRAGMA foreign_keys = OFF; UPDATE addresses SET keyset_id = 999 WHERE address = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'; PRAGMA foreign_keys = ON;"));
        QCOMPARE(ofRule(check(), "address-without-keyset").size(), 1);
        // A key set without a description, through the service (it allows one).
        QVERIFY(ledger::addKeySet(*m_f->admin, QStringLiteral("hot-2"), QStringLiteral("firm"), QString()).ok());
        const auto f = ofRule(check(), "keyset-without-description");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].subject, QStringLiteral("keyset:hot-2"));
        QCOMPARE(f[0].layer, segregation::Layer::Access);
    }

    void roleDesign()
    {
        QVERIFY(build());
        QVERIFY(ofRule(check(), "role-can-request-and-approve").isEmpty()); // the built-in role design separates them
        QVERIFY(!reg::roleMay(reg::Role::Operator, reg::Capability::ApproveWithdrawal));
        QVERIFY(!reg::roleMay(reg::Role::Approver, reg::Capability::RequestWithdrawal));
        // A role design where admins may both request and approve is reported for each admin.
        QList<segregation::UserFact> users = {{QStringLiteral("alice"), QStringLiteral("admin"), reg::Role::Admin, {}, {}},
                                              {QStringLiteral("olga"), QStringLiteral("operator"), reg::Role::Operator, {}, {}}};
        QList<Finding> out;
        const segregation::Rule &rule = segregation::rules()[12];
        QCOMPARE(QLatin1String(rule.id), QLatin1String("role-can-request-and-approve"));
        segregation::RuleOutput sink(rule, out);
        segregation::checkRoleDesign(users, [](reg::Role r, reg::Capability c) {
            return r == reg::Role::Admin || (r == reg::Role::Operator && c == reg::Capability::RequestWithdrawal);
        }, sink);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].subject, QStringLiteral("user:alice"));
        out.clear();
        segregation::RuleOutput builtIn(rule, out);
        segregation::checkRoleDesign(users, &reg::roleMay, builtIn);
        QVERIFY(out.isEmpty());
    }

    void approverKeyNotAttributable()
    {
        QVERIFY(build());
        QVERIFY(m_f->admin->addUser(QStringLiteral("anton"), reg::Role::Approver, kOperatorPassword).ok());
        QVERIFY(m_f->admin->addUser(QStringLiteral("bea"), reg::Role::Approver, kOperatorPassword).ok());
        QVERIFY(ofRule(check(), "approver-key-not-attributable").isEmpty());
        QVERIFY(exec("UPDATE users SET public_key = (SELECT public_key FROM users WHERE name = 'bea') WHERE name = 'anton'"));
        const auto f = ofRule(check(), "approver-key-not-attributable");
        QCOMPARE(f.size(), 2);
        QVERIFY2(f[0].detail.contains(QLatin1String("bea")), qPrintable(f[0].detail));
    }

    void movementWithoutChainReference()
    {
        QVERIFY(build());
        // An adjustment may lack them.
        const QString file = m_f->writeFile(QStringLiteral("adj.csv"), QStringLiteral("client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height\n"
                                                                                      "C1,bitcoin:BTC,-0.1,adjustment,%1,,,,\n").arg(hoursAgo(1)).toUtf8());
        QVERIFY(ledger::importMovements(*m_op, file).ok());
        QVERIFY(ofRule(check(), "movement-without-chain-reference").isEmpty());
        QVERIFY(exec("UPDATE movements SET tx_hash = NULL, block_height = NULL WHERE id = 1"));
        const auto f = ofRule(check(), "movement-without-chain-reference");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].subject, QStringLiteral("movement:1"));
        QVERIFY2(f[0].detail.contains(QLatin1String("tx hash and block height")), qPrintable(f[0].detail));
    }

    void transfersFromReconciliation()
    {
        QVERIFY(build());
        reconcile::RunResult run;
        run.status = QStringLiteral("breaks");
        run.chain = QStringLiteral("bitcoin");
        run.source = QStringLiteral("bitcoind:http://127.0.0.1:1");
        run.height = 200;
        run.blockHash = QStringLiteral("00ab");
        run.pairs = 2;
        run.breaks.append(reconcile::BreakLine{0, reconcile::BreakKind::UnrecordedTransfer, kC1Btc, QStringLiteral("bitcoin:BTC"), 8,
                                               Amount(), Amount::fromBaseUnits(5000), Amount::fromBaseUnits(5000), tx(9)});
        run.breaks.append(reconcile::BreakLine{0, reconcile::BreakKind::UnrecordedTransfer, kFirmBtc, QStringLiteral("bitcoin:BTC"), 8,
                                               Amount(), Amount::fromBaseUnits(7000), Amount::fromBaseUnits(7000), tx(10)});
        run.breaks.append(reconcile::BreakLine{0, reconcile::BreakKind::UnknownTx, kOmnibusBtc, QStringLiteral("bitcoin:BTC"), 8,
                                               Amount::fromBaseUnits(50000000), Amount(), Amount::fromBaseUnits(-50000000), tx(2)});
        QVERIFY(reconcile::recordRun(*m_op, run, nowUtc()).ok());
        const auto all = check();
        const auto unrecorded = ofRule(all, "unrecorded-chain-transfer");
        QCOMPARE(unrecorded.size(), 1); // the firm address's transfer is not a client matter
        QVERIFY2(unrecorded[0].detail.contains(tx(9)) && unrecorded[0].detail.contains(QLatin1String("0.00005 BTC")), qPrintable(unrecorded[0].detail));
        QCOMPARE(unrecorded[0].layer, segregation::Layer::Records);
        QCOMPARE(ofRule(all, "movement-not-on-chain").size(), 1);
        // A clean run resolves them.
        QVERIFY(reconcileClean());
        QVERIFY(ofRule(check(), "unrecorded-chain-transfer").isEmpty());
    }

    void lateRecording()
    {
        QVERIFY(build());
        QVERIFY(ofRule(check(), "late-recording").isEmpty());
        QVERIFY(import({row("C1", "0.1", "deposit", hoursAgo(50), kC1Btc, tx(3), 150)}));
        auto f = ofRule(check(), "late-recording");
        QCOMPARE(f.size(), 1);
        QVERIFY2(f[0].detail.contains(QLatin1String("2 d 2 h later (limit 24 h)")), qPrintable(f[0].detail));
        QCOMPARE(segregation::setRecordingLimitHours(*m_compliance, 72).error().code, ErrorCode::Denied);
        QCOMPARE(segregation::setRecordingLimitHours(*m_f->admin, 0).error().code, ErrorCode::BadInput);
        QVERIFY(segregation::setRecordingLimitHours(*m_f->admin, 72).ok());
        QCOMPARE(*segregation::recordingLimitHours(*m_compliance), 72);
        QVERIFY(ofRule(check(), "late-recording").isEmpty());
    }

    void positionDiffersFromMovements()
    {
        QVERIFY(build());
        QVERIFY(ofRule(check(), "position-differs-from-movements").isEmpty());
        QVERIFY(exec("UPDATE positions SET balance = '200000000' WHERE client_id = (SELECT id FROM clients WHERE code = 'C1')"));
        const auto f = ofRule(check(), "position-differs-from-movements");
        QCOMPARE(f.size(), 1);
        QVERIFY2(f[0].detail.contains(QLatin1String("is 2 BTC over 1 movements")) && f[0].detail.contains(QLatin1String("sum to 1 BTC")), qPrintable(f[0].detail));
        QVERIFY(exec("DELETE FROM positions"));
        QCOMPARE(ofRule(check(), "position-differs-from-movements").size(), 2);
    }

    void auditChainBroken()
    {
        QVERIFY(build());
        QVERIFY(ofRule(check(), "audit-chain-broken").isEmpty());
        QVERIFY(exec("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3"));
        const auto f = ofRule(check(), "audit-chain-broken");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].subject, QStringLiteral("audit-log"));
        QVERIFY(f[0].detail.contains(QLatin1String("entry 3")));
    }

    void asOfLeavesLaterRecordingsOut()
    {
        QVERIFY(build());
        QVERIFY(import({row("C1", "0.1", "deposit", hoursAgo(50), kC1Btc, tx(3), 150)}));
        const QString yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
        auto rep = segregation::runCheck(*m_compliance, yesterday);
        QVERIFY2(rep.ok(), qPrintable(rep.message()));
        QCOMPARE(rep->movements, 0);
        QCOMPARE(rep->addresses, 0);
        QVERIFY(ofRule(rep->findings, "late-recording").isEmpty());
        QCOMPARE(segregation::runCheck(*m_compliance, QStringLiteral("2026-13-01")).error().code, ErrorCode::BadInput);
    }

    void demoRegisterReportsItsPlantedFindingsOnly()
    {
        QTemporaryDir dir;
        demo::DemoOptions o;
        o.path = dir.filePath(QStringLiteral("demo.custos"));
        o.password = "demo-password-1";
        o.clients = 50;
        o.kdf = cheapKdf();
        o.endDate = QDate(2026, 10, 1);
        QVERIFY(demo::generateDemo(o).ok());
        auto op = reg::Register::open(o.path, QStringLiteral("olga"), o.password);
        QVERIFY(op.ok());
        for (const char *name : {"bitcoin", "ethereum"}) {
            auto net = chain::networkByName(QLatin1String(name));
            auto src = reconcile::openSource(**op, *net, QStringLiteral("snapshot:") + demo::snapshotPathFor(o.path), {}, chain::SourceOptions{});
            QVERIFY(src.ok());
            reconcile::RunOptions ro;
            ro.sourceLabel = src->label;
            ro.isSnapshot = true;
            QVERIFY(reconcile::runReconciliation(**op, *net, *src->source, ro).ok());
        }
        auto clara = reg::Register::open(o.path, QStringLiteral("clara"), o.password);
        auto rep = segregation::runCheck(**clara);
        QVERIFY2(rep.ok(), qPrintable(rep.message()));
        QSet<QString> rules;
        for (const Finding &f : rep->findings)
            rules.insert(f.rule);
        // Planted: a client deposit at the fee address (and its unbacked position), a firm payment
        // booked as a client deposit, three late recordings, and the snapshot's breaks (an
        // unrecorded client deposit and omnibus dust: unexplained surpluses; an unrecorded USDC
        // withdrawal: a shortfall). Nothing else: the rest of the demo is clean.
        QCOMPARE(rules, (QSet<QString>{"client-assets-at-firm-address", "position-not-backed", "firm-client-transfer", "late-recording",
                                       "firm-funds-at-client-address"}));
        QCOMPARE(ofRule(rep->findings, "late-recording").size(), 3);
        QCOMPARE(ofRule(rep->findings, "client-assets-at-firm-address").size(), 1);
        QCOMPARE(ofRule(rep->findings, "firm-client-transfer").size(), 1);
        QCOMPARE(ofRule(rep->findings, "firm-funds-at-client-address").size(), 2);
        QCOMPARE(ofRule(rep->findings, "position-not-backed").size(), 2);
        QCOMPARE(rep->layers()[1].findings, 0); // access: clean
    }
};

QTEST_GUILESS_MAIN(TestSegregation)
#include "TestSegregation.moc"
