#include "pages/AuditPage.h"

#include "app/Format.h"
#include "app/Language.h"
#include "app/Theme.h"
#include "models/AuditLogModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QSignalBlocker>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace custos::ui {

namespace {

constexpr int kProgressScale = 1000;
const QDate kNoDay(2000, 1, 1); // the date edits' "any day"

// Runs in a worker, outside AuditPage: its texts name AuditPage's translation context themselves.
void runVerify(QPromise<VerifyOutcome> &promise, const RegisterPtr &reg)
{
    promise.setProgressRange(0, kProgressScale);
    promise.setProgressValueAndText(0, QCoreApplication::translate("custos::ui::AuditPage", "Checking the hash chain…"));
    auto report = audit::verify(reg->db(), [&promise](qint64 done, qint64 total) {
        const int value = total > 0 ? int(done * kProgressScale / total) : kProgressScale;
        promise.setProgressValueAndText(value, QCoreApplication::translate("custos::ui::AuditPage", "Re-hashing movements: %1 of %2")
                                                   .arg(formatCount(done), formatCount(total)));
    });
    VerifyOutcome out;
    if (report.ok()) {
        out.ran = true;
        out.report = *report;
    } else {
        out.error = report.message();
    }
    promise.addResult(out);
}

} // namespace

