#include "chain/JsonRpcClient.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace custos::chain {

struct JsonRpcClient::Chunk {
    bool single = false;      // a plain call, not a batch array
    qsizetype firstIndex = 0; // index of the first call in the whole batch
    qsizetype totalCalls = 0; // calls in the whole batch
    QList<qint64> ids;
    QStringList methods;
    QList<QJsonArray> params;
    QByteArray body;
    QList<QJsonValue> results;
    QString what; // "eth_getBalance" or "a batch of 100 eth_getBalance calls"
};

namespace {

constexpr int kCancelPollMs = 50;
constexpr int kFirstBackoffMs = 250;
constexpr int kMaxBackoffMs = 8000;
constexpr qint64 kReadBufferBytes = qint64(1024) * 1024;
constexpr qsizetype kMaxParamsShown = 160;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Length of the JSON number starting at s[i], or 0 when the text there is not a JSON number.
qsizetype numberLength(QByteArrayView s, qsizetype i)
{
    const qsizetype n = s.size();
    qsizetype j = s[i] == '-' ? i + 1 : i;
    const auto digits = [&] { // skips a run of digits; false when there is none
        const qsizetype from = j;
        while (j < n && isDigit(s[j]))
            ++j;
        return j > from;
    };
    if (j < n && s[j] == '0')
        ++j;
    else if (!digits())
        return 0;
    if (j < n && s[j] == '.' && (++j, !digits()))
        return 0;
    if (j < n && (s[j] == 'e' || s[j] == 'E')) {
        ++j;
        if (j < n && (s[j] == '+' || s[j] == '-'))
            ++j;
        if (!digits())
            return 0;
    }
    // A number runs into the next token only through a delimiter; "01" or "1.2.3" is malformed.
    if (j < n && (isDigit(s[j]) || s[j] == '.' || s[j] == '-' || s[j] == '+' || s[j] == 'e' || s[j] == 'E'))
        return 0;
    return j - i;
}

QString compactJson(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    const QByteArray text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)); // without the wrapping [ ]
}

QString shortParams(const QJsonArray &params)
{
    QString text = compactJson(params);
    if (text.size() > kMaxParamsShown)
        text = text.left(kMaxParamsShown) + QStringLiteral("…");
    return text;
}

QString describeChunk(const QStringList &methods)
{
    if (methods.size() == 1)
        return methods.first();
    QStringList distinct = methods;
    distinct.removeDuplicates();
    if (distinct.size() == 1)
        return QStringLiteral("a batch of %1 %2 calls").arg(methods.size()).arg(distinct.first());
    return QStringLiteral("a batch of %1 calls (%2)").arg(methods.size()).arg(distinct.join(QStringLiteral(", ")));
}

QNetworkRequest jsonPost(const QUrl &url, const QByteArray &authorization)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

Error sourceFailed(QString message)
{
    return makeError(ErrorCode::SourceFailed, std::move(message));
}

} // namespace

