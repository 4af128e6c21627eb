// custosctl: the command-line face of Custos (see the contract in the README).

#include "Cli.h"

#include <QDir>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>

using namespace custos;
using namespace custos::cli;

namespace {

const char kUsage[] =
    "usage: custosctl [--register PATH] [--user NAME] [--password-file FILE] [--json] COMMAND ...\n"
    "\n"
    "commands:\n"
    "  init --admin NAME [--kdf-memory KIB --kdf-iterations N]\n"
    "  user add NAME --role operator|approver|compliance|admin --new-password-file F\n"
    "  user list\n"
    "  client add --id ID --name NAME [--lei LEI] [--lang en|de|fr]\n"
    "  client list\n"
    "  asset add --chain CHAIN --symbol SYM --decimals N [--contract ADDR]\n"
    "  asset list\n"
    "  keyset add --name NAME --owner client|firm [--description TEXT]\n"
    "  keyset list\n"
    "  address add --chain CHAIN --address ADDR --owner client:ID|omnibus|firm --keyset NAME [--label L]\n"
    "  address list\n"
    "  custodian show | custodian set [--name N] [--address A] [--authorisation ID] [--contact C]\n"
    "  import addresses|movements|prices|screening FILE.csv\n"
    "  positions [--client ID] [--at YYYY-MM-DD]\n"
    "  reconcile --chain CHAIN --source snapshot:FILE|evm:URL|bitcoind:URL|endpoint:NAME [--height H] [--confirmations N]\n"
    "            [--timeout SECONDS] [--retries N] [--max-response-mb MB] [--rpc-cookie FILE]\n"
    "  endpoint add NAME --chain CHAIN --url URL [--rpc-user USER --rpc-password-file FILE] | endpoint list | endpoint remove NAME\n"
    "  runs [--chain CHAIN]\n"
    "  break list [--status open|explained|resolved] [--chain CHAIN] [--run N]\n"
    "  break explain ID --note TEXT [--owner NAME]\n"
    "  break resolve ID --movement M [--note TEXT]\n"
    "  user keys --out FILE\n"
    "  policy set FILE.json | policy show [--version N] | policy history\n"
    "  withdrawal request --client ID --asset ASSET --amount DEC --to ADDR [--from ADDR] [--dry-run]\n"
    "  withdrawal approve ID | withdrawal reject ID --reason TEXT\n"
    "  withdrawal screening ID --decision release|reject --note TEXT\n"
    "  withdrawal list [--status S] [--client ID] [--inbox] | withdrawal show ID\n"
    "  withdrawal export ID --out FILE | withdrawal executed ID --tx HASH [--block H] | withdrawal check\n"
    "  verify-bundle FILE [--trusted-keys FILE]\n"
    "  whitelist add --client ID --chain CHAIN --address ADDR [--label L] | whitelist approve ID | whitelist list [--client ID]\n"
    "  freeze [--client ID] [--asset ASSET] --reason TEXT | freeze list [--all] | unfreeze ID\n"
    "  screening hits\n"
    "  segregation-check [--json] [--as-of YYYY-MM-DD]\n"
    "  segregation-limit [HOURS]\n"
    "  evidence --out DIR [--as-of YYYY-MM-DD]\n"
    "  verify-evidence DIR [--trusted-key HEX]\n"
    "  statement --client ID|--all --quarter YYYYQn|--from DATE --to DATE --out DIR [--lang en|de|fr] [--on-request]\n"
    "  statement verify FILE.pdf\n"
    "  audit verify [--anchor FILE] | audit anchor --out FILE   (FILE: anchor, statement .json, bundle, evidence manifest.json)\n"
    "  backup --out FILE\n"
    "  restore --from FILE --to PATH\n"
    "  demo --out PATH [--clients N] [--addresses N] [--movements N]\n"
    "  --version\n"
    "\n"
    "The register defaults to $CUSTOS_REGISTER, the user to $CUSTOS_USER; the password is read from\n"
    "--password-file, else $CUSTOS_PASSWORD, else asked on the terminal.\n"
    "Exit codes: 0 done, 1 a check found something, 2 bad usage or input, 3 cannot open,\n"
    "4 permission denied, 5 an outside source failed.\n";

// The offscreen platform, with a private runtime directory so Qt has nothing to warn about on stderr.
void preparePdfPlatform()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-custosctl-" + QByteArray::number(uint(getuid()));
        if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
}

int usage(Cli &cli, const QString &problem)
{
    QTextStream(stderr) << kUsage;
    return cli.fail(makeError(ErrorCode::BadInput, problem));
}

} // namespace

