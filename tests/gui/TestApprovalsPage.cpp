// The Approvals page over a real register built through core services, driven through its
// widgets offscreen: an operator requests a withdrawal in the validating form and two approvers
// approve it in their inboxes (the password prompt answered programmatically, the signing key
// unlocked in a worker); a maker never approves their own request; a wrong password signs
// nothing; each role sees only its actions; compliance, policy, whitelist and the two-admin
// freeze rule; every model under QAbstractItemModelTester; the language switch.

#include "../core/ApprovalsSupport.h"

#include "app/Language.h"
#include "app/Session.h"
#include "approvals/Bundle.h"
#include "approvals/Freeze.h"
#include "ledger/Import.h"
#include "models/FreezeModel.h"
#include "models/WhitelistModel.h"
#include "models/WithdrawalsModel.h"
#include "pages/ApprovalsAdmin.h"
#include "pages/ApprovalsDetail.h"
#include "pages/ApprovalsPage.h"
#include "pages/ApprovalsRequestForm.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace custos;
using namespace custos::test;
using namespace custos::ui;

namespace {

// BTC needs two approvers; C1's ETH needs one operator (so a maker could be asked to sign).
const QByteArray kPolicy = "{\"rules\":[{\"client\":\"*\",\"asset\":\"*\",\"min_amount\":\"0\",\"approvals\":1},"
                           "{\"client\":\"*\",\"asset\":\"bitcoin:BTC\",\"min_amount\":\"0\",\"approvals\":2},"
                           "{\"client\":\"C1\",\"asset\":\"ethereum:ETH\",\"min_amount\":\"0\",\"approvals\":1,\"role\":\"operator\"}]}";

} // namespace

class TestApprovalsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void operatorRequestsTwoApproversApprove();
    void formValidatesAsYouType();
    void makerCannotApproveOwnRequest();
    void wrongPasswordSignsNothing();
    void rolesSeeOnlyTheirActions();
    void complianceReleasesBlockedRequest();
    void policyShowsCoreError();
    void whitelistAndFreezeTwoAdmins();
    void languageSwitchChangesText();
    void moneyAndStepsInTheUserLanguage();
    void cleanupTestCase();

private:
    void openAs(const char *user);
    bool sign(qint64 id, const QByteArray &password, bool approve = true);

    ApprovalsFixture m_fx;
    Session *m_session = nullptr;
    std::unique_ptr<ApprovalsPage> m_page;
    QByteArray m_answer; // what the password prompt answers
    int m_prompts = 0;
};

void TestApprovalsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Language::instance()->apply(QStringLiteral("en")));
    QVERIFY(m_fx.setUp());
    QVERIFY(m_fx.policy(kPolicy));
    m_session = new Session(this);
    m_page = std::make_unique<ApprovalsPage>(m_session);
    m_page->resize(1200, 760);
    m_page->setPasswordPrompt([this](QWidget *, const QString &) -> std::optional<QByteArray> {
        ++m_prompts;
        return m_answer;
    });
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    new QAbstractItemModelTester(m_page->inboxModel(), mode, this);
    new QAbstractItemModelTester(m_page->requestsModel(), mode, this);
    new QAbstractItemModelTester(m_page->blockedModel(), mode, this);
    new QAbstractItemModelTester(m_page->whitelistTab()->model(), mode, this);
    new QAbstractItemModelTester(m_page->freezesTab()->model(), mode, this);
}

void TestApprovalsPage::cleanupTestCase()
{
    m_page.reset();
    m_session->close();
}

void TestApprovalsPage::openAs(const char *user)
{
    m_session->close();
    QSignalSpy opened(m_session, &Session::opened);
    QSignalSpy failed(m_session, &Session::openFailed);
    // alice is the fixture's first admin, with the shared admin password.
    m_session->open(m_fx.path, QLatin1String(user), qstrcmp(user, "alice") == 0 ? kAdminPassword : ApprovalsFixture::pw(user));
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 60000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
}

