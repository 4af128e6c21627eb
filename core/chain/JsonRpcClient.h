#pragma once
// A blocking JSON-RPC 2.0 client over HTTP, shared by the node sources (EVM, Bitcoin Core).
//
// Calls block the calling thread (a worker thread, never the GUI thread): each call runs a local
// QEventLoop over a QNetworkAccessManager created in the calling thread. Every request has a
// timeout (options.timeoutMs, from sending to the last byte), transport errors are retried
// options.retries times with exponential back-off (JSON-RPC errors are not retried), a response
// larger than options.maxResponseBytes is aborted while it is read (memory stays bounded), and
// options.cancel is honoured between and during requests. All failures are
// ErrorCode::SourceFailed with a sentence naming the node URL (never its password) and the method.
//
// Every JSON number in a response is delivered as a QJsonValue STRING holding its exact text
// (e.g. "12.34567891"), never a double: the raw body is rewritten (numbers outside strings are
// quoted) before QJsonDocument parses it. Bitcoin Core amounts depend on this.
//
// One client may be used from one thread at a time; it is not thread-safe.

#include "chain/ChainSource.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QThread;

namespace custos::chain {

// The node to talk to. HTTP basic auth is sent when `user` is set (or when the URL carries
// user info and `user` is empty); the URL's user info is never sent in the request line.
struct RpcEndpoint {
    QUrl url;
    QString user;
    QString password;
};

// The error object of a JSON-RPC error answer (numbers as their exact text, like all numbers).
struct RpcError {
    QString method;
    QString code;    // e.g. "-32601"; empty when the node sent no code
    QString message; // the node's own message
};

// Optional controls of one batch() call.
struct BatchControl {
    int chunkSize = 0;       // calls per HTTP request; 0 means options.batchSize
    SourceProgress progress; // (calls answered, calls asked) after each completed chunk
};

class JsonRpcClient {
public:
    JsonRpcClient(RpcEndpoint endpoint, SourceOptions options);
    ~JsonRpcClient();
    JsonRpcClient(const JsonRpcClient &) = delete;
    JsonRpcClient &operator=(const JsonRpcClient &) = delete;

    // One call; the value of the response's "result" member (null stays null).
    // Errors: transport failure/timeout after retries, HTTP status other than 200 (401/403:
    // "the node refused our credentials"), body over options.maxResponseBytes, malformed JSON,
    // a JSON-RPC error object: all SourceFailed with a sentence naming the node URL and method.
    Result<QJsonValue> call(const QString &method, const QJsonArray &params);

    // A JSON-RPC batch: results in request order (matched by id; the node may reorder). Split
    // into options.batchSize chunks with at most options.maxInFlight chunks in flight. Any
    // element error fails the whole batch (SourceFailed naming the method and the element).
    Result<QList<QJsonValue>> batch(const QList<QPair<QString, QJsonArray>> &calls);
    Result<QList<QJsonValue>> batch(const QList<QPair<QString, QJsonArray>> &calls, const BatchControl &control);

    // The node URL as shown in messages: scheme, host, port and path, without user info.
    QString displayUrl() const { return m_displayUrl; }
    const SourceOptions &options() const { return m_options; }
    // The JSON-RPC error object behind the last failed call() or batch(), if that is why it
    // failed (lets a source tell "wallet already loaded" from other refusals by its code).
    const std::optional<RpcError> &lastRpcError() const { return m_lastRpcError; }

private:
    struct Chunk;
    Chunk makeChunk(const QList<QPair<QString, QJsonArray>> &calls, qsizetype first, qsizetype end, bool single);
    QNetworkAccessManager *manager();
    void retireManager();
    Status post(QList<Chunk> &chunks, const SourceProgress &progress, qint64 totalCalls);
    Status postInProcess(QList<Chunk> &chunks, const SourceProgress &progress, qint64 totalCalls);
    Status parseChunk(Chunk &chunk, const QByteArray &body);
    bool cancelled() const;

    RpcEndpoint m_endpoint;
    SourceOptions m_options;
    QUrl m_requestUrl;
    QString m_displayUrl;
    QByteArray m_authorization;
    qint64 m_nextId = 1;
    std::optional<RpcError> m_lastRpcError;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QPointer<QThread> m_managerThread;
};

// Rewrites JSON text so that every number outside a string becomes a string holding the
// number's exact text: {"a":-1.50e3} -> {"a":"-1.50e3"}. std::nullopt when a number does not
// follow the JSON grammar or a string is unterminated (the caller reports malformed JSON; other
// syntax errors are left for QJsonDocument to find).
std::optional<QByteArray> quoteJsonNumbers(QByteArrayView json);

} // namespace custos::chain
