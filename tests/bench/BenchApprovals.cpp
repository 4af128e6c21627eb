// custos_bench_approvals: the withdrawal approval path's speed, and the target that signing and
// verifying is never the bottleneck.
//   1. policy evaluation: evaluatePolicy for N requests (default 100,000) against a policy with
//      client and EUR tiers, two velocity limits and desk hours in Europe/Berlin
//   2. requests through the register: requestWithdrawal end to end (role, freeze, balance,
//      whitelist, policy, screening, insert, audit) for a smaller number (default 1,000)
//   3. approval verification: verifyDecision (canonical message + Ed25519 verify from the raw
//      public key) for N approvals, against bare OpenSSL EVP_DigestVerify on the same signatures
//      in the same run, (a) importing the raw public key per signature as verifyDecision does and
//      (b) with the public keys imported once; target: verifyDecision >= 0.8 of bare (a).
// A benchmark program, not a test: run it by hand on a Release build.

#include "BenchUtil.h"

#include "approvals/Policy.h"
#include "approvals/PolicyEval.h"
#include "approvals/Withdrawals.h"
#include "crypto/Kdf.h"
#include "crypto/Signer.h"
#include "ledger/Import.h"
#include "ledger/Reference.h"
#include "register/Register.h"
#include "util/Time.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <openssl/evp.h>

#include <cstdio>
#include <memory>
#include <random>

using namespace custos;
using namespace custos::bench;
using namespace custos::approvals;

