// withdrawal request|approve|reject|screening|list|show|export|executed|check, verify-bundle, user keys.

#include "Cli.h"

#include "approvals/Bundle.h"
#include "approvals/Execution.h"
#include "approvals/Withdrawals.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace custos::cli {

namespace {

using namespace custos::approvals;

QJsonObject withdrawalJson(const Withdrawal &w)
{
    QJsonArray approvals;
    for (const Decision &d : w.decisions) {
        QJsonObject o{{QStringLiteral("signer"), d.signer}, {QStringLiteral("role"), d.signerRole}, {QStringLiteral("decision"), d.decision},
                      {QStringLiteral("signed_at"), d.signedAt}, {QStringLiteral("public_key"), QString::fromLatin1(d.publicKey.toHex())},
                      {QStringLiteral("signature"), QString::fromLatin1(d.signature.toHex())}};
        if (!d.reason.isEmpty())
            o.insert(QStringLiteral("reason"), d.reason);
        approvals.append(o);
    }
    QJsonObject screening = w.screeningResult;
    if (!w.complianceDecision.isEmpty())
        screening.insert(QStringLiteral("decision"), QJsonObject{{QStringLiteral("decision"), w.complianceDecision},
                                                                 {QStringLiteral("note"), w.complianceNote},
                                                                 {QStringLiteral("by"), w.complianceBy},
                                                                 {QStringLiteral("at"), w.complianceAt}});
    QJsonObject o{{QStringLiteral("id"), double(w.id)}, {QStringLiteral("client"), w.client}, {QStringLiteral("asset"), w.asset},
                  {QStringLiteral("amount"), w.amountText()}, {QStringLiteral("to"), w.destination}, {QStringLiteral("from"), w.source},
                  {QStringLiteral("status"), w.status}, {QStringLiteral("needs"), w.stillNeeded()},
                  {QStringLiteral("approvals_required"), w.needs}, {QStringLiteral("approver_role"), w.approverRole},
                  {QStringLiteral("approvals"), approvals}, {QStringLiteral("policy_version"), double(w.policyVersion)},
                  {QStringLiteral("policy"), w.policyResult}, {QStringLiteral("screening"), screening}, {QStringLiteral("maker"), w.maker},
                  {QStringLiteral("created_at"), w.createdAt}, {QStringLiteral("expires_at"), w.expiresAt}};
    const std::pair<const char *, QString> optional[] = {
        {"approvers_named", w.approversNamed.join(QLatin1Char(','))}, {"eur_value", w.eurValue}, {"not_before", w.notBefore},
        {"decided_at", w.decidedAt}, {"exported_at", w.exportedAt}, {"exported_by", w.exportedBy}, {"tx_hash", w.txHash},
        {"executed_at", w.executedAt}, {"executed_by", w.executedBy}};
    for (const auto &[k, v] : optional)
        if (!v.isEmpty())
            o.insert(QLatin1String(k), v);
    if (w.movementId)
        o.insert(QStringLiteral("movement"), double(*w.movementId));
    return o;
}

void printWithdrawal(Cli &cli, const Withdrawal &w)
{
    cli.print(QStringLiteral("withdrawal %1: %2 %3 of client %4, %5 -> %6").arg(w.id).arg(w.amountText(), w.asset, w.client, w.source, w.destination));
    cli.print(QStringLiteral("  status %1; %2 of %3 approvals (role %4%5); made by %6 at %7, expires %8")
                  .arg(w.status).arg(w.approvalsGiven()).arg(w.needs)
                  .arg(w.approverRole, w.approversNamed.isEmpty() ? QString() : QStringLiteral(": ") + w.approversNamed.join(QStringLiteral(", ")),
                       w.maker, w.createdAt, w.expiresAt));
    cli.print(QStringLiteral("  policy version %1:").arg(w.policyVersion));
    for (const QJsonValue &s : w.policyResult.value(QStringLiteral("steps")).toArray())
        cli.print(QStringLiteral("    - ") + s.toString());
    const QJsonArray hits = w.screeningResult.value(QStringLiteral("hits")).toArray();
    if (hits.isEmpty())
        cli.print(QStringLiteral("  screening: destination on no loaded list"));
    for (const QJsonValue &h : hits)
        cli.print(QStringLiteral("  screening HIT: list %1: %2").arg(h.toObject().value(QStringLiteral("list")).toString(),
                                                                   h.toObject().value(QStringLiteral("reason")).toString()));
    if (!w.complianceDecision.isEmpty())
        cli.print(QStringLiteral("  compliance decision: %1 by %2 at %3: %4").arg(w.complianceDecision, w.complianceBy, w.complianceAt, w.complianceNote));
    for (const Decision &d : w.decisions)
        cli.print(QStringLiteral("  %1 by %2 (%3) at %4%5").arg(d.decision, d.signer, d.signerRole, d.signedAt,
                                                               d.reason.isEmpty() ? QString() : QStringLiteral(": ") + d.reason));
    if (!w.txHash.isEmpty())
        cli.print(QStringLiteral("  executed by %1 at %2, tx %3").arg(w.executedBy, w.executedAt, w.txHash));
}

Result<qint64> idArg(Args &args, const char *what)
{
    bool ok = false;
    const QString text = args.positional();
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 needs a numeric ID").arg(QLatin1String(what)));
    return id;
}

int finish(Cli &cli, const Result<Withdrawal> &w, const char *done)
{
    if (!w.ok())
        return cli.fail(w.error());
    if (cli.g.json) {
        cli.printJson(withdrawalJson(*w));
        return 0;
    }
    cli.print(QStringLiteral("withdrawal %1 %2; it is %3").arg(w->id).arg(QLatin1String(done), w->status));
    if (w->status == QLatin1String("pending"))
        cli.print(QStringLiteral("%1 more approval(s) of role %2 needed").arg(w->stillNeeded()).arg(w->approverRole));
    return 0;
}

int request(Cli &cli, Args &args, reg::Register &r)
{
    WithdrawalInput in;
    in.client = args.value(QStringLiteral("client"));
    in.asset = args.value(QStringLiteral("asset"));
    in.amount = args.value(QStringLiteral("amount"));
    in.to = args.value(QStringLiteral("to"));
    in.from = args.value(QStringLiteral("from"));
    const bool dryRun = args.flag(QStringLiteral("dry-run"));
    if (in.client.isEmpty() || in.asset.isEmpty() || in.amount.isEmpty() || in.to.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("withdrawal request needs --client, --asset, --amount and --to")));
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto w = dryRun ? previewWithdrawal(r, in) : requestWithdrawal(r, in);
    if (!w.ok())
        return cli.fail(w.error());
    if (dryRun) {
        if (cli.g.json) {
            QJsonObject o = withdrawalJson(*w);
            o.insert(QStringLiteral("dry_run"), true);
            cli.printJson(o);
        } else {
            cli.print(QStringLiteral("dry run: nothing was recorded"));
            printWithdrawal(cli, *w);
        }
        return 0;
    }
    if (cli.g.json) {
        cli.printJson(QJsonObject{{QStringLiteral("id"), double(w->id)}, {QStringLiteral("status"), w->status}, {QStringLiteral("needs"), w->stillNeeded()}});
        return 0;
    }
    cli.print(QString::number(w->id));
    if (w->status == QLatin1String("blocked"))
        cli.print(QStringLiteral("blocked by screening: the destination is on a screening list; compliance must decide (withdrawal screening %1)").arg(w->id));
    else
        cli.print(QStringLiteral("pending: %1 approval(s) of role %2 needed%3").arg(w->stillNeeded()).arg(w->approverRole,
                      w->notBefore.isEmpty() ? QString() : QStringLiteral(", from %1 (outside desk hours)").arg(w->notBefore)));
    return 0;
}

