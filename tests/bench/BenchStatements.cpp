// custos_bench_statements: client statements for N clients (default 10,000) holding 5 assets with
// 20 transfers each in the quarter (plus 2 movements before it and 1 after, so opening balances
// and the "after the period" correction are exercised): 23 movements per client and asset.
//   1. statements: produceStatements(--all) for 2026Q3 (PDF/A + JSON, recorded and audited)
//   2. bare: the same number of PDF/A documents drawn straight with QPainter on QPdfWriter:
//      the text of a produced statement's pages (read back with pdftotext -layout), run by run,
//      in the same fonts, with the same page count and a QR code; no register access, no layout
//      pass, no JSON, no hashing, no recording; written to files on as many threads
// Prints statements per second, the ratio to the bare run (target >= 0.7) and the peak memory
// of the statement run (VmHWM, target < 500 MiB). A benchmark program, not a test: run it by
// hand on a Release build.

#include "BenchData.h"
#include "BenchUtil.h"

#include "ledger/MovementWriter.h"
#include "ledger/Reference.h"
#include "pdf/Document.h"
#include "pdf/QrCode.h"
#include "register/Register.h"
#include "settings/Custodian.h"
#include "statements/Statements.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <thread>

using namespace custos;
using namespace custos::bench;

namespace {

constexpr int kAssets = 5;
constexpr int kBefore = 2, kInPeriod = 20, kAfter = 1;

struct Asset {
    const char *chain;
    const char *symbol;
    int decimals;
    const char *contract;
    int onAddress; // kBtc or kEth: which of the client's addresses moves it
    const char *price;
};
const Asset kAssetList[kAssets] = {
    {"bitcoin", "BTC", 8, "", kBtc, "58123.45"},
    {"ethereum", "ETH", 18, "", kEth, "2345.67"},
    {"ethereum", "USDC", 6, "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", kEth, "0.9213"},
    {"ethereum", "LINK", 18, "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", kEth, "12.3456"},
    {"ethereum", "UNI", 18, "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", kEth, "6.789"},
};

QByteArray hexTx(std::mt19937_64 &rng, bool evm)
{
    QByteArray raw(32, '\0');
    for (int i = 0; i < 32; i += 8) {
        const quint64 v = rng();
        memcpy(raw.data() + i, &v, 8);
    }
    return (evm ? QByteArray("0x") : QByteArray()) + raw.toHex();
}

QByteArray isoAt(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")).toLatin1();
}

// Assets beyond BTC/ETH, the compliance user, the custodian, prices, and the movements (through
// MovementWriter, which keeps the positions, in one transaction with one audit entry).
void fillRegister(const QString &path, BenchRegister &b, std::mt19937_64 &rng)
{
    auto admin = need(reg::Register::open(path, QString::fromLatin1(kAdminName), kAdminPassword), "open as admin");
    need(settings::setCustodian(*admin,
                                {QStringLiteral("Custos Bench Custody GmbH"), QStringLiteral("Taunusanlage 1\n60329 Frankfurt am Main"),
                                 QStringLiteral("CASP-DE-0001"), QStringLiteral("discrepancies@custos.example")}),
         "set the custodian");
    qint64 assetIds[kAssets] = {b.assetId[kBtc], b.assetId[kEth], 0, 0, 0};
    for (int a = 2; a < kAssets; ++a)
        assetIds[a] = need(ledger::addAsset(*admin, {QLatin1String(kAssetList[a].chain), QLatin1String(kAssetList[a].symbol),
                                                     kAssetList[a].decimals, QLatin1String(kAssetList[a].contract)}),
                           "add a token")
                          .id;
    need(admin->addUser(QStringLiteral("compliance"), reg::Role::Compliance, QByteArrayLiteral("bench-compliance-password")),
         "add the compliance user");

    reg::Transaction tx(admin->db());
    need(tx.begun(), "begin the movements");
    auto price =
        need(admin->db().prepare("INSERT INTO prices(asset_id, date, currency, price, source) VALUES (?, '2026-09-30', 'EUR', ?, 'bench')"),
             "prepare prices");
    for (int a = 0; a < kAssets; ++a) {
        price.bind(1, assetIds[a]).bind(2, QLatin1String(kAssetList[a].price));
        need(price.run(), "insert a price");
    }
    ledger::MovementWriter w(admin->db(), std::nullopt);
    need(w.prepare(), "prepare the movement writer");
    const qint64 q3 = QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 quarter = 92 * 86400;
    const QByteArray recorded = isoAt(q3 + quarter + 86400);
    qint64 height = 800000;
    for (const BenchClient &c : b.clients) {
        for (int a = 0; a < kAssets; ++a) {
            const Asset &asset = kAssetList[a];
            const int128 unit = int128(1) * [&] {
                int128 p = 1;
                for (int i = 0; i < asset.decimals; ++i)
                    p *= 10;
                return p;
            }();
            int128 balance = 0;
            for (int i = 0; i < kBefore + kInPeriod + kAfter; ++i) {
                ledger::MovementRecord m;
                m.clientId = c.id;
                m.assetId = assetIds[a];
                qint64 at;
                if (i < kBefore)
                    at = q3 - 86400 * (30 - i) - qint64(rng() % 86400);
                else if (i < kBefore + kInPeriod)
                    at = q3 + (i - kBefore) * (quarter / kInPeriod) + qint64(rng() % (quarter / kInPeriod));
                else
                    at = q3 + quarter + 3600;
                // Deposits of 1..100 units (with fractions); every third in-period movement a withdrawal of a quarter
                // of the balance, every fifth a small fee.
                int128 amount = unit * int128(1 + rng() % 100) + int128(rng() % 1000) * (unit / 1000);
                QByteArray kind = "deposit";
                if (i >= kBefore && i % 3 == 0) {
                    amount = -(balance / 4);
                    kind = "withdrawal";
                } else if (i >= kBefore && i % 5 == 0) {
                    amount = -(unit / 1000);
                    kind = "fee";
                }
                balance += amount;
                m.amount = Amount::fromBaseUnits(amount);
                m.kind = kind;
                m.occurredAt = isoAt(at);
                m.recordedAt = recorded;
                m.addressId = c.addressId[asset.onAddress];
                m.txHash = hexTx(rng, asset.onAddress == kEth);
                m.blockHeight = ++height;
                need(w.add(m), "add a movement");
            }
        }
    }
    need(w.finish(admin->user().name, QStringLiteral("bench.movements"), QJsonObject{}), "finish the movements");
    need(tx.commit(), "commit the movements");
    need(admin->db().exec("PRAGMA wal_checkpoint(TRUNCATE);"), "checkpoint");
}

// The bare run draws the pages of a produced statement as pdftotext -layout reads them back:
// every text run (a cell, a label, a value) at its column, in the same fonts (monospace for hashes
// and addresses, bold for the header rows), a rule under every line, and a QR code of the same
// size; so the same glyphs, text items and page count, with no register access.
struct BarePage {
    struct Run {
        qreal x; // in characters of the -layout text
        QString text;
        bool mono;
        bool bold;
    };
    std::vector<std::vector<Run>> lines;
};
struct BareShape {
    std::vector<BarePage> pages;
    pdf::ModuleGrid qr;
};

BareShape bareShapeOf(const QString &pdfPath)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        fail(QStringLiteral("bare"), QStringLiteral("pdftotext could not read %1 (install poppler-utils)").arg(pdfPath));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression runs(QStringLiteral("\\S+(?: \\S+)*"));
    static const QRegularExpression hexish(QStringLiteral("^(0x)?[0-9a-fA-F…]{16,}$|^bc1|^0x"));
    BareShape shape;
    for (const QString &page : text.split(QLatin1Char('\f'), Qt::SkipEmptyParts)) {
        BarePage bp;
        for (const QString &line : page.split(QLatin1Char('\n'))) {
            std::vector<BarePage::Run> out;
            const bool header = line.contains(QStringLiteral("Date (UTC)")) || line.contains(QStringLiteral("Crypto-asset"));
            for (auto it = runs.globalMatch(line); it.hasNext();) {
                const auto m = it.next();
                out.push_back({qreal(m.capturedStart()), m.captured(), hexish.match(m.captured()).hasMatch(), header});
            }
            bp.lines.push_back(std::move(out));
        }
        shape.pages.push_back(std::move(bp));
    }
    shape.qr = need(pdf::qrCode(QByteArray(120, 'x')), "a QR code");
    return shape;
}

