// custosctl: the command-line face of Custos (see the contract in the README).

#include "Cli.h"

#include <QCoreApplication>
#include <QTextStream>

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
    "  reconcile --chain CHAIN --source snapshot:FILE|evm:URL|bitcoind:URL [--height H] [--confirmations N]\n"
    "            [--timeout SECONDS] [--retries N] [--max-response-mb MB] [--rpc-cookie FILE]\n"
    "  runs [--chain CHAIN]\n"
    "  break list [--status open|explained|resolved] [--chain CHAIN] [--run N]\n"
    "  break explain ID --note TEXT [--owner NAME]\n"
    "  break resolve ID --movement M [--note TEXT]\n"
    "  audit verify [--anchor FILE] | audit anchor --out FILE\n"
    "  backup --out FILE\n"
    "  restore --from FILE --to PATH\n"
    "  demo --out PATH [--clients N] [--addresses N] [--movements N]\n"
    "  --version\n"
    "\n"
    "The register defaults to $CUSTOS_REGISTER, the user to $CUSTOS_USER; the password is read from\n"
    "--password-file, else $CUSTOS_PASSWORD, else asked on the terminal.\n"
    "Exit codes: 0 done, 1 a check found something, 2 bad usage or input, 3 cannot open,\n"
    "4 permission denied, 5 an outside source failed.\n";

int usage(Cli &cli, const QString &problem)
{
    QTextStream(stderr) << kUsage;
    return cli.fail(makeError(ErrorCode::BadInput, problem));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
    return usage(cli, QStringLiteral("unknown command '%1'").arg(cmd));
}
