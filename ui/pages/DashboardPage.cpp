#include "pages/DashboardPage.h"

#include "app/Format.h"
#include "app/Language.h"
#include "app/Theme.h"
#include "approvals/Freeze.h"
#include "approvals/Withdrawals.h"
#include "models/HoldingsModel.h"
#include "models/LastRunsModel.h"
#include "widgets/BreaksChart.h"
#include "widgets/HoldingsChart.h"
#include "widgets/ReconTotalsChart.h"
#include "widgets/StatCard.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace custos::ui {

DashboardPage::DashboardPage(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_title = pageTitle(QString(), this);
    m_subtitle = mutedLabel(QString(), this);
    m_refresh = new QPushButton(this);
    auto *titleText = new QVBoxLayout;
    titleText->setSpacing(2);
    titleText->addWidget(m_title);
    titleText->addWidget(m_subtitle);
    auto *titleRow = new QHBoxLayout;
    titleRow->addLayout(titleText, 1);
    titleRow->addWidget(m_refresh, 0, Qt::AlignTop);

    m_status = new QLabel(this);
    m_status->hide();

    m_clients = new StatCard(QString(), this);
    m_addresses = new StatCard(QString(), this);
    m_movements = new StatCard(QString(), this);
    m_assets = new StatCard(QString(), this);
    m_approvalsCard = new StatCard(QString(), this);
    m_approvalsCard->setCursor(Qt::PointingHandCursor);
    m_approvalsCard->setFocusPolicy(Qt::StrongFocus);
    m_approvalsCard->installEventFilter(this);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (StatCard *c : {m_clients, m_addresses, m_movements, m_assets, m_approvalsCard})
        cards->addWidget(c);
    m_freezeBanner = new QLabel(this);
    m_freezeBanner->setObjectName(QStringLiteral("freezeBanner"));
    m_freezeBanner->setWordWrap(true);
    m_freezeBanner->hide();

    // Compliance: the segregation findings per layer from this session's last check (never a
    // "clean" that was not checked) and the quarterly statements still due.
    auto *segregationCard = new QFrame(this);
    segregationCard->setObjectName(QStringLiteral("card"));
    m_segregationTitle = sectionTitle(QString(), segregationCard);
    m_segregationText = new QLabel(segregationCard);
    m_segregationText->setWordWrap(true);
    m_segregationRun = new QPushButton(segregationCard);
    auto *segregationLayout = new QVBoxLayout(segregationCard);
    segregationLayout->setContentsMargins(16, 12, 16, 14);
    segregationLayout->setSpacing(6);
    segregationLayout->addWidget(m_segregationTitle);
    auto *segregationRow = new QHBoxLayout;
    segregationRow->addWidget(m_segregationText, 1);
    segregationRow->addWidget(m_segregationRun, 0, Qt::AlignTop);
    segregationLayout->addLayout(segregationRow);
    m_statementsDue = new StatCard(QString(), this);
    auto *compliance = new QHBoxLayout;
    compliance->setSpacing(12);
    compliance->addWidget(segregationCard, 3);
    compliance->addWidget(m_statementsDue, 1);
    connect(m_segregationRun, &QPushButton::clicked, this, &DashboardPage::segregationCheckRequested);

    auto *chartCard = new QFrame(this);
    chartCard->setObjectName(QStringLiteral("card"));
    m_chart = new HoldingsChart(chartCard);
    auto *chartLayout = new QVBoxLayout(chartCard);
    chartLayout->setContentsMargins(8, 8, 8, 8);
    chartLayout->addWidget(m_chart);

    auto *totalsCard = new QFrame(this);
    totalsCard->setObjectName(QStringLiteral("card"));
    m_totalsChart = new ReconTotalsChart(totalsCard);
    m_totalsChart->setObjectName(QStringLiteral("reconTotalsChart"));
    auto *totalsLayout = new QVBoxLayout(totalsCard);
    totalsLayout->setContentsMargins(8, 8, 8, 8);
    totalsLayout->addWidget(m_totalsChart);

    auto *holdingsCard = new QFrame(this);
    holdingsCard->setObjectName(QStringLiteral("card"));
    m_holdings = new HoldingsModel(this);
    m_holdingsView = new QTableView(holdingsCard);
    m_holdingsView->setModel(m_holdings);
    styleTable(m_holdingsView);
    m_holdingsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_holdingsView->horizontalHeader()->setSectionResizeMode(HoldingsModel::Asset, QHeaderView::Stretch);
    m_holdingsView->horizontalHeader()->setStretchLastSection(false);
    m_holdingsNote = mutedLabel(QString(), holdingsCard);
    m_holdingsNote->setWordWrap(true);
    m_holdingsTitle = sectionTitle(QString(), holdingsCard);
    auto *holdingsLayout = new QVBoxLayout(holdingsCard);
    holdingsLayout->setContentsMargins(16, 12, 16, 14);
    holdingsLayout->setSpacing(6);
    holdingsLayout->addWidget(m_holdingsTitle);
    holdingsLayout->addWidget(m_holdingsNote);
    holdingsLayout->addWidget(m_holdingsView);

    auto *auditCard = new QFrame(this);
    auditCard->setObjectName(QStringLiteral("card"));
    m_auditSummary = new QLabel(auditCard);
    m_auditSummary->setWordWrap(true);
    m_auditHead = new QLabel(auditCard);
    m_auditHead->setFont(monospaceFont());
    m_auditHead->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *auditLayout = new QVBoxLayout(auditCard);
    auditLayout->setContentsMargins(16, 12, 16, 14);
    auditLayout->setSpacing(4);
    m_auditTitle = sectionTitle(QString(), auditCard);
    auditLayout->addWidget(m_auditTitle);
    auditLayout->addWidget(m_auditSummary);
    auditLayout->addWidget(m_auditHead);

    auto *registerCard = new QFrame(this);
    registerCard->setObjectName(QStringLiteral("card"));
    m_registerFacts = new QLabel(registerCard);
    m_registerFacts->setTextFormat(Qt::RichText);
    m_registerFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_registerFacts->setWordWrap(true);
    auto *registerLayout = new QVBoxLayout(registerCard);
    registerLayout->setContentsMargins(16, 12, 16, 14);
    registerLayout->setSpacing(4);
    m_registerTitle = sectionTitle(QString(), registerCard);
    registerLayout->addWidget(m_registerTitle);
    registerLayout->addWidget(m_registerFacts);

    // Reconciliation: the latest run per chain and the breaks of every run over time.
    auto *reconCard = new QFrame(this);
    reconCard->setObjectName(QStringLiteral("card"));
    m_lastRuns = new LastRunsModel(this);
    m_lastRunsView = new QTableView(reconCard);
    m_lastRunsView->setObjectName(QStringLiteral("lastRunsTable"));
    m_lastRunsView->setModel(m_lastRuns);
    styleTable(m_lastRunsView);
    m_lastRunsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lastRunsView->horizontalHeader()->setStretchLastSection(true);
    m_reconTitle = sectionTitle(QString(), reconCard);
    m_reconNote = mutedLabel(QString(), reconCard);
    m_reconNote->setWordWrap(true);
    auto *reconLayout = new QVBoxLayout(reconCard);
    reconLayout->setContentsMargins(16, 12, 16, 14);
    reconLayout->setSpacing(6);
    reconLayout->addWidget(m_reconTitle);
    reconLayout->addWidget(m_reconNote);
    reconLayout->addWidget(m_lastRunsView, 1);

    auto *breaksCard = new QFrame(this);
    breaksCard->setObjectName(QStringLiteral("card"));
    m_breaksChart = new BreaksChart(breaksCard);
    auto *breaksLayout = new QVBoxLayout(breaksCard);
    breaksLayout->setContentsMargins(8, 8, 8, 8);
    breaksLayout->addWidget(m_breaksChart);

    // Holdings first (client vs firm chart beside the exact figures and the audit head), then the
    // two reconciliation charts side by side (positions vs on-chain at the last run, breaks over
    // time), then the last run per chain.
    auto *side = new QVBoxLayout;
    side->setSpacing(12);
    side->addWidget(holdingsCard);
    side->addWidget(auditCard);
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(chartCard, 5);
    body->addLayout(side, 6);
    auto *reconCharts = new QHBoxLayout;
    reconCharts->setSpacing(12);
    reconCharts->addWidget(totalsCard, 6);
    reconCharts->addWidget(breaksCard, 5);
    chartCard->setMinimumHeight(300);
    totalsCard->setMinimumHeight(280);
    reconCard->setMinimumHeight(230);
    breaksCard->setMinimumHeight(280);

    // Everything below the title scrolls when the window is smaller than the dashboard.
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(14);
    contentLayout->addWidget(m_status);
    contentLayout->addWidget(m_freezeBanner);
    contentLayout->addLayout(cards);
    contentLayout->addLayout(compliance);
    contentLayout->addLayout(body, 3);
    contentLayout->addLayout(reconCharts, 2);
    contentLayout->addWidget(reconCard, 2);
    contentLayout->addWidget(registerCard);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    content->setAutoFillBackground(false);
    scroll->viewport()->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addLayout(titleRow);
    layout->addWidget(scroll, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(session, &Session::opened, this, &DashboardPage::refresh);
    connect(session, &Session::closing, this, &DashboardPage::clear);
    clear();
    retranslateUi();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslateUi()
{
    m_title->setText(tr("Dashboard"));
    m_refresh->setText(tr("Refresh"));
    m_clients->setTitle(tr("Clients"));
    m_addresses->setTitle(tr("Addresses"));
    m_movements->setTitle(tr("Movements"));
    m_assets->setTitle(tr("Assets"));
    m_approvalsCard->setTitle(tr("Approvals waiting for me"));
    m_approvalsCard->setAccessibleName(tr("Approvals waiting for me: open the inbox"));
    m_approvalsCard->setToolTip(tr("Open the approvals inbox"));
    if (m_waiting >= 0)
        m_approvalsCard->setValue(formatCount(m_waiting), m_waiting > 0 ? tr("click to open the inbox") : tr("nothing to sign"));
    if (m_activeFreezes > 0)
        m_freezeBanner->setText(tr("Withdrawals are frozen: %n freeze(s) in force. See Approvals > Freezes.", "", m_activeFreezes));
    m_holdingsTitle->setText(tr("Holdings per asset (exact)"));
    m_holdingsNote->setText(tr("Every client's position summed, against the firm's own positions, in whole "
                               "units of each asset. Hover a bar for its exact amounts."));
    m_auditTitle->setText(tr("Audit log"));
    m_registerTitle->setText(tr("Register"));
    m_segregationTitle->setText(tr("Segregation findings per layer"));
    m_segregationRun->setText(tr("Run the check"));
    m_segregationRun->setToolTip(tr("Open the Segregation screen and run the check"));
    m_statementsDue->setTitle(tr("Statements due this quarter"));
    presentSegregation();
    m_reconTitle->setText(tr("Last reconciliation per chain"));
    m_reconNote->setText(tr("The latest run of each chain: the block it was pinned to, its breaks (still open ones in red) and, "
                            "per asset, how far the chain and the register's positions differed at that height."));
    m_lastRunsView->setAccessibleName(tr("Last reconciliation per chain"));
    m_refresh->setToolTip(tr("Read the register again (F5)"));
    retranslateHeaders(m_holdings);
    retranslateHeaders(m_lastRuns);
    const RegisterPtr reg = m_session->reg();
    if (!reg)
        return;
    m_subtitle->setText(tr("%1 · signed in as %2").arg(reg->path(), reg->user().name));
    if (m_watcher)
        m_status->setText(tr("Reading the register…"));
    else
        present(m_data);
}

void DashboardPage::refresh()
{
    RegisterPtr reg = m_session->reg();
    if (!reg || m_watcher)
        return;
    refreshApprovals();
    m_subtitle->setText(tr("%1 · signed in as %2").arg(reg->path(), reg->user().name));
    m_status->setText(tr("Reading the register…"));
    presentSegregation(); // the card's action follows the signed-in role
    setTone(m_status, Tone::Neutral);
    m_status->show();
    m_refresh->setEnabled(false);
    m_watcher = new QFutureWatcher<DashboardData>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const DashboardData d = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        m_refresh->setEnabled(true);
        present(d);
        emit loaded();
    });
    m_watcher->setFuture(QtConcurrent::run([reg] { return loadDashboard(*reg); }));
}

