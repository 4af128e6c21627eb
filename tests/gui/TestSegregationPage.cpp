// The Segregation page over a demo register: the demo's planted findings per layer (the same
// counts core reports), the layer filter, a finding leading to its subject and its client, the
// dashboard card (never "clean" before a check), an evidence pack exported from the GUI that
// core's verify-evidence accepts, a role that may not run the check, the models under
// QAbstractItemModelTester, and a language switch. Offscreen.

#include "../core/Support.h"

#include "app/Language.h"
#include "app/Session.h"
#include "chain/Network.h"
#include "demo/DemoGenerator.h"
#include "evidence/Evidence.h"
#include "models/FindingsModel.h"
#include "pages/DashboardPage.h"
#include "pages/SegregationPage.h"
#include "reconcile/Reconcile.h"
#include "reconcile/Sources.h"
#include "segregation/Segregation.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace custos;
using namespace custos::test;
using namespace custos::ui;
using segregation::Layer;

namespace {
const QByteArray kPassword = "demo-password-1";
}

class TestSegregationPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void dashboardIsNeverCleanBeforeACheck();
    void showsThePlantedFindingsPerLayer();
    void layerFilterNarrowsTheList();
    void findingLeadsToItsSubject();
    void evidencePackFromTheGuiVerifies();
    void operatorCannotRunTheCheck();
    void languageSwitchChangesText();

private:
    void openAs(const QString &user);

    QTemporaryDir m_dir;
    QString m_path;
    segregation::Report m_expected; // core's own report, as clara
    Session *m_session = nullptr;
    std::unique_ptr<SegregationPage> m_page;
    std::unique_ptr<DashboardPage> m_dashboard;
};

void TestSegregationPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Language::instance()->apply(QStringLiteral("en")));
    QVERIFY(m_dir.isValid());
    demo::DemoOptions o;
    o.path = m_dir.filePath(QStringLiteral("demo.custos"));
    o.password = kPassword;
    o.clients = 50;
    o.kdf = cheapKdf();
    o.endDate = QDate(2026, 10, 1);
    auto demo = demo::generateDemo(o);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    m_path = o.path;
    {
        // Reconcile both chains on the demo snapshot, as the operator does, so the check has
        // evidence for every chain and reports the planted findings only.
        auto op = reg::Register::open(m_path, QStringLiteral("olga"), kPassword);
        QVERIFY(op.ok());
        for (const char *name : {"bitcoin", "ethereum"}) {
            auto net = chain::networkByName(QLatin1String(name));
            QVERIFY(net.ok());
            auto src = reconcile::openSource(**op, *net, QStringLiteral("snapshot:") + demo::snapshotPathFor(m_path), {},
                                             chain::SourceOptions{});
            QVERIFY2(src.ok(), qPrintable(src.message()));
            reconcile::RunOptions ro;
            ro.sourceLabel = src->label;
            ro.isSnapshot = true;
            QVERIFY(reconcile::runReconciliation(**op, *net, *src->source, ro).ok());
        }
        auto clara = reg::Register::open(m_path, QStringLiteral("clara"), kPassword);
        QVERIFY(clara.ok());
        auto rep = segregation::runCheck(**clara);
        QVERIFY2(rep.ok(), qPrintable(rep.message()));
        m_expected = *rep;
    }
    m_session = new Session(this);
    m_page = std::make_unique<SegregationPage>(m_session);
    m_page->resize(1070, 760);
    m_dashboard = std::make_unique<DashboardPage>(m_session);
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    openAs(QStringLiteral("clara"));
}

void TestSegregationPage::openAs(const QString &user)
{
    m_session->close();
    QSignalSpy opened(m_session, &Session::opened);
    QSignalSpy failed(m_session, &Session::openFailed);
    m_session->open(m_path, user, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 60000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_dashboard->isLoading(), 60000);
}

void TestSegregationPage::dashboardIsNeverCleanBeforeACheck()
{
    QCOMPARE(m_page->banner(), SegregationPage::Banner::None);
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY2(m_dashboard->segregationText().startsWith(QStringLiteral("Not checked in this session")),
             qPrintable(m_dashboard->segregationText()));
    // Statements due this quarter: a number read from the register, not a placeholder.
    QVERIFY(m_dashboard->data().error.isEmpty());
    QVERIFY(!m_dashboard->data().statementsPeriod.isEmpty());
    QCOMPARE(m_dashboard->statementsDueText(), QString::number(m_dashboard->data().statementsDue));
}

void TestSegregationPage::showsThePlantedFindingsPerLayer()
{
    QVERIFY(m_page->mayRun());
    QSignalSpy finished(m_page.get(), &SegregationPage::checkFinished);
    m_page->runCheck();
    QVERIFY(m_page->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 120000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);

    QCOMPARE(m_page->banner(), SegregationPage::Banner::Findings);
    FindingsModel *m = m_page->model();
    QCOMPARE(m->rowCount(), int(m_expected.findings.size()));
    const QList<segregation::LayerSummary> layers = m_expected.layers();
    for (const segregation::LayerSummary &l : layers)
        QCOMPARE(m->count(l.layer), l.findings);
    // The demo's planted findings: on-chain and records, access clean.
    QSet<QString> rules;
    for (int row = 0; row < m->rowCount(); ++row)
        rules.insert(m->index(row, FindingsModel::Rule).data().toString());
    QCOMPARE(rules, (QSet<QString>{"client-assets-at-firm-address", "position-not-backed", "firm-client-transfer", "late-recording",
                                   "firm-funds-at-client-address"}));
    QVERIFY(m->count(Layer::OnChain) > 0);
    QCOMPARE(m->count(Layer::Access), 0);
    QVERIFY(m->count(Layer::Records) > 0);
    QVERIFY2(m_page->bannerText().contains(QStringLiteral("%1 findings").arg(m->rowCount())), qPrintable(m_page->bannerText()));
    QVERIFY(!m_page->bannerText().contains(QStringLiteral("no findings")));

    // The dashboard card shows the same counts per layer.
    m_dashboard->setSegregation(m_page->lastCheck());
    QVERIFY2(m_dashboard->segregationText().contains(QStringLiteral("on-chain %1 · access 0 · records %2")
                                                         .arg(m->count(Layer::OnChain))
                                                         .arg(m->count(Layer::Records))),
             qPrintable(m_dashboard->segregationText()));
}

