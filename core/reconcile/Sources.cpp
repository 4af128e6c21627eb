#include "reconcile/Sources.h"

#include "chain/BitcoinSource.h"
#include "chain/EvmSource.h"
#include "chain/RpcEndpoints.h"
#include "chain/SnapshotSource.h"
#include "register/Register.h"
#include "settings/Endpoints.h"

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
    if (source.startsWith(QLatin1String("snapshot:"))) {
        auto decimals = assetDecimals(r, net.name);
        if (!decimals.ok())
            return decimals.error();
        auto snap = chain::SnapshotSource::load(net, source.mid(9), *decimals);
        if (!snap.ok())
            return snap.error();
        return OpenedSource{std::move(*snap), source, true};
    }
    if (source.startsWith(QLatin1String("endpoint:"))) {
        // A named endpoint from the register: URL and credentials never pass through a command line.
        auto e = settings::endpointForUse(r, source.mid(9));
        if (!e.ok())
            return e.error();
        if (e->chain != net.name)
            return makeError(ErrorCode::BadInput, QStringLiteral("endpoint %1 serves %2, not %3; choose an endpoint of %3")
                                                      .arg(e->name, e->chain, net.name));
        const QString named = QStringLiteral("endpoint:%1 (%2)").arg(e->name, e->url);
        if (net.isEvm())
            return OpenedSource{std::make_unique<chain::EvmSource>(net, settings::toRpcEndpoint(*e), options), named, false};
        return OpenedSource{std::make_unique<chain::BitcoinSource>(net, settings::toRpcEndpoint(*e), options), named, false};
    }
    const QString label = chain::redactSource(source);
    if (source.startsWith(QLatin1String("evm:"))) {
        if (!net.isEvm())
            return makeError(ErrorCode::BadInput, QStringLiteral("%1 is not an EVM chain; an evm: source serves EVM chains only").arg(net.name));
        auto endpoint = chain::parseEvmSource(source);
        if (!endpoint.ok())
            return endpoint.error();
        return OpenedSource{std::make_unique<chain::EvmSource>(net, *endpoint, options), label, false};
    }
    if (source.startsWith(QLatin1String("bitcoind:"))) {
        if (net.isEvm())
            return makeError(ErrorCode::BadInput, QStringLiteral("%1 is an EVM chain; a bitcoind: source serves Bitcoin-style chains only").arg(net.name));
        auto endpoint = chain::parseBitcoindSource(source, rpcCookie);
        if (!endpoint.ok())
            return endpoint.error();
        return OpenedSource{std::make_unique<chain::BitcoinSource>(net, *endpoint, options), label, false};
    }
    return makeError(ErrorCode::BadInput,
                     QStringLiteral("unknown source '%1'; expected snapshot:FILE, endpoint:NAME, evm:http://HOST:PORT or bitcoind:http://USER:PASSWORD@HOST:PORT")
                         .arg(label));
}

} // namespace custos::reconcile