std::optional<QByteArray> quoteJsonNumbers(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 8 + 16);
    const qsizetype n = json.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = json[i];
        if (c == '"') {
            qsizetype j = i + 1;
            while (j < n && json[j] != '"')
                j += json[j] == '\\' ? 2 : 1;
            if (j >= n)
                return std::nullopt;
            out.append(json.sliced(i, j + 1 - i));
            i = j + 1;
        } else if (c == '-' || isDigit(c)) {
            const qsizetype len = numberLength(json, i);
            if (len == 0)
                return std::nullopt;
            out.append('"');
            out.append(json.sliced(i, len));
            out.append('"');
            i += len;
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

JsonRpcClient::JsonRpcClient(RpcEndpoint endpoint, SourceOptions options) : m_endpoint(std::move(endpoint)), m_options(std::move(options))
{
    m_options.timeoutMs = std::max(1, m_options.timeoutMs);
    m_options.retries = std::max(0, m_options.retries);
    m_options.batchSize = std::max(1, m_options.batchSize);
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
    m_options.maxResponseBytes = std::max<qint64>(1, m_options.maxResponseBytes);

    QString user = m_endpoint.user;
    QString password = m_endpoint.password;
    if (user.isEmpty() && !m_endpoint.url.userName().isEmpty()) {
        user = m_endpoint.url.userName(QUrl::FullyDecoded);
        password = m_endpoint.url.password(QUrl::FullyDecoded);
    }
    if (!user.isEmpty())
        m_authorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
    m_requestUrl = m_endpoint.url.adjusted(QUrl::RemoveUserInfo);
    m_displayUrl = m_requestUrl.toDisplayString();
}

JsonRpcClient::~JsonRpcClient()
{
    retireManager();
}

void JsonRpcClient::retireManager()
{
    // A manager made by another thread that still runs must die in that thread; one of a
    // finished thread (or of this thread) can go at once.
    if (m_manager && m_managerThread != QThread::currentThread() && m_managerThread && !m_managerThread->isFinished())
        m_manager.release()->deleteLater();
    m_manager.reset();
}

QNetworkAccessManager *JsonRpcClient::manager()
{
    if (m_manager && m_managerThread == QThread::currentThread())
        return m_manager.get();
    retireManager();
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_managerThread = QThread::currentThread();
    return m_manager.get();
}

bool JsonRpcClient::cancelled() const
{
    return m_options.cancel != nullptr && m_options.cancel->load();
}

JsonRpcClient::Chunk JsonRpcClient::makeChunk(const QList<QPair<QString, QJsonArray>> &calls, qsizetype first, qsizetype end, bool single)
{
    Chunk chunk;
    chunk.single = single;
    chunk.firstIndex = first;
    chunk.totalCalls = calls.size();
    QJsonArray array;
    for (qsizetype i = first; i < end; ++i) {
        const qint64 id = m_nextId++;
        chunk.ids.append(id);
        chunk.methods.append(calls[i].first);
        chunk.params.append(calls[i].second);
        array.append(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("method"), calls[i].first},
                                 {QStringLiteral("params"), calls[i].second}});
    }
    chunk.body = single ? QJsonDocument(array.first().toObject()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(array).toJson(QJsonDocument::Compact);
    chunk.what = describeChunk(chunk.methods);
    return chunk;
}

Result<QJsonValue> JsonRpcClient::call(const QString &method, const QJsonArray &params)
{
    m_lastRpcError.reset();
    QList<Chunk> chunks{makeChunk({{method, params}}, 0, 1, true)};
    CUSTOS_TRY(post(chunks, {}, 1));
    return chunks.first().results.first();
}

Result<QList<QJsonValue>> JsonRpcClient::batch(const QList<QPair<QString, QJsonArray>> &calls)
{
    return batch(calls, BatchControl{});
}

Result<QList<QJsonValue>> JsonRpcClient::batch(const QList<QPair<QString, QJsonArray>> &calls, const BatchControl &control)
{
    m_lastRpcError.reset();
    const qsizetype size = control.chunkSize > 0 ? control.chunkSize : m_options.batchSize;
    QList<Chunk> chunks;
    for (qsizetype start = 0; start < calls.size(); start += size)
        chunks.append(makeChunk(calls, start, std::min(calls.size(), start + size), false));
    if (chunks.isEmpty())
        return QList<QJsonValue>{};
    CUSTOS_TRY(post(chunks, control.progress, calls.size()));
    QList<QJsonValue> results;
    results.reserve(calls.size());
    for (Chunk &chunk : chunks)
        results.append(std::move(chunk.results));
    return results;
}