// Selects the request in the inbox, answers the prompt with `password` and presses Approve (or
// Reject); true when the worker finished and core signed.
bool TestApprovalsPage::sign(qint64 id, const QByteArray &password, bool approve)
{
    if (!m_page->selectInboxRequest(id))
        return false;
    m_answer = password;
    QSignalSpy decided(m_page.get(), &ApprovalsPage::decided);
    QPushButton *button = approve ? m_page->approveButton() : m_page->rejectButton();
    if (!button->isEnabled())
        return false;
    button->click();
    if (!QTest::qWaitFor([&] { return decided.count() > 0; }, 60000))
        return false;
    return decided.first().at(0).toLongLong() == id && decided.first().at(1).toBool();
}

void TestApprovalsPage::operatorRequestsTwoApproversApprove()
{
    openAs("olga");
    QVERIFY(m_page->isTabShown(ApprovalsPage::NewRequest));
    m_page->showTab(ApprovalsPage::NewRequest);
    ApprovalsRequestForm *form = m_page->requestForm();
    form->findChild<QLineEdit *>(QStringLiteral("withdrawalClient"))->setText(QStringLiteral("C1"));
    form->setAsset(QStringLiteral("bitcoin:BTC"));
    form->findChild<QLineEdit *>(QStringLiteral("withdrawalAmount"))->setText(QStringLiteral("1.5"));
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("withdrawalDestination")), kDestBtc);
    QTRY_VERIFY_WITH_TIMEOUT(form->requestButton()->isEnabled(), 5000); // validated as typed
    QVERIFY2(form->previewText().contains(QStringLiteral("2 approvals of role approver")), qPrintable(form->previewText()));
    const int before = m_page->requestsModel()->rowCount();
    form->requestButton()->click();
    QCOMPARE(m_page->requestsModel()->rowCount(), before + 1);
    const approvals::Withdrawal *made = m_page->requestsModel()->withdrawalAt(before);
    QVERIFY(made);
    const qint64 id = made->id;
    QCOMPARE(made->status, QStringLiteral("pending"));
    QCOMPARE(made->maker, QStringLiteral("olga"));
    QCOMPARE(m_page->requestsModel()->data(m_page->requestsModel()->index(before, WithdrawalsModel::Approvals)).toString(),
             QStringLiteral("0 of 2"));
    QVERIFY(m_page->statusLabel()->text().contains(QString::number(id)));

    openAs("bob");
    QVERIFY(m_page->isTabShown(ApprovalsPage::Inbox));
    QVERIFY(m_page->inboxModel()->rowOfId(id) >= 0);
    QVERIFY(m_page->selectInboxRequest(id));
    const QString detail = m_page->inboxDetail()->text();
    QVERIFY2(detail.contains(QStringLiteral("Request %1: 1.5 bitcoin:BTC").arg(id)), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("No hit on the screening lists")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Not on the client's whitelist")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("10 bitcoin:BTC held; 1.5 reserved")), qPrintable(detail));
    m_prompts = 0;
    QVERIFY(sign(id, ApprovalsFixture::pw("bob")));
    QCOMPARE(m_prompts, 1);
    QVERIFY2(m_page->statusLabel()->text().contains(QStringLiteral("1 of 2")), qPrintable(m_page->statusLabel()->text()));
    QCOMPARE(m_page->inboxModel()->rowOfId(id), -1); // signed: no longer waiting for bob

    openAs("cara");
    QVERIFY(m_page->selectInboxRequest(id));
    QVERIFY2(m_page->inboxDetail()->text().contains(QStringLiteral("bob (approver) approved")), qPrintable(m_page->inboxDetail()->text()));
    QVERIFY2(m_page->inboxDetail()->text().contains(QStringLiteral("(signature valid)")), qPrintable(m_page->inboxDetail()->text()));
    QVERIFY(sign(id, ApprovalsFixture::pw("cara")));
    auto w = approvals::findWithdrawal(*m_fx.admin, id);
    QVERIFY(w.ok());
    QCOMPARE(w->status, QStringLiteral("approved"));
    QCOMPARE(w->decisions.size(), 2);
    QVERIFY(approvals::verifyDecision(m_fx.admin->registerId(), *w, w->decisions.at(0)));
    QVERIFY(approvals::verifyDecision(m_fx.admin->registerId(), *w, w->decisions.at(1)));

    // The operator exports the signed bundle and records the execution.
    openAs("olga");
    m_page->showTab(ApprovalsPage::Requests);
    QVERIFY(m_page->selectRequest(id));
    QVERIFY(m_page->exportButton()->isEnabled());
    const QString bundlePath = m_fx.dir.filePath(QStringLiteral("bundle.json"));
    QVERIFY2(m_page->exportBundleTo(bundlePath), qPrintable(m_page->statusLabel()->text()));
    QFile bundle(bundlePath);
    QVERIFY(bundle.open(QIODevice::ReadOnly));
    const approvals::BundleCheck check = approvals::verifyBundle(bundle.readAll());
    QVERIFY2(check.valid, qPrintable(check.failures.join(QLatin1Char(' '))));
    QCOMPARE(check.approvals, 2);
    QVERIFY(m_page->selectRequest(id));
    QVERIFY(!m_page->executeButton()->isEnabled()); // no tx hash yet
    m_page->txHashEdit()->setText(QString::fromLatin1(btcTx(77)));
    QVERIFY(m_page->executeButton()->isEnabled());
    m_page->executeButton()->click();
    w = approvals::findWithdrawal(*m_fx.admin, id);
    QCOMPARE(w->status, QStringLiteral("executed"));
    QCOMPARE(w->txHash, QString::fromLatin1(btcTx(77)));
}

