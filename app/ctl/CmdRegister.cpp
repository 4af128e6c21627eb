// init, user add/list, audit verify, backup, restore.

#include "Cli.h"

#include "audit/Anchor.h"
#include "audit/AuditLog.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"

#include <QFile>
#include <QJsonArray>
#include <QTextStream>

namespace custos::cli {

namespace {

Result<crypto::KdfParams> kdfFromArgs(Args &args)
{
    const QString mem = args.value(QStringLiteral("kdf-memory")), iter = args.value(QStringLiteral("kdf-iterations"));
    if (mem.isEmpty() && iter.isEmpty())
        return crypto::calibrateArgon2id(0.5);
    bool okM = false, okI = false;
    crypto::KdfParams p;
    p.memoryKiB = mem.isEmpty() ? 65536 : mem.toUInt(&okM);
    p.iterations = iter.isEmpty() ? 3 : iter.toUInt(&okI);
    if ((!mem.isEmpty() && (!okM || p.memoryKiB < 8192)) || (!iter.isEmpty() && (!okI || p.iterations < 1)))
        return makeError(ErrorCode::BadInput, QStringLiteral("--kdf-memory must be at least 8192 (KiB) and --kdf-iterations at least 1"));
    return p;
}

int init(Cli &cli, Args &args)
{
    auto admin = args.required(QStringLiteral("admin"));
    if (!admin.ok())
        return cli.fail(admin.error());
    auto kdf = kdfFromArgs(args);
    if (!kdf.ok())
        return cli.fail(kdf.error());
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    if (cli.g.registerPath.isEmpty())
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("no register given: use --register PATH or set CUSTOS_REGISTER")));
    for (const QString &p : {cli.g.registerPath, reg::KeyFile::pathFor(cli.g.registerPath)})
        if (QFile::exists(p))
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("%1 already exists; refusing to overwrite it").arg(p)));
    QByteArray pw;
    if (!cli.g.passwordFile.isEmpty() || !qEnvironmentVariableIsEmpty("CUSTOS_PASSWORD")) {
        auto got = cli.password();
        if (!got.ok())
            return cli.fail(got.error());
        pw = std::move(*got);
    } else {
        auto first = Cli::ask(QStringLiteral("New password for %1: ").arg(*admin));
        if (!first.ok())
            return cli.fail(first.error());
        auto again = Cli::ask(QStringLiteral("Repeat the password: "));
        if (!again.ok())
            return cli.fail(again.error());
        if (*first != *again)
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("the two passwords differ; nothing was created")));
        pw = std::move(*first);
        crypto::wipe(*again);
    }
    auto created = reg::Register::create(cli.g.registerPath, *admin, pw, *kdf);
    crypto::wipe(pw);
    if (!created.ok())
        return cli.fail(created.error());
    if (cli.g.json) {
        cli.printJson(QJsonObject{{QStringLiteral("register"), cli.g.registerPath},
                                  {QStringLiteral("key_file"), reg::KeyFile::pathFor(cli.g.registerPath)},
                                  {QStringLiteral("admin"), *admin},
                                  {QStringLiteral("recovery_key"), created->recoveryKey}});
    } else {
        cli.print(QStringLiteral("created register %1 and key file %2").arg(cli.g.registerPath, reg::KeyFile::pathFor(cli.g.registerPath)));
        cli.print(QStringLiteral("admin: %1").arg(*admin));
        cli.print(QStringLiteral("recovery key: %1").arg(created->recoveryKey));
        cli.print(QStringLiteral("Write the recovery key down and keep it offline: it is shown only this once."));
    }
    return 0;
}

