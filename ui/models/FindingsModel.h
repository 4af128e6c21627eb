#pragma once
// The findings of one segregation check (core/segregation), a row each, with their layer; and
// the proxy that narrows them to one layer and a search text. A finding's subject is kept as
// core words it ("bitcoin:bc1q…", "keyset:NAME", "movement:123", "user:NAME", "client:C1/…").

#include "segregation/Finding.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace custos::ui {

class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Layer, Rule, Subject, Detail, ColumnCount };
    enum Role {
        LayerRole = Qt::UserRole, // int (segregation::Layer)
        SubjectRole,              // QString as core words it
        RuleRole,                 // QString
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<segregation::Finding> &findings); // replaces the rows
    void clear();
    void retranslate(); // the layer column after a language switch
    const segregation::Finding *findingAt(int row) const;
    qint64 count(segregation::Layer layer) const;

    static QString layerText(segregation::Layer layer); // translated

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<segregation::Finding> m_rows;
};

class FindingsFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FindingsFilterProxy(QObject *parent = nullptr);

    void setLayer(std::optional<segregation::Layer> layer); // nullopt: every layer
    std::optional<segregation::Layer> layer() const { return m_layer; }
    void setSearchText(const QString &text); // in rule, subject or detail, case-insensitive

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<segregation::Layer> m_layer;
    QString m_text;
};

} // namespace custos::ui