void drawBare(const QString &path, const BareShape &shape, int serial)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        fail(QStringLiteral("bare"), QStringLiteral("cannot write %1").arg(path));
    QPdfWriter w(&out);
    w.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    w.setResolution(1200);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    w.setTitle(QStringLiteral("Statement of client assets 2026Q3 – Bench client %1").arg(serial));
    w.setCreator(QStringLiteral("Custos bare"));
    QFont body(QStringLiteral("DejaVu Sans")), bold(QStringLiteral("DejaVu Sans")), mono(QStringLiteral("DejaVu Sans Mono"));
    body.setPointSizeF(8);
    bold.setPointSizeF(8);
    bold.setBold(true);
    mono.setPointSizeF(7.5);
    for (QFont *f : {&body, &bold, &mono}) { // as the document layer sets them
        f->setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
        f->setHintingPreference(QFont::PreferNoHinting);
    }
    QPainter p(&w);
    const qreal mm = 1200 / 25.4;
    const int pages = int(shape.pages.size());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            w.newPage();
        const BarePage &bp = shape.pages[size_t(page)];
        const qreal line = std::min<qreal>(4.2 * mm, 250 * mm / std::max<qsizetype>(1, qsizetype(bp.lines.size())));
        qreal y = 20 * mm;
        for (const auto &runs : bp.lines) {
            for (const BarePage::Run &r : runs) {
                p.setFont(r.bold ? bold : (r.mono ? mono : body));
                p.drawText(QPointF(20 * mm + r.x * 1.75 * mm, y), r.text);
            }
            if (!runs.empty()) {
                p.setPen(QPen(QColor(0xd4, 0xd4, 0xd4), 5));
                p.drawLine(QPointF(20 * mm, y + 1.2 * mm), QPointF(190 * mm, y + 1.2 * mm));
                p.setPen(Qt::black);
            }
            y += line;
        }
        if (page == pages - 1) { // the QR code, as the statement's last page has it
            const qreal module = 34 * mm / (shape.qr.size + 8);
            for (int row = 0; row < shape.qr.size; ++row)
                for (int col = 0; col < shape.qr.size; ++col)
                    if (shape.qr.dark[row * shape.qr.size + col])
                        p.fillRect(QRectF(20 * mm + col * module, 200 * mm + row * module, module, module), Qt::black);
        }
    }
    p.end();
}

