#pragma once
// Filters the client list by a search text (client id, name or LEI, case-insensitive).
// The text is handed to the ClientListModel underneath as well, so the search reaches clients
// that are not fetched yet; the proxy's own filter keeps it correct over any source model.

#include <QSortFilterProxyModel>

namespace custos::ui {

class ClientFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ClientFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    const QString &searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
};

} // namespace custos::ui