AuditPage::AuditPage(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_model = new AuditLogModel(this);

    m_verify = new QPushButton(this);
    m_verify->setMinimumWidth(110);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, kProgressScale);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(10);
    m_progress->hide();
    m_progressText = mutedLabel(QString(), this);
    m_progressText->hide();
    m_result = new QLabel(this);
    m_result->hide();
    m_error = new QLabel(this);
    setTone(m_error, Tone::Bad);
    m_error->hide();

    auto *titleRow = new QHBoxLayout;
    auto *titleText = new QVBoxLayout;
    titleText->setSpacing(2);
    m_title = pageTitle(QString(), this);
    m_description = mutedLabel(QString(), this);
    m_description->setWordWrap(true); // longer in some languages than the line beside Verify
    titleText->addWidget(m_title);
    titleText->addWidget(m_description);
    titleRow->addLayout(titleText, 1);
    titleRow->addWidget(m_verify, 0, Qt::AlignTop);

    // Filters: action, user, from and to day (the earliest date reads "any").
    m_filterLabel = new QLabel(this);
    m_actionFilter = new QComboBox(this);
    m_actionFilter->setObjectName(QStringLiteral("auditActionFilter"));
    m_actionFilter->setMinimumContentsLength(16);
    m_actorFilter = new QComboBox(this);
    m_actorFilter->setObjectName(QStringLiteral("auditActorFilter"));
    m_actorFilter->setMinimumContentsLength(10);
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    for (QDateEdit **edit : {&m_fromDay, &m_toDay}) {
        *edit = new QDateEdit(this);
        (*edit)->setCalendarPopup(true);
        (*edit)->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        (*edit)->setMinimumDate(kNoDay);
        (*edit)->setDate(kNoDay);
    }
    m_fromLabel->setBuddy(m_fromDay);
    m_toLabel->setBuddy(m_toDay);
    m_filterLabel->setBuddy(m_actionFilter);
    m_clearFilter = new QPushButton(this);
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(8);
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_actionFilter);
    filterRow->addWidget(m_actorFilter);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_fromLabel);
    filterRow->addWidget(m_fromDay);
    filterRow->addWidget(m_toLabel);
    filterRow->addWidget(m_toDay);
    filterRow->addWidget(m_clearFilter);
    filterRow->addStretch(1);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    styleTable(m_view);
    QHeaderView *h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->resizeSection(AuditLogModel::Seq, 70);
    h->resizeSection(AuditLogModel::Time, fontMetrics().horizontalAdvance(QStringLiteral("2024-01-01 00:00:00")) + 24);
    h->resizeSection(AuditLogModel::Actor, 110);
    h->resizeSection(AuditLogModel::Action, 170);
    h->resizeSection(AuditLogModel::Hash, QFontMetrics(monospaceFont()).horizontalAdvance(QStringLiteral("0123456789abcdef…")) + 20);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the payload elides; the pane below shows it whole

    m_entry = new QLabel(this);
    m_entry->setFont(monospaceFont());
    m_entry->setTextFormat(Qt::PlainText);
    m_entry->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_entry->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_entry->setContentsMargins(8, 6, 8, 6);
    m_entry->setAutoFillBackground(true);
    m_entry->setBackgroundRole(QPalette::Base);
    m_entryArea = new QScrollArea(this);
    m_entryArea->setWidget(m_entry);
    m_entryArea->setWidgetResizable(true);
    m_entryArea->setBackgroundRole(QPalette::Base);
    m_entryArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_entry->setWordWrap(true); // hashes (64 hex) are the longest words and fit at the minimum width

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_entryArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_entryArea->setMinimumHeight(120);
    splitter->setSizes({420, 240});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addWidget(m_result);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_error);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);

    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_actorFilter, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_fromDay, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_toDay, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_clearFilter, &QPushButton::clicked, this, [this] { setFilter(QString(), QString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEntry(current); });
    connect(m_model, &AuditLogModel::errorOccurred, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(session, &Session::opened, this, &AuditPage::onSessionOpened);
    connect(session, &Session::closing, this, &AuditPage::onSessionClosing);
    retranslateUi();
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditPage::retranslateUi()
{
    m_verify->setText(tr("Verify"));
    m_verify->setToolTip(tr("Walk the whole hash chain and re-hash every movement it covers"));
    m_title->setText(tr("Audit log"));
    m_description->setText(tr("Every change, hash-chained: each entry's hash covers the one before it. "
                              "Verify finds any edited, deleted or reordered entry or movement."));
    retranslateHeaders(m_model);
    m_filterLabel->setText(tr("&Show:"));
    if (m_actionFilter->count() > 0)
        m_actionFilter->setItemText(0, tr("every action"));
    if (m_actorFilter->count() > 0)
        m_actorFilter->setItemText(0, tr("every user"));
    m_fromLabel->setText(tr("&from"));
    m_toLabel->setText(tr("&to"));
    for (QDateEdit *e : {m_fromDay, m_toDay})
        e->setSpecialValueText(tr("any day"));
    m_clearFilter->setText(tr("Show &all"));
    m_actionFilter->setAccessibleName(tr("Show only this action"));
    m_actorFilter->setAccessibleName(tr("Show only this user's entries"));
    m_fromDay->setAccessibleName(tr("Show entries from this day (UTC)"));
    m_toDay->setAccessibleName(tr("Show entries up to this day (UTC)"));
    m_view->setAccessibleName(tr("Audit log entries"));
    m_verify->setAccessibleName(tr("Verify the audit log"));
    if (m_outcome)
        m_result->setText(describe(*m_outcome));
    showEntry(m_view->selectionModel()->currentIndex());
}

void AuditPage::onSessionOpened()
{
    m_error->hide();
    m_result->hide();
    m_outcome.reset();
    m_model->setRegister(m_session->reg());
    loadFilterChoices();
    if (m_model->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void AuditPage::onSessionClosing()
{
    if (m_watcher) {
        // The worker keeps its own reference to the register and finishes on its own.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_verify->setEnabled(true);
    m_progress->hide();
    m_progressText->hide();
    m_result->hide();
    m_outcome.reset();
    showEntry({});
    m_model->setRegister(nullptr);
    m_model->setFilter({});
    const QSignalBlocker b1(m_actionFilter), b2(m_actorFilter), b3(m_fromDay), b4(m_toDay);
    m_actionFilter->clear();
    m_actorFilter->clear();
    m_fromDay->setDate(kNoDay);
    m_toDay->setDate(kNoDay);
}

void AuditPage::verify()
{
    RegisterPtr reg = m_session->reg();
    if (!reg || m_watcher)
        return;
    m_verify->setEnabled(false);
    m_result->hide();
    m_outcome.reset();
    m_progress->setValue(0);
    m_progress->show();
    m_progressText->setText(tr("Checking the hash chain…"));
    m_progressText->show();
    m_watcher = new QFutureWatcher<VerifyOutcome>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, m_progressText, &QLabel::setText);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &AuditPage::finishVerify);
    m_watcher->setFuture(QtConcurrent::run(runVerify, reg));
}

void AuditPage::finishVerify()
{
    VerifyOutcome outcome;
    if (m_watcher->future().resultCount() > 0)
        outcome = m_watcher->result();
    else
        outcome.error = tr("the verification worker ended without a result");
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_verify->setEnabled(true);
    m_progress->hide();
    m_progressText->hide();
    const bool intact = outcome.ran && outcome.report.intact;
    m_result->setText(describe(outcome));
    m_outcome = outcome;
    setTone(m_result, intact ? Tone::Good : Tone::Bad);
    m_result->show();
    emit verified(intact);
}

QString AuditPage::describe(const VerifyOutcome &o)
{
    if (!o.ran)
        return tr("Verification could not run: %1. The audit log was NOT verified.").arg(o.error);
    if (!o.report.intact)
        return tr("TAMPERED at entry %1: %2").arg(o.report.firstBad ? QString::number(*o.report.firstBad) : tr("?"), o.report.problem);
    return tr("intact: %1 entries, head %2", nullptr, pluralCount(o.report.entries)).arg(formatCount(o.report.entries), o.report.head);
}

QString AuditPage::resultText() const
{
    return m_result->isVisibleTo(this) ? m_result->text() : QString();
}

void AuditPage::showEntry(const QModelIndex &index)
{
    const audit::AuditEntry *e = index.isValid() ? m_model->entryAt(index.row()) : nullptr;
    if (!e) {
        m_entry->setText(tr("Select an entry to see its payload and hashes."));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(e->payload);
    const QString payload = doc.isNull() ? QString::fromUtf8(e->payload) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_entry->setText(tr("entry %1 · %2 UTC · %3 · %4\nprev %5\nhash %6\n\n%7")
                         .arg(e->seq)
                         .arg(formatTimestamp(e->at), e->actor, e->action, e->prevHash, e->hash, payload));
}

void AuditPage::loadFilterChoices()
{
    const QSignalBlocker blockActions(m_actionFilter);
    const QSignalBlocker blockActors(m_actorFilter);
    m_actionFilter->clear();
    m_actorFilter->clear();
    m_actionFilter->addItem(tr("every action"), QString());
    m_actorFilter->addItem(tr("every user"), QString());
    const RegisterPtr reg = m_session->reg();
    if (!reg)
        return;
    if (auto actions = ledger::auditActions(reg->db()); actions.ok())
        for (const QString &a : *actions)
            m_actionFilter->addItem(a, a);
    if (auto actors = ledger::auditActors(reg->db()); actors.ok())
        for (const QString &a : *actors)
            m_actorFilter->addItem(a, a);
}

void AuditPage::setFilter(const QString &action, const QString &actor, const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker b1(m_actionFilter), b2(m_actorFilter), b3(m_fromDay), b4(m_toDay);
        m_actionFilter->setCurrentIndex(qMax(0, m_actionFilter->findData(action)));
        m_actorFilter->setCurrentIndex(qMax(0, m_actorFilter->findData(actor)));
        m_fromDay->setDate(from.isValid() ? from : kNoDay);
        m_toDay->setDate(to.isValid() ? to : kNoDay);
    }
    applyFilter();
}

void AuditPage::applyFilter()
{
    ledger::AuditFilter f;
    f.action = m_actionFilter->currentData().toString();
    f.actor = m_actorFilter->currentData().toString();
    if (m_fromDay->date() > kNoDay)
        f.fromDay = m_fromDay->date().toString(Qt::ISODate);
    if (m_toDay->date() > kNoDay)
        f.toDay = m_toDay->date().toString(Qt::ISODate);
    m_error->hide();
    m_model->setFilter(f);
    if (m_model->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        showEntry({});
}

} // namespace custos::ui
