#pragma once
// The selected client: header, positions (exact balances), addresses, and in tabs its movements
// (lazy) and a chart of its holdings over time (summed in a worker when the tab is shown).

#include "app/Session.h"
#include "ledger/Queries.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace custos::ui {

class AddressesModel;
class ClientHistoryChart;
class MovementsModel;
class StatementsModel;
class PositionsModel;

class ClientDetail : public QWidget {
    Q_OBJECT
public:
    explicit ClientDetail(QWidget *parent = nullptr);

    void showClient(const RegisterPtr &reg, const ledger::ClientSummary &client);
    void clear();
    qint64 clientId() const { return m_clientId; }

    PositionsModel *positions() const { return m_positions; }
    AddressesModel *addresses() const { return m_addresses; }
    MovementsModel *movements() const { return m_movements; }
    QTableView *movementsView() const { return m_movementsView; }
    ClientHistoryChart *historyChart() const { return m_history; }
    void showHistory(); // the "Holdings over time" tab, loading it for the client
    void showStatements(); // the "Statements" tab: the client's produced statements
    StatementsModel *statementsModel() const { return m_statements; }

signals:
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTitles(); // the client line and the section titles with their counts
    void updateMovementCount();
    void fitRows(QTableView *view, int rows, int maxRows);
    void showError(const QString &message);

    qint64 m_clientId = 0;
    ledger::Client m_client;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    QPushButton *m_close;
    QLabel *m_name;
    QLabel *m_info;
    QLabel *m_error;
    QLabel *m_positionsTitle;
    QLabel *m_addressesTitle;
    QLabel *m_movementsTitle;
    PositionsModel *m_positions;
    AddressesModel *m_addresses;
    MovementsModel *m_movements;
    QTableView *m_positionsView;
    QTableView *m_addressesView;
    QTableView *m_movementsView;
    QTabWidget *m_lower;
    ClientHistoryChart *m_history;
    StatementsModel *m_statements;
    QTableView *m_statementsView;
    RegisterPtr m_reg;
    qint64 m_historyClient = 0; // the client the chart shows (or loads)
    QObject *m_chainWatcher = nullptr; // the worker reading the positions' chain figures (or none)
    void loadHistoryIfShown();
    void loadChainPositions(const RegisterPtr &reg, const QString &clientCode);
};

} // namespace custos::ui