Status JsonRpcClient::parseChunk(Chunk &chunk, const QByteArray &body)
{
    const auto malformed = [&](const QString &why) {
        return sourceFailed(QStringLiteral("The node at %1 answered %2 with malformed JSON (%3).").arg(m_displayUrl, chunk.what, why));
    };
    const auto refused = [&](qsizetype local, const QJsonValue &error) {
        RpcError e;
        e.method = chunk.methods.value(local);
        if (error.isObject()) {
            e.code = error.toObject().value(QStringLiteral("code")).toString();
            e.message = error.toObject().value(QStringLiteral("message")).toString();
        } else {
            e.message = compactJson(error);
        }
        m_lastRpcError = e;
        const QString detail = e.code.isEmpty() ? e.message : QStringLiteral("%1 (code %2)").arg(e.message, e.code);
        if (chunk.single)
            return sourceFailed(QStringLiteral("The node at %1 refused %2: %3.").arg(m_displayUrl, e.method, detail));
        return sourceFailed(QStringLiteral("The node at %1 refused %2 (call %3 of %4 in a batch, params %5): %6.")
                                .arg(m_displayUrl, e.method)
                                .arg(chunk.firstIndex + local + 1)
                                .arg(chunk.totalCalls)
                                .arg(shortParams(chunk.params.value(local)), detail));
    };

    const std::optional<QByteArray> quoted = quoteJsonNumbers(body);
    if (!quoted)
        return malformed(QStringLiteral("a bad number or an unterminated string"));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(*quoted, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(parseError.errorString());

    // A whole-request error (e.g. a node that takes no batches) comes back as one object.
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue error = o.value(QStringLiteral("error"));
        if (!error.isUndefined() && !error.isNull())
            return refused(0, error);
        if (!chunk.single)
            return malformed(QStringLiteral("one object where a batch array was expected"));
        if (!o.contains(QStringLiteral("result")))
            return malformed(QStringLiteral("no result and no error"));
        if (o.value(QStringLiteral("id")).toString() != QString::number(chunk.ids.first()))
            return malformed(QStringLiteral("the answer carries another request's id"));
        chunk.results = {o.value(QStringLiteral("result"))};
        return okStatus();
    }
    if (chunk.single || !doc.isArray())
        return malformed(QStringLiteral("no JSON-RPC response object"));

    QHash<qint64, qsizetype> position;
    for (qsizetype k = 0; k < chunk.ids.size(); ++k)
        position.insert(chunk.ids[k], k);
    std::vector<bool> seen(static_cast<size_t>(chunk.ids.size()), false);
    chunk.results = QList<QJsonValue>(chunk.ids.size());
    for (const QJsonValue element : doc.array()) {
        const QJsonObject o = element.toObject();
        bool idOk = false;
        const qint64 id = o.value(QStringLiteral("id")).toString().toLongLong(&idOk);
        const qsizetype k = idOk ? position.value(id, -1) : -1;
        if (k < 0 || seen[static_cast<size_t>(k)])
            return malformed(QStringLiteral("a batch answer with an unknown or repeated id"));
        seen[static_cast<size_t>(k)] = true;
        const QJsonValue error = o.value(QStringLiteral("error"));
        if (!error.isUndefined() && !error.isNull())
            return refused(k, error);
        if (!o.contains(QStringLiteral("result")))
            return malformed(QStringLiteral("no result for call %1 (%2)").arg(chunk.firstIndex + k + 1).arg(chunk.methods[k]));
        chunk.results[k] = o.value(QStringLiteral("result"));
    }
    const auto missing = std::find(seen.begin(), seen.end(), false);
    if (missing != seen.end()) {
        const qsizetype k = missing - seen.begin();
        return sourceFailed(QStringLiteral("The node at %1 left call %2 of %3 (%4) unanswered in a batch.")
                                .arg(m_displayUrl)
                                .arg(chunk.firstIndex + k + 1)
                                .arg(chunk.totalCalls)
                                .arg(chunk.methods[k]));
    }
    return okStatus();
}

Status JsonRpcClient::postInProcess(QList<Chunk> &chunks, const SourceProgress &progress, qint64 totalCalls)
{
    qint64 callsDone = 0;
    for (Chunk &chunk : chunks) {
        Result<QByteArray> body = m_options.transport(chunk.body);
        if (!body.ok())
            return sourceFailed(QStringLiteral("The node at %1 could not be asked for %2 (%3).").arg(m_displayUrl, chunk.what, body.error().message));
        if (body->size() > m_options.maxResponseBytes)
            return sourceFailed(
                QStringLiteral(
                    "The node at %1 answered %2 with more than %3 bytes; ask for fewer calls per batch or raise the response limit.")
                    .arg(m_displayUrl, chunk.what)
                    .arg(m_options.maxResponseBytes));
        CUSTOS_TRY(parseChunk(chunk, *body));
        callsDone += chunk.ids.size();
        if (progress)
            progress(callsDone, totalCalls);
        if (cancelled())
            return sourceFailed(QStringLiteral("The run was cancelled while asking the node at %1 for %2.").arg(m_displayUrl, chunk.what));
    }
    return okStatus();
}