void TestApprovalsPage::formValidatesAsYouType()
{
    openAs("olga");
    ApprovalsRequestForm *form = m_page->requestForm();
    form->setClient(QStringLiteral("C1"));
    form->setAsset(QStringLiteral("bitcoin:BTC"));
    form->setAmount(QStringLiteral("0.1"));
    form->setDestination(kDestEth); // an Ethereum address for a BTC withdrawal
    form->validateNow();
    QVERIFY(!form->requestButton()->isEnabled());
    QVERIFY(!form->addressState().contains(QStringLiteral("Valid")));
    QVERIFY(!form->addressState().isEmpty());

    form->setDestination(kDestBtc2);
    form->setAmount(QStringLiteral("500")); // far above the available balance
    form->validateNow();
    QVERIFY(form->addressState().contains(QStringLiteral("Valid bitcoin address")));
    QVERIFY(!form->previewPassed());
    QVERIFY2(form->previewText().contains(QStringLiteral("above the available balance")), qPrintable(form->previewText()));
    QVERIFY(!form->requestButton()->isEnabled());

    // Whitelist state shown for an approved entry (cooling off counts from the approval).
    auto entry = approvals::proposeWhitelistEntry(*m_fx.olga, QStringLiteral("C1"), QStringLiteral("bitcoin"), kDestBtc2, QStringLiteral("Exchange"));
    QVERIFY(entry.ok());
    QVERIFY(approvals::approveWhitelistEntry(*m_fx.admin, entry->id).ok());
    form->setAmount(QStringLiteral("0.1"));
    form->validateNow();
    QVERIFY2(form->whitelistState().contains(QStringLiteral("cooling off")), qPrintable(form->whitelistState()));
    QVERIFY(form->previewPassed());
    QVERIFY(form->requestButton()->isEnabled());

    form->setClient(QStringLiteral("C404"));
    form->validateNow();
    QVERIFY(!form->requestButton()->isEnabled());
    form->setAmount(QString());
    form->setDestination(QString());
    form->validateNow();
}