int userCmd(Cli &cli, Args &args)
{
    const QString sub = args.positional();
    if (sub == QLatin1String("add")) {
        const QString name = args.positional();
        auto role = args.required(QStringLiteral("role"));
        auto pwFile = args.required(QStringLiteral("new-password-file"));
        if (name.isEmpty())
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("user add needs a NAME")));
        if (!role.ok() || !pwFile.ok())
            return cli.fail(!role.ok() ? role.error() : pwFile.error());
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        auto parsedRole = reg::parseRole(*role);
        if (!parsedRole.ok())
            return cli.fail(parsedRole.error());
        auto newPw = Cli::readPasswordFile(*pwFile);
        if (!newPw.ok())
            return cli.fail(newPw.error());
        auto r = cli.open();
        if (!r.ok())
            return cli.fail(r.error());
        auto u = (*r)->addUser(name, *parsedRole, *newPw);
        crypto::wipe(*newPw);
        if (!u.ok())
            return cli.fail(u.error());
        if (cli.g.json)
            cli.printJson(QJsonObject{{QStringLiteral("user"), u->name}, {QStringLiteral("role"), reg::roleName(u->role)},
                                      {QStringLiteral("public_key"), QString::fromLatin1(u->publicKey.toHex())}});
        else
            cli.print(QStringLiteral("added user %1 (%2), signing key %3").arg(u->name, reg::roleName(u->role), QString::fromLatin1(u->publicKey.toHex())));
        return 0;
    }
    if (sub == QLatin1String("list")) {
        if (auto s = args.done(); !s.ok())
            return cli.fail(s.error());
        auto r = cli.open();
        if (!r.ok())
            return cli.fail(r.error());
        auto users = (*r)->users();
        if (!users.ok())
            return cli.fail(users.error());
        QJsonArray arr;
        for (const reg::UserInfo &u : *users) {
            arr.append(QJsonObject{{QStringLiteral("name"), u.name}, {QStringLiteral("role"), reg::roleName(u.role)},
                                   {QStringLiteral("public_key"), QString::fromLatin1(u.publicKey.toHex())},
                                   {QStringLiteral("created_at"), u.createdAt}});
            cli.print(QStringLiteral("%1\t%2\t%3").arg(u.name, reg::roleName(u.role), u.createdAt));
        }
        if (cli.g.json)
            cli.printJson(QJsonObject{{QStringLiteral("users"), arr}});
        return 0;
    }
    return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("user needs 'add' or 'list'")));
}

int auditAnchor(Cli &cli, Args &args)
{
    auto out = args.required(QStringLiteral("out"));
    if (!out.ok())
        return cli.fail(out.error());
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    auto head = audit::writeAnchor(**r, *out);
    if (!head.ok())
        return cli.fail(head.error());
    if (cli.g.json)
        cli.printJson(QJsonObject{{QStringLiteral("anchor"), *out}, {QStringLiteral("seq"), double(head->seq)},
                                  {QStringLiteral("hash"), head->hash}, {QStringLiteral("signed_by"), head->user},
                                  {QStringLiteral("at"), head->at}});
    else
        cli.print(QStringLiteral("anchored audit entry %1 (head %2), signed by %3, in %4").arg(head->seq).arg(head->hash, head->user, *out));
    return 0;
}

