#include "pages/SegregationPage.h"

#include "app/Format.h"
#include "app/Language.h"
#include "app/Theme.h"
#include "models/FindingsModel.h"
#include "segregation/Subjects.h"

#include <QButtonGroup>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace custos::ui {

namespace {

QString withoutStop(QString message)
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

// A long value without spaces (an address, a hash) is shown in monospace; the panel wraps it.
QString row(const QString &label, const QString &value)
{
    const QString shown = value.size() > 24 && !value.contains(QLatin1Char(' '))
                              ? QStringLiteral("<span style='font-family:monospace'>%1</span>").arg(value.toHtmlEscaped())
                              : value.toHtmlEscaped();
    return QStringLiteral("<tr><td style='color:#5f6b7a; padding-right:10px' valign='top'>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), shown);
}

} // namespace

SegregationPage::SegregationPage(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_findings = new FindingsModel(this);
    m_proxy = new FindingsFilterProxy(this);
    m_proxy->setSourceModel(m_findings);

    m_title = pageTitle(QString(), this);
    m_description = mutedLabel(QString(), this);
    m_description->setWordWrap(true);
    m_roleNote = mutedLabel(QString(), this);
    m_roleNote->setWordWrap(true);
    m_roleNote->hide();
    m_run = new QPushButton(this);
    m_run->setDefault(true);
    m_export = new QPushButton(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_progressText = mutedLabel(QString(), this);
    m_progressText->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_run);
    actions->addWidget(m_export);
    actions->addSpacing(12);
    actions->addWidget(m_progressText);
    actions->addWidget(m_progress, 1);
    actions->addStretch(0);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_evidenceResult = new QLabel(this);
    m_evidenceResult->setWordWrap(true);
    m_evidenceResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidenceResult->hide();

    m_layers = new QButtonGroup(this);
    m_layers->setExclusive(true);
    m_layerAll = new QPushButton(this);
    m_layerAll->setCheckable(true);
    m_layerAll->setChecked(true);
    m_layers->addButton(m_layerAll, -1);
    auto *layerRow = new QHBoxLayout;
    layerRow->addWidget(m_layerAll);
    for (int i = 0; i < 3; ++i) {
        m_layerButtons[i] = new QPushButton(this);
        m_layerButtons[i]->setCheckable(true);
        m_layers->addButton(m_layerButtons[i], i);
        layerRow->addWidget(m_layerButtons[i]);
    }
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    layerRow->addSpacing(12);
    layerRow->addWidget(m_search, 1);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    styleTable(m_view);
    m_view->setTextElideMode(Qt::ElideRight); // the sentence keeps its start; the panel shows it whole
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    QHeaderView *h = m_view->horizontalHeader();
    h->resizeSection(FindingsModel::Layer, 80);
    h->resizeSection(FindingsModel::Rule, 200);
    h->resizeSection(FindingsModel::Subject, 200);

    auto *side = new QWidget(this);
    m_subjectTitle = sectionTitle(QString(), side);
    // A text browser, not a label: a long address or hash wraps anywhere instead of being cut
    // off, and what the user copies is the exact value.
    m_subject = new QTextBrowser(side);
    m_subject->setFrameShape(QFrame::NoFrame);
    m_subject->setOpenLinks(false);
    m_subject->viewport()->setAutoFillBackground(false);
    m_subject->setAutoFillBackground(false);
    QTextOption wrap = m_subject->document()->defaultTextOption();
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_subject->document()->setDefaultTextOption(wrap);
    m_showClient = new QPushButton(side);
    m_showClient->hide();
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    sideLayout->addWidget(m_subjectTitle);
    sideLayout->addWidget(m_subject, 1);
    sideLayout->addWidget(m_showClient, 0, Qt::AlignLeft);
    side->setMinimumWidth(320);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setSizes({700, 330});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_roleNote);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(m_evidenceResult);
    layout->addLayout(layerRow);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &SegregationPage::runCheck);
    connect(m_export, &QPushButton::clicked, this, &SegregationPage::chooseEvidenceFolder);
    connect(m_layers, &QButtonGroup::idClicked, this, [this](int id) {
        showLayer(id < 0 ? std::nullopt : std::optional<segregation::Layer>(segregation::Layer(id)));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &FindingsFilterProxy::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SegregationPage::showSubject);
    connect(m_showClient, &QPushButton::clicked, this, [this] {
        if (!m_subjectClient.isEmpty())
            emit showClientRequested(m_subjectClient);
    });
    auto *runKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    connect(runKey, &QShortcut::activated, this, &SegregationPage::runCheck);
    auto *exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(exportKey, &QShortcut::activated, this, &SegregationPage::chooseEvidenceFolder);
    connect(session, &Session::opened, this, &SegregationPage::onSessionOpened);
    connect(session, &Session::closing, this, &SegregationPage::onSessionClosing);
    retranslateUi();
}

void SegregationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SegregationPage::retranslateUi()
{
    m_title->setText(tr("Segregation"));
    m_description->setText(tr("Check that client assets are kept apart from the firm's own on three layers (MiCA Art. 75(7)): "
                              "on-chain (addresses and balances), access (key sets and users) and records (the register). "
                              "A check that cannot run is never shown as clean."));
    m_run->setText(tr("&Run check"));
    m_run->setToolTip(tr("Run the segregation check in the background (Ctrl+Shift+R)"));
    m_export->setText(tr("&Export evidence pack…"));
    m_export->setToolTip(tr("Write the auditor's evidence pack (report, tables, signed manifest) into a new folder (Ctrl+E)"));
    m_search->setPlaceholderText(tr("Filter findings by rule, subject or text"));
    m_search->setAccessibleName(tr("Filter findings"));
    m_view->setAccessibleName(tr("Segregation findings"));
    m_subjectTitle->setText(tr("Subject"));
    m_subject->setAccessibleName(tr("Subject of the selected finding"));
    m_showClient->setText(tr("Show &client"));
    retranslateHeaders(m_findings);
    m_findings->retranslate(); // the layer column is worded in the language
    const qint64 total = m_findings->rowCount();
    m_layerAll->setText(tr("All (%1)").arg(formatCount(total)));
    m_layerAll->setAccessibleName(tr("Show every layer"));
    for (segregation::Layer l : segregation::kLayers) {
        QPushButton *b = m_layerButtons[int(l)];
        b->setText(QStringLiteral("%1 (%2)").arg(FindingsModel::layerText(l), formatCount(m_findings->count(l))));
        b->setAccessibleName(tr("Show the %1 layer").arg(FindingsModel::layerText(l)));
    }
    updateButtons();
    if (m_check)
        showCheck();
    if (m_evidence)
        showEvidence();
    showSubject();
}

bool SegregationPage::mayRun() const
{
    const RegisterPtr reg = m_session->reg();
    return reg && (reg->user().role == reg::Role::Compliance || reg->user().role == reg::Role::Admin);
}

void SegregationPage::updateButtons()
{
    const RegisterPtr reg = m_session->reg();
    const bool may = mayRun();
    m_run->setVisible(!reg || may);
    m_export->setVisible(!reg || may);
    m_run->setEnabled(may && !isRunning());
    m_export->setEnabled(may && !isRunning());
    m_roleNote->setVisible(reg && !may);
    if (reg && !may)
        m_roleNote->setText(tr("Only compliance officers and administrators run the segregation check; you are signed in as %1 "
                               "with the role %2.")
                                .arg(reg->user().name, reg::roleName(reg->user().role)));
}

void SegregationPage::onSessionOpened()
{
    m_check.reset();
    m_evidence.reset();
    m_bannerKind = Banner::None;
    m_banner->hide();
    m_evidenceResult->hide();
    m_findings->clear();
    retranslateUi();
}