int main(int argc, char **argv)
{
    // Commands that write PDF documents (statements, the evidence report) need a QGuiApplication
    // for their fonts; custosctl never shows a window, so it uses the offscreen platform.
    const bool pdf = std::any_of(argv + 1, argv + argc, [](const char *a) {
        return std::strcmp(a, "evidence") == 0 || std::strcmp(a, "statement") == 0;
    });
    if (pdf) {
        preparePdfPlatform();
        // The platform's start-up notes are not for a script's stderr.
        QLoggingCategory::setFilterRules(QStringLiteral("default.warning=false"));
    }
    std::unique_ptr<QCoreApplication> appHolder = pdf ? std::make_unique<QGuiApplication>(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *appHolder;
    if (pdf)
        QLoggingCategory::setFilterRules(QString());
    QCoreApplication::setApplicationName(QStringLiteral("custosctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUSTOS_VERSION));

    Cli cli;
    cli.g.registerPath = qEnvironmentVariable("CUSTOS_REGISTER");
    cli.g.user = qEnvironmentVariable("CUSTOS_USER");

    QStringList rest;
    const QStringList argv1 = app.arguments().mid(1);
    for (qsizetype i = 0; i < argv1.size(); ++i) {
        const QString &a = argv1[i];
        auto take = [&](const char *name, QString &into) {
            const QString opt = QLatin1String(name);
            if (a == opt) {
                if (i + 1 >= argv1.size())
                    return -1;
                into = argv1[++i];
                return 1;
            }
            if (a.startsWith(opt + QLatin1Char('='))) {
                into = a.mid(opt.size() + 1);
                return 1;
            }
            return 0;
        };
        int r = 0;
        if ((r = take("--register", cli.g.registerPath)) || (r = take("--user", cli.g.user))
            || (r = take("--password-file", cli.g.passwordFile))) {
            if (r < 0)
                return usage(cli, QStringLiteral("%1 needs a value").arg(a));
            continue;
        }
        if (a == QLatin1String("--json")) {
            cli.g.json = true;
            continue;
        }
        if (a == QLatin1String("--version")) {
            QTextStream(stdout) << "custosctl " << CUSTOS_VERSION << '\n';
            return 0;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            QTextStream(stdout) << kUsage;
            return 0;
        }
        rest << a;
    }
    if (rest.isEmpty())
        return usage(cli, QStringLiteral("no command given"));

    const QString cmd = rest.takeFirst();
    Args args(rest);
    if (cmd == QLatin1String("user") && rest.value(0) == QLatin1String("keys")) {
        Args keyArgs(rest.mid(1));
        return runUserKeysCommand(cli, keyArgs);
    }
    if (cmd == QLatin1String("withdrawal"))
        return runWithdrawalCommand(cli, args);
    if (cmd == QLatin1String("verify-bundle"))
        return runVerifyBundleCommand(cli, args);
    if (cmd == QLatin1String("policy") || cmd == QLatin1String("whitelist") || cmd == QLatin1String("freeze") || cmd == QLatin1String("unfreeze")
        || cmd == QLatin1String("screening"))
        return runPolicyCommand(cli, cmd, args);
    if (cmd == QLatin1String("init") || cmd == QLatin1String("user") || cmd == QLatin1String("backup")
        || cmd == QLatin1String("restore") || cmd == QLatin1String("audit"))
        return runRegisterCommand(cli, cmd, args);
    if (cmd == QLatin1String("client") || cmd == QLatin1String("asset") || cmd == QLatin1String("keyset")
        || cmd == QLatin1String("address") || cmd == QLatin1String("custodian"))
        return runReferenceCommand(cli, cmd, args);
    if (cmd == QLatin1String("import") || cmd == QLatin1String("positions"))
        return runLedgerCommand(cli, cmd, args);
    if (cmd == QLatin1String("demo"))
        return runDemoCommand(cli, args);
    if (cmd == QLatin1String("reconcile"))
        return runReconcileCommand(cli, args);
    if (cmd == QLatin1String("break"))
        return runBreakCommand(cli, args);
    if (cmd == QLatin1String("runs"))
        return runRunsCommand(cli, args);
    if (cmd == QLatin1String("segregation-check"))
        return runSegregationCheckCommand(cli, args);
    if (cmd == QLatin1String("segregation-limit"))
        return runSegregationLimitCommand(cli, args);
    if (cmd == QLatin1String("evidence"))
        return runEvidenceCommand(cli, args);
    if (cmd == QLatin1String("verify-evidence"))
        return runVerifyEvidenceCommand(cli, args);
    if (cmd == QLatin1String("endpoint"))
        return runEndpointCommand(cli, args);
    if (cmd == QLatin1String("statement"))
        return runStatementCommand(cli, args);
    return usage(cli, QStringLiteral("unknown command '%1'").arg(cmd));
}