void TestApprovalsPage::makerCannotApproveOwnRequest()
{
    // C1's ETH needs one operator: otto may sign olga's request, olga never.
    auto made = m_fx.request(QStringLiteral("2"), kDestEth, QStringLiteral("ethereum:ETH"));
    QVERIFY2(made.ok(), qPrintable(made.message()));
    QCOMPARE(made->approverRole, QStringLiteral("operator"));
    openAs("olga");
    QCOMPARE(m_page->inboxModel()->rowOfId(made->id), -1);
    QVERIFY(!m_page->selectInboxRequest(made->id));
    QVERIFY(!m_page->approveButton()->isEnabled());
    // Core refuses it too.
    QVERIFY(!approvals::approveWithdrawal(*m_fx.olga, made->id, m_fx.olga->signingSeed()).ok());

    openAs("otto");
    QVERIFY(m_page->isTabShown(ApprovalsPage::Inbox)); // a rule names his role: the inbox shows
    QVERIFY(m_page->selectInboxRequest(made->id));
    QVERIFY(m_page->approveButton()->isEnabled());
    QVERIFY(sign(made->id, ApprovalsFixture::pw("otto")));
    QCOMPARE(approvals::findWithdrawal(*m_fx.admin, made->id)->status, QStringLiteral("approved"));
}

void TestApprovalsPage::wrongPasswordSignsNothing()
{
    auto made = m_fx.request(QStringLiteral("0.25"));
    QVERIFY(made.ok());
    openAs("bob");
    QVERIFY(m_page->selectInboxRequest(made->id));
    m_answer = "not-bobs-password";
    QSignalSpy decided(m_page.get(), &ApprovalsPage::decided);
    m_page->approveButton()->click();
    QVERIFY(m_page->isSigning()); // the key is unlocked in a worker
    QTRY_VERIFY_WITH_TIMEOUT(decided.count() == 1, 60000);
    QCOMPARE(decided.first().at(1).toBool(), false);
    QVERIFY2(m_page->statusLabel()->text().contains(QStringLiteral("nothing was signed")), qPrintable(m_page->statusLabel()->text()));
    auto w = approvals::findWithdrawal(*m_fx.admin, made->id);
    QVERIFY(w->decisions.isEmpty());
    QCOMPARE(w->status, QStringLiteral("pending"));
    QVERIFY(m_page->inboxModel()->rowOfId(made->id) >= 0);

    // A rejection needs a reason, then signs with the right password.
    QVERIFY(m_page->selectInboxRequest(made->id));
    QVERIFY(!m_page->rejectButton()->isEnabled());
    m_page->rejectReason()->setText(QStringLiteral("Client asked to cancel by phone"));
    QVERIFY(sign(made->id, ApprovalsFixture::pw("bob"), false));
    w = approvals::findWithdrawal(*m_fx.admin, made->id);
    QCOMPARE(w->status, QStringLiteral("rejected"));
    QCOMPARE(w->decisions.first().reason, QStringLiteral("Client asked to cancel by phone"));
}

void TestApprovalsPage::rolesSeeOnlyTheirActions()
{
    openAs("olga");
    QVERIFY(m_page->isTabShown(ApprovalsPage::NewRequest));
    QVERIFY(m_page->isTabShown(ApprovalsPage::Requests));
    QVERIFY(m_page->isTabShown(ApprovalsPage::Whitelist));
    for (auto t : {ApprovalsPage::Compliance, ApprovalsPage::Policy, ApprovalsPage::Freezes})
        QVERIFY(!m_page->isTabShown(t));
    QVERIFY(!m_page->exportButton()->isHidden());
    QVERIFY(m_page->whitelistTab()->approveButton()->isHidden());

    openAs("bob");
    QVERIFY(m_page->isTabShown(ApprovalsPage::Inbox));
    for (auto t : {ApprovalsPage::NewRequest, ApprovalsPage::Compliance, ApprovalsPage::Policy, ApprovalsPage::Whitelist, ApprovalsPage::Freezes})
        QVERIFY(!m_page->isTabShown(t));
    QVERIFY(m_page->exportButton()->isHidden());
    QVERIFY(m_page->executeButton()->isHidden());

    openAs("carl");
    QVERIFY(m_page->isTabShown(ApprovalsPage::Compliance));
    for (auto t : {ApprovalsPage::Inbox, ApprovalsPage::NewRequest, ApprovalsPage::Policy, ApprovalsPage::Freezes})
        QVERIFY(!m_page->isTabShown(t));

    openAs("alice");
    for (auto t : {ApprovalsPage::Policy, ApprovalsPage::Whitelist, ApprovalsPage::Freezes, ApprovalsPage::Requests})
        QVERIFY(m_page->isTabShown(t));
    for (auto t : {ApprovalsPage::Inbox, ApprovalsPage::NewRequest, ApprovalsPage::Compliance})
        QVERIFY(!m_page->isTabShown(t));
    QVERIFY(!m_page->whitelistTab()->approveButton()->isHidden());
}

