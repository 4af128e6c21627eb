#include "pages/StatementsPage.h"

#include "app/Format.h"
#include "app/Language.h"
#include "app/Theme.h"
#include "models/BatchResultModel.h"
#include "models/StatementsModel.h"
#include "statements/Listing.h"
#include "util/Time.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
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

// The quarter holding `day` and the seven before it, newest first.
QStringList recentQuarters(const QDate &day)
{
    QStringList out;
    int year = day.year();
    int q = (day.month() - 1) / 3 + 1;
    for (int i = 0; i < 8; ++i) {
        out.append(QStringLiteral("%1Q%2").arg(year).arg(q));
        if (--q == 0) {
            q = 4;
            --year;
        }
    }
    return out;
}

} // namespace

StatementsPage::StatementsPage(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_list = new StatementsModel(this);
    m_batch = new BatchResultModel(this);

    m_title = pageTitle(QString(), this);
    m_description = mutedLabel(QString(), this);
    m_description->setWordWrap(true);
    m_roleNote = mutedLabel(QString(), this);
    m_roleNote->setWordWrap(true);
    m_roleNote->hide();

    m_form = new QWidget(this);
    m_periodLabel = new QLabel(m_form);
    m_quarterMode = new QRadioButton(m_form);
    m_quarter = new QComboBox(m_form);
    m_quarter->setEditable(true);
    m_quarter->setMinimumWidth(110);
    m_rangeMode = new QRadioButton(m_form);
    m_from = new QDateEdit(m_form);
    m_to = new QDateEdit(m_form);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setTimeSpec(Qt::UTC);
    }
    m_toLabel = new QLabel(m_form);
    auto *periodGroup = new QButtonGroup(this);
    periodGroup->addButton(m_quarterMode);
    periodGroup->addButton(m_rangeMode);
    m_quarterMode->setChecked(true);

    m_clientsLabel = new QLabel(m_form);
    m_allClients = new QRadioButton(m_form);
    m_someClients = new QRadioButton(m_form);
    m_clients = new QLineEdit(m_form);
    auto *clientGroup = new QButtonGroup(this);
    clientGroup->addButton(m_allClients);
    clientGroup->addButton(m_someClients);
    m_allClients->setChecked(true);

    m_folderLabel = new QLabel(m_form);
    m_folder = new QLineEdit(m_form);
    m_browse = new QPushButton(m_form);

    auto *grid = new QGridLayout(m_form);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->addWidget(m_periodLabel, 0, 0);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_quarterMode);
    periodRow->addWidget(m_quarter);
    periodRow->addSpacing(16);
    periodRow->addWidget(m_rangeMode);
    periodRow->addWidget(m_from);
    periodRow->addSpacing(4);
    periodRow->addWidget(m_toLabel);
    periodRow->addSpacing(4);
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);
    grid->addLayout(periodRow, 0, 1);
    grid->addWidget(m_clientsLabel, 1, 0);
    auto *clientRow = new QHBoxLayout;
    clientRow->addWidget(m_allClients);
    clientRow->addSpacing(16);
    clientRow->addWidget(m_someClients);
    clientRow->addWidget(m_clients, 1);
    grid->addLayout(clientRow, 1, 1);
    grid->addWidget(m_folderLabel, 2, 0);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    grid->addLayout(folderRow, 2, 1);

    m_generate = new QPushButton(this);
    m_generate->setDefault(true);
    m_generate->setMinimumWidth(130);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->hide();
    auto *formRow = new QHBoxLayout;
    formRow->addWidget(m_form, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_generate);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    formRow->addLayout(buttons);

    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_progressText = mutedLabel(QString(), this);
    m_progressText->hide();
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_progress, 1);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->hide();

    m_batchView = new QTableView(this);
    m_batchView->setModel(m_batch);
    styleTable(m_batchView);
    m_batchView->horizontalHeader()->resizeSection(BatchResultModel::Client, 110);
    m_batchView->horizontalHeader()->resizeSection(BatchResultModel::Outcome, 90);
    m_batchView->setTextElideMode(Qt::ElideMiddle);
    m_batchView->hide();

    m_listTitle = sectionTitle(QString(), this);
    m_listView = new QTableView(this);
    m_listView->setModel(m_list);
    styleTable(m_listView);
    m_listView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *h = m_listView->horizontalHeader();
    h->resizeSection(StatementsModel::Client, 100);
    h->resizeSection(StatementsModel::Period, 170);
    h->resizeSection(StatementsModel::Language, 100);
    h->resizeSection(StatementsModel::IssuedAt, 150);
    h->resizeSection(StatementsModel::IssuedBy, 90);
    h->resizeSection(StatementsModel::OnRequest, 100);
    m_open = new QPushButton(this);
    m_verifyButton = new QPushButton(this);
    m_verifyResult = new QLabel(this);
    m_verifyResult->setWordWrap(true);
    m_verifyResult->hide();
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_listTitle);
    listButtons->addStretch(1);
    listButtons->addWidget(m_open);
    listButtons->addWidget(m_verifyButton);

    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_verifyResult);
    listLayout->addWidget(m_listView, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_batchView);
    split->addWidget(listBox);
    split->setSizes({150, 400});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_roleNote);
    layout->addLayout(formRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    const QDate today = QDate::currentDate();
    m_quarter->addItems(recentQuarters(today));
    m_quarter->setCurrentText(statements::previousQuarter(today));
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("statements")));

    auto syncEnabled = [this] {
        m_quarter->setEnabled(m_quarterMode->isChecked());
        m_from->setEnabled(m_rangeMode->isChecked());
        m_to->setEnabled(m_rangeMode->isChecked());
        m_clients->setEnabled(m_someClients->isChecked());
    };
    connect(periodGroup, &QButtonGroup::buttonToggled, this, syncEnabled);
    connect(clientGroup, &QButtonGroup::buttonToggled, this, syncEnabled);
    connect(m_clients, &QLineEdit::textEdited, this, [this] { m_someClients->setChecked(true); });
    syncEnabled();

    connect(m_generate, &QPushButton::clicked, this, &StatementsPage::generate);
    connect(m_cancelButton, &QPushButton::clicked, this, &StatementsPage::cancel);
    connect(m_browse, &QPushButton::clicked, this, &StatementsPage::chooseFolder);
    connect(m_open, &QPushButton::clicked, this, &StatementsPage::openSelected);
    connect(m_verifyButton, &QPushButton::clicked, this, &StatementsPage::chooseFileToVerify);
    connect(m_listView, &QTableView::doubleClicked, this, &StatementsPage::openSelected);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StatementsPage::updateButtons);
    connect(m_list, &StatementsModel::errorOccurred, this, [this](const QString &m) { showBanner(m, int(Tone::Bad)); });
    connect(m_list, &QAbstractItemModel::modelReset, this, &StatementsPage::updateButtons);
    auto *generateKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_G), this);
    connect(generateKey, &QShortcut::activated, this, &StatementsPage::generate);
    auto *openKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), this);
    connect(openKey, &QShortcut::activated, this, &StatementsPage::openSelected);
    auto *verifyKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this);
    connect(verifyKey, &QShortcut::activated, this, &StatementsPage::chooseFileToVerify);
    auto *cancelKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(cancelKey, &QShortcut::activated, this, &StatementsPage::cancel);
    connect(session, &Session::opened, this, &StatementsPage::onSessionOpened);
    connect(session, &Session::closing, this, &StatementsPage::onSessionClosing);
    retranslateUi();
}

void StatementsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StatementsPage::retranslateUi()
{
    m_title->setText(tr("Statements"));
    m_description->setText(tr("Produce the clients' statements of holdings and transfers (MiCA Art. 75(5)) as signed-off PDF/A "
                              "files, each recorded in the register so any copy can be verified later."));
    m_periodLabel->setText(tr("Period"));
    m_quarterMode->setText(tr("&Quarter"));
    m_quarter->setToolTip(tr("A calendar quarter as YYYYQn, e.g. 2026Q3"));
    m_quarter->setAccessibleName(tr("Quarter"));
    m_rangeMode->setText(tr("Date &range (on request)"));
    m_from->setAccessibleName(tr("First day"));
    m_toLabel->setText(tr("to"));
    m_to->setAccessibleName(tr("Last day"));
    m_clientsLabel->setText(tr("Clients"));
    m_allClients->setText(tr("&All with activity"));
    m_allClients->setToolTip(tr("Every client with a holding at the start of the period or a transfer in it"));
    m_someClients->setText(tr("&Selected:"));
    m_clients->setPlaceholderText(tr("client IDs, separated by commas or spaces"));
    m_clients->setAccessibleName(tr("Selected clients"));
    m_folderLabel->setText(tr("Output folder"));
    m_folder->setAccessibleName(tr("Output folder"));
    m_browse->setText(tr("&Browse…"));
    m_generate->setText(tr("&Generate"));
    m_generate->setAccessibleName(tr("Generate statements"));
    m_cancelButton->setText(m_cancel && m_cancel->load() ? tr("Cancelling…") : tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop after the statements in progress (Esc)"));
    m_listTitle->setText(tr("Produced statements"));
    m_open->setText(tr("&Open PDF"));
    m_open->setToolTip(tr("Open the selected statement with the desktop's PDF viewer (Ctrl+O)"));
    m_verifyButton->setText(tr("&Verify a file…"));
    m_verifyButton->setToolTip(tr("Check whether a PDF is, byte for byte, a statement the register recorded (Ctrl+Shift+V)"));
    m_listView->setAccessibleName(tr("Produced statements"));
    m_batchView->setAccessibleName(tr("Outcome of the batch"));
    retranslateHeaders(m_list);
    retranslateHeaders(m_batch);
    updateButtons();
    if (m_outcome)
        showSummary();
    else if (!m_message.isEmpty())
        showBanner(m_message, int(Tone::Bad));
    if (m_verify) {
        const VerifyOutcome &v = *m_verify;
        if (!v.ok)
            m_verifyResult->setText(tr("The file could not be verified: %1.").arg(withoutStop(v.error)));
        else if (v.valid)
            m_verifyResult->setText(tr("Valid: %1 is the statement %2 of client %3 for %4, as the register recorded it.")
                                        .arg(QDir::toNativeSeparators(v.file), v.documentId, v.client, v.period));
        else if (!v.client.isEmpty())
            m_verifyResult->setText(tr("INVALID: %1 is not a statement the register recorded (it claims client %2, period %3): %4.")
                                        .arg(QDir::toNativeSeparators(v.file), v.client, v.period, withoutStop(v.reason)));
        else
            m_verifyResult->setText(
                tr("INVALID: %1 is not a statement the register recorded: %2.").arg(QDir::toNativeSeparators(v.file), withoutStop(v.reason)));
    }
}

bool StatementsPage::canGenerate() const
{
    const RegisterPtr reg = m_session->reg();
    return reg && reg->user().role == reg::Role::Compliance;
}

void StatementsPage::updateButtons()
{
    const RegisterPtr reg = m_session->reg();
    const bool may = canGenerate();
    m_form->setVisible(!reg || may);
    m_generate->setVisible(!reg || may);
    m_generate->setEnabled(may && !m_watcher);
    m_form->setEnabled(!m_watcher);
    m_roleNote->setVisible(reg && !may);
    if (reg && !may)
        m_roleNote->setText(tr("Only compliance officers produce statements; you are signed in as %1 with the role %2. "
                               "You can open and verify the statements produced.")
                                .arg(reg->user().name, reg::roleName(reg->user().role)));
    const QModelIndex current = m_listView->currentIndex();
    m_open->setEnabled(current.isValid());
    m_verifyButton->setEnabled(reg && !m_verifyWatcher);
}

void StatementsPage::onSessionOpened()
{
    m_outcome.reset();
    m_message.clear();
    m_verify.reset();
    m_banner->hide();
    m_verifyResult->hide();
    m_batch->clear();
    m_batchView->hide();
    m_list->setRegister(m_session->reg());
    updateButtons();
}

void StatementsPage::onSessionClosing()
{
    if (m_watcher) {
        m_cancel->store(true); // the worker holds its own reference to the register
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    if (m_verifyWatcher) {
        m_verifyWatcher->disconnect(this);
        m_verifyWatcher->deleteLater();
        m_verifyWatcher = nullptr;
    }
    m_progress->hide();
    m_progressText->hide();
    m_cancelButton->hide();
    m_banner->hide();
    m_verifyResult->hide();
    m_outcome.reset();
    m_verify.reset();
    m_batch->clear();
    m_batchView->hide();
    m_list->setRegister(nullptr);
    updateButtons();
}

void StatementsPage::setQuarter(const QString &quarter)
{
    m_quarterMode->setChecked(true);
    m_quarter->setCurrentText(quarter);
}

void StatementsPage::setDateRange(const QDate &from, const QDate &to)
{
    m_rangeMode->setChecked(true);
    m_from->setDate(from);
    m_to->setDate(to);
}

void StatementsPage::setAllClients()
{
    m_allClients->setChecked(true);
}

void StatementsPage::setClients(const QStringList &codes)
{
    m_someClients->setChecked(true);
    m_clients->setText(codes.join(QStringLiteral(", ")));
}

void StatementsPage::setOutputDir(const QString &dir)
{
    m_folder->setText(dir);
}

std::optional<StatementsJob> StatementsPage::job(QString *problem) const
{
    StatementsJob j;
    auto period = m_quarterMode->isChecked()
                      ? statements::quarter(m_quarter->currentText().trimmed())
                      : statements::dateRange(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    if (!period.ok()) {
        *problem = period.message();
        return std::nullopt;
    }
    j.period = *period;
    j.all = m_allClients->isChecked();
    if (!j.all) {
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        j.clients = m_clients->text().split(separators, Qt::SkipEmptyParts);
        j.clients.removeDuplicates();
        if (j.clients.isEmpty()) {
            *problem = tr("Name at least one client ID, or choose all clients with activity.");
            return std::nullopt;
        }
    }
    j.outDir = m_folder->text().trimmed();
    if (j.outDir.isEmpty()) {
        *problem = tr("Choose the folder the statements are written to.");
        return std::nullopt;
    }
    j.onRequest = !j.period.isQuarter;
    return j;
}

void StatementsPage::generate()
{
    const RegisterPtr reg = m_session->reg();
    if (!reg || m_watcher || !canGenerate())
        return;
    QString problem;
    const std::optional<StatementsJob> j = job(&problem);
    if (!j) {
        m_outcome.reset();
        m_message = problem;
        showBanner(problem, int(Tone::Bad));
        return;
    }
    m_outcome.reset();
    m_message.clear();
    m_banner->hide();
    m_batch->clear();
    m_batchView->hide();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressText->setText(tr("Preparing the batch…"));
    m_progressText->show();
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_watcher = new QFutureWatcher<StatementsOutcome>(this);
    updateButtons();
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, m_progressText, &QLabel::setText);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &StatementsPage::finishBatch);
    m_watcher->setFuture(QtConcurrent::run(runStatementsTask, reg, *j, m_cancel));
}

void StatementsPage::cancel()
{
    if (!m_watcher || !m_cancel)
        return;
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_cancelButton->setText(tr("Cancelling…"));
}

void StatementsPage::finishBatch()
{
    StatementsOutcome outcome;
    if (m_watcher->future().resultCount() > 0)
        outcome = m_watcher->result();
    else
        outcome.error = tr("the statements worker ended without a result");
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_progress->hide();
    m_progressText->hide();
    m_cancelButton->hide();
    m_outcome = outcome;
    m_batch->setResult(outcome.result);
    m_batchView->setVisible(outcome.ran && m_batch->rowCount() > 0);
    showSummary();
    m_list->refresh();
    updateButtons();
    emit batchFinished(outcome.ran);
}

void StatementsPage::showSummary()
{
    const StatementsOutcome &o = *m_outcome;
    if (!o.ran) {
        showBanner(tr("No statements were produced: %1.").arg(withoutStop(o.error)), int(Tone::Bad));
        return;
    }
    const statements::BatchResult &r = o.result;
    const qint64 produced = r.produced.size(), skipped = r.skipped.size(), failed = r.failed.size();
    QString text = tr("Period %1: %2 produced, %3 skipped (no holding and no transfer), %4 failed.", nullptr, pluralCount(produced))
                       .arg(r.period, formatCount(produced), formatCount(skipped), formatCount(failed));
    if (r.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled: the clients not started were left out.");
    if (produced > 0)
        text += QLatin1Char(' ') + tr("Written to %1.").arg(QDir::toNativeSeparators(m_folder->text().trimmed()));
    showBanner(text, int(failed > 0 || r.cancelled ? Tone::Bad : Tone::Good));
}

void StatementsPage::showBanner(const QString &text, int tone)
{
    m_banner->setText(text);
    setTone(m_banner, Tone(tone));
    m_banner->show();
}

QString StatementsPage::summaryText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void StatementsPage::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the statements"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void StatementsPage::chooseFileToVerify()
{
    if (!m_session->reg() || m_verifyWatcher)
        return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Verify a statement"), m_folder->text(), tr("PDF files (*.pdf)"));
    if (!file.isEmpty())
        verifyFile(file);
}

void StatementsPage::verifyFile(const QString &path)
{
    const RegisterPtr reg = m_session->reg();
    if (!reg || m_verifyWatcher)
        return;
    m_verifyWatcher = new QFutureWatcher<VerifyOutcome>(this);
    updateButtons();
    connect(m_verifyWatcher, &QFutureWatcherBase::finished, this, [this] {
        VerifyOutcome v = m_verifyWatcher->result();
        m_verifyWatcher->deleteLater();
        m_verifyWatcher = nullptr;
        m_verify = v;
        retranslateUi(); // words the result
        setTone(m_verifyResult, v.ok && v.valid ? Tone::Good : Tone::Bad);
        m_verifyResult->show();
        updateButtons();
        emit verified(v.ok && v.valid);
    });
    m_verifyWatcher->setFuture(QtConcurrent::run([reg, path] {
        VerifyOutcome out;
        out.file = path;
        auto r = statements::verifyStatement(*reg, path);
        if (!r.ok()) {
            out.error = r.message();
            return out;
        }
        out.ok = true;
        out.valid = r->valid;
        out.client = r->client;
        out.period = r->period;
        out.documentId = r->documentId;
        out.reason = r->reason;
        return out;
    }));
}

QString StatementsPage::verifyText() const
{
    return m_verifyResult->isVisibleTo(this) ? m_verifyResult->text() : QString();
}

void StatementsPage::openSelected()
{
    const QModelIndex current = m_listView->currentIndex();
    if (!current.isValid())
        return;
    const QString file = current.data(StatementsModel::FileRole).toString();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file)))
        showBanner(tr("Could not open %1: no PDF viewer answered, or the file has moved.").arg(QDir::toNativeSeparators(file)),
                   int(Tone::Bad));
}

} // namespace custos::ui
