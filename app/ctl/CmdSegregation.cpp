// segregation-check and segregation-limit: the three-layer verifier from the command line.

#include "Cli.h"

#include "segregation/Segregation.h"

namespace custos::cli {

int runSegregationCheckCommand(Cli &cli, Args &args)
{
    const QString asOf = args.value(QStringLiteral("as-of"));
    if (args.flag(QStringLiteral("json")))
        cli.g.json = true;
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    auto report = segregation::runCheck(**r, asOf, [&](const QString &stage, qint64 d, qint64 t) { cli.progress(stage, d, t); });
    cli.endProgress();
    if (!report.ok())
        return cli.fail(report.error());
    if (cli.g.json) {
        cli.printJson(segregation::reportJson(*report));
    } else {
        for (const segregation::LayerSummary &l : report->layers())
            cli.print(QStringLiteral("%1\t%2\t%3 findings from %4 of %5 rules")
                          .arg(segregation::layerName(l.layer), l.findings == 0 ? QStringLiteral("clean") : QStringLiteral("FINDINGS"))
                          .arg(l.findings)
                          .arg(l.rulesWithFindings)
                          .arg(l.rules));
        for (const segregation::Finding &f : report->findings)
            cli.print(QStringLiteral("%1\t%2\t%3\t%4").arg(segregation::layerName(f.layer), f.rule, f.subject, f.detail));
        cli.print(report->clean() ? QStringLiteral("segregation: clean (%1 movements, %2 addresses, audit head %3)")
                                        .arg(report->movements)
                                        .arg(report->addresses)
                                        .arg(report->audit.head)
                                  : QStringLiteral("segregation: %1 findings").arg(report->findings.size()));
    }
    return report->clean() ? 0 : 1;
}

int runSegregationLimitCommand(Cli &cli, Args &args)
{
    const QString hours = args.positional();
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    if (!hours.isEmpty()) {
        bool ok = false;
        const qint64 h = hours.toLongLong(&ok);
        if (!ok)
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("segregation-limit takes a whole number of hours (got '%1')").arg(hours)));
        if (auto s = segregation::setRecordingLimitHours(**r, h); !s.ok())
            return cli.fail(s.error());
    }
    auto limit = segregation::recordingLimitHours(**r);
    if (!limit.ok())
        return cli.fail(limit.error());
    if (cli.g.json)
        cli.printJson(QJsonObject{{QStringLiteral("recording_limit_hours"), double(*limit)}});
    else
        cli.print(QStringLiteral("recording limit: %1 h").arg(*limit));
    return 0;
}

} // namespace custos::cli
