// custosctl's withdrawal workflow as scripts see it: policy, requests, signed approvals, bundles,
// verify-bundle without a register, whitelist, freeze, screening and execution.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kC1Btc = QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
const QString kDest = QStringLiteral("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2");
const QString kDest2 = QStringLiteral("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy");
const QString kFirm = QStringLiteral("bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3");

QStringList words(const QString &s)
{
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCliApprovals : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_reg;

    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QString file(const QString &name, const QByteArray &content)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return p;
    }

    // Runs custosctl as `user` (password file USER.pw); an empty user runs with no register at all.
    Run run(const QString &user, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CUSTOS_PASSWORD"));
        env.remove(QStringLiteral("CUSTOS_REGISTER"));
        env.remove(QStringLiteral("CUSTOS_USER"));
        QStringList all;
        if (!user.isEmpty()) {
            env.insert(QStringLiteral("CUSTOS_REGISTER"), m_reg);
            env.insert(QStringLiteral("CUSTOS_USER"), user);
            all << QStringLiteral("--password-file") << m_dir.filePath(user + QStringLiteral(".pw"));
        }
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        all << args;
        p.start(QStringLiteral(CUSTOSCTL_PATH), all);
        p.waitForFinished(120000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    Run run(const QString &user, const QString &args) { return run(user, words(args)); }

    qint64 request(const QString &amount, const QString &to = kDest, int expectCode = 0)
    {
        const Run r = run(QStringLiteral("olga"), QStringLiteral("--json withdrawal request --client C1 --asset bitcoin:BTC --amount %1 --to %2").arg(amount, to));
        if (r.code != expectCode)
            qWarning() << r.err;
        return r.code == 0 ? qint64(r.json().value(QStringLiteral("id")).toDouble()) : -r.code;
    }

    QJsonObject show(qint64 id) { return run(QStringLiteral("bob"), QStringLiteral("--json withdrawal show %1").arg(id)).json(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reg = m_dir.filePath(QStringLiteral("desk.custos"));
        for (const char *u : {"alice", "dan", "olga", "bob", "cara", "carl"})
            file(QLatin1String(u) + QStringLiteral(".pw"), QByteArray(u) + "-password\n");
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("init --admin alice --kdf-memory 8192 --kdf-iterations 1")).code, 0);
        const char *users[][2] = {{"dan", "admin"}, {"olga", "operator"}, {"bob", "approver"}, {"cara", "approver"}, {"carl", "compliance"}};
        for (const auto &u : users)
            QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("user add %1 --role %2 --new-password-file %3")
                                                      .arg(QLatin1String(u[0]), QLatin1String(u[1]), m_dir.filePath(QLatin1String(u[0]) + QStringLiteral(".pw")))).code, 0);
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("asset add --chain bitcoin --symbol BTC --decimals 8")).code, 0);
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("keyset add --name vault --owner client")).code, 0);
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("keyset add --name treasury --owner firm")).code, 0);
        QCOMPARE(run(QStringLiteral("olga"), QStringLiteral("client add --id C1 --name Anna")).code, 0);
        QCOMPARE(run(QStringLiteral("olga"), QStringLiteral("address add --chain bitcoin --address %1 --owner client:C1 --keyset vault").arg(kC1Btc)).code, 0);
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("address add --chain bitcoin --address %1 --owner firm --keyset treasury").arg(kFirm)).code, 0);
        file(QStringLiteral("dep.csv"), "client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height\n"
                                        "C1,bitcoin:BTC,10,deposit,2026-01-01T00:00:00Z,bitcoin," + kC1Btc.toLatin1() + ","
                                        + QByteArray(64, 'a') + ",100\n");
        QCOMPARE(run(QStringLiteral("olga"), QStringLiteral("import movements dep.csv")).code, 0);
    }

    void policySetAndShow()
    {
        const QByteArray policy = R"({"rules": [{"client": "*", "asset": "*", "min_amount": "0", "approvals": 1, "role": "approver"},
           {"client": "*", "asset": "bitcoin:BTC", "min_amount": "2", "approvals": 2, "role": "approver"}],
           "expiry_hours": 24})";
        QCOMPARE(run(QStringLiteral("olga"), QStringLiteral("policy set ") + file(QStringLiteral("p.json"), policy)).code, 4);
        const Run set = run(QStringLiteral("alice"), QStringLiteral("policy set ") + file(QStringLiteral("p.json"), policy));
        QCOMPARE(set.code, 0);
        const Run bad = run(QStringLiteral("alice"), QStringLiteral("policy set ") + file(QStringLiteral("bad.json"), R"({"rules": [{"approvals": 1, "colour": 2}]})"));
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("rules[0].colour"), bad.err.constData());
        const Run shown = run(QStringLiteral("bob"), QStringLiteral("--json policy show"));
        QCOMPARE(shown.code, 0);
        QVERIFY2(shown.err.contains("policy version 1,"), shown.err.constData()); // the bad file changed nothing
        const QJsonArray rules = shown.json().value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules[1].toObject().value(QStringLiteral("min_amount")).toString(), QStringLiteral("2"));
        // The plain form is the policy document itself: it can be set again as it is.
        const Run plain = run(QStringLiteral("bob"), QStringLiteral("policy show"));
        QCOMPARE(plain.code, 0);
        QVERIFY(QJsonDocument::fromJson(plain.out).isObject());
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("policy set ") + file(QStringLiteral("again.json"), plain.out)).code, 0);
        QVERIFY(run(QStringLiteral("bob"), QStringLiteral("policy show")).err.contains("policy version 2,"));
        const QJsonArray versions = run(QStringLiteral("bob"), QStringLiteral("--json policy history")).json().value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[1].toObject().value(QStringLiteral("set_by")).toString(), QStringLiteral("alice"));
        QCOMPARE(versions[0].toObject().value(QStringLiteral("policy")).toObject(), shown.json());
    }

    void requestApproveExportVerify()
    {
        const Run made = run(QStringLiteral("olga"), QStringLiteral("--json withdrawal request --client C1 --asset bitcoin:BTC --amount 3 --to ") + kDest);
        QCOMPARE(made.code, 0);
        const QJsonObject j = made.json();
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(j.value(QStringLiteral("needs")).toInt(), 2);
        const qint64 id = qint64(j.value(QStringLiteral("id")).toDouble());
        QVERIFY(id > 0);
        QCOMPARE(run(QStringLiteral("bob"), QStringLiteral("withdrawal request --client C1 --asset bitcoin:BTC --amount 1 --to ") + kDest).code, 4);

        const Run over = run(QStringLiteral("olga"), QStringLiteral("withdrawal request --client C1 --asset bitcoin:BTC --amount 7.5 --to ") + kDest);
        QCOMPARE(over.code, 1);
        QVERIFY2(over.err.contains("available balance"), over.err.constData());
        QCOMPARE(run(QStringLiteral("olga"), QStringLiteral("withdrawal request --client C1 --asset bitcoin:BTC --amount 1 --to bc1qbogus")).code, 2);
        const Run firm = run(QStringLiteral("olga"), QStringLiteral("withdrawal request --client C1 --asset bitcoin:BTC --amount 1 --to %1 --from %2").arg(kDest, kFirm));
        QCOMPARE(firm.code, 1);

        QCOMPARE(run(QStringLiteral("olga"), QStringLiteral("withdrawal approve %1").arg(id)).code, 4); // the maker (and not an approver)
        QCOMPARE(run(QStringLiteral("olga"), QStringLiteral("withdrawal export %1 --out b.json").arg(id)).code, 1); // not approved yet
        QCOMPARE(run(QStringLiteral("bob"), QStringLiteral("withdrawal approve %1").arg(id)).code, 0);
        const Run twice = run(QStringLiteral("bob"), QStringLiteral("withdrawal approve %1").arg(id));
        QCOMPARE(twice.code, 1);
        QVERIFY(twice.err.contains("already signed"));
        QCOMPARE(show(id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(run(QStringLiteral("cara"), QStringLiteral("withdrawal approve %1").arg(id)).code, 0);

        const QJsonObject s = show(id);
        QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(s.value(QStringLiteral("amount")).toString(), QStringLiteral("3"));
        QCOMPARE(s.value(QStringLiteral("client")).toString(), QStringLiteral("C1"));
        QCOMPARE(s.value(QStringLiteral("asset")).toString(), QStringLiteral("bitcoin:BTC"));
        QCOMPARE(s.value(QStringLiteral("to")).toString(), kDest);
        QCOMPARE(s.value(QStringLiteral("approvals")).toArray().size(), 2);
        QCOMPARE(s.value(QStringLiteral("approvals")).toArray()[0].toObject().value(QStringLiteral("signer")).toString(), QStringLiteral("bob"));
        QVERIFY(s.value(QStringLiteral("policy")).toObject().contains(QStringLiteral("steps")));
        QCOMPARE(s.value(QStringLiteral("screening")).toObject().value(QStringLiteral("hit")).toBool(), false);
        QVERIFY(run(QStringLiteral("carl"), QStringLiteral("--json withdrawal list")).json().value(QStringLiteral("withdrawals")).toArray().size() >= 1);

        QCOMPARE(run(QStringLiteral("olga"), QStringLiteral("withdrawal export %1 --out b.json").arg(id)).code, 0);
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("user keys --out keys.json")).code, 0);
        // No register, no user: anyone can verify.
        const Run ok = run(QString(), QStringLiteral("--json verify-bundle b.json --trusted-keys keys.json"));
        QCOMPARE(ok.code, 0);
        QCOMPARE(ok.json().value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(run(QString(), QStringLiteral("verify-bundle b.json")).code, 0);
        QCOMPARE(run(QString(), QStringLiteral("verify-bundle missing.json")).code, 2);

        QFile f(m_dir.filePath(QStringLiteral("b.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bundle = f.readAll();
        const QJsonObject b = QJsonDocument::fromJson(bundle).object();
        const QString sig = b.value(QStringLiteral("approvals")).toArray()[0].toObject().value(QStringLiteral("signature")).toString();
        QString flipped = sig;
        flipped[0] = sig[0] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        QJsonObject copy = b.value(QStringLiteral("approvals")).toArray()[1].toObject();
        copy.insert(QStringLiteral("signer"), QStringLiteral("mallory"));
        QJsonArray added = b.value(QStringLiteral("approvals")).toArray();
        added.append(copy);
        QJsonObject withAdded = b;
        withAdded.insert(QStringLiteral("approvals"), added);
        const struct {
            const char *name;
            QByteArray bytes;
        } tampered[] = {
            {"amount", QByteArray(bundle).replace("\"amount\":\"3\"", "\"amount\":\"4\"").replace("\"amount_base_units\":\"300000000\"", "\"amount_base_units\":\"400000000\"")},
            {"destination", QByteArray(bundle).replace(kDest.toLatin1(), kDest2.toLatin1())},
            {"signature", QByteArray(bundle).replace(sig.toLatin1(), flipped.toLatin1())},
            {"added approval", QJsonDocument(withAdded).toJson(QJsonDocument::Compact) + '\n'},
            {"one byte", QByteArray(bundle).replace("\"format\"", "\"format\" ")},
        };
        for (const auto &t : tampered) {
            const QString name = QStringLiteral("t-%1.json").arg(QString::fromLatin1(t.name).replace(QLatin1Char(' '), QLatin1Char('-')));
            file(name, t.bytes);
            QVERIFY2(t.bytes != bundle, t.name);
            const Run r = run(QString(), QStringLiteral("verify-bundle ") + name);
            QVERIFY2(r.code == 1, t.name);
            QVERIFY2(r.out.contains("INVALID") && r.out.contains("failed:"), r.out.constData());
        }
        // A key file of another register does not vouch for this bundle's signers.
        QJsonObject keys = QJsonDocument::fromJson([&] { QFile k(m_dir.filePath(QStringLiteral("keys.json"))); k.open(QIODevice::ReadOnly); return k.readAll(); }()).object();
        QJsonArray users = keys.value(QStringLiteral("users")).toArray();
        for (qsizetype i = 0; i < users.size(); ++i) {
            QJsonObject u = users[i].toObject();
            if (u.value(QStringLiteral("name")).toString() == QLatin1String("bob")) {
                u.insert(QStringLiteral("public_key"), u.value(QStringLiteral("public_key")).toString().replace(0, 2, QStringLiteral("00")));
                users[i] = u;
            }
        }
        keys.insert(QStringLiteral("users"), users);
        file(QStringLiteral("swapped-keys.json"), QJsonDocument(keys).toJson());
        const Run swapped = run(QString(), QStringLiteral("verify-bundle b.json --trusted-keys swapped-keys.json"));
        QCOMPARE(swapped.code, 1);
        QVERIFY2(swapped.out.contains("not the trusted key of user 'bob'"), swapped.out.constData());

        // Execution: the movement lowers the position; the check finds nothing.
        QCOMPARE(run(QStringLiteral("olga"), QStringLiteral("withdrawal executed %1 --tx nothex").arg(id)).code, 2);
        QCOMPARE(run(QStringLiteral("olga"), QStringLiteral("withdrawal executed %1 --tx %2").arg(id).arg(QString(64, QLatin1Char('e')))).code, 0);
        QCOMPARE(show(id).value(QStringLiteral("status")).toString(), QStringLiteral("executed"));
        const QJsonArray pos = run(QStringLiteral("bob"), QStringLiteral("--json positions")).json().value(QStringLiteral("positions")).toArray();
        QCOMPARE(pos[0].toObject().value(QStringLiteral("balance")).toString(), QStringLiteral("7"));
        QCOMPARE(run(QStringLiteral("carl"), QStringLiteral("withdrawal check")).code, 0);
        QCOMPARE(run(QStringLiteral("olga"), QStringLiteral("withdrawal export %1 --out again.json").arg(id)).code, 1); // executed
    }

    void rejectNeedsAReason()
    {
        const int before = int(run(QStringLiteral("bob"), QStringLiteral("--json withdrawal list")).json().value(QStringLiteral("withdrawals")).toArray().size());
        const Run dry = run(QStringLiteral("olga"), QStringLiteral("--json withdrawal request --client C1 --asset bitcoin:BTC --amount 1 --to %1 --dry-run").arg(kDest));
        QCOMPARE(dry.code, 0);
        QCOMPARE(dry.json().value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(dry.json().value(QStringLiteral("needs")).toInt(), 1);
        QCOMPARE(int(run(QStringLiteral("bob"), QStringLiteral("--json withdrawal list")).json().value(QStringLiteral("withdrawals")).toArray().size()), before);
        const qint64 id = request(QStringLiteral("1"));
        QVERIFY(id > 0);
        QCOMPARE(run(QStringLiteral("bob"), QStringLiteral("withdrawal reject %1").arg(id)).code, 2);
        QCOMPARE(run(QStringLiteral("bob"), QStringList{QStringLiteral("withdrawal"), QStringLiteral("reject"), QString::number(id),
                                                         QStringLiteral("--reason"), QStringLiteral("client did not confirm")}).code, 0);
        QCOMPARE(show(id).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(run(QStringLiteral("cara"), QStringLiteral("withdrawal approve %1").arg(id)).code, 1);
    }

    void screeningBlockAndComplianceDecision()
    {
        file(QStringLiteral("sanctions.csv"), "chain,address,list,reason\nbitcoin," + kDest2.toLatin1() + ",EU-CFSP,asset freeze 2026/12\n");
        QCOMPARE(run(QStringLiteral("carl"), QStringLiteral("import screening sanctions.csv")).code, 0);
        const Run made = run(QStringLiteral("olga"), QStringLiteral("--json withdrawal request --client C1 --asset bitcoin:BTC --amount 1 --to ") + kDest2);
        QCOMPARE(made.code, 0);
        QCOMPARE(made.json().value(QStringLiteral("status")).toString(), QStringLiteral("blocked"));
        const qint64 id = qint64(made.json().value(QStringLiteral("id")).toDouble());
        QCOMPARE(run(QStringLiteral("bob"), QStringLiteral("withdrawal approve %1").arg(id)).code, 1);
        QCOMPARE(run(QStringLiteral("olga"), QStringList{QStringLiteral("withdrawal"), QStringLiteral("screening"), QString::number(id), QStringLiteral("--decision"),
                                                          QStringLiteral("release"), QStringLiteral("--note"), QStringLiteral("looks fine to me")}).code, 4);
        QCOMPARE(run(QStringLiteral("carl"), QStringList{QStringLiteral("withdrawal"), QStringLiteral("screening"), QString::number(id), QStringLiteral("--decision"),
                                                          QStringLiteral("reject"), QStringLiteral("--note"), QStringLiteral("confirmed match, reported to the FIU")}).code, 0);
        const QJsonObject s = show(id);
        QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        const QJsonObject scr = s.value(QStringLiteral("screening")).toObject();
        QCOMPARE(scr.value(QStringLiteral("hits")).toArray()[0].toObject().value(QStringLiteral("list")).toString(), QStringLiteral("EU-CFSP"));
        QCOMPARE(scr.value(QStringLiteral("decision")).toObject().value(QStringLiteral("by")).toString(), QStringLiteral("carl"));
    }

    void whitelistAndFreeze()
    {
        const Run add = run(QStringLiteral("olga"), QStringLiteral("--json whitelist add --client C1 --chain bitcoin --address %1 --label bank").arg(kDest));
        QCOMPARE(add.code, 0);
        const qint64 wl = qint64(add.json().value(QStringLiteral("id")).toDouble());
        QVERIFY(wl > 0);
        QCOMPARE(run(QStringLiteral("olga"), QStringLiteral("whitelist approve %1").arg(wl)).code, 4);
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("policy set ") +
                     file(QStringLiteral("wl.json"), R"({"rules": [{"approvals": 1}], "whitelist": {"required": true, "cooling_off_hours": 0, "admin_approvals": 1}})")).code, 0);
        QCOMPARE(request(QStringLiteral("1"), kDest, 1), -1); // proposed, not yet approved
        QCOMPARE(run(QStringLiteral("dan"), QStringLiteral("whitelist approve %1").arg(wl)).code, 0);
        const QJsonArray list = run(QStringLiteral("bob"), QStringLiteral("--json whitelist list --client C1")).json().value(QStringLiteral("whitelist")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        const qint64 pending = request(QStringLiteral("1"));
        QVERIFY(pending > 0);
        QCOMPARE(request(QStringLiteral("1"), kDest2, 1), -1); // not whitelisted

        const Run fr = run(QStringLiteral("alice"), QStringList{QStringLiteral("--json"), QStringLiteral("freeze"), QStringLiteral("--client"), QStringLiteral("C1"),
                                                                 QStringLiteral("--reason"), QStringLiteral("suspicious login")});
        QCOMPARE(fr.code, 0);
        const qint64 freezeId = qint64(fr.json().value(QStringLiteral("id")).toDouble());
        QCOMPARE(run(QStringLiteral("olga"), QStringLiteral("freeze --reason x")).code, 4);
        QCOMPARE(request(QStringLiteral("1"), kDest, 1), -1);
        QCOMPARE(run(QStringLiteral("bob"), QStringLiteral("withdrawal approve %1").arg(pending)).code, 1);
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("unfreeze %1").arg(freezeId)).code, 0);
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("unfreeze %1").arg(freezeId)).code, 4); // the same admin twice
        QCOMPARE(run(QStringLiteral("bob"), QStringLiteral("withdrawal approve %1").arg(pending)).code, 1); // still frozen
        const Run lifted = run(QStringLiteral("dan"), QStringLiteral("--json unfreeze %1").arg(freezeId));
        QCOMPARE(lifted.code, 0);
        QCOMPARE(lifted.json().value(QStringLiteral("active")).toBool(), false);
        QCOMPARE(run(QStringLiteral("bob"), QStringLiteral("withdrawal approve %1").arg(pending)).code, 0);
        QCOMPARE(run(QStringLiteral("carl"), QStringLiteral("audit verify")).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliApprovals)
#include "TestCliApprovals.moc"
