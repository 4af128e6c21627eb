// Node source strings (bitcoind:, evm:) to RpcEndpoint: good forms, bad forms, cookie files,
// and no password in any error text.

#include "chain/RpcEndpoints.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace custos;
using namespace custos::chain;

class TestRpcEndpoints : public QObject {
    Q_OBJECT

private slots:
    void bitcoindGood_data();
    void bitcoindGood();
    void bitcoindBad_data();
    void bitcoindBad();
    void cookieFile();
    void cookieFileBad_data();
    void cookieFileBad();
    void evmGood_data();
    void evmGood();
    void evmBad_data();
    void evmBad();
    void redaction_data();
    void redaction();

private:
    QString writeCookie(const QByteArray &content);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestRpcEndpoints::writeCookie(const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("cookie%1").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return QString();
    return path;
}

void TestRpcEndpoints::bitcoindGood_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");

    QTest::newRow("plain") << "bitcoind:http://u:p@127.0.0.1:18443" << "http://127.0.0.1:18443" << "u" << "p";
    QTest::newRow("wallet path") << "bitcoind:http://alice:s3cret@node.example:8332/wallet/watch"
                                 << "http://node.example:8332/wallet/watch" << "alice" << "s3cret";
    QTest::newRow("https") << "bitcoind:https://u:p@node.example:443" << "https://node.example:443" << "u" << "p";
    QTest::newRow("percent-encoded password") << "bitcoind:http://u:p%40ss%3Aw%2Frd@127.0.0.1:1" << "http://127.0.0.1:1" << "u"
                                              << "p@ss:w/rd";
    QTest::newRow("ipv6") << "bitcoind:http://u:p@[::1]:18443" << "http://[::1]:18443" << "u" << "p";
    QTest::newRow("no port") << "bitcoind:http://u:p@node.example" << "http://node.example" << "u" << "p";
}

void TestRpcEndpoints::bitcoindGood()
{
    QFETCH(QString, source);
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QString, password);
    const Result<RpcEndpoint> r = parseBitcoindSource(source, QString());
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->url.toString(), url);
    QVERIFY(r->url.userInfo().isEmpty());
    QCOMPARE(r->user, user);
    QCOMPARE(r->password, password);
}

void TestRpcEndpoints::bitcoindBad_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("says");

    QTest::newRow("no prefix") << "http://u:hunter2pw@127.0.0.1:18443" << "does not start with bitcoind:";
    QTest::newRow("evm prefix") << "evm:http://u:hunter2pw@127.0.0.1:18443" << "does not start with bitcoind:";
    QTest::newRow("empty") << "" << "does not start with bitcoind:";
    QTest::newRow("no credentials") << "bitcoind:http://127.0.0.1:18443" << "no credentials";
    QTest::newRow("user without password") << "bitcoind:http://hunter2pw@127.0.0.1:18443" << "without a password";
    QTest::newRow("ftp") << "bitcoind:ftp://u:hunter2pw@127.0.0.1:18443" << "http:// or https://";
    QTest::newRow("no scheme") << "bitcoind:u:hunter2pw@127.0.0.1:18443" << "http:// or https://";
    QTest::newRow("no host") << "bitcoind:http://u:hunter2pw@:18443" << "";
    QTest::newRow("bad port") << "bitcoind:http://u:hunter2pw@127.0.0.1:port" << "not a valid URL";
    QTest::newRow("space") << "bitcoind:http://u:hunter2pw@127.0.0.1:18443 " << "whitespace";
    QTest::newRow("query") << "bitcoind:http://u:hunter2pw@127.0.0.1:18443/?x=1" << "query";
    QTest::newRow("slash in password") << "bitcoind:http://u:hun/ter2pw@127.0.0.1:18443" << "";
    QTest::newRow("hash in password") << "bitcoind:http://u:hun#ter2pw@127.0.0.1:18443" << "";
}

void TestRpcEndpoints::bitcoindBad()
{
    QFETCH(QString, source);
    QFETCH(QString, says);
    const Result<RpcEndpoint> r = parseBitcoindSource(source, QString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::BadInput);
    QVERIFY2(r.message().contains(says), qPrintable(r.message()));
    QVERIFY2(!r.message().contains(QLatin1String("ter2pw")) && !r.message().contains(QLatin1String("hunter2")), qPrintable(r.message()));
    if (!source.isEmpty())
        QVERIFY2(r.message().contains(redactSource(source)), qPrintable(r.message()));
}

void TestRpcEndpoints::cookieFile()
{
    for (const QByteArray &content : {QByteArrayLiteral("__cookie__:0a1b2c3d"), QByteArrayLiteral("__cookie__:0a1b2c3d\n"),
                                      QByteArrayLiteral("__cookie__:0a1b2c3d\r\nmore")}) {
        const QString path = writeCookie(content);
        const Result<RpcEndpoint> r = parseBitcoindSource(QStringLiteral("bitcoind:http://127.0.0.1:19332/wallet/w"), path);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->user, QStringLiteral("__cookie__"));
        QCOMPARE(r->password, QStringLiteral("0a1b2c3d"));
        QCOMPARE(r->url.toString(), QStringLiteral("http://127.0.0.1:19332/wallet/w"));
    }
    const Result<RpcEndpoint> colonInPassword = parseBitcoindSource(QStringLiteral("bitcoind:http://127.0.0.1:1"), writeCookie("user:pa:ss\n"));
    QVERIFY(colonInPassword.ok());
    QCOMPARE(colonInPassword->user, QStringLiteral("user"));
    QCOMPARE(colonInPassword->password, QStringLiteral("pa:ss"));
}

