// Approval policies, requests, signed approvals and instruction bundles.

#include "ApprovalsSupport.h"

#include "approvals/Bundle.h"
#include "approvals/Canonical.h"
#include "audit/Anchor.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "crypto/Signer.h"
#include "register/Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace custos;
using namespace custos::test;
using namespace custos::approvals;

namespace {

const QByteArray kTwoTiers = R"({"rules": [{"client": "*", "asset": "*", "min_amount": "0", "approvals": 1, "role": "approver"},
  {"client": "*", "asset": "bitcoin:BTC", "min_amount": "2", "approvals": 2, "role": "approver"}], "expiry_hours": 24})";

QByteArray canonical(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

// Re-signs a bundle's exporter signature with `seed` (an attacker holding some key).
QJsonObject resignExporter(QJsonObject b, const crypto::SecureBytes &seed)
{
    b.remove(QStringLiteral("exporter_signature"));
    b.insert(QStringLiteral("exporter_public_key"), QString::fromLatin1(crypto::ed25519PublicKey(seed)->toHex()));
    const QByteArray msg = QByteArray(kBundleDomain) + QJsonDocument(b).toJson(QJsonDocument::Compact);
    b.insert(QStringLiteral("exporter_signature"), QString::fromLatin1(crypto::ed25519Sign(seed, msg)->toHex()));
    return b;
}

} // namespace

class TestApprovals : public QObject {
    Q_OBJECT

private slots:
    void policyIsStrictVersionedAndAudited()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QCOMPARE(currentPolicy(*fx.admin)->version, 0); // built-in
        QCOMPARE(currentPolicy(*fx.admin)->policy.rules.size(), 1);
        QVERIFY(fx.policy(kTwoTiers));
        QCOMPARE(currentPolicy(*fx.admin)->version, 1);

        const struct {
            QByteArray json;
            const char *names;
        } bad[] = {
            {R"({"rules": [{"approvals": 1}], "colour": "red"})", "colour"},
            {R"({"rules": [{"approvals": 0}]})", "rules[0].approvals"},
            {R"({"rules": [{"approvals": 1, "min_amount": "abc"}]})", "rules[0].min_amount"},
            {R"({"rules": [{"approvals": 1, "role": "janitor"}]})", "rules[0].role"},
            {R"({"rules": [{"approvals": 1, "asset": "bitcoin:DOGE"}]})", "rules[0].asset"},
            {R"({"rules": [{"approvals": 1, "asset": "bitcoin:BTC", "min_amount": "0.000000001"}]})", "rules[0].min_amount"},
            {R"({"rules": [{"approvals": 2, "approvers": ["bob"]}]})", "rules[0].approvals"},
            {R"({"rules": [{"approvals": 1, "approvers": ["olga"]}]})", "rules[0].approvers"},
            {R"({"desk_hours": {"from": "08:00", "to": "18:00", "time_zone": "Mars/Olympus"}})", "desk_hours.time_zone"},
            {R"({"desk_hours": {"from": "8am", "to": "18:00", "time_zone": "Europe/Berlin"}})", "desk_hours.from"},
            {R"({"velocity": [{"limit": "5", "over": "shrug"}]})", "velocity[0].over"},
            {R"({"whitelist": {"required": "yes"}})", "whitelist.required"},
            {R"({"expiry_hours": 0})", "expiry_hours"},
            {"{not json", "not valid JSON"},
        };
        for (const auto &b : bad) {
            auto v = setPolicy(*fx.admin, b.json);
            QVERIFY2(!v.ok(), b.names);
            QCOMPARE(v.error().code, ErrorCode::BadInput);
            QVERIFY2(v.message().contains(QLatin1String(b.names)), qPrintable(v.message()));
            QVERIFY(v.message().contains(QStringLiteral("unchanged")));
        }
        QCOMPARE(currentPolicy(*fx.admin)->version, 1); // the old policy stays
        QCOMPARE(setPolicy(*fx.olga, kTwoTiers).error().code, ErrorCode::Denied);

