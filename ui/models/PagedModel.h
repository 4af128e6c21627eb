#pragma once
// The shared machinery of the lazily paged table models: rows are fetched a page at a time
// when the view asks (canFetchMore/fetchMore), each page continuing after the last row held
// (keyset pagination in core, so a page costs the same at any depth), errors end the paging
// and are reported once. A subclass supplies the columns, data() and nextPage().
//
// PagedModelBase carries the signals and the bookkeeping (moc cannot handle templates);
// PagedTableModel<Row> holds the rows.

#include "util/Result.h"

#include <QAbstractTableModel>
#include <QList>

#include <deque>

namespace custos::ui {

class PagedModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit PagedModelBase(int columns, int pageSize, QObject *parent = nullptr);

    int pageSize() const { return m_pageSize; }
    bool atEnd() const { return m_atEnd; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void fetched(); // a page of rows was added
    void errorOccurred(const QString &message);

protected:
    virtual int heldRows() const = 0;
    // Reads the next page and appends it (between beginInsertRows and endInsertRows); returns
    // the number of rows read, which is below the page size only at the end.
    virtual Result<int> appendNextPage() = 0;
    virtual void dropRows() = 0;

    // Empties the model; `active` says whether there is anything to fetch. With fetchFirst the
    // first page is read at once (so an empty result shows as empty, not as "more to come").
    void restart(bool active, bool fetchFirst);
    void fail(const QString &message);

private:
    int m_columns;
    int m_pageSize;
    bool m_atEnd = true;
    bool m_fetching = false;
    QString m_error;
};

template <typename Row>
class PagedTableModel : public PagedModelBase {
public:
    using PagedModelBase::PagedModelBase;

    const Row *rowAt(int row) const { return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)] : nullptr; }

protected:
    // The rows after `last` (null: from the start), at most `limit` of them.
    virtual Result<QList<Row>> nextPage(const Row *last, int limit) = 0;

    int heldRows() const override { return int(m_rows.size()); }
    void dropRows() override { std::deque<Row>().swap(m_rows); } // gives the memory back
    Result<int> appendNextPage() override
    {
        auto page = nextPage(m_rows.empty() ? nullptr : &m_rows.back(), pageSize());
        if (!page.ok())
            return page.error();
        const int n = int(page->size());
        if (n > 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + n - 1);
            for (Row &r : *page)
                m_rows.push_back(std::move(r));
            endInsertRows();
        }
        return n;
    }

    // A deque, not a QList: appending a page never moves the rows held, so the millionth row
    // costs what the first did (a growing QList would copy every row it holds when it grows).
    std::deque<Row> m_rows;
};

} // namespace custos::ui
