#pragma once
// A client's holdings over time: for the chosen asset, the balance at the end of each day on
// which it moved. The history is summed exactly (Amount) in a worker that walks the client's
// movements page by page through the index; only drawing turns the balances into doubles.
// Choosing another client cancels a walk still running.

#include "app/Session.h"
#include "money/Amount.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QChartView;
class QComboBox;
class QLabel;

namespace custos::ui {

struct AssetHistory {
    QString asset;
    int decimals = 0;
    QList<QPair<QDate, Amount>> closing; // end-of-day balance, oldest first, days with movements only
};

struct ClientHistory {
    QString error;
    bool cancelled = false;
    QList<AssetHistory> assets;
};

// Reads the history (the worker's job); stops early when cancel turns true.
ClientHistory loadClientHistory(reg::Register &r, qint64 clientId, const std::atomic_bool &cancel);

class ClientHistoryChart : public QWidget {
    Q_OBJECT
public:
    explicit ClientHistoryChart(QWidget *parent = nullptr);
    ~ClientHistoryChart() override;

    void setClient(RegisterPtr reg, qint64 clientId); // starts the worker; 0 clears
    bool isLoading() const { return m_watcher != nullptr; }
    const ClientHistory &history() const { return m_history; }
    QComboBox *assetBox() const { return m_asset; }

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void cancel();
    void draw();
    void retranslateUi();

    QComboBox *m_asset;
    QLabel *m_assetLabel;
    QLabel *m_status;
    QChartView *m_view;
    QFutureWatcher<ClientHistory> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ClientHistory m_history;
};

} // namespace custos::ui