namespace {

struct Options {
    int evaluations = 100'000;
    int approvals = 100'000;
    int registerRequests = 1'000;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Measures Custos withdrawal approvals: policy evaluation and signature verification."));
    p.addHelpOption();
    const QCommandLineOption evals(QStringLiteral("evaluations"), QStringLiteral("Policy evaluations (default 100000)."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption approvals(QStringLiteral("approvals"), QStringLiteral("Approvals to verify (default 100000)."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption requests(QStringLiteral("register-requests"), QStringLiteral("Requests made through a register (default 1000)."),
                                      QStringLiteral("N"), QStringLiteral("1000"));
    p.addOptions({evals, approvals, requests});
    p.process(app);
    Options o;
    bool a = false, b = false, c = false;
    o.evaluations = p.value(evals).toInt(&a);
    o.approvals = p.value(approvals).toInt(&b);
    o.registerRequests = p.value(requests).toInt(&c);
    if (!a || !b || !c || o.evaluations < 1 || o.approvals < 1 || o.registerRequests < 0)
        fail(QStringLiteral("options"), QStringLiteral("--evaluations and --approvals must be at least 1, --register-requests at least 0"));
    return o;
}

const QByteArray kPolicy = R"({
  "rules": [{"client": "*", "asset": "*", "min_amount": "0", "approvals": 1, "role": "approver"},
            {"client": "*", "asset": "*", "min_amount": "100000", "approvals": 2, "role": "approver"},
            {"client": "*", "asset": "*", "min_amount": "1000000", "approvals": 3, "role": "approver"},
            {"client": "*", "asset": "bitcoin:BTC", "min_amount": "5", "approvals": 2, "role": "approver"},
            {"client": "C7", "asset": "*", "min_amount": "0", "approvals": 2, "role": "approver"}],
  "velocity": [{"client": "*", "asset": "bitcoin:BTC", "window_hours": 24, "limit": "50", "over": "higher-tier"},
               {"client": "*", "asset": "*", "window_hours": 24, "limit": "2000000", "over": "refuse"}],
  "whitelist": {"required": false, "cooling_off_hours": 24, "admin_approvals": 1},
  "desk_hours": {"from": "08:00", "to": "18:00", "time_zone": "Europe/Berlin", "outside": "extra-approver"},
  "expiry_hours": 24})";

void benchPolicy(const Options &o, Figures &fig)
{
    const Policy policy = need(Policy::fromJson(kPolicy), "policy");
    struct AssetInfo {
        QString code;
        int decimals;
        Decimal price;
    };
    const AssetInfo assets[] = {{QStringLiteral("bitcoin:BTC"), 8, need(Decimal::parse(QStringLiteral("61234.56")), "price")},
                                {QStringLiteral("ethereum:ETH"), 18, need(Decimal::parse(QStringLiteral("2456.78")), "price")},
                                {QStringLiteral("ethereum:USDC"), 6, need(Decimal::parse(QStringLiteral("0.92")), "price")}};
    std::mt19937_64 rng(42);
    std::vector<RequestFacts> facts;
    std::vector<WindowTotals> windows;
    facts.reserve(size_t(o.evaluations));
    windows.reserve(size_t(o.evaluations));
    const QDateTime start = fromIsoUtc(QStringLiteral("2026-03-02T00:00:00Z"));
    for (int i = 0; i < o.evaluations; ++i) {
        const AssetInfo &a = assets[rng() % 3];
        const int128 scale = [&] { int128 s = 1; for (int k = 0; k < a.decimals; ++k) s *= 10; return s; }();
        const Amount amount = Amount::fromBaseUnits(int128(rng() % 200'000 + 1) * scale / 1000);
        RequestFacts f{QStringLiteral("C%1").arg(rng() % 100'000), a.code, a.decimals, amount, {}, start.addSecs(qint64(rng() % (7 * 86400)))};
        f.eurValue = need(Decimal::multiply(amount, a.decimals, a.price, qMin(38, a.decimals + a.price.scale())), "eur");
        facts.push_back(std::move(f));
        windows.push_back(WindowTotals{Amount::fromBaseUnits(int128(rng() % 60) * scale), need(Decimal::parse(QString::number(rng() % 1'500'000)), "eur")});
    }
    note(QStringLiteral("evaluating %1 requests").arg(o.evaluations));
    int refused = 0;
    qint64 needsSum = 0;
    Stopwatch sw;
    for (size_t i = 0; i < facts.size(); ++i) {
        const WindowTotals &w = windows[i];
        const Evaluation e = evaluatePolicy(policy, facts[i], [&](int) -> Result<WindowTotals> { return w; });
        refused += e.refused;
        needsSum += e.needs;
    }
    const double s = sw.seconds();
    fig.add(QStringLiteral("policy evaluations"), qint64(facts.size()));
    fig.add(QStringLiteral("policy evaluation time (s)"), s, 3);
    fig.add(QStringLiteral("policy evaluations per second"), double(facts.size()) / s, 0);
    fig.add(QStringLiteral("  refused / mean approvals needed"), QStringLiteral("%1 / %2").arg(refused).arg(double(needsSum) / double(facts.size()), 0, 'f', 2));
}

void benchRegisterRequests(const Options &o, Figures &fig)
{
    if (o.registerRequests == 0)
        return;
    QTemporaryDir dir;
    crypto::KdfParams kdf;
    kdf.iterations = 1;
    kdf.memoryKiB = 8192;
    kdf.parallelism = 1;
    auto created = need(reg::Register::create(dir.filePath(QStringLiteral("b.custos")), QStringLiteral("admin"), "admin-password", kdf), "create");
    reg::Register &admin = *created.reg;
    need(admin.addUser(QStringLiteral("op"), reg::Role::Operator, "op-password-1"), "user");
    need(ledger::addAsset(admin, {QStringLiteral("bitcoin"), QStringLiteral("BTC"), 8, {}}), "asset");
    need(ledger::addKeySet(admin, QStringLiteral("vault"), QStringLiteral("client"), {}), "keyset");
    need(ledger::addClient(admin, {QStringLiteral("C1"), QStringLiteral("Bench client"), {}, QStringLiteral("en")}), "client");
    need(ledger::addClient(admin, {QStringLiteral("C7"), QStringLiteral("Client with its own tier"), {}, QStringLiteral("en")}), "client");
    const QString addr = QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
    need(ledger::addAddress(admin, {QStringLiteral("bitcoin"), addr, QStringLiteral("client:C1"), QStringLiteral("vault"), {}}), "address");
    need(setPolicy(admin, kPolicy), "policy");
    auto op = need(reg::Register::open(dir.filePath(QStringLiteral("b.custos")), QStringLiteral("op"), "op-password-1"), "open");
    QFile csv(dir.filePath(QStringLiteral("m.csv")));
    if (!csv.open(QIODevice::WriteOnly))
        fail(QStringLiteral("csv"), csv.errorString());
    csv.write("client,asset,amount,kind,occurred_at,chain,address,tx_hash,block_height\nC1,bitcoin:BTC,100000,deposit,2026-01-01T00:00:00Z,bitcoin,"
              + addr.toLatin1() + "," + QByteArray(64, 'a') + ",1\n");
    csv.close();
    need(ledger::importMovements(*op, csv.fileName()), "deposit");
    QFile prices(dir.filePath(QStringLiteral("p.csv")));
    if (!prices.open(QIODevice::WriteOnly))
        fail(QStringLiteral("csv"), prices.errorString());
    prices.write("asset,date,currency,price\nbitcoin:BTC,2026-01-01,EUR,61234.56\n");
    prices.close();
    need(ledger::importPrices(*op, prices.fileName()), "prices");
    note(QStringLiteral("making %1 requests through the register").arg(o.registerRequests));
    Stopwatch sw;
    for (int i = 0; i < o.registerRequests; ++i)
        need(requestWithdrawal(*op, WithdrawalInput{QStringLiteral("C1"), QStringLiteral("bitcoin:BTC"), QStringLiteral("0.001"),
                                                    QStringLiteral("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"), {}}), "request");
    const double s = sw.seconds();
    fig.add(QStringLiteral("requests through the register"), qint64(o.registerRequests));
    fig.add(QStringLiteral("requests per second (one transaction each)"), double(o.registerRequests) / s, 0);
}

struct Signed {
    Withdrawal w;
    Decision d;
    QByteArray message;
};

bool bareVerify(EVP_PKEY *key, const QByteArray &sig, const QByteArray &msg)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestVerifyInit_ex(ctx, nullptr, nullptr, nullptr, nullptr, key, nullptr) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
                            reinterpret_cast<const unsigned char *>(msg.constData()), size_t(msg.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

EVP_PKEY *importKey(const QByteArray &pub)
{
    return EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr, reinterpret_cast<const unsigned char *>(pub.constData()), size_t(pub.size()));
}

void benchVerify(const Options &o, Figures &fig)
{
    const QString registerId = QStringLiteral("5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f");
    std::vector<crypto::Ed25519KeyPair> signers;
    for (int i = 0; i < 8; ++i)
        signers.push_back(need(crypto::generateEd25519(), "key"));
    note(QStringLiteral("signing %1 approvals").arg(o.approvals));
    std::vector<Signed> all;
    all.reserve(size_t(o.approvals));
    for (int i = 0; i < o.approvals; ++i) {
        const crypto::Ed25519KeyPair &k = signers[size_t(i) % signers.size()];
        Withdrawal w;
        w.id = i + 1;
        w.client = QStringLiteral("C%1").arg(i % 100'000);
        w.asset = QStringLiteral("bitcoin:BTC");
        w.amount = Amount::fromBaseUnits(int128(1'000'000) + i);
        w.source = QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        w.destination = QStringLiteral("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2");
        w.policyVersion = 3;
        w.needs = 2;
        w.expiresAt = QStringLiteral("2026-03-03T09:00:00Z");
        Decision d{QStringLiteral("approver%1").arg(size_t(i) % signers.size()), QStringLiteral("approver"), k.publicKey,
                   QStringLiteral("approve"), {}, QStringLiteral("2026-03-02T10:00:00Z"), {}};
        const QByteArray msg = need(decisionMessageFor(registerId, w, d), "message");
        d.signature = need(crypto::ed25519Sign(k.seed, msg), "sign");
        all.push_back(Signed{std::move(w), std::move(d), msg});
    }

    // Interleave the three measurements in rounds so machine noise hits them alike.
    const int rounds = 5;
    const size_t per = all.size() / rounds;
    double oursMs = 0, bareMs = 0, cachedMs = 0;
    qint64 oursOk = 0, bareOk = 0, cachedOk = 0;
    std::vector<EVP_PKEY *> cached;
    for (const auto &k : signers)
        cached.push_back(importKey(k.publicKey));
    note(QStringLiteral("verifying %1 approvals three ways").arg(o.approvals));
    for (int r = 0; r < rounds; ++r) {
        const size_t from = size_t(r) * per, to = r == rounds - 1 ? all.size() : from + per;
        Stopwatch a;
        for (size_t i = from; i < to; ++i)
            oursOk += verifyDecision(registerId, all[i].w, all[i].d);
        oursMs += a.ms();
        Stopwatch b;
        for (size_t i = from; i < to; ++i) {
            EVP_PKEY *key = importKey(all[i].d.publicKey);
            bareOk += key && bareVerify(key, all[i].d.signature, all[i].message);
            EVP_PKEY_free(key);
        }
        bareMs += b.ms();
        Stopwatch c;
        for (size_t i = from; i < to; ++i)
            cachedOk += bareVerify(cached[i % cached.size()], all[i].d.signature, all[i].message);
        cachedMs += c.ms();
    }
    for (EVP_PKEY *k : cached)
        EVP_PKEY_free(k);
    if (oursOk != qint64(all.size()) || bareOk != qint64(all.size()) || cachedOk != qint64(all.size()))
        fail(QStringLiteral("verify"), QStringLiteral("not every signature verified (%1, %2, %3 of %4)").arg(oursOk).arg(bareOk).arg(cachedOk).arg(all.size()));
    // A changed amount must fail, so the loop above measured real verification.
    Withdrawal changed = all.front().w;
    changed.amount = Amount::fromBaseUnits(changed.amount.baseUnits() + 1);
    if (verifyDecision(registerId, changed, all.front().d))
        fail(QStringLiteral("verify"), QStringLiteral("a changed amount verified"));

    const double n = double(all.size());
    fig.add(QStringLiteral("approvals verified"), qint64(all.size()));
    fig.add(QStringLiteral("verifyDecision per second"), n / (oursMs / 1000), 0);
    fig.add(QStringLiteral("bare EVP_DigestVerify per second (key imported per signature)"), n / (bareMs / 1000), 0);
    fig.add(QStringLiteral("bare EVP_DigestVerify per second (keys imported once)"), n / (cachedMs / 1000), 0);
    fig.add(QStringLiteral("ratio verifyDecision / bare (key per signature), target >= 0.8"), bareMs / oursMs, 3);
    fig.add(QStringLiteral("ratio verifyDecision / bare (keys once)"), cachedMs / oursMs, 3);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parseOptions(app);
    Figures fig;
    fig.add(QStringLiteral("cpu"), cpuDescription());
    benchPolicy(o, fig);
    benchRegisterRequests(o, fig);
    benchVerify(o, fig);
    fig.print();
    return 0;
}
