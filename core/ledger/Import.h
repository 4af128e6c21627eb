#pragma once
// CSV imports (contract formats). Each file is one transaction: a bad line rejects the whole
// file with "FILE:LINE: reason" and nothing is written. Each import records its batch (file
// name, SHA-256, rows) and one audit entry; a file already imported is refused.

#include "util/Result.h"

#include <QString>

#include <functional>

namespace custos::reg {
class Register;
}

namespace custos::ledger {

struct ImportSummary {
    QString kind;
    QString file;
    QString sha256;
    qint64 rows = 0;
    qint64 batchId = 0;
};

using ImportProgress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

Result<ImportSummary> importAddresses(reg::Register &r, const QString &file, const ImportProgress &progress = {});
Result<ImportSummary> importMovements(reg::Register &r, const QString &file, const ImportProgress &progress = {});
Result<ImportSummary> importPrices(reg::Register &r, const QString &file, const ImportProgress &progress = {});
Result<ImportSummary> importScreening(reg::Register &r, const QString &file, const ImportProgress &progress = {});

} // namespace custos::ledger
