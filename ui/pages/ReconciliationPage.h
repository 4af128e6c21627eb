#pragma once
// Reconciliation: start a block-pinned run (chain, source, optional height) in a worker with
// progress and Cancel; the result as a banner that is green only for a clean run; earlier runs,
// the selected run's breaks (open ones amber, resolved ones grey) and the selected break in full
// with its explanation and its correcting movement.

#include "app/Session.h"
#include "pages/ReconWorker.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace custos::ui {

class BreakDetail;
class ReconBreaksModel;
class ReconRunsModel;
class ReconStartForm;

class ReconciliationPage : public QWidget {
    Q_OBJECT
public:
    enum class Banner { None, Clean, Breaks, Failed };

    explicit ReconciliationPage(Session *session, QWidget *parent = nullptr);

    ReconStartForm *form() const { return m_form; }
    ReconRunsModel *runsModel() const { return m_runs; }
    ReconBreaksModel *breaksModel() const { return m_breaks; }
    BreakDetail *detail() const { return m_detail; }
    QPushButton *startButton() const { return m_start; }
    QTableView *breaksView() const { return m_breaksView; }

    void start(); // runs the form's request in a worker; ignored while one runs
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }
    QString bannerText() const;
    Banner banner() const { return m_bannerKind; }
    bool selectRun(qint64 runId);
    bool selectBreakRow(int row);

    // The banner sentence for an outcome: clean, N breaks, INCOMPLETE or could not run.
    static QString describe(const ReconOutcome &outcome);
    static Banner bannerFor(const ReconOutcome &outcome);

signals:
    void runFinished(const QString &status); // clean | breaks | incomplete | "" (did not run)

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStartButton();
    void onSessionOpened();
    void onSessionClosing();
    void finishRun();
    void showBanner(const ReconOutcome &outcome);
    void showMessage(const QString &message); // red, for a request the form refused
    void onRunSelected(const QModelIndex &index);
    void onBreakSelected(const QModelIndex &index);
    void refreshBreaks(std::optional<qint64> keepBreak);
    void explain(qint64 breakId, const QString &note, const QString &owner);
    void resolve(qint64 breakId, qint64 movementId, const QString &note);

    Session *m_session;
    ReconRunsModel *m_runs;
    ReconBreaksModel *m_breaks;
    QFutureWatcher<ReconOutcome> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<ReconOutcome> m_outcome; // the result on show, to word it again in a new language
    Banner m_bannerKind = Banner::None;
    QLabel *m_title;
    QLabel *m_description;
    ReconStartForm *m_form;
    QPushButton *m_start;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_banner;
    QLabel *m_runsTitle;
    QTableView *m_runsView;
    QLabel *m_breaksTitle;
    QTableView *m_breaksView;
    BreakDetail *m_detail;
};

} // namespace custos::ui
