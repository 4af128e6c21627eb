// Damaged files and bad sources, as custosctl reports them.
// - Damaged register files (truncated, a flipped byte in a page) and key files (damaged,
//   missing, from another register): exit 3 with a sentence naming the file, and nothing
//   written (both files keep their bytes).
// - A misbehaving JSON-RPC node (a QTcpServer in this process): garbage, HTTP 500, a 100 MB
//   body (declared and streamed), a reply after 60 s, and a tip that goes backwards. Every
//   case ends `incomplete` (exit 5) within the configured timeout, the run is recorded as
//   incomplete (never clean), and the client's memory stays bounded by the response limit.

#include "CliSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

using custos::clitest::Run;

namespace {

// An EVM node on 127.0.0.1 that answers correctly or misbehaves as told.
class FakeNode : public QObject {
public:
    enum class Mode { Good, Garbage, Http500, HugeDeclared, HugeStreamed, Slow, TipBackwards };

    Mode mode = Mode::Good;
    int blockNumberCalls = 0;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("evm:http://127.0.0.1:%1/").arg(m_server.serverPort()); }

    FakeNode()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
            }
        });
    }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;

    static QJsonValue answer(const QString &method, const QJsonArray &params, int &blockCalls, Mode mode)
    {
        if (method == QLatin1String("eth_chainId"))
            return QStringLiteral("0x1");
        if (method == QLatin1String("eth_blockNumber")) {
            ++blockCalls;
            return mode == Mode::TipBackwards && blockCalls > 1 ? QStringLiteral("0x5a") : QStringLiteral("0x64");
        }
        if (method == QLatin1String("eth_getBlockByNumber")) {
            const QString n = params.at(0).toString();
            const QString hash = QStringLiteral("0x") + QString(QCryptographicHash::hash(n.toLatin1(), QCryptographicHash::Sha256).toHex());
            return QJsonObject{{QStringLiteral("number"), n}, {QStringLiteral("hash"), hash},
                               {QStringLiteral("parentHash"), QStringLiteral("0x") + QString(64, QLatin1Char('0'))},
                               {QStringLiteral("transactions"), QJsonArray{}}};
        }
        if (method == QLatin1String("eth_getBalance"))
            return QStringLiteral("0x0");
        if (method == QLatin1String("eth_call"))
            return QStringLiteral("0x") + QString(64, QLatin1Char('0'));
        return QJsonArray{};
    }

    void reply(QTcpSocket *s, const QByteArray &status, const QByteArray &body)
    {
        s->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\nConnection: keep-alive\r\n\r\n" + body);
    }

    // Streams `left` bytes without a Content-Length, a megabyte at a time as the socket drains.
    void stream(QTcpSocket *s, qint64 left)
    {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
        auto remaining = std::make_shared<qint64>(left);
        const QByteArray chunk(1 << 20, ' ');
        const QPointer<QTcpSocket> guard(s);
        auto pump = [guard, remaining, chunk] {
            while (guard && guard->state() == QAbstractSocket::ConnectedState && *remaining > 0 && guard->bytesToWrite() < (4 << 20)) {
                guard->write(chunk);
                *remaining -= chunk.size();
            }
            if (guard && *remaining <= 0 && guard->bytesToWrite() == 0)
                guard->disconnectFromHost();
        };
        QObject::connect(s, &QTcpSocket::bytesWritten, s, pump);
        pump();
    }

    void serve(QTcpSocket *s)
    {
        QByteArray &buf = m_pending[s];
        buf += s->readAll();
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buf.left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buf.size() < end + 4 + length)
                return;
            const QByteArray body = buf.mid(end + 4, length);
            buf.remove(0, end + 4 + length);
            handle(s, body);
        }
    }

    void handle(QTcpSocket *s, const QByteArray &body)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const QJsonArray calls = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        const bool onlyChainId = calls.size() == 1 && calls.at(0).toObject().value(QStringLiteral("method")).toString() == QLatin1String("eth_chainId");
        const Mode m = onlyChainId ? Mode::Good : mode; // the node serves the right network, then misbehaves
        switch (m) {
        case Mode::Garbage:
            return reply(s, "200 OK", "}{ this is not JSON-RPC \x01\x02");
        case Mode::Http500:
            return reply(s, "500 Internal Server Error", "<html>upstream exploded</html>");
        case Mode::HugeDeclared:
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n[");
            return;
        case Mode::HugeStreamed:
            return stream(s, qint64(100) << 20);
        case Mode::Slow: {
            const QPointer<QTcpSocket> guard(s);
            QTimer::singleShot(60000, this, [this, guard, body] {
                if (guard)
                    reply(guard, "200 OK", "{}");
            });
            return;
        }
        case Mode::Good:
        case Mode::TipBackwards:
            break;
        }
        QJsonArray out;
        for (const QJsonValue c : calls) {
            const QJsonObject o = c.toObject();
            out.append(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), o.value(QStringLiteral("id"))},
                                   {QStringLiteral("result"), answer(o.value(QStringLiteral("method")).toString(),
                                                                     o.value(QStringLiteral("params")).toArray(), blockNumberCalls, mode)}});
        }
        reply(s, "200 OK", doc.isArray() ? QJsonDocument(out).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(out.at(0).toObject()).toJson(QJsonDocument::Compact));
    }
};