void TestApprovalsPage::complianceReleasesBlockedRequest()
{
    const QByteArray csv = "chain,address,list,reason\nbitcoin," + kDestBtc2.toLatin1() + ",EU sanctions,Listed entity\n";
    QVERIFY(ledger::importScreening(*m_fx.carl, m_fx.writeFile(QStringLiteral("screen.csv"), csv)).ok());
    auto made = m_fx.request(QStringLiteral("0.1"), kDestBtc2);
    QVERIFY2(made.ok(), qPrintable(made.message()));
    QCOMPARE(made->status, QStringLiteral("blocked"));

    openAs("carl");
    m_page->showTab(ApprovalsPage::Compliance);
    QVERIFY(m_page->selectBlockedRequest(made->id));
    QVERIFY(!m_page->complianceButton()->isEnabled()); // the note is required
    m_page->complianceNote()->setText(QStringLiteral("False positive: the client's own exchange account, KYC file 2026-17"));
    m_page->complianceDecision()->setCurrentIndex(m_page->complianceDecision()->findData(QStringLiteral("release")));
    QVERIFY(m_page->complianceButton()->isEnabled());
    m_page->complianceButton()->click();
    auto w = approvals::findWithdrawal(*m_fx.admin, made->id);
    QCOMPARE(w->status, QStringLiteral("pending"));
    QCOMPARE(w->complianceBy, QStringLiteral("carl"));
    QCOMPARE(m_page->blockedModel()->rowOfId(made->id), -1);

    openAs("bob"); // released: it reaches the approvers with its screening hit shown
    QVERIFY(m_page->selectInboxRequest(made->id));
    QVERIFY2(m_page->inboxDetail()->text().contains(QStringLiteral("Hit on EU sanctions: Listed entity")), qPrintable(m_page->inboxDetail()->text()));
    QVERIFY(m_page->inboxDetail()->text().contains(QStringLiteral("Compliance decision by carl")));
}

void TestApprovalsPage::policyShowsCoreError()
{
    openAs("alice");
    ApprovalsPolicyTab *policy = m_page->policyTab();
    QVERIFY2(policy->versionText().contains(QStringLiteral("Version 1, set by alice")), qPrintable(policy->versionText()));
    QVERIFY(policy->editor()->toPlainText().contains(QStringLiteral("\"role\": \"operator\"")));
    const QString shown = policy->editor()->toPlainText();
    policy->editor()->setPlainText(QStringLiteral("{\"rules\":[{\"approvals\":0}]}"));
    QVERIFY(!policy->setFromEditor());
    QVERIFY2(policy->message().contains(QStringLiteral("rules[0].approvals")), qPrintable(policy->message()));
    QCOMPARE(approvals::currentPolicy(*m_fx.admin)->version, 1);
    const QString file = m_fx.writeFile(QStringLiteral("policy.json"), shown.toUtf8());
    QVERIFY(policy->loadFile(file));
    QVERIFY(policy->setFromEditor());
    QCOMPARE(approvals::currentPolicy(*m_fx.admin)->version, 2);
    QVERIFY(policy->versionText().contains(QStringLiteral("Version 2")));
}

