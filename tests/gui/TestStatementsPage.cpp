// The Statements page over a demo register: a batch produced from the GUI (files on disk that
// core verifies, rows in the list, the summary), "Verify a file…" for a valid and a forged file,
// Cancel stopping a batch, a role that may not produce, the client detail's statements tab, the
// models under QAbstractItemModelTester, and a language switch. Offscreen.

#include "../core/Support.h"

#include "app/Language.h"
#include "app/Session.h"
#include "demo/DemoGenerator.h"
#include "ledger/Queries.h"
#include "models/BatchResultModel.h"
#include "models/StatementsModel.h"
#include "pages/ClientDetail.h"
#include "pages/StatementsPage.h"
#include "statements/Statements.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace custos;
using namespace custos::test;
using namespace custos::ui;

namespace {
const QByteArray kPassword = "demo-password-1";
}

class TestStatementsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void generatedStatementExistsVerifiesAndIsListed();
    void verifyRefusesAForgedFile();
    void cancelStopsABatch();
    void clientDetailShowsTheClientsStatements();
    void nonComplianceCannotGenerate();
    void languageSwitchChangesText();

private:
    void openAs(const QString &user);
    void generateAndWait();

    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_clients; // the first client codes of the demo
    Session *m_session = nullptr;
    std::unique_ptr<StatementsPage> m_page;
    QString m_producedFile;
};

void TestStatementsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Language::instance()->apply(QStringLiteral("en")));
    QVERIFY(m_dir.isValid());
    demo::DemoOptions o;
    o.path = m_dir.filePath(QStringLiteral("demo.custos"));
    o.password = kPassword;
    o.clients = 40;
    o.kdf = cheapKdf();
    o.endDate = QDate(2026, 10, 1); // a year of movements up to the end of 2026Q3
    auto demo = demo::generateDemo(o);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    m_path = o.path;
    {
        auto admin = reg::Register::open(m_path, QStringLiteral("admin"), kPassword);
        QVERIFY(admin.ok());
        auto clients = ledger::clientsAfter(**admin, 0, 3);
        QVERIFY(clients.ok());
        QCOMPARE(clients->size(), 3);
        for (const ledger::ClientSummary &c : *clients)
            m_clients << c.client.code;
    }
    m_session = new Session(this);
    m_page = std::make_unique<StatementsPage>(m_session);
    m_page->resize(1070, 760);
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(m_page->batchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    openAs(QStringLiteral("clara"));
}

void TestStatementsPage::openAs(const QString &user)
{
    m_session->close();
    QSignalSpy opened(m_session, &Session::opened);
    QSignalSpy failed(m_session, &Session::openFailed);
    m_session->open(m_path, user, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 60000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
}

void TestStatementsPage::generateAndWait()
{
    QSignalSpy finished(m_page.get(), &StatementsPage::batchFinished);
    m_page->generate();
    QVERIFY(m_page->isRunning()); // in a worker: the page answers while it runs
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 120000);
    QCOMPARE(finished.count(), 1);
}

void TestStatementsPage::generatedStatementExistsVerifiesAndIsListed()
{
    QVERIFY(m_page->canGenerate());
    QVERIFY(m_page->generateButton()->isEnabled());
    QCOMPARE(m_page->model()->rowCount(), 0);
    const QString out = m_dir.filePath(QStringLiteral("out"));
    m_page->setQuarter(QStringLiteral("2026Q3"));
    m_page->setClients(m_clients.mid(0, 2));
    m_page->setOutputDir(out);
    generateAndWait();

    BatchResultModel *batch = m_page->batchModel();
    QCOMPARE(batch->rowCount(), 2); // one row per selected client
    const qint64 produced = batch->count(BatchResultModel::Kind::Produced);
    QVERIFY2(produced >= 1, qPrintable(m_page->summaryText()));
    QVERIFY2(m_page->summaryText().contains(QStringLiteral("Period 2026Q3: %1 produced").arg(produced)), qPrintable(m_page->summaryText()));
    QCOMPARE(batch->count(BatchResultModel::Kind::Failed), 0);

    // On disk, and byte for byte what the register recorded (core's own verification).
    m_producedFile = batch->index(0, 0).data(BatchResultModel::FileRole).toString();
    QVERIFY(QFileInfo::exists(m_producedFile));
    QVERIFY(m_producedFile.startsWith(out));
    {
        auto reader = reg::Register::open(m_path, QStringLiteral("olga"), kPassword);
        QVERIFY(reader.ok());
        auto v = statements::verifyStatement(**reader, m_producedFile);
        QVERIFY2(v.ok(), qPrintable(v.message()));
        QVERIFY2(v->valid, qPrintable(v->reason));
        QCOMPARE(v->period, QStringLiteral("2026Q3"));
        QCOMPARE(v->client, batch->index(0, BatchResultModel::Client).data().toString());
    }

    // Listed, newest first, with who issued it.
    StatementsModel *list = m_page->model();
    QCOMPARE(list->rowCount(), int(produced));
    QCOMPARE(list->index(0, StatementsModel::Period).data().toString(), QStringLiteral("2026Q3"));
    QCOMPARE(list->index(0, StatementsModel::IssuedBy).data().toString(), QStringLiteral("clara"));
    QCOMPARE(list->index(0, StatementsModel::OnRequest).data().toString(), QStringLiteral("quarterly"));
    bool listed = false;
    for (int row = 0; row < list->rowCount(); ++row)
        listed = listed || list->index(row, 0).data(StatementsModel::FileRole).toString() == QFileInfo(m_producedFile).absoluteFilePath();
    QVERIFY(listed);

    // "Verify a file…" in the GUI.
    QSignalSpy verified(m_page.get(), &StatementsPage::verified);
    m_page->verifyFile(m_producedFile);
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 30000);
    QCOMPARE(verified.first().first().toBool(), true);
    QVERIFY2(m_page->verifyText().startsWith(QStringLiteral("Valid:")), qPrintable(m_page->verifyText()));
    QVERIFY(m_page->verifyText().contains(QStringLiteral("2026Q3")));
}