void DashboardPage::present(const DashboardData &d)
{
    m_data = d;
    if (!d.error.isEmpty()) {
        m_status->setText(tr("The dashboard could not be read: %1").arg(d.error));
        setTone(m_status, Tone::Bad);
        m_status->show();
        return;
    }
    m_status->hide();
    const ledger::RegisterCounts &c = d.counts;
    m_clients->setValue(formatCount(c.clients), tr("excluding the firm's own book"));
    m_addresses->setValue(formatCount(c.clientAddresses + c.omnibusAddresses + c.firmAddresses),
                          tr("%1 client · %2 omnibus · %3 firm")
                              .arg(formatCount(c.clientAddresses), formatCount(c.omnibusAddresses), formatCount(c.firmAddresses)));
    m_movements->setValue(formatCount(c.movements), tr("recorded in the ledger"));
    m_assets->setValue(formatCount(c.assets), tr("%1 key sets", nullptr, pluralCount(c.keySets)).arg(formatCount(c.keySets)));
    m_holdings->setHoldings(d.holdings);
    fitHoldingsTable();
    m_chart->setHoldings(d.holdings);
    m_lastRuns->setRuns(d.lastRuns);
    m_breaksChart->setRuns(d.runs);
    m_totalsChart->setRuns(d.lastRuns);
    m_statementsDue->setValue(formatCount(d.statementsDue),
                              tr("clients with a position and no statement for %1").arg(d.statementsPeriod));
    const QString row = QStringLiteral("<tr><td style='color:#5f6b7a; padding-right:12px'>%1</td><td>%2</td></tr>");
    m_registerFacts->setText(QStringLiteral("<table>") + row.arg(tr("Register ID"), d.registerId.toHtmlEscaped()) +
                             row.arg(tr("Created"), tr("%1 UTC").arg(formatTimestamp(d.createdAt))) +
                             row.arg(tr("Key file"), d.keyFile.toHtmlEscaped()) + row.arg(tr("Users"), formatCount(d.users)) +
                             row.arg(tr("Key derivation"), tr("Argon2id, iterations %1, memory %2 KiB, lanes %3")
                                                               .arg(d.kdf.iterations)
                                                               .arg(formatCount(d.kdf.memoryKiB))
                                                               .arg(d.kdf.parallelism)) +
                             QStringLiteral("</table>"));
    if (d.audit.entries == 0) {
        m_auditSummary->setText(tr("The audit log is empty."));
        m_auditHead->clear();
        return;
    }
    m_auditSummary->setText(tr("%1 entries · last entry %2 at %3 UTC by %4 (%5)", nullptr, pluralCount(d.audit.entries))
                                .arg(formatCount(d.audit.entries))
                                .arg(d.audit.lastSeq)
                                .arg(formatTimestamp(d.audit.lastAt), d.audit.lastActor, d.audit.lastAction));
    m_auditHead->setText(tr("head %1").arg(d.audit.head));
}