void TestRpcEndpoints::cookieFileBad_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("says");

    QTest::newRow("missing file") << "bitcoind:http://127.0.0.1:1" << QByteArray() << "cannot read the RPC cookie file";
    QTest::newRow("no colon") << "bitcoind:http://127.0.0.1:1" << QByteArray("secretcookievalue\n") << "USER:PASSWORD";
    QTest::newRow("empty password") << "bitcoind:http://127.0.0.1:1" << QByteArray("secretcookievalue:\n") << "USER:PASSWORD";
    QTest::newRow("empty user") << "bitcoind:http://127.0.0.1:1" << QByteArray(":secretcookievalue\n") << "USER:PASSWORD";
    QTest::newRow("url credentials too") << "bitcoind:http://u:secretcookievalue@127.0.0.1:1" << QByteArray("__cookie__:x")
                                         << "use one of them";
    QTest::newRow("huge") << "bitcoind:http://127.0.0.1:1" << QByteArray(5000, 'a') << "too large";
}

void TestRpcEndpoints::cookieFileBad()
{
    QFETCH(QString, source);
    QFETCH(QByteArray, content);
    QFETCH(QString, says);
    const QString path = content.isEmpty() ? m_dir.filePath(QStringLiteral("no-such-cookie")) : writeCookie(content);
    const Result<RpcEndpoint> r = parseBitcoindSource(source, path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::BadInput);
    QVERIFY2(r.message().contains(says), qPrintable(r.message()));
    QVERIFY2(r.message().contains(path), qPrintable(r.message()));
    QVERIFY2(!r.message().contains(QLatin1String("secretcookievalue")), qPrintable(r.message()));
}

void TestRpcEndpoints::evmGood_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");

    QTest::newRow("plain") << "evm:http://127.0.0.1:8545" << "http://127.0.0.1:8545" << "" << "";
    QTest::newRow("path") << "evm:http://127.0.0.1:8545/path" << "http://127.0.0.1:8545/path" << "" << "";
    QTest::newRow("https no port") << "evm:https://rpc.example/v3/key" << "https://rpc.example/v3/key" << "" << "";
    QTest::newRow("basic auth") << "evm:https://u:p@rpc.example:443/" << "https://rpc.example:443/" << "u" << "p";
}

void TestRpcEndpoints::evmGood()
{
    QFETCH(QString, source);
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QString, password);
    const Result<RpcEndpoint> r = parseEvmSource(source);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->url.toString(), url);
    QCOMPARE(r->user, user);
    QCOMPARE(r->password, password);
}

void TestRpcEndpoints::evmBad_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("says");

    QTest::newRow("bitcoind prefix") << "bitcoind:http://127.0.0.1:8545" << "does not start with evm:";
    QTest::newRow("no prefix") << "http://127.0.0.1:8545" << "does not start with evm:";
    QTest::newRow("ws") << "evm:ws://127.0.0.1:8545" << "http:// or https://";
    QTest::newRow("fragment") << "evm:http://127.0.0.1:8545/#x" << "fragment";
    QTest::newRow("password shown hidden") << "evm:ftp://u:topsecretpw@127.0.0.1:8545" << "http:// or https://";
    QTest::newRow("tab") << "evm:http://127.0.0.1:8545\t" << "whitespace";
}

void TestRpcEndpoints::evmBad()
{
    QFETCH(QString, source);
    QFETCH(QString, says);
    const Result<RpcEndpoint> r = parseEvmSource(source);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::BadInput);
    QVERIFY2(r.message().contains(says), qPrintable(r.message()));
    QVERIFY2(!r.message().contains(QLatin1String("topsecretpw")), qPrintable(r.message()));
    QVERIFY2(r.message().contains(QLatin1String("evm:http://127.0.0.1:8545")) || r.message().contains(QLatin1String("127.0.0.1:8545")),
             qPrintable(r.message()));
}

void TestRpcEndpoints::redaction_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("shown");

    QTest::newRow("password") << "bitcoind:http://u:pw@h:1" << "bitcoind:http://u:***@h:1";
    QTest::newRow("no user info") << "bitcoind:http://h:1/x" << "bitcoind:http://h:1/x";
    QTest::newRow("token only") << "bitcoind:http://tok@h:1" << "bitcoind:http://***@h:1";
    QTest::newRow("no scheme") << "bitcoind:u:pw@h:1" << "bitcoind:u:***@h:1";
    QTest::newRow("at in path") << "evm:http://h:1/a@b" << "evm:http://h:***@b";
    QTest::newRow("slash in password") << "bitcoind:http://u:a/b@h:1" << "bitcoind:http://u:***@h:1";
    QTest::newRow("at in password") << "bitcoind:http://u:a@b@h:1" << "bitcoind:http://u:***@h:1";
    QTest::newRow("not a url") << "bitcoind:nonsense" << "bitcoind:nonsense";
}

void TestRpcEndpoints::redaction()
{
    QFETCH(QString, source);
    QFETCH(QString, shown);
    QCOMPARE(redactSource(source), shown);
}

QTEST_GUILESS_MAIN(TestRpcEndpoints)
#include "TestRpcEndpoints.moc"