void TestApprovalsPage::whitelistAndFreezeTwoAdmins()
{
    openAs("olga");
    ApprovalsWhitelistTab *list = m_page->whitelistTab();
    QVERIFY2(list->propose(QStringLiteral("C1"), QStringLiteral("bitcoin"), kDestBtc, QStringLiteral("Cold wallet")), qPrintable(list->message()));
    int row = -1;
    for (int i = 0; i < list->model()->rowCount(); ++i)
        if (list->model()->entryAt(i)->address == kDestBtc)
            row = i;
    QVERIFY(row >= 0);
    QVERIFY(list->model()->data(list->model()->index(row, WhitelistModel::Status)).toString().contains(QStringLiteral("0 of 1 admins")));

    openAs("alice");
    QVERIFY(list->approveRow(row));
    QVERIFY(list->model()->entryAt(row)->status == QStringLiteral("approved"));

    ApprovalsFreezesTab *freezes = m_page->freezesTab();
    QVERIFY(freezes->freeze(QStringLiteral("C2"), QString(), QStringLiteral("Court order")));
    QCOMPARE(freezes->model()->activeCount(), 1);
    QVERIFY(freezes->unfreezeRow(0));
    QVERIFY2(freezes->message().contains(QStringLiteral("1 of 2 admins")), qPrintable(freezes->message()));
    QVERIFY(freezes->model()->data(freezes->model()->index(0, FreezeModel::Lifting)).toString().contains(QStringLiteral("1 of 2 admins")));
    QVERIFY(!freezes->unfreezeRow(0)); // the same admin cannot be the second
    QCOMPARE(freezes->model()->activeCount(), 1);

    openAs("dan");
    freezes->view()->selectRow(0);
    QVERIFY(freezes->unfreezeButton()->isEnabled());
    QVERIFY(freezes->unfreezeButton()->text().contains(QStringLiteral("2 of 2")));
    freezes->unfreezeButton()->click();
    QCOMPARE(freezes->model()->activeCount(), 0);
}