int auditCmd(Cli &cli, Args &args)
{
    const QString sub = args.positional();
    if (sub == QLatin1String("anchor"))
        return auditAnchor(cli, args);
    if (sub != QLatin1String("verify"))
        return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("audit needs 'verify' or 'anchor'")));
    const QString anchorFile = args.value(QStringLiteral("anchor"));
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    std::optional<audit::SignedHead> anchor;
    if (!anchorFile.isEmpty()) {
        // An anchor file, or the signed head a statement twin, bundle or evidence manifest carries.
        auto a = audit::readSignedHeadFrom(anchorFile);
        if (!a.ok())
            return cli.fail(a.error());
        anchor = *a;
    }
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    auto rep = audit::verify((*r)->db(), [&](qint64 d, qint64 t) { cli.progress(QStringLiteral("verifying movements"), d, t); });
    cli.endProgress();
    if (!rep.ok())
        return cli.fail(rep.error());
    if (anchor)
        if (auto s = audit::checkAnchor((*r)->db(), *anchor, anchorFile, *rep); !s.ok())
            return cli.fail(s.error());
    if (cli.g.json) {
        QJsonObject o{{QStringLiteral("status"), rep->intact ? QStringLiteral("intact") : QStringLiteral("tampered")},
                      {QStringLiteral("entries"), double(rep->entries)},
                      {QStringLiteral("head"), rep->head},
                      {QStringLiteral("first_bad"), rep->firstBad ? QJsonValue(double(*rep->firstBad)) : QJsonValue()},
                      {QStringLiteral("problem"), rep->problem}};
        if (anchor)
            o.insert(QStringLiteral("anchor"), QJsonObject{{QStringLiteral("file"), anchorFile}, {QStringLiteral("seq"), double(anchor->seq)},
                                                           {QStringLiteral("hash"), anchor->hash}, {QStringLiteral("signed_by"), anchor->user},
                                                           {QStringLiteral("context"), anchor->context}});
        cli.printJson(o);
    } else if (rep->intact) {
        cli.print(QStringLiteral("audit log intact: %1 entries, head %2").arg(rep->entries).arg(rep->head));
        if (anchor)
            cli.print(QStringLiteral("history up to entry %1 matches the %2 head in %3 signed by %4 at %5")
                          .arg(anchor->seq).arg(anchor->context, anchorFile, anchor->user, anchor->at));
    } else if (rep->firstBad) {
        cli.print(QStringLiteral("audit log TAMPERED: first bad entry %1: %2").arg(*rep->firstBad).arg(rep->problem));
    } else {
        cli.print(QStringLiteral("audit log TAMPERED: %1").arg(rep->problem));
    }
    return rep->intact ? 0 : 1;
}

int backupCmd(Cli &cli, Args &args)
{
    auto out = args.required(QStringLiteral("out"));
    if (!out.ok())
        return cli.fail(out.error());
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    if (auto s = (*r)->backupTo(*out); !s.ok())
        return cli.fail(s.error());
    if (cli.g.json)
        cli.printJson(QJsonObject{{QStringLiteral("backup"), *out}, {QStringLiteral("key_file"), reg::KeyFile::pathFor(*out)}});
    else
        cli.print(QStringLiteral("backup written and verified: %1 and %2").arg(*out, reg::KeyFile::pathFor(*out)));
    return 0;
}

int restoreCmd(Cli &cli, Args &args)
{
    auto from = args.required(QStringLiteral("from"));
    auto to = args.required(QStringLiteral("to"));
    if (!from.ok() || !to.ok())
        return cli.fail(!from.ok() ? from.error() : to.error());
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());
    cli.g.registerPath = *from;
    auto r = cli.open();
    if (!r.ok())
        return cli.fail(r.error());
    if (auto s = (*r)->require(QStringLiteral("restore registers"), {reg::Role::Admin}); !s.ok())
        return cli.fail(s.error());
    if (auto s = (*r)->backupTo(*to, false); !s.ok())
        return cli.fail(s.error());
    cli.g.registerPath = *to;
    auto restored = cli.open();
    if (!restored.ok())
        return cli.fail(restored.error());
    reg::Transaction tx((*restored)->db());
    if (!tx.begun().ok())
        return cli.fail(tx.begun().error());
    if (auto s = (*restored)->audit(QStringLiteral("register.restore"), QJsonObject{{QStringLiteral("from"), *from}}); !s.ok())
        return cli.fail(s.error());
    if (auto s = tx.commit(); !s.ok())
        return cli.fail(s.error());
    if (cli.g.json)
        cli.printJson(QJsonObject{{QStringLiteral("restored"), *to}, {QStringLiteral("key_file"), reg::KeyFile::pathFor(*to)}});
    else
        cli.print(QStringLiteral("restored %1 to %2 (and %3), verified").arg(*from, *to, reg::KeyFile::pathFor(*to)));
    return 0;
}

} // namespace

int runRegisterCommand(Cli &cli, const QString &cmd, Args &args)
{
    if (cmd == QLatin1String("init"))
        return init(cli, args);
    if (cmd == QLatin1String("user"))
        return userCmd(cli, args);
    if (cmd == QLatin1String("audit"))
        return auditCmd(cli, args);
    if (cmd == QLatin1String("backup"))
        return backupCmd(cli, args);
    return restoreCmd(cli, args);
}

} // namespace custos::cli