void TestSegregationPage::layerFilterNarrowsTheList()
{
    FindingsModel *m = m_page->model();
    for (Layer l : segregation::kLayers) {
        m_page->showLayer(l);
        QCOMPARE(m_page->proxy()->rowCount(), int(m->count(l)));
        for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
            QCOMPARE(m_page->proxy()->index(row, 0).data(FindingsModel::LayerRole).toInt(), int(l));
    }
    m_page->showLayer(std::nullopt);
    QCOMPARE(m_page->proxy()->rowCount(), m->rowCount());
    m_page->proxy()->setSearchText(QStringLiteral("late-recording"));
    QCOMPARE(m_page->proxy()->rowCount(), 3);
    m_page->proxy()->setSearchText(QString());
}

void TestSegregationPage::findingLeadsToItsSubject()
{
    m_page->showLayer(Layer::Records);
    int movementRow = -1;
    for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
        if (m_page->proxy()->index(row, 0).data(FindingsModel::SubjectRole).toString().startsWith(QStringLiteral("movement:")))
            movementRow = row;
    QVERIFY(movementRow >= 0);
    QVERIFY(m_page->selectRow(movementRow));
    const QString text = m_page->subjectText();
    QVERIFY2(text.contains(QStringLiteral("Occurred")) && text.contains(QStringLiteral("Client")), qPrintable(text));
    // It leads to the client the movement belongs to.
    QSignalSpy client(m_page.get(), &SegregationPage::showClientRequested);
    const QList<QPushButton *> buttons = m_page->findChildren<QPushButton *>();
    QPushButton *showClient = nullptr;
    for (QPushButton *b : buttons)
        if (b->text() == QStringLiteral("Show &client"))
            showClient = b;
    QVERIFY(showClient);
    QVERIFY(showClient->isVisibleTo(m_page.get()));
    showClient->click();
    QCOMPARE(client.count(), 1);
    QVERIFY(!client.first().first().toString().isEmpty());
    QVERIFY(text.contains(client.first().first().toString()));
    m_page->showLayer(std::nullopt);
}

void TestSegregationPage::evidencePackFromTheGuiVerifies()
{
    const QString dir = m_dir.filePath(QStringLiteral("pack"));
    QSignalSpy finished(m_page.get(), &SegregationPage::evidenceFinished);
    m_page->exportEvidence(dir);
    QVERIFY(m_page->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 300000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(m_page->evidenceText().contains(QStringLiteral("manifest verified")), qPrintable(m_page->evidenceText()));
    QVERIFY(m_page->lastEvidence()->verification.valid);
    // Core's verify-evidence, without the register, accepts what the GUI wrote.
    auto v = evidence::verifyEvidence(dir);
    QVERIFY2(v.ok(), qPrintable(v.message()));
    QVERIFY2(v->valid, qPrintable(v->problems.join(QLatin1Char(' '))));
    QCOMPARE(v->producedBy, QStringLiteral("clara"));
    QVERIFY(QFileInfo::exists(dir + QStringLiteral(".zip")));
    // A second export into the same folder is refused, and said so.
    m_page->exportEvidence(dir);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 300000);
    QVERIFY2(m_page->evidenceText().startsWith(QStringLiteral("The evidence pack was not written")), qPrintable(m_page->evidenceText()));
}

void TestSegregationPage::operatorCannotRunTheCheck()
{
    openAs(QStringLiteral("olga"));
    QVERIFY(!m_page->mayRun());
    QVERIFY(!m_page->runButton()->isVisibleTo(m_page.get()));
    QVERIFY(!m_page->exportButton()->isVisibleTo(m_page.get()));
    m_page->runCheck();
    QVERIFY(!m_page->isRunning());
    m_page->exportEvidence(m_dir.filePath(QStringLiteral("olga-pack")));
    QVERIFY(!m_page->isRunning());
    QCOMPARE(m_page->model()->rowCount(), 0); // the last session's findings are gone with it
    QVERIFY(m_dashboard->segregationText().startsWith(QStringLiteral("Not checked in this session")));
    // And core refuses anyway.
    auto r = segregation::runCheck(*m_session->reg());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Denied);
    openAs(QStringLiteral("clara"));
}

void TestSegregationPage::languageSwitchChangesText()
{
    const QString run = m_page->runButton()->text();
    const QString layer = FindingsModel::layerText(Layer::Records);
    QVERIFY(Language::instance()->apply(QStringLiteral("de")));
    QTRY_COMPARE(m_page->runButton()->text(), QStringLiteral("Prüfung &ausführen")); // LanguageChange is posted
    QCOMPARE(FindingsModel::layerText(Layer::Records), QStringLiteral("Aufzeichnungen"));
    QVERIFY(FindingsModel::layerText(Layer::Records) != layer);
    QVERIFY(Language::instance()->apply(QStringLiteral("fr")));
    QTRY_VERIFY(m_page->runButton()->text() != run); // LanguageChange is posted
    QVERIFY(Language::instance()->apply(QStringLiteral("en")));
    QTRY_COMPARE(m_page->runButton()->text(), run);
}

QTEST_MAIN(TestSegregationPage)
#include "TestSegregationPage.moc"
