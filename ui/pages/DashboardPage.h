#pragma once
// Dashboard: counts, client vs firm holdings per asset (chart and exact table), the audit head,
// the last reconciliation per chain with its differences per asset, breaks over time, and positions
// vs on-chain per asset at the last run.
// Loaded in a worker when the register opens and on Refresh.

#include "app/Session.h"
#include "models/DashboardData.h"
#include "pages/SegregationWorker.h"

#include <optional>

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace custos::ui {

class BreaksChart;
class HoldingsChart;
class ReconTotalsChart;
class LastRunsModel;
class HoldingsModel;
class StatCard;

class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(Session *session, QWidget *parent = nullptr);

    void refresh();
    bool isLoading() const { return m_watcher != nullptr; }
    const DashboardData &data() const { return m_data; }
    HoldingsModel *holdingsModel() const { return m_holdings; }
    LastRunsModel *lastRunsModel() const { return m_lastRuns; }
    BreaksChart *breaksChart() const { return m_breaksChart; }
    ReconTotalsChart *totalsChart() const { return m_totalsChart; }
    StatCard *approvalsCard() const { return m_approvalsCard; }
    QLabel *freezeBanner() const { return m_freezeBanner; }
    // Re-reads the approvals waiting for me and the active freezes (two small queries).
    void refreshApprovals();
    // The last segregation check of this session (none: the card offers to run it).
    void setSegregation(const std::optional<CheckOutcome> &check);
    QString segregationText() const;
    QString statementsDueText() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void loaded(); // data() is current (or carries the error)
    void inboxRequested(); // the "approvals waiting for me" card was clicked
    void segregationCheckRequested();

private:
    void retranslateUi();
    void present(const DashboardData &d);
    void clear();
    void fitHoldingsTable();
    void presentSegregation();

    Session *m_session;
    QFutureWatcher<DashboardData> *m_watcher = nullptr;
    DashboardData m_data;
    StatCard *m_clients;
    StatCard *m_addresses;
    StatCard *m_movements;
    StatCard *m_assets;
    StatCard *m_approvalsCard;
    QLabel *m_freezeBanner;
    int m_waiting = -1;
    int m_activeFreezes = 0;
    HoldingsChart *m_chart;
    HoldingsModel *m_holdings;
    QTableView *m_holdingsView;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_holdingsTitle;
    QLabel *m_holdingsNote;
    QLabel *m_auditTitle;
    QLabel *m_registerTitle;
    QLabel *m_status;
    QLabel *m_auditSummary;
    QLabel *m_auditHead;
    QLabel *m_registerFacts;
    QPushButton *m_refresh;
    LastRunsModel *m_lastRuns;
    QTableView *m_lastRunsView;
    BreaksChart *m_breaksChart;
    ReconTotalsChart *m_totalsChart;
    QLabel *m_reconTitle;
    QLabel *m_reconNote;
    std::optional<CheckOutcome> m_segregation;
    QLabel *m_segregationTitle;
    QLabel *m_segregationText;
    QPushButton *m_segregationRun;
    StatCard *m_statementsDue;
};

} // namespace custos::ui