        // Round trip through the contract's format; every set is a new version, old ones kept.
        const QByteArray full = R"({"rules": [{"client": "C1", "asset": "*", "min_amount": "1000", "approvals": 2, "role": "approver", "approvers": ["bob", "cara"]}],
          "velocity": [{"client": "*", "asset": "bitcoin:BTC", "window_hours": 12, "limit": "5", "over": "higher-tier"}],
          "whitelist": {"required": true, "cooling_off_hours": 48, "admin_approvals": 2},
          "desk_hours": {"from": "08:00", "to": "18:00", "time_zone": "Europe/Berlin", "outside": "wait", "days": ["mon", "fri"]},
          "expiry_hours": 12})";
        auto v2 = setPolicy(*fx.admin, full);
        QVERIFY2(v2.ok(), qPrintable(v2.message()));
        QCOMPARE(v2->version, 2);
        const QJsonObject shown = currentPolicy(*fx.bob)->policy.toJson();
        auto again = Policy::fromJson(QJsonDocument(shown).toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), shown);
        QCOMPARE(shown.value(QStringLiteral("desk_hours")).toObject().value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(policyHistory(*fx.bob)->size(), 2);
        QCOMPARE(policyVersion(*fx.bob, 1)->policy.rules.size(), 2);
        auto audit = fx.admin->db().prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'policy.set'");
        QVERIFY(audit->step().value());
        QCOMPARE(audit->columnInt(0), 2);
    }

    void quorumByTiers()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.policy(kTwoTiers));
        // A preview says what a request would need and writes nothing.
        auto preview = previewWithdrawal(*fx.olga, WithdrawalInput{QStringLiteral("C1"), QStringLiteral("bitcoin:BTC"), QStringLiteral("2"), kDestBtc, {}});
        QVERIFY2(preview.ok(), qPrintable(preview.message()));
        QCOMPARE(preview->id, 0);
        QCOMPARE(preview->needs, 2);
        QCOMPARE(preview->status, QStringLiteral("pending"));
        QCOMPARE(previewWithdrawal(*fx.olga, WithdrawalInput{QStringLiteral("C1"), QStringLiteral("bitcoin:BTC"), QStringLiteral("11"), kDestBtc, {}})
                     .error().code, ErrorCode::Found);
        auto none = fx.admin->db().prepare("SELECT (SELECT COUNT(*) FROM withdrawals) + (SELECT COUNT(*) FROM audit_log WHERE action LIKE 'withdrawal.%')");
        QVERIFY(none->step().value());
        QCOMPARE(none->columnInt(0), 0);
        none->reset();
        auto small = fx.request(QStringLiteral("1.5"));
        QVERIFY2(small.ok(), qPrintable(small.message()));
        QCOMPARE(small->needs, 1);
        QCOMPARE(small->status, QStringLiteral("pending"));
        auto big = fx.request(QStringLiteral("2"));
        QVERIFY(big.ok());
        QCOMPARE(big->needs, 2);
        QCOMPARE(big->policyVersion, qint64(1));
        QCOMPARE(fx.approve(*fx.bob, small->id)->status, QStringLiteral("approved"));
        QCOMPARE(fx.approve(*fx.bob, big->id)->status, QStringLiteral("pending"));
        QCOMPARE(fx.approve(*fx.bob, big->id).error().code, ErrorCode::Found); // nobody approves twice
        auto done = fx.approve(*fx.cara, big->id);
        QCOMPARE(done->status, QStringLiteral("approved"));
        QCOMPARE(done->approvalsGiven(), 2);
        QCOMPARE(done->stillNeeded(), 0);
    }

    void eurTierViaLatestPrice()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.policy(R"({"rules": [{"client": "*", "asset": "*", "min_amount": "0", "approvals": 1},
                                        {"client": "*", "asset": "*", "min_amount": "100000", "approvals": 3}]})"));
        auto noPrice = fx.request(QStringLiteral("1"));
        QCOMPARE(noPrice.error().code, ErrorCode::Found); // cannot compare in EUR without a price
        QVERIFY(noPrice.message().contains(QStringLiteral("EUR price")));
        QVERIFY(ledger::importPrices(*fx.olga, fx.writeFile(QStringLiteral("p.csv"), "asset,date,currency,price\n"
                                                                                      "bitcoin:BTC,2026-01-01,EUR,10000\n"
                                                                                      "bitcoin:BTC,2026-01-02,EUR,50000\n")).ok());
        auto under = fx.request(QStringLiteral("1.99999999")); // 99,999.9995 EUR at the latest price
        QVERIFY2(under.ok(), qPrintable(under.message()));
        QCOMPARE(under->needs, 1);
        QCOMPARE(under->eurValue, QStringLiteral("99999.9995")); // exact: never rounded up into the next tier
        auto over = fx.request(QStringLiteral("2"));
        QVERIFY(over.ok());
        QCOMPARE(over->needs, 3);
    }

    void makerNeverApprovesOwnRequest()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.policy(R"({"rules": [{"approvals": 1, "role": "operator"}]})"));
        auto w = fx.request(QStringLiteral("1"));
        QVERIFY(w.ok());
        auto self = fx.approve(*fx.olga, w->id);
        QCOMPARE(self.error().code, ErrorCode::Denied);
        QVERIFY(self.message().contains(QStringLiteral("maker")));
        QCOMPARE(fx.approve(*fx.bob, w->id).error().code, ErrorCode::Denied); // an approver, but the rule names operators
        QCOMPARE(fx.approve(*fx.otto, w->id)->status, QStringLiteral("approved"));
    }

    void namedApproversOnly()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.policy(R"({"rules": [{"approvals": 1, "role": "approver", "approvers": ["cara"]}]})"));
        auto w = fx.request(QStringLiteral("1"));
        QCOMPARE(fx.approve(*fx.bob, w->id).error().code, ErrorCode::Denied);
        QCOMPARE(fx.approve(*fx.cara, w->id)->status, QStringLiteral("approved"));
    }

    void rejectedCannotBeApproved()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.policy(kTwoTiers));
        auto w = fx.request(QStringLiteral("3"));
        QCOMPARE(rejectWithdrawal(*fx.bob, w->id, QString(), fx.bob->signingSeed()).error().code, ErrorCode::BadInput); // reason needed
        auto r = rejectWithdrawal(*fx.bob, w->id, QStringLiteral("client called: not theirs"), fx.bob->signingSeed());
        QCOMPARE(r->status, QStringLiteral("rejected"));
        QCOMPARE(r->decisions.first().reason, QStringLiteral("client called: not theirs"));
        auto late = fx.approve(*fx.cara, w->id);
        QCOMPARE(late.error().code, ErrorCode::Found);
        QVERIFY(late.message().contains(QStringLiteral("rejected")));
        // A rejected request no longer holds the balance: 10 BTC are available again.
        QVERIFY(fx.request(QStringLiteral("10")).ok());
    }

    void signaturesAreOverTheCanonicalRequest()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        auto w = fx.request(QStringLiteral("0.5"));
        auto a = fx.approve(*fx.bob, w->id);
        QVERIFY(a.ok());
        const Decision &d = a->decisions.first();
        QCOMPARE(d.publicKey, fx.bob->user().publicKey);
        auto msg = decisionMessageFor(fx.bob->registerId(), *a, d);
        QVERIFY(msg.ok());
        QVERIFY(msg->startsWith("custos-withdrawal-decision-v1\nregister="));
        QVERIFY(msg->contains("\namount=50000000\n"));
        QVERIFY(msg->contains(("\nto=" + kDestBtc + "\n").toUtf8()));
        QVERIFY(msg->contains("\ndecision=approve\n"));
        QVERIFY(msg->endsWith("\nsigner=bob\n"));
        QVERIFY(crypto::ed25519Verify(d.publicKey, *msg, d.signature));
        QByteArray changed = *msg;
        changed.replace("amount=50000000", "amount=50000001");
        QVERIFY(!crypto::ed25519Verify(d.publicKey, changed, d.signature));
        DecisionFields bad;
        bad.signer = QStringLiteral("eve\nsigner=bob");
        QVERIFY(!decisionMessage(bad).ok());
    }

    void signingKeyMustBeTheUsersOwn()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        auto w = fx.request(QStringLiteral("1"));
        auto wrong = approveWithdrawal(*fx.bob, w->id, fx.cara->signingSeed());
        QCOMPARE(wrong.error().code, ErrorCode::Denied);
        QCOMPARE(fx.bob->unlockSigningKey("not-the-password").error().code, ErrorCode::CannotOpen);
        auto seed = fx.bob->unlockSigningKey(ApprovalsFixture::pw("bob"));
        QVERIFY(seed.ok());
        QCOMPARE(seed->view(), fx.bob->signingSeed().view());
        QCOMPARE(approveWithdrawal(*fx.bob, w->id, *seed)->status, QStringLiteral("approved"));
    }

    void expiryTurnsPendingIntoExpired()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        ClockGuard clock(QStringLiteral("2026-03-02T09:00:00Z"));
        QVERIFY(fx.policy(R"({"rules": [{"approvals": 1}], "expiry_hours": 2})"));
        auto w = fx.request(QStringLiteral("6"));
        QCOMPARE(w->expiresAt, QStringLiteral("2026-03-02T11:00:00Z"));
        advanceClockOverride(2 * 3600 - 1);
        QCOMPARE(findWithdrawal(*fx.bob, w->id)->status, QStringLiteral("pending"));
        QCOMPARE(fx.request(QStringLiteral("5")).error().code, ErrorCode::Found); // 6 of 10 still reserved
        advanceClockOverride(1);
        QCOMPARE(findWithdrawal(*fx.bob, w->id)->status, QStringLiteral("expired"));
        auto late = fx.approve(*fx.bob, w->id);
        QCOMPARE(late.error().code, ErrorCode::Found);
        QVERIFY(late.message().contains(QStringLiteral("expired")));
        auto st = fx.admin->db().prepare("SELECT status FROM withdrawals WHERE id = ?");
        st->bind(1, w->id);
        QVERIFY(st->step().value());
        QCOMPARE(st->columnText(0), QStringLiteral("expired")); // swept and stored
        QVERIFY(fx.request(QStringLiteral("5")).ok());           // the balance is free again
    }

    void bundleVerifiesAndEveryTamperIsCaught()
    {
        ApprovalsFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.policy(kTwoTiers));
        auto w = fx.request(QStringLiteral("3"));
        const QString out = fx.dir.filePath(QStringLiteral("bundle.json"));
        QCOMPARE(exportBundle(*fx.olga, w->id, out).error().code, ErrorCode::Found); // not approved yet
        QVERIFY(fx.approve(*fx.bob, w->id).ok());
        QVERIFY(fx.approve(*fx.cara, w->id).ok());
        QCOMPARE(exportBundle(*fx.bob, w->id, out).error().code, ErrorCode::Denied);
        auto bytes = exportBundle(*fx.otto, w->id, out);
        QVERIFY2(bytes.ok(), qPrintable(bytes.message()));
        auto keys = parseTrustedKeys(*trustedKeysDocument(*fx.admin), QStringLiteral("keys.json"));
        QVERIFY(keys.ok());

        const BundleCheck ok = verifyBundle(*bytes, &*keys);
        QVERIFY2(ok.valid, qPrintable(ok.failures.join(QLatin1Char('|'))));
        QCOMPARE(ok.approvals, 2);
        QCOMPARE(ok.amount, QStringLiteral("3"));
        QVERIFY(verifyBundle(*bytes).valid);

        const QJsonObject b = QJsonDocument::fromJson(*bytes).object();
        QJsonObject req = b.value(QStringLiteral("request")).toObject();
        auto withRequest = [&](const char *key, const QJsonValue &v) {
            QJsonObject r = req;
            r.insert(QLatin1String(key), v);
            QJsonObject t = b;
            t.insert(QStringLiteral("request"), r);
            return t;
        };
        auto expectInvalid = [&](const QByteArray &data, const char *mustName, const TrustedKeys *trusted = nullptr) {
            const BundleCheck c = verifyBundle(data, trusted);
            QVERIFY2(!c.valid, mustName);
            QVERIFY2(c.failures.join(QLatin1Char('|')).contains(QLatin1String(mustName)), qPrintable(c.failures.join(QLatin1Char('|'))));
        };
        // amount (both spellings changed consistently), destination
        QJsonObject amount = withRequest("amount", QStringLiteral("4"));
        QJsonObject amountReq = amount.value(QStringLiteral("request")).toObject();
        amountReq.insert(QStringLiteral("amount_base_units"), QStringLiteral("400000000"));
        amount.insert(QStringLiteral("request"), amountReq);
        expectInvalid(canonical(amount), "signature does not verify");
        expectInvalid(canonical(withRequest("to", kDestBtc2)), "signature does not verify");
        // a lowered quorum
        expectInvalid(canonical(withRequest("approvals_required", 1)), "signature does not verify");
        // a signature
        QJsonArray approvalsArr = b.value(QStringLiteral("approvals")).toArray();
        QJsonObject first = approvalsArr[0].toObject();
        QString sig = first.value(QStringLiteral("signature")).toString();
        sig[10] = sig[10] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        first.insert(QStringLiteral("signature"), sig);
        QJsonArray tampered = approvalsArr;
        tampered[0] = first;
        QJsonObject t = b;
        t.insert(QStringLiteral("approvals"), tampered);
        expectInvalid(canonical(t), "approval 1 (bob)");
        // an added approval (a copy of cara's under another name) and a removed one
        QJsonObject extra = approvalsArr[1].toObject();
        extra.insert(QStringLiteral("signer"), QStringLiteral("mallory"));
        QJsonArray added = approvalsArr;
        added.append(extra);
        t = b;
        t.insert(QStringLiteral("approvals"), added);
        expectInvalid(canonical(t), "approval 3 (mallory)");
        QJsonArray removed = approvalsArr;
        removed.removeAt(1);
        t = resignExporter(b, fx.otto->signingSeed());
        t.insert(QStringLiteral("approvals"), removed);
        expectInvalid(canonical(resignExporter(t, fx.otto->signingSeed())), "1 valid approvals of the 2 required");
        // a single changed byte anywhere, e.g. whitespace outside the signed fields
        QByteArray spaced = *bytes;
        spaced.insert(1, ' ');
        expectInvalid(spaced, "canonical form");
        expectInvalid(QByteArray(*bytes).replace("\"exported_at\":\"", "\"exported_at\":\"1"), "exporter's signature");

        // A full forgery: new keys for bob and cara sign the changed request, a new exporter key
        // signs the bundle. Self-consistent, so only pinned keys catch it.
        QJsonObject forged = withRequest("to", kDestBtc2);
        const QJsonObject fr = forged.value(QStringLiteral("request")).toObject();
        QJsonArray forgedApprovals;
        for (const QJsonValue &v : approvalsArr) {
            QJsonObject a = v.toObject();
            auto kp = crypto::generateEd25519();
            DecisionFields f{b.value(QStringLiteral("register")).toString(), qint64(fr.value(QStringLiteral("id")).toDouble()),
                             fr.value(QStringLiteral("client")).toString(), fr.value(QStringLiteral("asset")).toString(),
                             fr.value(QStringLiteral("amount_base_units")).toString(), fr.value(QStringLiteral("from")).toString(),
                             fr.value(QStringLiteral("to")).toString(), qint64(fr.value(QStringLiteral("policy_version")).toDouble()),
                             fr.value(QStringLiteral("approvals_required")).toInt(), fr.value(QStringLiteral("expires_at")).toString(),
                             QStringLiteral("approve"), a.value(QStringLiteral("signed_at")).toString(), a.value(QStringLiteral("signer")).toString()};
            a.insert(QStringLiteral("public_key"), QString::fromLatin1(kp->publicKey.toHex()));
            a.insert(QStringLiteral("signature"), QString::fromLatin1(crypto::ed25519Sign(kp->seed, *decisionMessage(f))->toHex()));
            forgedApprovals.append(a);
        }
        forged.insert(QStringLiteral("approvals"), forgedApprovals);
        auto attacker = crypto::generateEd25519();
        // The exporter's signed audit head must be the exporter's own: the forger signs one too.
        auto head = audit::signedHeadFromJson(forged.value(QStringLiteral("audit_head")).toObject(), QStringLiteral("the bundle"));
        QVERIFY2(head.ok(), qPrintable(head.message()));
        head->publicKey = attacker->publicKey;
        head->signature = *crypto::ed25519Sign(attacker->seed, audit::signedHeadMessage(*head));
        QJsonObject withOttosHead = forged;
        forged.insert(QStringLiteral("audit_head"), audit::signedHeadJson(*head));
        expectInvalid(canonical(resignExporter(withOttosHead, attacker->seed)), "audit head was not signed for this export");
        const QByteArray forgedBytes = canonical(resignExporter(forged, attacker->seed));
        QVERIFY(verifyBundle(forgedBytes).valid);
        expectInvalid(forgedBytes, "not the trusted key of user 'bob'", &*keys);

        // The export is audited with the file's digest.
        auto audit = fx.admin->db().prepare("SELECT payload FROM audit_log WHERE action = 'withdrawal.export'");
        QVERIFY(audit->step().value());
        QVERIFY(audit->columnText(0).contains(QString::fromLatin1(crypto::sha256(*bytes).toHex())));
    }

    void migrationFromVersion2KeepsData()
    {
        QTemporaryDir dir;
        auto key = crypto::randomSecret(32);
        auto db = reg::Database::open(dir.filePath(QStringLiteral("v2.custos")), *key, true);
        QVERIFY(db.ok());
        QVERIFY(reg::migrateTo(*db, 2).ok());
        QVERIFY(db->exec("INSERT INTO clients(code, name, created_at) VALUES ('C1', 'Anna', '2026-01-01T00:00:00Z');"
                         "INSERT INTO assets(code, chain, symbol, decimals, created_at) VALUES ('bitcoin:BTC', 'bitcoin', 'BTC', 8, '2026-01-01T00:00:00Z');"
                         "INSERT INTO movements(client_id, asset_id, amount, kind, occurred_at, recorded_at) VALUES (1, 1, '5', 'adjustment', "
                         "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');").ok());
        QVERIFY(!db->prepare("SELECT COUNT(*) FROM withdrawals").ok());
        QVERIFY(reg::migrateTo(*db, 3).ok());
        QCOMPARE(*db->userVersion(), 3);
        for (const char *table : {"policies", "withdrawals", "withdrawal_approvals", "whitelist", "whitelist_approvals", "freezes"}) {
            auto st = db->prepare((QByteArray("SELECT COUNT(*) FROM ") + table).constData());
            QVERIFY2(st.ok(), table);
            QVERIFY(st->step().value());
            QCOMPARE(st->columnInt(0), 0);
        }
        auto st = db->prepare("SELECT amount FROM movements WHERE client_id = 1");
        QVERIFY(st->step().value());
        QCOMPARE(st->columnText(0), QStringLiteral("5"));
        auto plan = db->prepare("EXPLAIN QUERY PLAN SELECT amount FROM withdrawals WHERE client_id = 1 AND asset_id = 1 AND status IN ('pending','approved')");
        QVERIFY(plan->step().value());
        QVERIFY(plan->columnText(3).contains(QStringLiteral("withdrawals_client_asset")));
    }
};

QTEST_GUILESS_MAIN(TestApprovals)
#include "TestApprovals.moc"
