// JsonRpcClient against a fake HTTP server in the test: exact numbers, batch order and chunking,
// HTTP errors, malformed bodies, the response-size cap, timeouts, retries and cancellation.

#include "chain/JsonRpcClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>

using namespace custos;
using namespace custos::chain;

namespace {

struct FakeReply {
    int status = 200;
    QByteArray body;
    int delayMs = 0;
    bool hang = false;      // never answer
    bool drop = false;      // close the connection without an answer
    qint64 streamBytes = 0; // stream this many bytes of '[' (no Content-Length unless claimLength)
    bool claimLength = false;
    QByteArray headers = {}; // extra header lines, each ending in \r\n
};

} // namespace

Q_DECLARE_METATYPE(FakeReply)

namespace {

// A one-request-per-connection HTTP server on 127.0.0.1. It runs in the test thread: the client's
// local event loop serves it while a call blocks.
class FakeServer {
public:
    using Handler = std::function<FakeReply(const QByteArray &body, const QByteArray &head)>;

    explicit FakeServer(Handler handler) : m_handler(std::move(handler))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/rpc").arg(m_server.serverPort())); }

    int requests = 0;
    int active = 0;
    int maxActive = 0;
    qint64 streamed = 0;
    QByteArray lastHead;

private:
    void serve(QTcpSocket *s)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            buffer->append(s->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            const QByteArray body = buffer->mid(end + 4, length);
            buffer->clear();
            lastHead = head;
            ++requests;
            maxActive = std::max(maxActive, ++active);
            const FakeReply reply = m_handler(body, head);
            if (reply.hang)
                return;
            QTimer::singleShot(reply.delayMs, s, [this, s, reply] { answer(s, reply); });
        });
    }

    void answer(QTcpSocket *s, const FakeReply &reply)
    {
        --active;
        if (reply.drop) {
            s->abort();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) +
                          " Fake\r\nContent-Type: application/json\r\nConnection: close\r\n" + reply.headers;
        if (reply.streamBytes > 0) {
            if (reply.claimLength)
                head += "Content-Length: " + QByteArray::number(reply.streamBytes) + "\r\n";
            s->write(head + "\r\n");
            const QByteArray chunk(64 * 1024, '[');
            const qint64 total = reply.streamBytes;
            QObject::connect(s, &QTcpSocket::bytesWritten, s, [this, s, chunk, total] {
                if (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() == 0 && streamed < total) {
                    streamed += chunk.size();
                    s->write(chunk);
                }
            });
            return;
        }
        s->write(head + "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    Handler m_handler;
};

FakeReply json(const QByteArray &body)
{
    return FakeReply{200, body};
}

QByteArray idOf(const QByteArray &request)
{
    return QByteArray::number(QJsonDocument::fromJson(request).object().value(QLatin1String("id")).toInteger());
}

SourceOptions fastOptions()
{
    SourceOptions o;
    o.timeoutMs = 2000;
    o.retries = 0;
    return o;
}

qint64 residentKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

class TestJsonRpcClient : public QObject {
    Q_OBJECT

private slots:
    void quoteNumbers_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("decimal") << QByteArray("{\"result\":12345678901234567890.12345678}")
                                 << QByteArray("{\"result\":\"12345678901234567890.12345678\"}");
        QTest::newRow("array") << QByteArray("[0,-1,2.50,1e-8,-3E+2]") << QByteArray("[\"0\",\"-1\",\"2.50\",\"1e-8\",\"-3E+2\"]");
        QTest::newRow("strings untouched") << QByteArray("{\"a\":\"12\",\"b\\\"3\":\"x\\\\\",\" c\":4}")
                                           << QByteArray("{\"a\":\"12\",\"b\\\"3\":\"x\\\\\",\" c\":\"4\"}");
        QTest::newRow("literals") << QByteArray(" [true, null ,false, 7 ] ") << QByteArray(" [true, null ,false, \"7\" ] ");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }
    void quoteNumbers()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        const auto r = quoteJsonNumbers(in);
        QVERIFY(r.has_value());
        QCOMPARE(*r, out);
    }
    void quoteNumbersRejects_data()
    {
        QTest::addColumn<QByteArray>("in");
        for (const char *bad : {"[01]", "[1.]", "[-]", "[1e]", "[1.2.3]", "[--1]", "[\"open]", "[1e+]"})
            QTest::newRow(bad) << QByteArray(bad);
    }
    void quoteNumbersRejects()
    {
        QFETCH(QByteArray, in);
        QVERIFY(!quoteJsonNumbers(in).has_value());
    }

    void numbersArriveAsExactStrings()
    {
        FakeServer server([](const QByteArray &body, const QByteArray &) {
            return json("{\"jsonrpc\":\"2.0\",\"id\":" + idOf(body) +
                        ",\"result\":{\"amount\":12345678901234567890.12345678,\"n\":[1,-0.5]}}");
        });
        JsonRpcClient client({server.url(), {}, {}}, fastOptions());
        const auto r = client.call(QStringLiteral("getbalance"), {});
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->toObject().value(QLatin1String("amount")).toString(), QStringLiteral("12345678901234567890.12345678"));
        QCOMPARE(r->toObject().value(QLatin1String("n")).toArray().at(1).toString(), QStringLiteral("-0.5"));
        QVERIFY(server.lastHead.startsWith("POST /rpc "));
        const auto plain = [&] {
            FakeServer s([](const QByteArray &body, const QByteArray &) {
                return json("{\"jsonrpc\":\"2.0\",\"id\":" + idOf(body) + ",\"result\":12345678901234567890.12345678}");
            });
            JsonRpcClient c({s.url(), {}, {}}, fastOptions());
            return c.call(QStringLiteral("x"), {});
        }();
        QVERIFY(plain.ok());
        QCOMPARE(plain->toString(), QStringLiteral("12345678901234567890.12345678"));
    }

    void batchOrderChunksAndInFlight()
    {
        FakeServer server([](const QByteArray &body, const QByteArray &) {
            // Answer in reverse order; each result echoes the call's first parameter.
            QByteArray out = "[";
            const QJsonArray calls = QJsonDocument::fromJson(body).array();
            for (qsizetype i = calls.size() - 1; i >= 0; --i) {
                const QJsonObject c = calls.at(i).toObject();
                out += "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(c.value(QLatin1String("id")).toInteger()) +
                       ",\"result\":" + QByteArray::number(c.value(QLatin1String("params")).toArray().at(0).toInteger()) + "}";
                out += i > 0 ? "," : "]";
            }
            FakeReply r = json(out);
            r.delayMs = 30;
            return r;
        });
        SourceOptions o = fastOptions();
        o.batchSize = 7;
        o.maxInFlight = 2;
        JsonRpcClient client({server.url(), {}, {}}, o);
        QList<QPair<QString, QJsonArray>> calls;
        for (int i = 0; i < 50; ++i)
            calls.append({QStringLiteral("echo"), QJsonArray{i * 3}});
        QList<qint64> progress;
        const auto r = client.batch(calls, BatchControl{0, [&](qint64 done, qint64 total) {
                                                            QCOMPARE(total, 50);
                                                            progress.append(done);
                                                        }});
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(r->at(i).toString(), QString::number(i * 3));
        QCOMPARE(server.requests, 8);
        QCOMPARE(server.maxActive, 2);
        QCOMPARE(progress.size(), 8);
        QCOMPARE(progress.last(), 50);
        QVERIFY(client.batch({}).ok());
    }

    void batchElementErrorFailsAll()
    {
        FakeServer server([](const QByteArray &body, const QByteArray &) {
            const QJsonArray calls = QJsonDocument::fromJson(body).array();
            QByteArray out = "[";
            for (qsizetype i = 0; i < calls.size(); ++i) {
                const QByteArray id = QByteArray::number(calls.at(i).toObject().value(QLatin1String("id")).toInteger());
                out += i == 1 ? "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"error\":{\"code\":-32000,\"message\":\"header not found\"}}"
                              : "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":\"0x1\"}";
                out += i + 1 < calls.size() ? "," : "]";
            }
            return json(out);
        });
        JsonRpcClient client({server.url(), {}, {}}, fastOptions());
        const auto r = client.batch({{QStringLiteral("eth_getBalance"), QJsonArray{QStringLiteral("0xa")}},
                                     {QStringLiteral("eth_getBalance"), QJsonArray{QStringLiteral("0xb")}},
                                     {QStringLiteral("eth_getBalance"), QJsonArray{QStringLiteral("0xc")}}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::SourceFailed);
        QVERIFY2(r.message().contains(QLatin1String("eth_getBalance")) && r.message().contains(QLatin1String("call 2 of 3")) &&
                     r.message().contains(QLatin1String("header not found")) && r.message().contains(server.url().toString()),
                 qPrintable(r.message()));
        QVERIFY(client.lastRpcError().has_value());
        QCOMPARE(client.lastRpcError()->code, QStringLiteral("-32000"));
    }

    void missingBatchElementFails()
    {
        FakeServer server([](const QByteArray &, const QByteArray &) { return json("[]"); });
        JsonRpcClient client({server.url(), {}, {}}, fastOptions());
        const auto r = client.batch({{QStringLiteral("m"), {}}});
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("unanswered")), qPrintable(r.message()));
    }

    void failures_data()
    {
        QTest::addColumn<FakeReply>("reply");
        QTest::addColumn<QString>("expect");
        QTest::newRow("garbage") << json("<html>not json") << QStringLiteral("malformed JSON");
        QTest::newRow("bad number") << json("{\"id\":1,\"result\":01}") << QStringLiteral("malformed JSON");
        QTest::newRow("http 500") << FakeReply{500, "oops"} << QStringLiteral("HTTP 500");
        QTest::newRow("http 401") << FakeReply{401, ""} << QStringLiteral("refused our credentials");
        FakeReply challenge{401, ""};
        challenge.headers = "WWW-Authenticate: Basic realm=\"jsonrpc\"\r\n"; // what bitcoind sends
        QTest::newRow("http 401 with challenge") << challenge << QStringLiteral("refused our credentials");
        QTest::newRow("http 403") << FakeReply{403, ""} << QStringLiteral("refused our credentials");
        QTest::newRow("rpc error") << json("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601,\"message\":\"Method not found\"}}")
                                   << QStringLiteral("refused getblockcount: Method not found (code -32601)");
        QTest::newRow("bitcoind 500 with rpc error")
            << FakeReply{500, "{\"result\":null,\"error\":{\"code\":-18,\"message\":\"Requested wallet does not exist\"},\"id\":1}"}
            << QStringLiteral("Requested wallet does not exist (code -18)");
        QTest::newRow("no result") << json("{\"jsonrpc\":\"2.0\",\"id\":1}") << QStringLiteral("no result");
        QTest::newRow("dropped") << FakeReply{200, {}, 0, false, true} << QStringLiteral("could not be reached");
    }
    void failures()
    {
        QFETCH(FakeReply, reply);
        QFETCH(QString, expect);
        FakeServer server([&](const QByteArray &, const QByteArray &) { return reply; });
        JsonRpcClient client({server.url(), QStringLiteral("alice"), QStringLiteral("s3cret-pw")}, fastOptions());
        const auto r = client.call(QStringLiteral("getblockcount"), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::SourceFailed);
        QVERIFY2(r.message().contains(expect), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("127.0.0.1:%1").arg(server.url().port())), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QLatin1String("getblockcount")), qPrintable(r.message()));
        QVERIFY(!r.message().contains(QLatin1String("s3cret")));
        QVERIFY(server.lastHead.contains("Authorization: Basic " + QByteArray("alice:s3cret-pw").toBase64()));
    }

    void credentialsFromUrlNeverShown()
    {
        FakeServer server([](const QByteArray &, const QByteArray &) { return FakeReply{401, ""}; });
        QUrl url = server.url();
        url.setUserName(QStringLiteral("rpc"));
        url.setPassword(QStringLiteral("hunter2"));
        JsonRpcClient client({url, {}, {}}, fastOptions());
        QVERIFY(!client.displayUrl().contains(QLatin1String("hunter2")));
        const auto r = client.call(QStringLiteral("getblockcount"), {});
        QVERIFY(!r.ok() && !r.message().contains(QLatin1String("hunter2")));
        QVERIFY(server.lastHead.contains("Authorization: Basic " + QByteArray("rpc:hunter2").toBase64()));
    }

    void hugeBodyIsCutOffWithBoundedMemory_data()
    {
        QTest::addColumn<bool>("claimLength");
        QTest::newRow("streamed") << false;
        QTest::newRow("content-length") << true;
    }
    void hugeBodyIsCutOffWithBoundedMemory()
    {
        QFETCH(bool, claimLength);
        FakeServer server([&](const QByteArray &, const QByteArray &) {
            FakeReply r;
            r.streamBytes = qint64(512) * 1024 * 1024;
            r.claimLength = claimLength;
            return r;
        });
        SourceOptions o = fastOptions();
        o.maxResponseBytes = 1024 * 1024;
        JsonRpcClient client({server.url(), {}, {}}, o);
        const qint64 before = residentKiB();
        const auto r = client.call(QStringLiteral("eth_getLogs"), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::SourceFailed);
        QVERIFY2(r.message().contains(QLatin1String("more than 1048576 bytes")), qPrintable(r.message()));
        QVERIFY2(server.streamed < qint64(64) * 1024 * 1024, qPrintable(QString::number(server.streamed)));
        QVERIFY2(residentKiB() - before < 64 * 1024, qPrintable(QString::number(residentKiB() - before)));
    }

    void timeoutRetriesThenFails()
    {
        FakeServer server([](const QByteArray &, const QByteArray &) {
            FakeReply r;
            r.hang = true;
            return r;
        });
        SourceOptions o = fastOptions();
        o.timeoutMs = 300;
        o.retries = 2;
        JsonRpcClient client({server.url(), {}, {}}, o);
        QElapsedTimer t;
        t.start();
        const auto r = client.call(QStringLiteral("eth_blockNumber"), {});
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("did not answer within 300 ms")) && r.message().contains(QLatin1String("3 attempts")),
                 qPrintable(r.message()));
        QCOMPARE(server.requests, 3);
        QVERIFY2(t.elapsed() >= 900 && t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }

    void retryRecoversFromTransportError()
    {
        int n = 0;
        FakeServer server([&](const QByteArray &body, const QByteArray &) {
            if (++n == 1)
                return FakeReply{200, {}, 0, false, true};
            return json("{\"jsonrpc\":\"2.0\",\"id\":" + idOf(body) + ",\"result\":\"0x10\"}");
        });
        SourceOptions o = fastOptions();
        o.retries = 1;
        JsonRpcClient client({server.url(), {}, {}}, o);
        const auto r = client.call(QStringLiteral("eth_blockNumber"), {});
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->toString(), QStringLiteral("0x10"));
        QCOMPARE(server.requests, 2);
    }

    void unreachableNode()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        SourceOptions o = fastOptions();
        o.retries = 1;
        JsonRpcClient client({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), {}, {}}, o);
        const auto r = client.call(QStringLiteral("eth_chainId"), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::SourceFailed);
        QVERIFY2(r.message().contains(QLatin1String("could not be reached")) && r.message().contains(QLatin1String("2 attempts")),
                 qPrintable(r.message()));
    }

    void worksFromWorkerThread()
    {
        FakeServer server([](const QByteArray &body, const QByteArray &) {
            return json("{\"jsonrpc\":\"2.0\",\"id\":" + idOf(body) + ",\"result\":\"0x2a\"}");
        });
        JsonRpcClient client({server.url(), {}, {}}, fastOptions());
        QString inWorker;
        QThread *worker = QThread::create([&] {
            for (int i = 0; i < 3; ++i) {
                const auto r = client.call(QStringLiteral("eth_blockNumber"), {});
                inWorker += r.ok() ? r->toString() : r.message();
            }
        });
        QEventLoop wait; // the server lives in this thread: keep serving until the worker is done
        connect(worker, &QThread::finished, &wait, &QEventLoop::quit);
        worker->start();
        wait.exec();
        worker->wait();
        delete worker;
        QCOMPARE(inWorker, QStringLiteral("0x2a0x2a0x2a"));
        const auto here = client.call(QStringLiteral("eth_blockNumber"), {});
        QVERIFY2(here.ok(), qPrintable(here.message()));
        QCOMPARE(server.requests, 4);
    }

    void cancelDuringRequest()
    {
        FakeServer server([](const QByteArray &, const QByteArray &) {
            FakeReply r;
            r.hang = true;
            return r;
        });
        std::atomic_bool cancel{false};
        SourceOptions o = fastOptions();
        o.timeoutMs = 20000;
        o.cancel = &cancel;
        JsonRpcClient client({server.url(), {}, {}}, o);
        QTimer::singleShot(200, [&] { cancel = true; });
        QElapsedTimer t;
        t.start();
        const auto r = client.call(QStringLiteral("eth_getLogs"), {});
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("cancelled")), qPrintable(r.message()));
        QVERIFY(t.elapsed() < 3000);
        const auto again = client.call(QStringLiteral("eth_getLogs"), {});
        QVERIFY(!again.ok() && again.message().contains(QLatin1String("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestJsonRpcClient)
#include "TestJsonRpcClient.moc"
