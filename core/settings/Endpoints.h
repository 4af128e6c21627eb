#pragma once
// Chain endpoints: named node URLs (EVM JSON-RPC or Bitcoin Core RPC) with their credentials,
// kept in the encrypted register, never in a plain settings file. Admins add and remove them
// (audited, without the secret); a reconciliation names one as `endpoint:NAME` and the secret
// is read only to open the connection.

#include "chain/JsonRpcClient.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace custos::reg {
class Register;
}

namespace custos::settings {

struct Endpoint {
    qint64 id = 0;
    QString name;     // 1..64 of [A-Za-z0-9._-]
    QString chain;    // a network name (bitcoin, ethereum, evm-<id>, ...)
    QString url;      // http(s)://HOST:PORT[/PATH], without user info
    QString user;     // empty: no credentials
    QString password; // the secret; empty in listings
    QString createdAt;
    QString createdBy;

    bool hasCredentials() const { return !user.isEmpty(); }
    QString kind() const; // "evm" or "bitcoind", from the chain
};

// Every endpoint, by name, without secrets. Any role may list them.
Result<QList<Endpoint>> listEndpoints(reg::Register &r);

// Admin only. Checks the name (unique), the chain, the URL (http or https with a host, no user
// info, no query) and that a Bitcoin-style chain has credentials. Audited as "endpoint.add"
// with name, chain, URL and user, never the password. Returns the new id.
Result<qint64> addEndpoint(reg::Register &r, const Endpoint &in);

// Admin only; audited as "endpoint.remove". BadInput when there is no such endpoint.
Status removeEndpoint(reg::Register &r, const QString &name);

// The endpoint as a connection (URL and credentials): for reconciliation, so operators and
// admins only. BadInput naming the known endpoints when there is no such name.
Result<Endpoint> endpointForUse(reg::Register &r, const QString &name);

// The RPC connection for an endpoint read by endpointForUse.
chain::RpcEndpoint toRpcEndpoint(const Endpoint &e);

} // namespace custos::settings
