// The Statements page's checks on files: "Verify a file…" (in a worker, core compares the PDF
// byte for byte with the statement the register recorded) and "Open PDF" with the desktop's viewer.

#include "pages/StatementsPage.h"

#include "app/Theme.h"
#include "models/StatementsModel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace custos::ui {

void StatementsPage::showVerifyResult()
{
    if (!m_verify)
        return;
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
