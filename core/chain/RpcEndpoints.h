#pragma once
// Node source strings as custosctl takes them (`--source`), turned into an RpcEndpoint:
//   bitcoind:http://USER:PASSWORD@HOST:PORT[/PATH]    basic auth from the URL
//   bitcoind:http://HOST:PORT[/PATH] + a cookie file  basic auth from Bitcoin Core's .cookie
//   evm:http://HOST:PORT[/PATH]                       (user info, when given, is sent as basic auth)
// https works the same. The returned endpoint's URL never carries user info; the credentials
// are in RpcEndpoint::user/password. Errors are BadInput sentences that name the source text
// with any password replaced by "***", and never quote a cookie file's content.

#include "chain/JsonRpcClient.h"
#include "util/Result.h"

#include <QString>

namespace custos::chain {

// `url` is the whole source string including "bitcoind:". `cookieFile` is empty when the
// credentials are in the URL; when set, the URL must not carry user info. A Bitcoin Core node
// always needs credentials, so a URL without user info and without a cookie file is refused.
// The cookie file holds "USER:PASSWORD" (Bitcoin Core writes "__cookie__:<hex>") on its first
// line.
Result<RpcEndpoint> parseBitcoindSource(const QString &url, const QString &cookieFile);

// `url` is the whole source string including "evm:".
Result<RpcEndpoint> parseEvmSource(const QString &url);

// The source text with the password of any user info replaced by "***", for messages.
QString redactSource(const QString &source);

} // namespace custos::chain
