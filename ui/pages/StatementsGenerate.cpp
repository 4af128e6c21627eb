// The Statements page's generate form and its worker: period (a quarter or a date range on
// request), clients, output folder; the batch runs in runStatementsTask with progress and
// Cancel, and its summary is shown in the banner.

#include "pages/StatementsPage.h"

#include "app/Format.h"
#include "app/Theme.h"
#include "models/BatchResultModel.h"
#include "models/StatementsModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

namespace custos::ui {

void StatementsPage::buildForm()
{
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

} // namespace custos::ui
