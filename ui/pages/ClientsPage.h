#pragma once
// Clients: a searchable, lazily fetched list on the left; the selected client on the right.

#include "app/Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace custos::ui {

class ClientDetail;
class ClientFilterProxy;
class ClientListModel;

class ClientsPage : public QWidget {
    Q_OBJECT
public:
    explicit ClientsPage(Session *session, QWidget *parent = nullptr);

    ClientListModel *model() const { return m_model; }
    ClientFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    ClientDetail *detail() const { return m_detail; }

    void setSearchText(const QString &text); // at once, without the typing delay
    void focusSearch(); // puts the cursor in the search field, its text selected
    bool selectRow(int proxyRow);            // false when there is no such row

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onSessionOpened();
    void onSessionClosing();
    void onCurrentChanged(const QModelIndex &current);
    void updateCount();
    void setDetailVisible(bool visible); // the list narrows to ID, name and movements beside it

    Session *m_session;
    ClientListModel *m_model;
    ClientFilterProxy *m_proxy;
    QLabel *m_title;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_count;
    QLabel *m_error;
    QTableView *m_view;
    QSplitter *m_splitter;
    ClientDetail *m_detail;
};

} // namespace custos::ui