void DashboardPage::clear()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_data = DashboardData{};
    m_refresh->setEnabled(true);
    m_status->hide();
    m_subtitle->clear();
    for (StatCard *c : {m_clients, m_addresses, m_movements, m_assets, m_approvalsCard, m_statementsDue})
        c->setValue(QStringLiteral("–"));
    m_waiting = -1;
    m_activeFreezes = 0;
    m_freezeBanner->hide();
    m_segregation.reset();
    presentSegregation();
    m_holdings->setHoldings({});
    fitHoldingsTable();
    m_chart->setHoldings({});
    m_lastRuns->setRuns({});
    m_breaksChart->setRuns({});
    m_totalsChart->setRuns({});
    m_registerFacts->clear();
    m_auditSummary->clear();
    m_auditHead->clear();
}

void DashboardPage::setSegregation(const std::optional<CheckOutcome> &check)
{
    m_segregation = check;
    presentSegregation();
}

void DashboardPage::presentSegregation()
{
    const RegisterPtr reg = m_session->reg();
    const bool may = reg && (reg->user().role == reg::Role::Compliance || reg->user().role == reg::Role::Admin);
    m_segregationRun->setVisible(may);
    if (!m_segregation) {
        setTone(m_segregationText, Tone::Neutral);
        m_segregationText->setText(may ? tr("Not checked in this session: run the check to see the findings per layer.")
                                       : tr("Not checked in this session; compliance officers and administrators run the check."));
        return;
    }
    const CheckOutcome &c = *m_segregation;
    if (!c.ran) {
        setTone(m_segregationText, Tone::Bad);
        m_segregationText->setText(tr("The last check could not run: %1").arg(c.error));
        return;
    }
    qint64 perLayer[3] = {0, 0, 0};
    for (const segregation::Finding &f : c.report.findings)
        ++perLayer[int(f.layer)];
    setTone(m_segregationText, c.report.clean() ? Tone::Good : Tone::Bad);
    m_segregationText->setText(tr("Checked %1 by %2: on-chain %3 · access %4 · records %5")
                                   .arg(formatTimestamp(c.report.checkedAt), c.report.checkedBy, formatCount(perLayer[0]),
                                        formatCount(perLayer[1]), formatCount(perLayer[2])));
}

