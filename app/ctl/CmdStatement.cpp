// statement: client position statements (PDF/A + JSON twin) and their verification.

#include "Cli.h"

#include "statements/Statements.h"

#include <QJsonArray>
#include <QTextStream>

#include <unistd.h>

namespace custos::cli {

namespace {

int verify(Cli &cli, Args &args)
{
    const QString file = args.positional();
    if (file.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("statement verify needs the PDF file: statement verify FILE.pdf")));
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    auto v = statements::verifyStatement(**r, file);
    if (!v.ok())
        return cli.fail(v.error());
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    if (cli.g.json)
        cli.printJson(QJsonObject{{QStringLiteral("status"), v->valid ? QStringLiteral("valid") : QStringLiteral("invalid")},
                                  {QStringLiteral("client"), orNull(v->client)},
                                  {QStringLiteral("period"), orNull(v->period)},
                                  {QStringLiteral("document_id"), orNull(v->documentId)},
                                  {QStringLiteral("reason"), orNull(v->reason)},
                                  {QStringLiteral("audit_entry"), v->auditEntry > 0 ? QJsonValue(double(v->auditEntry)) : QJsonValue()}});
    if (v->valid) {
        cli.print(QStringLiteral("valid: statement %1 for client %2, %3, unchanged").arg(v->documentId, v->client, v->period));
        return 0;
    }
    cli.print(QStringLiteral("invalid: %1").arg(v->reason));
    return 1;
}

QJsonArray problems(const QList<statements::NotProduced> &list)
{
    QJsonArray out;
    for (const statements::NotProduced &p : list)
        out.append(QJsonObject{{QStringLiteral("client"), p.client}, {QStringLiteral("reason"), p.reason}});
    return out;
}

} // namespace

int runStatementCommand(Cli &cli, Args &args)
{
    statements::Request req;
    req.client = args.value(QStringLiteral("client"));
    req.all = args.flag(QStringLiteral("all"));
    req.onRequest = args.flag(QStringLiteral("on-request"));
    req.outDir = args.value(QStringLiteral("out"));
    req.language = args.value(QStringLiteral("lang"));
    const QString quarter = args.value(QStringLiteral("quarter")), from = args.value(QStringLiteral("from")),
                  to = args.value(QStringLiteral("to")), threads = args.value(QStringLiteral("threads"));
    const QString sub = args.positional();
    if (sub == QLatin1String("verify")) {
        if (!req.client.isEmpty() || req.all || !req.outDir.isEmpty() || !quarter.isEmpty() || !from.isEmpty())
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("statement verify takes only the PDF file")));
        return verify(cli, args);
    }
    if (!sub.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("unexpected argument '%1' (statement verify FILE.pdf, or statement "
                                                                      "--client ID|--all ...)")
                                                           .arg(sub)));
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    if (req.all == !req.client.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("statement needs --client ID or --all (not both)")));
    if (!quarter.isEmpty() == (!from.isEmpty() || !to.isEmpty()))
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("statement needs --quarter YYYYQn, or --from DATE --to DATE for a "
                                                                      "statement on request")));
    if (req.outDir.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("statement needs --out DIR")));
    if (!threads.isEmpty()) {
        bool ok = false;
        req.threads = threads.toInt(&ok);
        if (!ok || req.threads < 1)
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("--threads must be a whole number of at least 1")));
    }
    if (!quarter.isEmpty()) {
        auto p = statements::quarter(quarter);
        if (!p.ok())
            return cli.fail(p.error());
        req.period = *p;
    } else {
        if (from.isEmpty() || to.isEmpty())
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("a statement on request needs both --from DATE and --to DATE")));
        auto p = statements::dateRange(from, to);
        if (!p.ok())
            return cli.fail(p.error());
        req.period = *p;
    }
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    const bool terminal = isatty(STDERR_FILENO);
    auto result = statements::produceStatements(**r, req, [&](const statements::BatchProgress &p) {
        if (terminal)
            cli.progress(QStringLiteral("statements %1/%2").arg(p.done).arg(p.total), p.done, p.total);
    });
    cli.endProgress();
    if (!result.ok())
        return cli.fail(result.error());

    QJsonArray produced;
    for (const statements::Produced &p : result->produced) {
        produced.append(QJsonObject{{QStringLiteral("client"), p.client},
                                    {QStringLiteral("pdf"), p.pdfPath},
                                    {QStringLiteral("json"), p.jsonPath},
                                    {QStringLiteral("document_id"), p.documentId},
                                    {QStringLiteral("sha256"), p.pdfSha256},
                                    {QStringLiteral("content_sha256"), p.contentSha256},
                                    {QStringLiteral("language"), p.language},
                                    {QStringLiteral("pages"), p.pages},
                                    {QStringLiteral("total_value"), p.totalValue}});
        cli.print(QStringLiteral("produced %1: %2 (document %3, %4 page(s), total %5 EUR)")
                      .arg(p.client, p.pdfPath, p.documentId)
                      .arg(p.pages)
                      .arg(p.totalValue));
    }
    for (const statements::NotProduced &s : result->skipped)
        cli.print(QStringLiteral("skipped %1: %2").arg(s.client, s.reason));
    for (const statements::NotProduced &f : result->failed)
        cli.print(QStringLiteral("FAILED %1: %2").arg(f.client, f.reason));
    cli.print(QStringLiteral("%1: %2 produced, %3 skipped, %4 failed")
                  .arg(result->period)
                  .arg(result->produced.size())
                  .arg(result->skipped.size())
                  .arg(result->failed.size()));
    if (cli.g.json)
        cli.printJson(QJsonObject{{QStringLiteral("period"), result->period},
                                  {QStringLiteral("produced"), produced},
                                  {QStringLiteral("skipped"), problems(result->skipped)},
                                  {QStringLiteral("failed"), problems(result->failed)}});
    if (result->failed.isEmpty())
        return 0;
    QStringList names;
    for (const statements::NotProduced &f : result->failed)
        names << f.client;
    const Error first =
        makeError(result->failed.first().code, QStringLiteral("no statement for %1 of %2 client(s): %3 (first: %4)")
                                                   .arg(result->failed.size())
                                                   .arg(result->failed.size() + result->produced.size() + result->skipped.size())
                                                   .arg(names.join(QStringLiteral(", ")), result->failed.first().reason));
    return cli.fail(first);
}

} // namespace custos::cli