void TestApprovalsPage::languageSwitchChangesText()
{
    openAs("bob");
    QTabWidget *tabs = m_page->tabs();
    QCOMPARE(tabs->tabText(ApprovalsPage::Inbox), QStringLiteral("Inbox"));
    const QString approveEn = m_page->approveButton()->text();
    QVERIFY(Language::instance()->apply(QStringLiteral("de")));
    QCoreApplication::processEvents();
    QCOMPARE(tabs->tabText(ApprovalsPage::Inbox), QStringLiteral("Eingang"));
    QVERIFY(m_page->approveButton()->text() != approveEn);
    QCOMPARE(m_page->requestsModel()->headerData(WithdrawalsModel::Destination, Qt::Horizontal).toString(), QStringLiteral("Ziel"));
    QVERIFY(Language::instance()->apply(QStringLiteral("fr")));
    QCoreApplication::processEvents();
    QCOMPARE(tabs->tabText(ApprovalsPage::Inbox), QStringLiteral("Boîte de réception"));
    QVERIFY(Language::instance()->apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(tabs->tabText(ApprovalsPage::Inbox), QStringLiteral("Inbox"));
}

// EUR values show as money (rounded to the cent, grouped as the statements write them) in the
// form, the list and the detail; asset amounts stay exact; the policy steps come from core as
// data and read in the interface language.
void TestApprovalsPage::moneyAndStepsInTheUserLanguage()
{
    QVERIFY(ledger::importPrices(*m_fx.olga, m_fx.writeFile(QStringLiteral("prices.csv"), "asset,date,currency,price\n"
                                                                                        "bitcoin:BTC,2026-01-01,EUR,97455.9043066\n"))
                .ok());
    QVERIFY(m_fx.policy("{\"rules\":[{\"approvals\":1},{\"min_amount\":\"100000\",\"approvals\":2}],"
                        "\"velocity\":[{\"asset\":\"bitcoin:BTC\",\"window_hours\":24,\"limit\":\"100\"}]}"));
    openAs("olga");
    m_page->showTab(ApprovalsPage::NewRequest);
    ApprovalsRequestForm *form = m_page->requestForm();
    form->setClient(QStringLiteral("C1"));
    form->setAsset(QStringLiteral("bitcoin:BTC"));
    form->setAmount(QStringLiteral("1.5"));
    form->setDestination(kDestBtc); // not on the screening list (kDestBtc2 is, since complianceReleasesBlockedRequest)
    form->validateNow();
    QVERIFY2(form->previewPassed(), qPrintable(form->previewText()));
    const QString preview = form->previewText();
    QVERIFY2(preview.contains(QStringLiteral("Value €146,183.86.")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("Rule 2 applies (every client, every asset, from €100,000.00): 2 approvals of role approver.")),
             qPrintable(preview));
    QVERIFY2(!preview.contains(QStringLiteral("146183.8564599")), qPrintable(preview));
    const int before = m_page->requestsModel()->rowCount();
    QVERIFY(form->submit());
    QCOMPARE(m_page->requestsModel()->rowCount(), before + 1);
    const approvals::Withdrawal *made = m_page->requestsModel()->withdrawalAt(before);
    QVERIFY(made);
    const qint64 id = made->id;
    QCOMPARE(made->status, QStringLiteral("pending"));
    QCOMPARE(made->eurValue, QStringLiteral("146183.8564599")); // core keeps the exact value
    WithdrawalsModel *list = m_page->requestsModel();
    QCOMPARE(list->data(list->index(before, WithdrawalsModel::Value)).toString(), QStringLiteral("€146,183.86"));
    QVERIFY(list->data(list->index(before, WithdrawalsModel::Value), Qt::ToolTipRole).toString().contains(QStringLiteral("146183.8564599")));
    QCOMPARE(list->data(list->index(before, WithdrawalsModel::Amount)).toString(), QStringLiteral("1.5"));
    // Amount and value sort in numeric order, not by their text ("10" after "9.5").
    for (int a = 0; a < list->rowCount(); ++a)
        for (int b = 0; b < list->rowCount(); ++b) {
            const Decimal x = Decimal::parse(list->withdrawalAt(a)->amountText()).value();
            const Decimal y = Decimal::parse(list->withdrawalAt(b)->amountText()).value();
            const QString kx = list->data(list->index(a, WithdrawalsModel::Amount), WithdrawalsModel::SortRole).toString();
            const QString ky = list->data(list->index(b, WithdrawalsModel::Amount), WithdrawalsModel::SortRole).toString();
            QCOMPARE(kx < ky, x < y);
        }

    openAs("bob");
    QVERIFY(m_page->selectInboxRequest(id));
    QString detail = m_page->inboxDetail()->text();
    QVERIFY2(detail.contains(QStringLiteral("Request %1: 1.5 bitcoin:BTC").arg(id)), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("€146,183.86")), qPrintable(detail));
    QVERIFY2(!detail.contains(QStringLiteral("146183.8564599")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Rule 2 applies (every client, every asset, from €100,000.00): 2 approvals of role approver.")),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Velocity limit 1 (100 bitcoin:BTC in 24 h): ")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Not frozen; within the available balance.")), qPrintable(detail));

    QVERIFY(Language::instance()->apply(QStringLiteral("de")));
    QCoreApplication::processEvents();
    detail = m_page->inboxDetail()->text();
    QVERIFY2(detail.contains(QStringLiteral("146.183,86 €")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Regel 2 greift (alle Kunden, alle Vermögenswerte, ab 100.000,00 €): 2 Freigaben der Rolle Freigeber.")),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Nicht gesperrt; innerhalb des verfügbaren Bestands.")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("der Rolle Freigeber nötig")), qPrintable(detail)); // the role in German too
    QCOMPARE(m_page->inboxModel()->data(m_page->inboxModel()->index(m_page->inboxModel()->rowOfId(id), WithdrawalsModel::Value)).toString(),
             QStringLiteral("146.183,86 €"));

    QVERIFY(Language::instance()->apply(QStringLiteral("fr")));
    QCoreApplication::processEvents();
    detail = m_page->inboxDetail()->text();
    QVERIFY2(detail.contains(QStringLiteral("146.183,86 €")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("La règle 2 s'applique (tous les clients, tous les actifs, à partir de 100.000,00 €) : "
                                            "2 approbations du rôle approbateur.")),
             qPrintable(detail));

    QVERIFY(Language::instance()->apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QVERIFY(m_page->inboxDetail()->text().contains(QStringLiteral("Inside desk hours")) == false); // no desk hours in this policy
    QVERIFY(m_page->inboxDetail()->text().contains(QStringLiteral("€146,183.86")));
}

QTEST_MAIN(TestApprovalsPage)
#include "TestApprovalsPage.moc"