void SegregationPage::onSessionClosing()
{
    for (QFutureWatcherBase *w : {static_cast<QFutureWatcherBase *>(m_checkWatcher), static_cast<QFutureWatcherBase *>(m_evidenceWatcher)}) {
        if (w) {
            w->disconnect(this); // the worker holds its own reference to the register
            w->deleteLater();
        }
    }
    m_checkWatcher = nullptr;
    m_evidenceWatcher = nullptr;
    stopProgress();
    onSessionOpened(); // forgets the last check and evidence
    updateButtons();
}

void SegregationPage::startProgress(const QString &text)
{
    m_progress->setValue(0);
    m_progress->show();
    m_progressText->setText(text);
    m_progressText->show();
}

void SegregationPage::stopProgress()
{
    m_progress->hide();
    m_progressText->hide();
}

void SegregationPage::runCheck()
{
    const RegisterPtr reg = m_session->reg();
    if (!reg || isRunning() || !mayRun())
        return;
    startProgress(tr("Starting the check…"));
    m_checkWatcher = new QFutureWatcher<CheckOutcome>(this);
    updateButtons();
    connect(m_checkWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_checkWatcher, &QFutureWatcherBase::progressTextChanged, m_progressText, &QLabel::setText);
    connect(m_checkWatcher, &QFutureWatcherBase::finished, this, &SegregationPage::finishCheck);
    m_checkWatcher->setFuture(QtConcurrent::run(runCheckTask, reg));
}

void SegregationPage::finishCheck()
{
    CheckOutcome outcome;
    if (m_checkWatcher->future().resultCount() > 0)
        outcome = m_checkWatcher->result();
    else
        outcome.error = tr("the segregation worker ended without a result");
    m_checkWatcher->deleteLater();
    m_checkWatcher = nullptr;
    stopProgress();
    m_check = outcome;
    if (outcome.ran)
        m_findings->setFindings(outcome.report.findings);
    else
        m_findings->clear(); // no findings from a check that did not run: the banner says why
    retranslateUi();
    if (m_proxy->rowCount() > 0)
        selectRow(0);
    emit checkFinished(outcome.ran);
}

void SegregationPage::showCheck()
{
    const CheckOutcome &o = *m_check;
    if (!o.ran) {
        m_bannerKind = Banner::Failed;
        m_banner->setText(tr("The segregation check could not run: %1. Nothing is known to be clean.").arg(withoutStop(o.error)));
        setTone(m_banner, Tone::Bad);
    } else if (o.report.clean()) {
        m_bannerKind = Banner::Clean;
        m_banner->setText(tr("Checked %1 by %2: no findings on any layer (%3 clients, %4 addresses, %5 movements).")
                              .arg(formatTimestamp(o.report.checkedAt), o.report.checkedBy, formatCount(o.report.clients),
                                   formatCount(o.report.addresses), formatCount(o.report.movements)));
        setTone(m_banner, Tone::Good);
    } else {
        m_bannerKind = Banner::Findings;
        const qint64 n = o.report.findings.size();
        m_banner->setText(tr("Checked %1 by %2: %3 findings (on-chain %4, access %5, records %6) over %7 clients, %8 addresses, "
                             "%9 movements.",
                             nullptr, pluralCount(n))
                              .arg(formatTimestamp(o.report.checkedAt), o.report.checkedBy, formatCount(n),
                                   formatCount(m_findings->count(segregation::Layer::OnChain)),
                                   formatCount(m_findings->count(segregation::Layer::Access)),
                                   formatCount(m_findings->count(segregation::Layer::Records)), formatCount(o.report.clients),
                                   formatCount(o.report.addresses), formatCount(o.report.movements)));
        setAmber(m_banner);
    }
    m_banner->show();
}

QString SegregationPage::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void SegregationPage::showLayer(std::optional<segregation::Layer> layer)
{
    m_proxy->setLayer(layer);
    QAbstractButton *b = layer ? static_cast<QAbstractButton *>(m_layerButtons[int(*layer)]) : m_layerAll;
    b->setChecked(true);
    if (m_proxy->rowCount() > 0)
        selectRow(0);
}