int listCmd(Cli &cli, Args &args, reg::Register &r)
{
    WithdrawalFilter f;
    f.status = args.value(QStringLiteral("status"));
    f.client = args.value(QStringLiteral("client"));
    const bool inbox = args.flag(QStringLiteral("inbox"));
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    QJsonArray arr;
    auto add = [&](const Withdrawal &w) {
        arr.append(withdrawalJson(w));
        cli.print(QStringLiteral("%1\t%2\t%3\t%4 %5\t%6\t%7/%8").arg(w.id).arg(w.status, w.client, w.amountText(), w.asset, w.destination)
                      .arg(w.approvalsGiven()).arg(w.needs));
    };
    if (inbox) {
        auto list = approvalInbox(r);
        if (!list.ok())
            return cli.fail(list.error());
        for (const Withdrawal &w : *list)
            add(w);
    } else {
        while (true) {
            auto page = listWithdrawals(r, f);
            if (!page.ok())
                return cli.fail(page.error());
            if (page->isEmpty())
                break;
            for (const Withdrawal &w : *page)
                add(w);
            f.afterId = page->last().id;
        }
    }
    if (cli.g.json)
        cli.printJson(QJsonObject{{QStringLiteral("withdrawals"), arr}});
    return 0;
}

int findingsCmd(Cli &cli, Args &args, reg::Register &r)
{
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto f = withdrawalFindings(r);
    if (!f.ok())
        return cli.fail(f.error());
    QJsonArray arr;
    for (const WithdrawalFinding &x : *f) {
        arr.append(QJsonObject{{QStringLiteral("withdrawal"), double(x.withdrawalId)}, {QStringLiteral("rule"), x.rule}, {QStringLiteral("detail"), x.detail}});
        cli.print(QStringLiteral("%1\t%2\t%3").arg(x.withdrawalId).arg(x.rule, x.detail));
    }
    if (cli.g.json)
        cli.printJson(QJsonObject{{QStringLiteral("findings"), arr}});
    else if (f->isEmpty())
        cli.print(QStringLiteral("every executed withdrawal matches its approved request and carries its required approvals"));
    return f->isEmpty() ? 0 : 1;
}

} // namespace

