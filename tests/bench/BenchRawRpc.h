#pragma once
// The bare baseline of the EVM reconciliation benchmark: eth_getBalance of a list of addresses at
// one height, posted as JSON-RPC batch arrays straight through a QNetworkAccessManager (batchSize
// calls per request, at most maxInFlight requests in flight), answers parsed with QJsonDocument
// into int128 balances. No retries, no timeouts, no checks beyond what is needed to read the
// answer: what any client must at least do for the same balances. Exits the program on failure.

#include "money/Int128.h"

#include <QStringList>
#include <QUrl>

#include <vector>

class QNetworkAccessManager;

namespace custos::bench {

struct RawBalances {
    std::vector<int128> balances; // in the order of the addresses
    qint64 requests = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
};

RawBalances rawGetBalances(QNetworkAccessManager &nam, const QUrl &url, const QStringList &lowerAddresses, qint64 height, int batchSize,
                           int maxInFlight);

} // namespace custos::bench
