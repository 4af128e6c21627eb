#pragma once
// What every importer does around its rows: open the file, hash it, refuse a file imported
// before, start the transaction, record the batch.

#include "io/CsvReader.h"
#include "ledger/Import.h"
#include "register/Register.h"

#include <QFile>

#include <functional>

#include <memory>
#include <optional>

namespace custos::ledger {

class ImportBatch {
public:
    ImportBatch(reg::Register &r, QString kind, QString file);
    // Opens and hashes the file, refuses a repeat, begins the transaction, reads the header.
    Status begin(const QStringList &required, const QStringList &optional);
    io::CsvReader &csv() { return *m_csv; }
    qint64 batchId() const { return m_batchId; }
    const QString &sha256() const { return m_sha; }
    void progress(const ImportProgress &p) const;
    // Calls `row` for every record; a row's error (a bare reason) becomes "FILE:LINE: reason".
    // Returns the number of rows read.
    Result<qint64> forEachRow(const std::function<Status()> &row, const ImportProgress &p);
    // Updates the batch row count, appends the audit entry (unless the caller did) and commits.
    Result<ImportSummary> commit(qint64 rows, bool auditDone);

private:
    reg::Register &m_reg;
    QString m_kind;
    QString m_file;
    QString m_sha;
    QFile m_device;
    std::unique_ptr<io::CsvReader> m_csv;
    std::optional<reg::Transaction> m_tx;
    qint64 m_batchId = 0;
};

} // namespace custos::ledger