void TestStatementsPage::verifyRefusesAForgedFile()
{
    QVERIFY(!m_producedFile.isEmpty());
    QFile in(m_producedFile);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    const QString forged = m_dir.filePath(QStringLiteral("forged.pdf"));
    QFile out(forged);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    QSignalSpy verified(m_page.get(), &StatementsPage::verified);
    m_page->verifyFile(forged);
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 30000);
    QCOMPARE(verified.first().first().toBool(), false);
    QVERIFY2(m_page->verifyText().startsWith(QStringLiteral("INVALID")), qPrintable(m_page->verifyText()));
}

void TestStatementsPage::cancelStopsABatch()
{
    const int before = m_page->model()->rowCount();
    m_page->setQuarter(QStringLiteral("2026Q2"));
    m_page->setAllClients();
    m_page->setOutputDir(m_dir.filePath(QStringLiteral("cancelled")));
    QSignalSpy finished(m_page.get(), &StatementsPage::batchFinished);
    m_page->generate();
    QVERIFY(m_page->isRunning());
    m_page->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 120000);
    QCOMPARE(finished.count(), 1);
    QVERIFY2(m_page->summaryText().contains(QStringLiteral("Cancelled")), qPrintable(m_page->summaryText()));
    BatchResultModel *batch = m_page->batchModel();
    QVERIFY2(batch->rowCount() < 40, qPrintable(m_page->summaryText())); // the clients not started are left out
    // What was produced before the cancel is recorded, nothing more.
    QCOMPARE(m_page->model()->rowCount(), before + int(batch->count(BatchResultModel::Kind::Produced)));
}

void TestStatementsPage::clientDetailShowsTheClientsStatements()
{
    QVERIFY(!m_producedFile.isEmpty());
    auto v = statements::verifyStatement(*m_session->reg(), m_producedFile);
    QVERIFY(v.ok() && v->valid);
    auto clients = ledger::clientsAfter(*m_session->reg(), 0, 100);
    QVERIFY(clients.ok());
    const ledger::ClientSummary *summary = nullptr;
    for (const ledger::ClientSummary &c : *clients)
        if (c.client.code == v->client)
            summary = &c;
    QVERIFY(summary);
    ClientDetail detail;
    new QAbstractItemModelTester(detail.statementsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &detail);
    detail.showClient(m_session->reg(), *summary);
    detail.showStatements();
    StatementsModel *m = detail.statementsModel();
    QVERIFY(m->rowCount() >= 1);
    for (int row = 0; row < m->rowCount(); ++row)
        QCOMPARE(m->index(row, StatementsModel::Client).data().toString(), v->client);
    QVERIFY(m->rowOfDocument(v->documentId) >= 0);
}

void TestStatementsPage::nonComplianceCannotGenerate()
{
    openAs(QStringLiteral("olga"));
    QVERIFY(!m_page->canGenerate());
    QVERIFY(!m_page->generateButton()->isEnabled());
    QVERIFY(!m_page->generateButton()->isVisibleTo(m_page.get()));
    m_page->setClients(m_clients.mid(0, 1));
    m_page->setOutputDir(m_dir.filePath(QStringLiteral("olga")));
    m_page->generate();
    QVERIFY(!m_page->isRunning()); // the page does not even ask
    QVERIFY(m_page->model()->rowCount() > 0); // the list is there for every role
    // And core refuses anyway.
    statements::Request req;
    req.client = m_clients.first();
    req.period = *statements::quarter(QStringLiteral("2026Q3"));
    req.outDir = m_dir.filePath(QStringLiteral("olga"));
    auto r = statements::produceStatements(*m_session->reg(), req);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Denied);
    openAs(QStringLiteral("clara"));
}

void TestStatementsPage::languageSwitchChangesText()
{
    const QString en = m_page->generateButton()->text();
    const QString header = m_page->model()->headerData(StatementsModel::Period, Qt::Horizontal).toString();
    QVERIFY(Language::instance()->apply(QStringLiteral("de")));
    QTRY_COMPARE(m_page->generateButton()->text(), QStringLiteral("&Erstellen")); // LanguageChange is posted
    QVERIFY(m_page->model()->headerData(StatementsModel::Period, Qt::Horizontal).toString() != header);
    QVERIFY(Language::instance()->apply(QStringLiteral("fr")));
    QTRY_VERIFY(m_page->generateButton()->text() != en); // LanguageChange is posted
    QVERIFY(Language::instance()->apply(QStringLiteral("en")));
    QTRY_COMPARE(m_page->generateButton()->text(), en);
}

QTEST_MAIN(TestStatementsPage)
#include "TestStatementsPage.moc"
