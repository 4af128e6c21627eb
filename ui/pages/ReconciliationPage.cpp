#include "pages/ReconciliationPage.h"

#include "app/Format.h"
#include "app/Language.h"
#include "app/Theme.h"
#include "models/ReconBreaksModel.h"
#include "models/ReconRunsModel.h"
#include "pages/BreakDetail.h"
#include "pages/ReconStartForm.h"
#include "pages/ReconWorker.h"
#include "reconcile/Breaks.h"
#include "reconcile/ReconQueries.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace custos::ui {

namespace {

constexpr int kProgressScale = kReconProgressScale;

// Core sentences go inside the page's own sentence: without their closing full stop.
QString sentence(QString message)
{
    while (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return message;
}

void setAmber(QLabel *label)
{
    setTone(label, Tone::Neutral);
    label->setStyleSheet(QStringLiteral("color: #7a4b00; background: #fff4dc; border: 1px solid #f0cf8a; font-weight: bold;"));
}

} // namespace

ReconciliationPage::ReconciliationPage(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_runs = new ReconRunsModel(this);
    m_breaks = new ReconBreaksModel(this);

    m_title = pageTitle(QString(), this);
    m_description = mutedLabel(QString(), this);
    m_description->setWordWrap(true);
    m_form = new ReconStartForm(this);
    m_start = new QPushButton(this);
    m_start->setMinimumWidth(110);
    m_start->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->hide();

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, kProgressScale);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_progress->hide();
    m_progressText = mutedLabel(QString(), this);
    m_progressText->hide();
    m_banner = new QLabel(this);
    m_banner->hide();

    auto *formRow = new QHBoxLayout;
    formRow->addWidget(m_form, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    formRow->addLayout(buttons);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_progress, 1);

    m_runsTitle = sectionTitle(QString(), this);
    m_runsView = new QTableView(this);
    m_runsView->setModel(m_runs);
    styleTable(m_runsView);
    m_runsView->horizontalHeader()->resizeSection(ReconRunsModel::Id, 60);
    m_runsView->horizontalHeader()->resizeSection(ReconRunsModel::Chain, 130);
    m_runsView->horizontalHeader()->resizeSection(ReconRunsModel::Height, 90);
    m_runsView->horizontalHeader()->resizeSection(ReconRunsModel::Status, 100);
    m_runsView->horizontalHeader()->resizeSection(ReconRunsModel::Breaks, 80);
    m_runsView->horizontalHeader()->resizeSection(ReconRunsModel::Finished, 160);

    m_breaksTitle = sectionTitle(QString(), this);
    m_breaksView = new QTableView(this);
    m_breaksView->setModel(m_breaks);
    styleTable(m_breaksView);
    m_breaksView->setAlternatingRowColors(false); // the row colour says the status
    m_breaksView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *h = m_breaksView->horizontalHeader();
    const int mono = QFontMetrics(monospaceFont()).horizontalAdvance(QLatin1Char('0'));
    h->resizeSection(ReconBreaksModel::Kind, 95);
    h->resizeSection(ReconBreaksModel::Address, mono * 15 + 16); // elided in the middle; the panel shows it whole
    for (int c : {ReconBreaksModel::Asset, ReconBreaksModel::RegisterBalance, ReconBreaksModel::ChainBalance, ReconBreaksModel::Difference})
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents); // exact amounts are never cut
    h->resizeSection(ReconBreaksModel::Status, 80);
    h->resizeSection(ReconBreaksModel::Owner, 90);

    m_detail = new BreakDetail(this);
    m_detail->setMinimumWidth(260);

    auto *runsBox = new QWidget(this);
    auto *runsLayout = new QVBoxLayout(runsBox);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    runsLayout->addWidget(m_runsTitle);
    runsLayout->addWidget(m_runsView);
    auto *breaksBox = new QWidget(this);
    auto *breaksLayout = new QVBoxLayout(breaksBox);
    breaksLayout->setContentsMargins(0, 0, 0, 0);
    breaksLayout->addWidget(m_breaksTitle);
    breaksLayout->addWidget(m_breaksView);
    auto *tables = new QSplitter(Qt::Vertical, this);
    tables->setChildrenCollapsible(false);
    tables->addWidget(runsBox);
    tables->addWidget(breaksBox);
    tables->setSizes({160, 300});
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setChildrenCollapsible(false);
    main->addWidget(tables);
    main->addWidget(m_detail);
    main->setStretchFactor(0, 1);
    main->setSizes({800, 260});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addLayout(formRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_banner);
    layout->addWidget(main, 1);

    connect(m_start, &QPushButton::clicked, this, &ReconciliationPage::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReconciliationPage::cancel);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onRunSelected(current); });
    connect(m_breaksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onBreakSelected(current); });
    connect(m_runs, &ReconRunsModel::errorOccurred, this, &ReconciliationPage::showMessage);
    connect(m_breaks, &ReconBreaksModel::errorOccurred, this, &ReconciliationPage::showMessage);
    connect(m_detail, &BreakDetail::explainRequested, this, &ReconciliationPage::explain);
    connect(m_detail, &BreakDetail::resolveRequested, this, &ReconciliationPage::resolve);
    connect(session, &Session::opened, this, &ReconciliationPage::onSessionOpened);
    connect(session, &Session::closing, this, &ReconciliationPage::onSessionClosing);
    retranslateUi();
}

void ReconciliationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReconciliationPage::retranslateUi()
{
    m_title->setText(tr("Reconciliation"));
    m_description->setText(tr("Compare every address and asset of a chain with the register at one block height. "
                              "Every difference is a break to explain; a run whose source failed is never clean."));
    m_start->setText(tr("Start run"));
    m_cancelButton->setText(m_cancel && m_cancel->load() ? tr("Cancelling…") : tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop asking the node; the run is recorded as incomplete"));
    m_runsTitle->setText(tr("Runs"));
    m_breaksTitle->setText(tr("Breaks of the selected run"));
    retranslateHeaders(m_runs);
    retranslateHeaders(m_breaks);
    updateStartButton();
    if (m_outcome)
        m_banner->setText(describe(*m_outcome));
}

void ReconciliationPage::updateStartButton()
{
    const RegisterPtr reg = m_session->reg();
    const bool operatorUser = reg && reg->user().role == reg::Role::Operator;
    m_start->setEnabled(operatorUser && !m_watcher);
    if (!reg)
        m_start->setToolTip(QString());
    else if (!operatorUser)
        m_start->setToolTip(tr("Only operators run reconciliations; you are signed in as %1 with the role %2.")
                                .arg(reg->user().name, reg::roleName(reg->user().role)));
    else
        m_start->setToolTip(tr("Run the reconciliation in the background; the window stays usable"));
}

void ReconciliationPage::onSessionOpened()
{
    m_banner->hide();
    m_outcome.reset();
    m_bannerKind = Banner::None;
    const RegisterPtr reg = m_session->reg();
    auto chains = reconcile::assetChains(*reg);
    if (chains.ok())
        m_form->setChains(*chains);
    else
        showMessage(chains.message());
    m_runs->setRegister(reg);
    updateStartButton();
    if (m_runs->rowCount() > 0)
        m_runsView->selectionModel()->setCurrentIndex(m_runs->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ReconciliationPage::onSessionClosing()
{
    if (m_watcher) {
        // The worker holds its own reference to the register; stop what a node run still asks.
        m_cancel->store(true);
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_progress->hide();
    m_progressText->hide();
    m_cancelButton->hide();
    m_banner->hide();
    m_outcome.reset();
    m_bannerKind = Banner::None;
    m_breaks->setRun(nullptr, 0);
    m_runs->setRegister(nullptr);
    m_form->setChains({});
    m_detail->showBreak(std::nullopt);
    updateStartButton();
}

void ReconciliationPage::start()
{
    const RegisterPtr reg = m_session->reg();
    if (!reg || m_watcher)
        return;
    QString problem;
    const std::optional<ReconRequest> req = m_form->request(&problem);
    if (!req) {
        showMessage(problem);
        return;
    }
    m_banner->hide();
    m_outcome.reset();
    m_bannerKind = Banner::None;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setValue(0);
    m_progress->show();
    m_progressText->setText(tr("Opening the source…"));
    m_progressText->show();
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_detail->setActionsEnabled(false);
    m_watcher = new QFutureWatcher<ReconOutcome>(this);
    updateStartButton();
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, m_progressText, &QLabel::setText);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ReconciliationPage::finishRun);
    m_watcher->setFuture(QtConcurrent::run(runReconTask, reg, *req, m_cancel));
}

void ReconciliationPage::cancel()
{
    if (!m_watcher || !m_cancel)
        return;
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_cancelButton->setText(tr("Cancelling…"));
}

void ReconciliationPage::finishRun()
{
    ReconOutcome outcome;
    if (m_watcher->future().resultCount() > 0)
        outcome = m_watcher->result();
    else
        outcome.error = tr("the reconciliation worker ended without a result");
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_progress->hide();
    m_progressText->hide();
    m_cancelButton->hide();
    m_detail->setActionsEnabled(true);
    updateStartButton();
    showBanner(outcome);
    if (outcome.ran) {
        m_runs->refresh();
        selectRun(outcome.result.runId);
        if (m_breaks->rowCount() > 0)
            selectBreakRow(0);
    }
    emit runFinished(outcome.ran ? outcome.result.status : QString());
}

void ReconciliationPage::showBanner(const ReconOutcome &outcome)
{
    m_outcome = outcome;
    m_bannerKind = bannerFor(outcome);
    m_banner->setText(describe(outcome));
    switch (m_bannerKind) {
    case Banner::Clean:
        setTone(m_banner, Tone::Good);
        break;
    case Banner::Breaks:
        setAmber(m_banner);
        break;
    default:
        setTone(m_banner, Tone::Bad);
        break;
    }
    m_banner->show();
}

void ReconciliationPage::showMessage(const QString &message)
{
    m_outcome.reset();
    m_bannerKind = Banner::Failed;
    m_banner->setText(message);
    setTone(m_banner, Tone::Bad);
    m_banner->show();
}

ReconciliationPage::Banner ReconciliationPage::bannerFor(const ReconOutcome &o)
{
    if (!o.ran || o.result.status == QLatin1String("incomplete"))
        return Banner::Failed;
    if (o.result.status == QLatin1String("clean") && o.result.breaks.isEmpty())
        return Banner::Clean;
    if (o.result.status == QLatin1String("breaks"))
        return Banner::Breaks;
    return Banner::Failed; // a status this screen does not know is never shown as clean
}

QString ReconciliationPage::describe(const ReconOutcome &o)
{
    if (!o.ran)
        return tr("The reconciliation did not run: %1. Nothing was recorded as clean.").arg(sentence(o.error));
    const reconcile::RunResult &r = o.result;
    switch (bannerFor(o)) {
    case Banner::Clean:
        if (r.blockHash.isEmpty()) // a snapshot names a height only
            return tr("Run %1 on %2: clean at height %3").arg(r.runId).arg(r.chain).arg(r.height);
        return tr("Run %1 on %2: clean at height %3 (block %4)").arg(r.runId).arg(r.chain).arg(r.height).arg(r.blockHash);
    case Banner::Breaks: {
        const qint64 n = r.breaks.size();
        if (r.blockHash.isEmpty())
            return tr("Run %1 on %2: %3 breaks at height %4", nullptr, pluralCount(n)).arg(r.runId).arg(r.chain, formatCount(n)).arg(r.height);
        return tr("Run %1 on %2: %3 breaks at height %4 (block %5)", nullptr, pluralCount(n))
            .arg(r.runId)
            .arg(r.chain, formatCount(n))
            .arg(r.height)
            .arg(r.blockHash);
    }
    default:
        return tr("Run %1 on %2 INCOMPLETE: %3 — nothing was recorded as clean")
            .arg(r.runId)
            .arg(r.chain, r.problem.isEmpty() ? tr("the run ended in the status '%1'").arg(r.status) : sentence(r.problem));
    }
}

QString ReconciliationPage::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

bool ReconciliationPage::selectRun(qint64 runId)
{
    const int row = m_runs->rowOfRun(runId);
    if (row < 0)
        return false;
    m_runsView->selectionModel()->setCurrentIndex(m_runs->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

bool ReconciliationPage::selectBreakRow(int row)
{
    if (row < 0 || row >= m_breaks->rowCount())
        return false;
    m_breaksView->selectionModel()->setCurrentIndex(m_breaks->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void ReconciliationPage::onRunSelected(const QModelIndex &index)
{
    const reconcile::RunRecord *run = index.isValid() ? m_runs->runAt(index.row()) : nullptr;
    m_breaks->setRun(run ? m_session->reg() : nullptr, run ? run->id : 0);
    m_detail->showBreak(std::nullopt);
    if (m_breaks->rowCount() > 0)
        selectBreakRow(0);
}

void ReconciliationPage::onBreakSelected(const QModelIndex &index)
{
    const reconcile::BreakRecord *b = index.isValid() ? m_breaks->breakAt(index.row()) : nullptr;
    m_detail->showBreak(b ? std::optional<reconcile::BreakRecord>(*b) : std::nullopt);
}

void ReconciliationPage::refreshBreaks(std::optional<qint64> keepBreak)
{
    m_breaks->refresh();
    const int row = keepBreak ? m_breaks->rowOfBreak(*keepBreak) : -1;
    if (row >= 0)
        selectBreakRow(row);
    else
        m_detail->showBreak(std::nullopt);
}

void ReconciliationPage::explain(qint64 breakId, const QString &note, const QString &owner)
{
    const RegisterPtr reg = m_session->reg();
    if (!reg || m_watcher)
        return;
    const Status s = reconcile::explainBreak(*reg, breakId, note, owner.trimmed());
    if (!s.ok()) {
        m_detail->showError(s.message());
        return;
    }
    refreshBreaks(breakId);
    m_detail->showError(QString());
}

void ReconciliationPage::resolve(qint64 breakId, qint64 movementId, const QString &note)
{
    const RegisterPtr reg = m_session->reg();
    if (!reg || m_watcher)
        return;
    const Status s = reconcile::resolveBreak(*reg, breakId, movementId, note);
    if (!s.ok()) {
        m_detail->showError(s.message());
        return;
    }
    refreshBreaks(breakId);
    m_detail->showError(QString());
}

} // namespace custos::ui