int runWithdrawalCommand(Cli &cli, Args &args)
{
    const QString sub = args.positional();
    static const QStringList known = {QStringLiteral("request"), QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("screening"),
                                      QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("export"), QStringLiteral("executed"),
                                      QStringLiteral("check")};
    if (!known.contains(sub))
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("withdrawal needs one of: %1").arg(known.join(QStringLiteral(", ")))));
    if (sub == QLatin1String("request") || sub == QLatin1String("list") || sub == QLatin1String("check")) {
        auto r = cli.open();
        if (!r.ok())
            return cli.fail(r.error());
        if (sub == QLatin1String("request"))
            return request(cli, args, **r);
        if (sub == QLatin1String("list"))
            return listCmd(cli, args, **r);
        return findingsCmd(cli, args, **r);
    }
    const QString reason = args.value(QStringLiteral("reason")), note = args.value(QStringLiteral("note")),
                  decision = args.value(QStringLiteral("decision")), out = args.value(QStringLiteral("out")),
                  tx = args.value(QStringLiteral("tx")), block = args.value(QStringLiteral("block"));
    auto id = idArg(args, qPrintable(QStringLiteral("withdrawal ") + sub));
    if (!id.ok())
        return cli.fail(id.error());
    if (sub == QLatin1String("reject") && reason.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("withdrawal reject needs --reason TEXT")));
    if (sub == QLatin1String("screening") && (decision.isEmpty() || note.isEmpty()))
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("withdrawal screening needs --decision release|reject and --note TEXT")));
    if (sub == QLatin1String("export") && out.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("withdrawal export needs --out FILE")));
    if (sub == QLatin1String("executed") && tx.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("withdrawal executed needs --tx HASH")));
    std::optional<qint64> height;
    if (!block.isEmpty()) {
        bool ok = false;
        height = block.toLongLong(&ok);
        if (!ok || *height < 0)
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("--block must be a block height")));
    }
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto opened = cli.open();
    if (!opened.ok())
        return cli.fail(opened.error());
    reg::Register &r = **opened;
    if (sub == QLatin1String("approve"))
        return finish(cli, approveWithdrawal(r, *id, r.signingSeed()), "approved (signed)");
    if (sub == QLatin1String("reject"))
        return finish(cli, rejectWithdrawal(r, *id, reason, r.signingSeed()), "rejected (signed)");
    if (sub == QLatin1String("screening"))
        return finish(cli, recordScreeningDecision(r, *id, decision, note), "screening decision recorded");
    if (sub == QLatin1String("executed"))
        return finish(cli, markExecuted(r, *id, tx, height), "execution and its movement recorded");
    if (sub == QLatin1String("show")) {
        auto w = findWithdrawal(r, *id);
        if (!w.ok())
            return cli.fail(w.error());
        cli.g.json ? cli.printJson(withdrawalJson(*w)) : printWithdrawal(cli, *w);
        return 0;
    }
    auto bytes = exportBundle(r, *id, out);
    if (!bytes.ok())
        return cli.fail(bytes.error());
    if (cli.g.json)
        cli.printJson(QJsonObject{{QStringLiteral("id"), double(*id)}, {QStringLiteral("bundle"), out}});
    else
        cli.print(QStringLiteral("instruction bundle for withdrawal %1 written to %2").arg(*id).arg(out));
    return 0;
}

