#pragma once
// Segregation (MiCA Art. 75(7)): runs the check in a worker with progress; the findings per
// layer (on-chain, access, records) with their counts, each leading to its subject (the address,
// key set, movement or user in detail, and the client it belongs to); a check that could not
// run shows why and is never shown as clean. "Export evidence pack…" writes the auditor's pack
// in a worker and shows its folder and the manifest's verification. Compliance and admin.

#include "app/Session.h"
#include "pages/SegregationWorker.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace custos::ui {

class FindingsFilterProxy;
class FindingsModel;

class SegregationPage : public QWidget {
    Q_OBJECT
public:
    enum class Banner { None, Clean, Findings, Failed };

    explicit SegregationPage(Session *session, QWidget *parent = nullptr);

    FindingsModel *model() const { return m_findings; }
    FindingsFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *exportButton() const { return m_export; }

    bool mayRun() const; // compliance or admin
    void runCheck();     // in a worker; ignored while one runs
    bool isRunning() const { return m_checkWatcher != nullptr || m_evidenceWatcher != nullptr; }
    void exportEvidence(const QString &dir); // in a worker; evidenceFinished() when done
    void chooseEvidenceFolder();             // asks for the folder, then exportEvidence
    void showLayer(std::optional<segregation::Layer> layer);
    bool selectRow(int proxyRow);

    Banner banner() const { return m_bannerKind; }
    QString bannerText() const;
    QString evidenceText() const;
    QString subjectText() const; // the detail panel
    const std::optional<CheckOutcome> &lastCheck() const { return m_check; }
    const std::optional<EvidenceOutcome> &lastEvidence() const { return m_evidence; }

signals:
    void checkFinished(bool ran);
    void evidenceFinished(bool written);
    void showClientRequested(const QString &clientCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void onSessionOpened();
    void onSessionClosing();
    void finishCheck();
    void finishEvidence();
    void showCheck();
    void showEvidence();
    void showSubject();
    void startProgress(const QString &text);
    void stopProgress();

    Session *m_session;
    FindingsModel *m_findings;
    FindingsFilterProxy *m_proxy;
    QFutureWatcher<CheckOutcome> *m_checkWatcher = nullptr;
    QFutureWatcher<EvidenceOutcome> *m_evidenceWatcher = nullptr;
    std::optional<CheckOutcome> m_check;
    std::optional<EvidenceOutcome> m_evidence;
    Banner m_bannerKind = Banner::None;
    QString m_subjectClient; // the client the selected finding leads to

    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_roleNote;
    QPushButton *m_run;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_banner;
    QLabel *m_evidenceResult;
    QButtonGroup *m_layers;
    QPushButton *m_layerAll;
    QPushButton *m_layerButtons[3];
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_subjectTitle;
    QTextBrowser *m_subject;
    QPushButton *m_showClient;
};

} // namespace custos::ui
