#include "reconcile/Sources.h"

#include "chain/SnapshotSource.h"
#include "register/Register.h"

namespace custos::reconcile {

namespace {

Result<QHash<QString, int>> assetDecimals(reg::Register &r, const QString &chain)
{
    auto st = r.db().prepare("SELECT code, decimals FROM assets WHERE chain = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, chain);
    QHash<QString, int> out;
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        out.insert(st->columnText(0), int(st->columnInt(1)));
    }
}

} // namespace

Result<OpenedSource> openSource(reg::Register &r, const chain::Network &net, const QString &source, const QString &rpcCookie,
                                const chain::SourceOptions &options)
{
    Q_UNUSED(rpcCookie);
    Q_UNUSED(options);
    if (source.startsWith(QLatin1String("snapshot:"))) {
        auto decimals = assetDecimals(r, net.name);
        if (!decimals.ok())
            return decimals.error();
        auto snap = chain::SnapshotSource::load(net, source.mid(9), *decimals);
        if (!snap.ok())
            return snap.error();
        return OpenedSource{std::move(*snap), source, true};
    }
    return makeError(ErrorCode::BadInput,
                     QStringLiteral("unknown source '%1'; expected snapshot:FILE, evm:http://HOST:PORT or bitcoind:http://USER:PASSWORD@HOST:PORT")
                         .arg(source.section(QLatin1Char('@'), -1)));
}

} // namespace custos::reconcile