Status JsonRpcClient::post(QList<Chunk> &chunks, const SourceProgress &progress, qint64 totalCalls)
{
    const auto cancelError = [&](const QString &what) {
        return sourceFailed(QStringLiteral("The run was cancelled while asking the node at %1 for %2.").arg(m_displayUrl, what));
    };
    if (cancelled())
        return cancelError(chunks.first().what);
    if (m_options.transport)
        return postInProcess(chunks, progress, totalCalls);

    QEventLoop loop;
    QObject scope; // owns replies and timers of this call; deleting it stops them all
    QNetworkAccessManager *nam = manager();

    struct Flight {
        QNetworkReply *reply = nullptr;
        QTimer *deadline = nullptr;
        QByteArray data;
        int attempt = 0;
        bool tooBig = false;
        bool timedOut = false;
    };
    std::vector<Flight> flights(static_cast<size_t>(chunks.size()));
    std::optional<Error> failure;
    qsizetype nextChunk = 0;
    qsizetype finished = 0;
    qint64 callsDone = 0;

    const auto release = [&](Flight &f) {
        if (f.reply != nullptr) {
            QObject::disconnect(f.reply, nullptr, &scope, nullptr);
            f.reply->abort();
            f.reply->deleteLater();
            f.reply = nullptr;
        }
        if (f.deadline != nullptr) {
            f.deadline->stop();
            f.deadline->deleteLater();
            f.deadline = nullptr;
        }
    };
    const auto fail = [&](Error error) {
        if (failure)
            return;
        failure = std::move(error);
        for (Flight &f : flights)
            release(f);
        loop.quit();
    };

    std::function<void(qsizetype)> start;
    std::function<void(qsizetype)> onFinished;
    const auto startNext = [&] {
        while (!failure && nextChunk < chunks.size() && nextChunk - finished < static_cast<qsizetype>(m_options.maxInFlight)) {
            start(nextChunk++);
        }
        if (!failure && finished == chunks.size())
            loop.quit();
    };
    const auto retryOrFail = [&](qsizetype i, const QString &why) {
        Flight &f = flights[static_cast<size_t>(i)];
        release(f);
        if (f.attempt > m_options.retries) {
            fail(sourceFailed(QStringLiteral("The node at %1 %2 for %3 (%4 attempts). Check that the node is running and the URL is right.")
                                  .arg(m_displayUrl, why, chunks[i].what)
                                  .arg(f.attempt)));
            return;
        }
        const int backoff = std::min(kMaxBackoffMs, kFirstBackoffMs << std::min(f.attempt - 1, 10));
        QTimer::singleShot(backoff, &scope, [&, i] { start(i); });
    };

    start = [&](qsizetype i) {
        if (failure)
            return;
        Flight &f = flights[static_cast<size_t>(i)];
        ++f.attempt;
        f.data.clear();
        f.tooBig = false;
        f.timedOut = false;
        f.reply = nam->post(jsonPost(m_requestUrl, m_authorization), chunks[i].body);
        f.reply->setParent(&scope);
        f.reply->setReadBufferSize(std::min(kReadBufferBytes, m_options.maxResponseBytes + 1));
        QNetworkReply *reply = f.reply;
        const auto overLimit = [&, reply, i] {
            Flight &g = flights[static_cast<size_t>(i)];
            g.tooBig = true;
            reply->abort();
        };
        QObject::connect(reply, &QNetworkReply::metaDataChanged, &scope, [&, reply, overLimit] {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > m_options.maxResponseBytes)
                overLimit();
        });
        QObject::connect(reply, &QNetworkReply::readyRead, &scope, [&, reply, i, overLimit] {
            Flight &g = flights[static_cast<size_t>(i)];
            if (g.tooBig)
                return;
            if (g.data.capacity() == 0) {
                // One allocation for the whole answer (the declared length, else the limit): growing
                // by doubling would copy and briefly hold up to three times the limit. Pages of the
                // reserve that the answer never reaches are never touched, so cost no memory.
                const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
                const qint64 expected = length.isValid() ? std::min(length.toLongLong(), m_options.maxResponseBytes) : m_options.maxResponseBytes;
                g.data.reserve(expected + 1);
            }
            // Read what is there (at most one byte past the limit): read(n) would allocate n bytes.
            const qint64 room = m_options.maxResponseBytes - g.data.size();
            g.data.append(reply->read(std::min(room + 1, std::max<qint64>(1, reply->bytesAvailable()))));
            if (g.data.size() > m_options.maxResponseBytes)
                overLimit();
        });
        QObject::connect(reply, &QNetworkReply::finished, &scope, [&, i] { onFinished(i); });
        f.deadline = new QTimer(&scope);
        f.deadline->setSingleShot(true);
        QObject::connect(f.deadline, &QTimer::timeout, &scope, [&, reply, i] {
            flights[static_cast<size_t>(i)].timedOut = true;
            reply->abort();
        });
        f.deadline->start(m_options.timeoutMs);
    };

    onFinished = [&](qsizetype i) {
        Flight &f = flights[static_cast<size_t>(i)];
        QNetworkReply *reply = f.reply;
        if (failure || reply == nullptr)
            return;
        Chunk &chunk = chunks[i];
        if (f.tooBig) {
            fail(sourceFailed(
                QStringLiteral(
                    "The node at %1 answered %2 with more than %3 bytes; ask for fewer calls per batch or raise the response limit.")
                    .arg(m_displayUrl, chunk.what)
                    .arg(m_options.maxResponseBytes)));
            return;
        }
        if (f.timedOut) {
            retryOrFail(i, QStringLiteral("did not answer within %1 ms").arg(m_options.timeoutMs));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            retryOrFail(i, QStringLiteral("could not be reached (%1)").arg(reply->errorString()));
            return;
        }
        if (!f.tooBig && f.data.size() <= m_options.maxResponseBytes)
            f.data.append(reply->read(std::min(m_options.maxResponseBytes + 1 - f.data.size(), std::max<qint64>(1, reply->bytesAvailable()))));
        if (f.data.size() > m_options.maxResponseBytes) {
            f.tooBig = true;
            onFinished(i);
            return;
        }
        if (status == 401 || status == 403) {
            fail(sourceFailed(
                QStringLiteral(
                    "The node at %1 refused our credentials (HTTP %2) for %3; check the RPC user and password or the cookie file.")
                    .arg(m_displayUrl)
                    .arg(status)
                    .arg(chunk.what)));
            return;
        }
        if (status == 502 || status == 503 || status == 504) {
            retryOrFail(i, QStringLiteral("answered HTTP %1").arg(status));
            return;
        }
        if (status == 200 && reply->error() != QNetworkReply::NoError) {
            retryOrFail(i, QStringLiteral("broke off its answer (%1)").arg(reply->errorString()));
            return;
        }
        const QByteArray body = std::move(f.data);
        release(f);
        const Status parsed = parseChunk(chunk, body);
        if (status != 200) {
            // Bitcoin Core sends RPC errors as HTTP 500/404 with a JSON-RPC error body: report that.
            fail(!parsed.ok() && m_lastRpcError
                     ? parsed.error()
                     : sourceFailed(QStringLiteral("The node at %1 answered %2 with HTTP %3.").arg(m_displayUrl, chunk.what).arg(status)));
            return;
        }
        if (!parsed.ok()) {
            fail(parsed.error());
            return;
        }
        ++finished;
        callsDone += chunk.ids.size();
        if (progress)
            progress(callsDone, totalCalls);
        if (cancelled())
            fail(cancelError(chunk.what));
        else
            startNext();
    };

    QTimer cancelPoll;
    if (m_options.cancel != nullptr) {
        QObject::connect(&cancelPoll, &QTimer::timeout, &scope, [&] {
            if (cancelled())
                fail(cancelError(chunks.value(std::min(nextChunk, chunks.size() - 1)).what));
        });
        cancelPoll.start(kCancelPollMs);
    }

    startNext();
    if (!failure && finished < chunks.size())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    cancelPoll.stop();
    for (Flight &f : flights)
        release(f);
    if (failure)
        return *failure;
    return okStatus();
}

} // namespace custos::chain
