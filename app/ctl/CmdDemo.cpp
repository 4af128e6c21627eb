// demo: writes a demo register with its key file and chain snapshot.

#include "Cli.h"

#include "crypto/Kdf.h"
#include "demo/DemoGenerator.h"

namespace custos::cli {

namespace {

Result<qint64> count(Args &args, const char *name, qint64 fallback)
{
    const QString v = args.value(QLatin1String(name));
    if (v.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok || n < 1)
        return makeError(ErrorCode::BadInput, QStringLiteral("--%1 must be a whole number of at least 1").arg(QLatin1String(name)));
    return n;
}

} // namespace

int runDemoCommand(Cli &cli, Args &args)
{
    auto out = args.required(QStringLiteral("out"));
    if (!out.ok())
        return cli.fail(out.error());
    auto clients = count(args, "clients", 50);
    auto addresses = count(args, "addresses", 0);
    auto movements = count(args, "movements", 0);
    const QString mem = args.value(QStringLiteral("kdf-memory")), iter = args.value(QStringLiteral("kdf-iterations"));
    for (const auto *r : {&clients, &addresses, &movements})
        if (!r->ok())
            return cli.fail(r->error());
    if (auto s = args.done(); !s.ok())
        return cli.fail(s.error());

    demo::DemoOptions o;
    o.path = *out;
    o.clients = int(*clients);
    o.addresses = *addresses;
    o.movements = *movements;
    if (!mem.isEmpty() || !iter.isEmpty()) {
        o.kdf.memoryKiB = mem.isEmpty() ? o.kdf.memoryKiB : mem.toUInt();
        o.kdf.iterations = iter.isEmpty() ? o.kdf.iterations : iter.toUInt();
        if (o.kdf.memoryKiB < 8192 || o.kdf.iterations < 1)
            return cli.fail(makeError(ErrorCode::BadInput, QStringLiteral("--kdf-memory must be at least 8192 (KiB) and --kdf-iterations at least 1")));
    } else {
        o.kdf = crypto::calibrateArgon2id(0.5);
    }
    if (!cli.g.passwordFile.isEmpty()) {
        auto pw = Cli::readPasswordFile(cli.g.passwordFile);
        if (!pw.ok())
            return cli.fail(pw.error());
        o.password = *pw;
    } else {
        o.password = QByteArrayLiteral("custos-demo");
    }
    auto res = demo::generateDemo(o, [&](const QString &stage, qint64 d, qint64 t) { cli.progress(stage, d, t); });
    cli.endProgress();
    if (!res.ok())
        return cli.fail(res.error());
    if (cli.g.json) {
        cli.printJson(QJsonObject{{QStringLiteral("register"), res->registerPath}, {QStringLiteral("key_file"), res->keyFile},
                                  {QStringLiteral("user"), res->user}, {QStringLiteral("password"), QString::fromUtf8(o.password)},
                                  {QStringLiteral("snapshot"), res->snapshotPath}, {QStringLiteral("clients"), double(res->clients)},
                                  {QStringLiteral("addresses"), double(res->addresses)}, {QStringLiteral("movements"), double(res->movements)},
                                  {QStringLiteral("seconds"), res->seconds}});
    } else {
        cli.print(QStringLiteral("register: %1").arg(res->registerPath));
        cli.print(QStringLiteral("key file: %1").arg(res->keyFile));
        cli.print(QStringLiteral("snapshot: %1").arg(res->snapshotPath));
        cli.print(QStringLiteral("user: %1").arg(res->user));
        cli.print(QStringLiteral("password: %1").arg(QString::fromUtf8(o.password)));
        cli.print(QStringLiteral("other users (same password): %1").arg(res->users.join(QStringLiteral(", "))));
        cli.print(QStringLiteral("%1 clients, %2 addresses, %3 movements in %4 s")
                      .arg(res->clients).arg(res->addresses).arg(res->movements).arg(res->seconds, 0, 'f', 1));
    }
    return 0;
}

} // namespace custos::cli