bool SegregationPage::selectRow(int proxyRow)
{
    if (proxyRow < 0 || proxyRow >= m_proxy->rowCount())
        return false;
    m_view->selectionModel()->setCurrentIndex(m_proxy->index(proxyRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void SegregationPage::showSubject()
{
    m_subjectClient.clear();
    const QModelIndex current = m_view->currentIndex();
    const RegisterPtr reg = m_session->reg();
    if (!current.isValid() || !reg) {
        m_subject->setHtml(QStringLiteral("<span style='color:#5f6b7a'>%1</span>")
                               .arg(tr("Select a finding to see what it is about.").toHtmlEscaped()));
        m_showClient->hide();
        return;
    }
    const QModelIndex src = m_proxy->mapToSource(current);
    const segregation::Finding *f = m_findings->findingAt(src.row());
    if (!f)
        return;
    QString html = QStringLiteral("<p>%1</p><table>").arg(f->detail.toHtmlEscaped());
    html += row(tr("Layer"), FindingsModel::layerText(f->layer));
    html += row(tr("Rule"), f->rule);
    auto info = segregation::describeSubject(reg->db(), f->subject);
    if (!info.ok()) {
        html += row(tr("Subject"), f->subject) + QStringLiteral("</table>");
        html += QStringLiteral("<p style='color:#b42318'>%1</p>").arg(info.message().toHtmlEscaped());
        m_subject->setHtml(html);
        m_showClient->hide();
        return;
    }
    using K = segregation::SubjectInfo::Kind;
    const segregation::SubjectInfo &s = *info;
    switch (s.kind) {
    case K::Address:
        html += row(tr("Address"), s.address) + row(tr("Chain"), s.chain);
        if (s.found) {
            html += row(tr("Owner"), s.client.isEmpty() ? s.owner : QStringLiteral("%1 (%2, %3)").arg(s.owner, s.client, s.clientName));
            html += row(tr("Key set"), s.keyset);
            if (!s.label.isEmpty())
                html += row(tr("Label"), s.label);
            html += row(tr("Registered"), formatTimestamp(s.createdAt));
        }
        break;
    case K::KeySet:
        html += row(tr("Key set"), s.keyset);
        if (s.found)
            html += row(tr("Owner"), s.owner) + row(tr("Created"), formatTimestamp(s.createdAt));
        break;
    case K::Movement:
        html += row(tr("Movement"), QString::number(s.movementId));
        if (s.found) {
            html += row(tr("Client"), QStringLiteral("%1 (%2)").arg(s.client, s.clientName));
            html += row(tr("Asset"), s.asset) + row(tr("Kind"), s.movementKind) + row(tr("Amount (base units)"), s.amount);
            html += row(tr("Occurred"), formatTimestamp(s.occurredAt)) + row(tr("Recorded"), formatTimestamp(s.recordedAt));
            if (!s.address.isEmpty())
                html += row(tr("Address"), s.address);
        }
        break;
    case K::User:
        html += row(tr("User"), s.user);
        if (s.found) {
            html += row(tr("Role"), s.role) + row(tr("Created"), formatTimestamp(s.createdAt));
            if (!s.disabledAt.isEmpty())
                html += row(tr("Disabled"), formatTimestamp(s.disabledAt));
        }
        break;
    case K::Client:
        html += row(tr("Client"), s.found ? QStringLiteral("%1 (%2)").arg(s.client, s.clientName) : s.client);
        if (!s.asset.isEmpty())
            html += row(tr("Asset"), s.asset);
        break;
    case K::Chain:
        html += row(tr("Chain"), s.chain);
        if (!s.asset.isEmpty())
            html += row(tr("Asset"), s.asset);
        break;
    case K::AuditLog:
        html += row(tr("Subject"), tr("the audit log"));
        break;
    case K::Rule:
    case K::Other:
        html += row(tr("Subject"), f->subject);
        break;
    }
    const bool leadsSomewhere = s.kind == K::Address || s.kind == K::KeySet || s.kind == K::Movement || s.kind == K::User ||
                                s.kind == K::Client;
    if (leadsSomewhere && !s.found)
        html += row(tr("Register"), tr("not in the register"));
    html += QStringLiteral("</table>");
    m_subject->setHtml(html);
    m_subjectClient = s.found && s.clientId > 0 ? s.client : QString();
    m_showClient->setVisible(!m_subjectClient.isEmpty());
    if (!m_subjectClient.isEmpty())
        m_showClient->setToolTip(tr("Open client %1 on the Clients screen").arg(m_subjectClient));
}

QString SegregationPage::subjectText() const
{
    return m_subject->toPlainText();
}

void SegregationPage::chooseEvidenceFolder()
{
    if (!mayRun() || isRunning())
        return;
    const QString dir = QFileDialog::getSaveFileName(this, tr("New folder for the evidence pack"),
                                                     QDir::home().filePath(QStringLiteral("evidence-%1").arg(QDate::currentDate().toString(Qt::ISODate))),
                                                     QString(), nullptr, QFileDialog::ShowDirsOnly);
    if (!dir.isEmpty())
        exportEvidence(dir);
}

void SegregationPage::exportEvidence(const QString &dir)
{
    const RegisterPtr reg = m_session->reg();
    if (!reg || isRunning() || !mayRun())
        return;
    m_evidence.reset();
    m_evidenceResult->hide();
    startProgress(tr("Starting the evidence pack…"));
    m_evidenceWatcher = new QFutureWatcher<EvidenceOutcome>(this);
    updateButtons();
    connect(m_evidenceWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_evidenceWatcher, &QFutureWatcherBase::progressTextChanged, m_progressText, &QLabel::setText);
    connect(m_evidenceWatcher, &QFutureWatcherBase::finished, this, &SegregationPage::finishEvidence);
    m_evidenceWatcher->setFuture(QtConcurrent::run(runEvidenceTask, reg, dir));
}

void SegregationPage::finishEvidence()
{
    EvidenceOutcome outcome;
    if (m_evidenceWatcher->future().resultCount() > 0)
        outcome = m_evidenceWatcher->result();
    else
        outcome.error = tr("the evidence worker ended without a result");
    m_evidenceWatcher->deleteLater();
    m_evidenceWatcher = nullptr;
    stopProgress();
    m_evidence = outcome;
    showEvidence();
    updateButtons();
    emit evidenceFinished(outcome.written);
}

void SegregationPage::showEvidence()
{
    const EvidenceOutcome &o = *m_evidence;
    const bool good = o.written && o.verified && o.verification.valid;
    if (!o.written) {
        m_evidenceResult->setText(tr("The evidence pack was not written: %1.").arg(withoutStop(o.error)));
    } else if (!o.verified) {
        m_evidenceResult->setText(tr("Evidence pack written to %1, but its manifest could not be verified: %2.")
                                      .arg(QDir::toNativeSeparators(o.pack.dir), withoutStop(o.verifyError)));
    } else if (o.verification.valid) {
        m_evidenceResult->setText(tr("Evidence pack written to %1 (and %2): %3 files, %4 findings; manifest verified, signed by %5 "
                                     "with key %6.")
                                      .arg(QDir::toNativeSeparators(o.pack.dir), QDir::toNativeSeparators(o.pack.zip))
                                      .arg(o.verification.files)
                                      .arg(o.pack.findings)
                                      .arg(o.verification.producedBy, shortHash(o.verification.publicKey)));
    } else {
        m_evidenceResult->setText(tr("Evidence pack written to %1, but its manifest does NOT verify: %2")
                                      .arg(QDir::toNativeSeparators(o.pack.dir), o.verification.problems.join(QLatin1Char(' '))));
    }
    setTone(m_evidenceResult, good ? Tone::Good : Tone::Bad);
    m_evidenceResult->show();
}

QString SegregationPage::evidenceText() const
{
    return m_evidenceResult->isVisibleTo(this) ? m_evidenceResult->text() : QString();
}

} // namespace custos::ui
