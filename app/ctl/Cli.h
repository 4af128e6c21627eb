#pragma once
// custosctl plumbing: global options, arguments of a command, password input, output and
// exit codes. The commands themselves only parse arguments and call core services.

#include "register/Register.h"
#include "util/Result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace custos::cli {

struct Globals {
    QString registerPath;
    QString user;
    QString passwordFile;
    bool json = false;
};

// A command's own arguments: options (--name VALUE or --name=VALUE), flags and positionals.
class Args {
public:
    explicit Args(QStringList args) : m_args(std::move(args)) {}
    QString value(const QString &name);                  // removes it; empty when absent
    Result<QString> required(const QString &name);       // BadInput when absent
    bool flag(const QString &name);
    QString positional();                               // next non-option argument, or empty
    Status done() const;                                // BadInput naming any argument left over

private:
    QStringList m_args;
};

class Cli {
public:
    Globals g;

    // Reads the password: --password-file, else $CUSTOS_PASSWORD, else asks on the terminal.
    Result<QByteArray> password(const QString &prompt = QStringLiteral("Password: "));
    static Result<QByteArray> readPasswordFile(const QString &path);
    static Result<QByteArray> ask(const QString &prompt);

    Result<std::unique_ptr<reg::Register>> open();

    void print(const QString &line) const;            // stdout, human form only
    void printJson(const QJsonObject &o) const;       // stdout
    void progress(const QString &what, qint64 done, qint64 total) const; // stderr on a terminal
    void endProgress() const;
    int fail(const Error &e) const;                   // stderr line, returns the exit code
};

int exitCode(ErrorCode c);

using Command = int (*)(Cli &, Args &);
int runRegisterCommand(Cli &cli, const QString &cmd, Args &args);   // init, user, backup, restore, audit
int runReferenceCommand(Cli &cli, const QString &cmd, Args &args);  // client, asset, keyset, address
int runLedgerCommand(Cli &cli, const QString &cmd, Args &args);     // import, positions
int runDemoCommand(Cli &cli, Args &args);
int runReconcileCommand(Cli &cli, Args &args);
int runBreakCommand(Cli &cli, Args &args);
int runRunsCommand(Cli &cli, Args &args);
int runWithdrawalCommand(Cli &cli, Args &args);             // withdrawal ...
int runVerifyBundleCommand(Cli &cli, Args &args);           // verify-bundle (no register)
int runUserKeysCommand(Cli &cli, Args &args);               // user keys --out FILE
int runPolicyCommand(Cli &cli, const QString &cmd, Args &args); // policy, whitelist, freeze, unfreeze, screening
int runSegregationCheckCommand(Cli &cli, Args &args);  // segregation-check
int runSegregationLimitCommand(Cli &cli, Args &args);  // segregation-limit
int runEvidenceCommand(Cli &cli, Args &args);          // evidence
int runVerifyEvidenceCommand(Cli &cli, Args &args);    // verify-evidence (no register)
int runEndpointCommand(Cli &cli, Args &args);                        // endpoint add|list|remove
int runStatementCommand(Cli &cli, Args &args);  // statement, statement verify

} // namespace custos::cli
