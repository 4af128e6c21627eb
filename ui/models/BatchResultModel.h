#pragma once
// The outcome of one statement batch, a row per client: produced (with its file), skipped or
// failed (with core's reason). Produced first, then failed, then skipped, each in client order.

#include "statements/Statements.h"

#include <QAbstractTableModel>

namespace custos::ui {

class BatchResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Client, Outcome, Detail, ColumnCount };
    enum class Kind { Produced, Failed, Skipped };
    enum Role {
        KindRole = Qt::UserRole, // int (Kind)
        FileRole,                // QString, the PDF of a produced statement
    };

    explicit BatchResultModel(QObject *parent = nullptr);

    void setResult(const statements::BatchResult &result); // replaces the rows
    void clear();
    qint64 count(Kind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Kind kind = Kind::Produced;
        QString client;
        QString detail; // file or reason
    };
    QList<Row> m_rows;
};

} // namespace custos::ui