QByteArray digestOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Peak resident memory (VmHWM, KiB) of a running process, 0 when it is gone.
qint64 peakKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

} // namespace

class TestCliFaults : public QObject {
    Q_OBJECT

    custos::clitest::Ctl m_ctl;
    QString m_recovery;

    // custosctl reconcile against the fake node; tracks the child's peak memory while it runs.
    Run reconcile(FakeNode &node, const QStringList &extra, qint64 *peak)
    {
        QProcess p;
        QProcessEnvironment e = m_ctl.env({});
        e.insert(QStringLiteral("CUSTOS_USER"), QStringLiteral("olga"));
        // Under AddressSanitizer (the asan preset) freed blocks wait in a quarantine of up to 256 MB
        // before reuse, which would count as the program's memory; measure the program, not the
        // sanitizer. (Ignored by a build without ASan.)
        QString asan = e.value(QStringLiteral("ASAN_OPTIONS"));
        if (!asan.isEmpty())
            asan += QLatin1Char(':');
        e.insert(QStringLiteral("ASAN_OPTIONS"), asan + QStringLiteral("quarantine_size_mb=0:thread_local_quarantine_size_kb=0"));
        p.setProcessEnvironment(e);
        QElapsedTimer clock;
        clock.start();
        p.start(QStringLiteral(CUSTOSCTL_PATH), QStringList{QStringLiteral("--password-file"), m_ctl.dir.filePath(QStringLiteral("olga.pw")),
                                                            QStringLiteral("--json"), QStringLiteral("reconcile"), QStringLiteral("--chain"),
                                                            QStringLiteral("ethereum"), QStringLiteral("--source"), node.url()}
                                                    + extra);
        p.waitForStarted();
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer poll;
        *peak = 0;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] { *peak = std::max(*peak, peakKiB(p.processId())); });
        poll.start(20);
        QTimer::singleShot(180000, &loop, &QEventLoop::quit);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        Run r;
        r.ms = clock.elapsed();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        } else {
            r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        }
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    void expectNothingWritten(const QString &path, const QList<QByteArray> &before)
    {
        QCOMPARE(digestOf(path), before.value(0));
        QCOMPARE(digestOf(path + QStringLiteral("-keys")), before.value(1));
        for (const char *suffix : {"-journal", "-wal"}) {
            const QFileInfo side(path + QLatin1String(suffix));
            QVERIFY2(!side.exists() || side.size() == 0, qPrintable(side.filePath()));
        }
    }