double bareRun(const QString &dir, int documents, int threads, const BareShape &shape)
{
    QDir().mkpath(dir);
    std::atomic<int> next{0};
    Stopwatch clock;
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (int i = next.fetch_add(1); i < documents; i = next.fetch_add(1))
                drawBare(QDir(dir).filePath(QStringLiteral("bare-%1.pdf").arg(i)), shape, i);
        });
    for (std::thread &t : pool)
        t.join();
    return clock.seconds();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures client statements against bare QPdfWriter documents."));
    parser.addHelpOption();
    const QCommandLineOption clientsOpt(QStringLiteral("clients"), QStringLiteral("Clients (default 10000)."), QStringLiteral("N"),
                                        QStringLiteral("10000"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), QStringLiteral("Worker threads for both runs (default: one per core, plus one, as produceStatements)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Directory for the files (default: a temporary one)."),
                                    QStringLiteral("DIR"));
    parser.addOptions({clientsOpt, threadsOpt, dirOpt});
    parser.process(app);
    const int clients = parser.value(clientsOpt).toInt();
    if (clients < 1)
        fail(QStringLiteral("--clients"), QStringLiteral("expected a whole number of at least 1"));
    const int threads = parser.value(threadsOpt).toInt() > 0 ? parser.value(threadsOpt).toInt() : std::max(1, QThread::idealThreadCount()) + 1; // as produceStatements
    QTemporaryDir tmp(parser.value(dirOpt).isEmpty() ? QDir::tempPath() + QStringLiteral("/custos-bench-statements-XXXXXX")
                                                     : parser.value(dirOpt) + QStringLiteral("/custos-bench-statements-XXXXXX"));
    if (!tmp.isValid())
        fail(QStringLiteral("setup"), QStringLiteral("cannot create a temporary directory"));
    need(pdf::loadFonts(), "load the fonts");

    Figures fig;
    fig.add(QStringLiteral("machine"), cpuDescription());
    fig.add(QStringLiteral("clients"), qint64(clients));
    fig.add(QStringLiteral("assets per client"), qint64(kAssets));
    fig.add(QStringLiteral("movements per client and asset"), QStringLiteral("%1 (%2 before the quarter, %3 in it, %4 after)")
                                                                  .arg(kBefore + kInPeriod + kAfter)
                                                                  .arg(kBefore)
                                                                  .arg(kInPeriod)
                                                                  .arg(kAfter));
    fig.add(QStringLiteral("threads"), qint64(threads));

    std::mt19937_64 rng(20260930);
    const QString path = tmp.filePath(QStringLiteral("bench.custos"));
    Stopwatch setup;
    note(QStringLiteral("building the register: %1 clients").arg(clients));
    BenchRegister b = buildRegister(path, clients, rng);
    note(QStringLiteral("writing %1 movements").arg(qint64(clients) * kAssets * (kBefore + kInPeriod + kAfter)));
    fillRegister(path, b, rng);
    fig.add(QStringLiteral("setup"), QStringLiteral("%1 s").arg(setup.seconds(), 0, 'f', 1));

    auto reg =
        need(reg::Register::open(path, QStringLiteral("compliance"), QByteArrayLiteral("bench-compliance-password")), "open as compliance");
    statements::Request req;
    req.all = true;
    req.period = need(statements::quarter(QStringLiteral("2026Q3")), "quarter");
    req.outDir = tmp.filePath(QStringLiteral("statements"));
    req.threads = threads;
    resetPeakRss();
    const qint64 rssBefore = procStatusBytes("VmRSS");
    note(QStringLiteral("producing the statements"));
    Stopwatch run;
    const double cpuBefore = processCpuMs();
    auto result = need(statements::produceStatements(*reg, req,
                                                     [&](const statements::BatchProgress &p) {
                                                         if (p.done % 1000 == 0)
                                                             note(QStringLiteral("  %1 / %2").arg(p.done).arg(p.total));
                                                     }),
                       "produce the statements");
    const double seconds = run.seconds();
    const double cpu = processCpuMs() - cpuBefore;
    const qint64 peak = procStatusBytes("VmHWM");
    if (!result.failed.isEmpty())
        fail(QStringLiteral("statements"), QStringLiteral("%1 failed, first %2: %3")
                                               .arg(result.failed.size())
                                               .arg(result.failed.first().client, result.failed.first().reason));
    if (result.produced.size() != clients)
        fail(QStringLiteral("statements"), QStringLiteral("%1 produced for %2 clients").arg(result.produced.size()).arg(clients));
    qint64 pdfBytes = 0;
    int pagesMin = 1 << 30, pagesMax = 0;
    for (const statements::Produced &p : result.produced) {
        pdfBytes += QFileInfo(p.pdfPath).size();
        pagesMin = std::min(pagesMin, p.pages);
        pagesMax = std::max(pagesMax, p.pages);
    }
    const double perSecond = clients / seconds;

    const BareShape shape = bareShapeOf(result.produced.first().pdfPath);
    note(QStringLiteral("bare QPdfWriter run: %1 documents of %2 pages").arg(clients).arg(shape.pages.size()));
    const double bareCpuBefore = processCpuMs();
    const double bareSeconds = bareRun(tmp.filePath(QStringLiteral("bare")), clients, threads, shape);
    const double barePerSecond = clients / bareSeconds;
    const double bareCpu = processCpuMs() - bareCpuBefore;

    fig.add(QStringLiteral("statements produced"), qint64(result.produced.size()));
    fig.add(QStringLiteral("pages per statement"), QStringLiteral("%1..%2").arg(pagesMin).arg(pagesMax));
    fig.add(QStringLiteral("average PDF size"), QStringLiteral("%1 KiB").arg(double(pdfBytes) / clients / 1024.0, 0, 'f', 1));
    fig.add(QStringLiteral("statement run"), QStringLiteral("%1 s (CPU %2 s)").arg(seconds, 0, 'f', 1).arg(cpu / 1000.0, 0, 'f', 1));
    fig.add(QStringLiteral("statements per second"), perSecond, 1);
    fig.add(QStringLiteral("bare QPdfWriter run"), QStringLiteral("%1 s (CPU %2 s)").arg(bareSeconds, 0, 'f', 1).arg(bareCpu / 1000.0, 0, 'f', 1));
    fig.add(QStringLiteral("bare documents per second"), barePerSecond, 1);
    fig.add(QStringLiteral("ratio statements / bare (target >= 0.7)"), perSecond / barePerSecond, 2);
    fig.add(QStringLiteral("ratio by CPU time per document (bare / statements)"), bareCpu / cpu, 2);
    fig.add(QStringLiteral("RSS before the statement run"), QStringLiteral("%1 MiB").arg(double(rssBefore) / (1 << 20), 0, 'f', 1));
    fig.add(QStringLiteral("peak memory of the statement run, VmHWM (target < 500 MiB)"),
            QStringLiteral("%1 MiB").arg(double(peak) / (1 << 20), 0, 'f', 1));
    fig.print();
    return 0;
}
