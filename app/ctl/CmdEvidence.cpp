// evidence and verify-evidence: the auditor's evidence pack.

#include "Cli.h"

#include "evidence/Evidence.h"

#include <QJsonArray>

namespace custos::cli {

int runEvidenceCommand(Cli &cli, Args &args)
{
    auto out = args.required(QStringLiteral("out"));
    const QString asOf = args.value(QStringLiteral("as-of"));
    if (!out.ok())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("evidence needs --out DIR (a new or empty folder)")));
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    auto pack = evidence::writeEvidence(**r, *out, asOf, [&](const QString &stage, qint64 d, qint64 t) { cli.progress(stage, d, t); });
    cli.endProgress();
    if (!pack.ok())
        return cli.fail(pack.error());
    if (cli.g.json) {
        cli.printJson(QJsonObject{{QStringLiteral("dir"), pack->dir},
                                  {QStringLiteral("zip"), pack->zip},
                                  {QStringLiteral("files"), QJsonArray::fromStringList(pack->files)},
                                  {QStringLiteral("findings"), double(pack->findings)},
                                  {QStringLiteral("audit_head"), pack->auditHead},
                                  {QStringLiteral("public_key"), pack->publicKey}});
    } else {
        cli.print(QStringLiteral("evidence: %1 (%2 files and manifest.json)").arg(pack->dir).arg(pack->files.size()));
        cli.print(QStringLiteral("zip: %1").arg(pack->zip));
        cli.print(QStringLiteral("findings: %1").arg(pack->findings));
        cli.print(QStringLiteral("audit head: %1").arg(pack->auditHead));
        cli.print(QStringLiteral("signed by key: %1").arg(pack->publicKey));
    }
    return 0;
}

int runVerifyEvidenceCommand(Cli &cli, Args &args)
{
    const QString trusted = args.value(QStringLiteral("trusted-key"));
    const QString dir = args.positional();
    if (dir.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("verify-evidence needs the evidence pack's folder")));
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto res = evidence::verifyEvidence(dir, trusted);
    if (!res.ok())
        return cli.fail(res.error());
    if (cli.g.json) {
        cli.printJson(QJsonObject{{QStringLiteral("status"), res->valid ? QStringLiteral("valid") : QStringLiteral("invalid")},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(res->problems)},
                                  {QStringLiteral("files"), double(res->files)},
                                  {QStringLiteral("public_key"), res->publicKey},
                                  {QStringLiteral("produced_by"), res->producedBy},
                                  {QStringLiteral("produced_at"), res->producedAt},
                                  {QStringLiteral("register_id"), res->registerId},
                                  {QStringLiteral("audit_head_seq"), res->auditHeadSeq < 0 ? QJsonValue() : QJsonValue(double(res->auditHeadSeq))}});
    } else {
        for (const QString &p : std::as_const(res->problems))
            cli.print(QStringLiteral("invalid: %1").arg(p));
        if (res->valid)
            cli.print(QStringLiteral("valid: %1 files, signed by %2 (key %3) at %4").arg(res->files).arg(res->producedBy, res->publicKey, res->producedAt));
    }
    return res->valid ? 0 : 1;
}

} // namespace custos::cli