private slots:
    void initTestCase()
    {
        m_recovery = m_ctl.setUp();
        QVERIFY(!m_recovery.isEmpty());
        // Enough movements that the file has many pages.
        m_ctl.file(QStringLiteral("m.csv"), custos::clitest::Ctl::movements(3000));
        QCOMPARE(m_ctl.run({QStringLiteral("import"), QStringLiteral("movements"), m_ctl.dir.filePath(QStringLiteral("m.csv"))},
                           QStringLiteral("olga")).code, 0);
        QVERIFY(QFileInfo(m_ctl.reg).size() > 40 * 4096);
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("says");
        const QStringList write{QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("C9"),
                                QStringLiteral("--name"), QStringLiteral("Never Written")};
        const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify")};
        QTest::newRow("truncated to 10 bytes") << "truncate10" << write << "is truncated";
        QTest::newRow("truncated to half") << "truncateHalf" << verify << "damaged";
        QTest::newRow("flipped byte in the first page") << "flipFirst" << write << "damaged";
        QTest::newRow("flipped byte in a middle page") << "flipMiddle" << verify << "damaged";
        QTest::newRow("key file not JSON") << "keysGarbage" << write << "is damaged";
        QTest::newRow("key file cut short") << "keysTruncated" << write << "is damaged";
        QTest::newRow("key file slot damaged") << "keysSlot" << write << "malformed";
        QTest::newRow("key file missing") << "keysMissing" << write << "is missing";
        QTest::newRow("key file of another register") << "keysForeign" << write << "another register";
    }

    void damagedFiles()
    {
        QFETCH(QString, damage);
        QFETCH(QStringList, command);
        QFETCH(QString, says);
        const QString path = m_ctl.copyRegister(QStringLiteral("damaged.custos"));
        QVERIFY(!path.isEmpty());
        const QString keys = path + QStringLiteral("-keys");
        if (damage.startsWith(QLatin1String("keys"))) {
            QFile k(keys);
            QVERIFY(k.open(QIODevice::ReadWrite));
            const QByteArray original = k.readAll();
            k.resize(0);
            k.seek(0);
            if (damage == QLatin1String("keysGarbage"))
                k.write("\x7f" "ELF not a key file");
            else if (damage == QLatin1String("keysTruncated"))
                k.write(original.left(original.size() / 2));
            else if (damage == QLatin1String("keysSlot"))
                k.write(QByteArray(original).replace("\"wrapped_master\": \"", "\"wrapped_master\": \"!!"));
            k.close();
            if (damage == QLatin1String("keysMissing"))
                QVERIFY(QFile::remove(keys));
            if (damage == QLatin1String("keysForeign")) {
                custos::clitest::Ctl other;
                QVERIFY(!other.setUp().isEmpty());
                QVERIFY(QFile::remove(keys));
                QVERIFY(QFile::copy(other.reg + QStringLiteral("-keys"), keys));
            }
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 pages = f.size() / 4096;
            if (damage == QLatin1String("truncate10")) {
                QVERIFY(f.resize(10));
            } else if (damage == QLatin1String("truncateHalf")) {
                QVERIFY(f.resize((pages / 2) * 4096));
            } else {
                const qint64 at = damage == QLatin1String("flipFirst") ? 200 : (pages / 2) * 4096 + 1000;
                f.seek(at);
                char c = 0;
                QVERIFY(f.getChar(&c));
                f.seek(at);
                QVERIFY(f.putChar(char(c ^ 0x10)));
            }
        }
        const QList<QByteArray> before{digestOf(path), digestOf(keys)};
        const Run r = m_ctl.run(command, {}, path);
        QVERIFY2(r.code == 3, r.both().constData());
        QVERIFY2(r.err.startsWith("custosctl: error: "), r.err.constData());
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("damaged.custos"), r.err.constData()); // names the file
        expectNothingWritten(path, before);
    }

    void misbehavingNode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("says");
        QTest::newRow("garbage") << int(FakeNode::Mode::Garbage) << "malformed JSON";
        QTest::newRow("HTTP 500") << int(FakeNode::Mode::Http500) << "HTTP 500";
        QTest::newRow("100 MB declared") << int(FakeNode::Mode::HugeDeclared) << "more than";
        QTest::newRow("100 MB streamed") << int(FakeNode::Mode::HugeStreamed) << "more than";
        QTest::newRow("reply after 60 s") << int(FakeNode::Mode::Slow) << "did not answer within 2000 ms";
        QTest::newRow("tip goes backwards") << int(FakeNode::Mode::TipBackwards) << "went back";
    }

    void misbehavingNode()
    {
        QFETCH(int, mode);
        QFETCH(QString, says);
        FakeNode node;
        QVERIFY(node.listen());
        node.mode = FakeNode::Mode(mode);
        constexpr int kTimeoutS = 2;
        qint64 peak = 0;
        const Run r = reconcile(node, {QStringLiteral("--timeout"), QString::number(kTimeoutS), QStringLiteral("--retries"), QStringLiteral("1"),
                                       QStringLiteral("--max-response-mb"), QStringLiteral("8")},
                                &peak);
        QVERIFY2(r.code == 5, r.both().constData());
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("incomplete"));
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        // Two attempts of at most the timeout each, the back-off between them, and start-up.
        QVERIFY2(r.ms < 2 * kTimeoutS * 1000 + 250 + 8000, qPrintable(QStringLiteral("took %1 ms").arg(r.ms)));
        qInfo("peak memory %lld KiB, %lld ms", peak, r.ms);
        // Recorded as incomplete, never clean.
        const Run runs = m_ctl.run({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("--chain"), QStringLiteral("ethereum")});
        QCOMPARE(runs.code, 0);
        const QJsonArray list = runs.json().value(QStringLiteral("runs")).toArray();
        QVERIFY(!list.isEmpty());
        for (const QJsonValue v : list)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("incomplete"));
    }

    void streamedBodyMemoryIsBoundedByTheLimit()
    {
        // A 100 MB body streamed without a length, against a 1 MiB and an 8 MiB limit: the memory
        // the client needs beyond a small garbage answer follows the limit, not the body.
        FakeNode node;
        QVERIFY(node.listen());
        const QStringList once{QStringLiteral("--retries"), QStringLiteral("0")};
        qint64 baseline = 0, small = 0, medium = 0;
        node.mode = FakeNode::Mode::Garbage;
        QCOMPARE(reconcile(node, once, &baseline).code, 5);
        node.mode = FakeNode::Mode::HugeStreamed;
        QCOMPARE(reconcile(node, once + QStringList{QStringLiteral("--max-response-mb"), QStringLiteral("1")}, &small).code, 5);
        QCOMPARE(reconcile(node, once + QStringList{QStringLiteral("--max-response-mb"), QStringLiteral("8")}, &medium).code, 5);
        qInfo("peak memory: garbage answer %lld KiB; 100 MB body with a 1 MiB limit %lld KiB, with an 8 MiB limit %lld KiB", baseline,
              small, medium);
        QVERIFY2(baseline > 0 && small > 0 && medium > 0, "the memory of the child was not measured");
        QVERIFY2(small - baseline < (4 * 1 + 16) * 1024, "a 1 MiB limit must keep the client within a few MiB");
        QVERIFY2(medium - baseline < (4 * 8 + 16) * 1024, "an 8 MiB limit must keep a 100 MB body out of memory");
    }

    void goodNodeIsClean()
    {
        // The same fake node, behaving: the run is clean, so the faults above are what failed.
        FakeNode node;
        QVERIFY(node.listen());
        qint64 peak = 0;
        const Run r = reconcile(node, {QStringLiteral("--timeout"), QStringLiteral("5")}, &peak);
        QVERIFY2(r.code == 0, r.both().constData());
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("clean"));
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "TestCliFaults.moc"
