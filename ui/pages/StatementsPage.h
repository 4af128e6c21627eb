#pragma once
// Statements (MiCA Art. 75(5)): choose a quarter or a date range and the clients (every client
// with activity, or a selection), pick the output folder and produce the batch in a worker with
// progress and Cancel; the batch's summary (produced, skipped, failed with reasons); the
// register's list of produced statements, "Open PDF" and "Verify a file…". Compliance produces;
// every other role sees the list and verifies.

#include "app/Session.h"
#include "pages/StatementsWorker.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace custos::ui {

class BatchResultModel;
class StatementsModel;

class StatementsPage : public QWidget {
    Q_OBJECT
public:
    explicit StatementsPage(Session *session, QWidget *parent = nullptr);

    StatementsModel *model() const { return m_list; }
    BatchResultModel *batchModel() const { return m_batch; }
    QPushButton *generateButton() const { return m_generate; }
    QTableView *listView() const { return m_listView; }

    // The form, for keyboard-free use (tests, screenshots).
    void setQuarter(const QString &quarter); // "2026Q3"
    void setDateRange(const QDate &from, const QDate &to);
    void setAllClients();
    void setClients(const QStringList &codes);
    void setOutputDir(const QString &dir);

    bool canGenerate() const; // the signed-in user may produce statements
    void generate();          // runs the form's request in a worker; ignored while one runs
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }
    QString summaryText() const; // the banner: the batch's summary or why it did not run

    void verifyFile(const QString &path); // in a worker; verified() when done
    bool isVerifying() const { return m_verifyWatcher != nullptr; }
    QString verifyText() const;
    void openSelected(); // the selected statement's PDF with the desktop's viewer

signals:
    void batchFinished(bool ran);
    void verified(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    // StatementsPage.cpp: the page, the list of produced statements, roles and the session.
    void retranslateUi();
    void updateButtons();
    void onSessionOpened();
    void onSessionClosing();
    void showBanner(const QString &text, int tone); // Tone as int: keeps Theme.h out of the header
    static QString withoutStop(QString message);     // a core sentence without its full stop, to quote
    // StatementsGenerate.cpp: the form and the batch worker.
    void buildForm();
    void finishBatch();
    void chooseFolder();
    std::optional<StatementsJob> job(QString *problem) const;
    void showSummary();
    // StatementsVerify.cpp: verifying a file and opening a PDF.
    void chooseFileToVerify();
    void showVerifyResult(); // words m_verify in the interface language

    Session *m_session;
    StatementsModel *m_list;
    BatchResultModel *m_batch;
    QFutureWatcher<StatementsOutcome> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<StatementsOutcome> m_outcome;
    QString m_message; // a problem with the form, shown instead of a summary
    struct VerifyOutcome {
        bool ok = false;
        QString error;
        bool valid = false;
        QString client, period, documentId, reason, file;
    };
    QFutureWatcher<VerifyOutcome> *m_verifyWatcher = nullptr;
    std::optional<VerifyOutcome> m_verify;

    QLabel *m_title;
    QLabel *m_description;
    QWidget *m_form;
    QLabel *m_roleNote;
    QLabel *m_periodLabel;
    QRadioButton *m_quarterMode;
    QComboBox *m_quarter;
    QRadioButton *m_rangeMode;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLabel *m_clientsLabel;
    QRadioButton *m_allClients;
    QRadioButton *m_someClients;
    QLineEdit *m_clients;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QPushButton *m_generate;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_banner;
    QTableView *m_batchView;
    QLabel *m_listTitle;
    QTableView *m_listView;
    QLabel *m_listEmpty; // over the empty list: what fills it
    QPushButton *m_open;
    QPushButton *m_verifyButton;
    QLabel *m_verifyResult;
};

} // namespace custos::ui
