#include "pages/AuditPage.h"

#include "app/Format.h"
#include "app/Language.h"
#include "app/Theme.h"
#include "models/AuditLogModel.h"

#include <QCoreApplication>
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
    layout->addWidget(splitter, 1);

    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
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

} // namespace custos::ui
