#include "BenchRawRpc.h"

#include "BenchUtil.h"

#include "chain/HexQuantity.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <functional>

namespace custos::bench {

RawBalances rawGetBalances(QNetworkAccessManager &nam, const QUrl &url, const QStringList &lowerAddresses, qint64 height, int batchSize,
                           int maxInFlight)
{
    const qsizetype n = lowerAddresses.size();
    const qsizetype size = std::max(1, batchSize);
    const QByteArray at = chain::toHexQuantity(height).toLatin1();
    QList<QByteArray> bodies;
    for (qsizetype first = 0; first < n; first += size) {
        const qsizetype end = std::min(n, first + size);
        QByteArray body;
        body.reserve((end - first) * 120 + 2);
        body += '[';
        for (qsizetype i = first; i < end; ++i) {
            if (i > first)
                body += ',';
            body += R"({"jsonrpc":"2.0","id":)";
            body += QByteArray::number(i);
            body += R"(,"method":"eth_getBalance","params":[")";
            body += lowerAddresses[i].toLatin1();
            body += R"(",")";
            body += at;
            body += R"("]})";
        }
        body += ']';
        bodies.append(std::move(body));
    }

    RawBalances out;
    out.balances.assign(size_t(n), 0);
    std::vector<bool> answered(size_t(n), false);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    QEventLoop loop;
    qsizetype next = 0, done = 0, inFlight = 0;
    std::function<void()> pump;
    const auto finished = [&](QNetworkReply *reply) {
        reply->deleteLater();
        --inFlight;
        ++done;
        if (reply->error() != QNetworkReply::NoError)
            fail(QStringLiteral("raw eth_getBalance batch"), reply->errorString());
        const QByteArray body = reply->readAll();
        out.bytesReceived += body.size();
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            fail(QStringLiteral("raw eth_getBalance batch"), QStringLiteral("no JSON array: %1").arg(QString::fromUtf8(body.left(200))));
        for (const QJsonValue element : doc.array()) {
            const QJsonObject o = element.toObject();
            const qint64 id = o.value(QLatin1String("id")).toInteger(-1);
            const chain::HexValue v = chain::parseHexQuantity(o.value(QLatin1String("result")).toString());
            if (id < 0 || id >= n || answered[size_t(id)] || !v.fits())
                fail(QStringLiteral("raw eth_getBalance batch"), QStringLiteral("unexpected answer element %1")
                                                                      .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
            answered[size_t(id)] = true;
            out.balances[size_t(id)] = v.value;
        }
        if (done == bodies.size())
            loop.quit();
        else
            pump();
    };
    pump = [&] {
        while (next < bodies.size() && inFlight < maxInFlight) {
            QNetworkReply *reply = nam.post(request, bodies[next]);
            out.bytesSent += bodies[next].size();
            ++next;
            ++inFlight;
            ++out.requests;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&finished, reply] { finished(reply); });
        }
    };
    if (bodies.isEmpty())
        return out;
    pump();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (std::find(answered.begin(), answered.end(), false) != answered.end())
        fail(QStringLiteral("raw eth_getBalance batch"), QStringLiteral("the node left a call unanswered"));
    return out;
}

} // namespace custos::bench
