// The Statements page: its layout, the list of produced statements, the role note and the
// session; the generate form and its worker are in StatementsGenerate.cpp, verifying a file and
// opening a PDF in StatementsVerify.cpp.

#include "pages/StatementsPage.h"

#include "app/Format.h"
#include "app/Language.h"
#include "app/Theme.h"
#include "models/BatchResultModel.h"
#include "models/StatementsModel.h"
#include "statements/Listing.h"
#include "util/Time.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace custos::ui {

namespace {

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

QString StatementsPage::withoutStop(QString message)
{
    while (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return message;
}

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

    buildForm();

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
    m_listEmpty = mutedLabel(QString(), m_listView->viewport());
    m_listEmpty->setWordWrap(true);
    m_listEmpty->setMinimumWidth(440);
    m_listEmpty->setAlignment(Qt::AlignCenter);
    m_listEmpty->hide();
    auto *emptyLayout = new QVBoxLayout(m_listView->viewport());
    emptyLayout->setContentsMargins(40, 40, 40, 40);
    emptyLayout->addWidget(m_listEmpty, 0, Qt::AlignCenter);
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

    connect(m_generate, &QPushButton::clicked, this, &StatementsPage::generate);
    connect(m_cancelButton, &QPushButton::clicked, this, &StatementsPage::cancel);
    connect(m_browse, &QPushButton::clicked, this, &StatementsPage::chooseFolder);
    connect(m_open, &QPushButton::clicked, this, &StatementsPage::openSelected);
    connect(m_verifyButton, &QPushButton::clicked, this, &StatementsPage::chooseFileToVerify);
    connect(m_listView, &QTableView::doubleClicked, this, &StatementsPage::openSelected);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StatementsPage::updateButtons);
    connect(m_list, &StatementsModel::errorOccurred, this, [this](const QString &m) { showBanner(m, int(Tone::Bad)); });
    connect(m_list, &QAbstractItemModel::modelReset, this, &StatementsPage::updateButtons);
    connect(m_list, &QAbstractItemModel::rowsInserted, this, &StatementsPage::updateButtons);
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
    showVerifyResult();
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
    m_listEmpty->setVisible(reg && m_list->rowCount() == 0 && m_list->lastError().isEmpty());
    m_listEmpty->setText(may ? tr("No statement has been produced in this register yet. Choose a period and the clients above, "
                                  "then Generate (Ctrl+G); each statement then appears here to open and verify.")
                             : tr("No statement has been produced in this register yet. Compliance officers produce them on this "
                                  "page; each then appears here to open and verify."));
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


} // namespace custos::ui