int runVerifyBundleCommand(Cli &cli, Args &args)
{
    const QString keysPath = args.value(QStringLiteral("trusted-keys"));
    const QString path = args.positional();
    if (path.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("verify-bundle needs a FILE")));
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("cannot read %1: %2").arg(path, f.errorString())));
    const QByteArray bytes = f.readAll();
    std::optional<TrustedKeys> trusted;
    if (!keysPath.isEmpty()) {
        QFile k(keysPath);
        if (!k.open(QIODevice::ReadOnly))
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("cannot read %1: %2").arg(keysPath, k.errorString())));
        auto t = parseTrustedKeys(k.readAll(), keysPath);
        if (!t.ok())
            return cli.fail(t.error());
        trusted = *t;
    }
    const BundleCheck c = verifyBundle(bytes, trusted ? &*trusted : nullptr);
    if (cli.g.json) {
        cli.printJson(QJsonObject{{QStringLiteral("status"), c.valid ? QStringLiteral("valid") : QStringLiteral("invalid")},
                                  {QStringLiteral("request"), double(c.requestId)}, {QStringLiteral("client"), c.client},
                                  {QStringLiteral("asset"), c.asset}, {QStringLiteral("amount"), c.amount}, {QStringLiteral("to"), c.to},
                                  {QStringLiteral("approvals"), c.approvals}, {QStringLiteral("required"), c.required},
                                  {QStringLiteral("failures"), QJsonArray::fromStringList(c.failures)},
                                  {QStringLiteral("checks"), QJsonArray::fromStringList(c.checks)},
                                  {QStringLiteral("audit_head"), c.headSeq < 0 ? QJsonValue()
                                                                               : QJsonObject{{QStringLiteral("seq"), double(c.headSeq)},
                                                                                             {QStringLiteral("hash"), c.headHash},
                                                                                             {QStringLiteral("signed_at"), c.headSignedAt}}}});
    } else if (c.valid) {
        cli.print(QStringLiteral("bundle valid: withdrawal %1, %2 %3 of client %4 to %5, %6 of %7 approvals")
                      .arg(c.requestId).arg(c.amount, c.asset, c.client, c.to).arg(c.approvals).arg(c.required));
        for (const QString &s : c.checks)
            cli.print(QStringLiteral("  ok: ") + s);
    } else {
        cli.print(QStringLiteral("bundle INVALID: %1").arg(path));
        for (const QString &s : c.failures)
            cli.print(QStringLiteral("  failed: ") + s);
    }
    return c.valid ? 0 : 1;
}

int runUserKeysCommand(Cli &cli, Args &args)
{
    auto out = args.required(QStringLiteral("out"));
    if (!out.ok())
        return cli.fail(out.error());
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    auto doc = trustedKeysDocument(**r);
    if (!doc.ok())
        return cli.fail(doc.error());
    QSaveFile f(*out);
    if (!f.open(QIODevice::WriteOnly) || f.write(*doc) != doc->size() || !f.commit())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("cannot write %1: %2").arg(*out, f.errorString())));
    if (cli.g.json)
        cli.printJson(QJsonObject{{QStringLiteral("keys"), *out}});
    else
        cli.print(QStringLiteral("public keys and roles of every user written to %1 (pin them with verify-bundle --trusted-keys)").arg(*out));
    return 0;
}

} // namespace custos::cli