QString DashboardPage::segregationText() const
{
    return m_segregationText->text();
}

QString DashboardPage::statementsDueText() const
{
    return m_statementsDue->value();
}

} // namespace custos::ui

namespace custos::ui {

void DashboardPage::fitHoldingsTable()
{
    const int rows = qBound(1, m_holdings->rowCount(), 8);
    m_holdingsView->setFixedHeight(m_holdingsView->horizontalHeader()->sizeHint().height() +
                                   rows * m_holdingsView->verticalHeader()->defaultSectionSize() + 2 * m_holdingsView->frameWidth());
}

void DashboardPage::refreshApprovals()
{
    const RegisterPtr reg = m_session->reg();
    if (!reg)
        return;
    auto inbox = approvals::approvalInbox(*reg);
    m_waiting = inbox.ok() ? int(inbox->size()) : -1;
    if (!inbox.ok())
        m_approvalsCard->setValue(QStringLiteral("–"), inbox.message());
    auto freezes = approvals::listFreezes(*reg, true);
    m_activeFreezes = freezes.ok() ? int(freezes->size()) : 0;
    m_freezeBanner->setVisible(m_activeFreezes > 0);
    setTone(m_freezeBanner, Tone::Bad);
    retranslateUi();
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_approvalsCard) {
        const bool click = event->type() == QEvent::MouseButtonRelease;
        const bool key = event->type() == QEvent::KeyPress
            && (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Return || static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space);
        if (click || key) {
            emit inboxRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace custos::ui
