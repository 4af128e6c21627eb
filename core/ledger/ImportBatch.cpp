#include "ledger/ImportBatch.h"

#include "crypto/Sha256.h"
#include "util/Time.h"

#include <QFileInfo>

namespace custos::ledger {

ImportBatch::ImportBatch(reg::Register &r, QString kind, QString file) : m_reg(r), m_kind(std::move(kind)), m_file(std::move(file)) {}

Status ImportBatch::begin(const QStringList &required, const QStringList &optional)
{
    m_device.setFileName(m_file);
    if (!m_device.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot read %1: %2").arg(m_file, m_device.errorString()));
    crypto::Sha256 h;
    QByteArray chunk;
    while (!(chunk = m_device.read(1 << 20)).isEmpty())
        h.add(chunk);
    m_sha = QString::fromLatin1(h.finish().toHex());
    if (!m_device.seek(0))
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot re-read %1").arg(m_file));

    auto prior = m_reg.db().prepare("SELECT id, imported_at, imported_by FROM import_batches WHERE file_sha256 = ? AND kind = ?");
    if (!prior.ok())
        return prior.error();
    prior->bind(1, m_sha).bind(2, m_kind);
    auto row = prior->step();
    if (!row.ok())
        return row.error();
    if (*row)
        return makeError(ErrorCode::BadInput, QStringLiteral("%1: this file was already imported (batch %2, %3 by %4); nothing was imported again")
                                                  .arg(m_file).arg(prior->columnInt(0)).arg(prior->columnText(1), prior->columnText(2)));

    m_csv = std::make_unique<io::CsvReader>(&m_device, QFileInfo(m_file).fileName());
    CUSTOS_TRY(m_csv->readHeader(required, optional));

    m_tx.emplace(m_reg.db());
    CUSTOS_TRY(m_tx->begun());
    auto ins = m_reg.db().prepare("INSERT INTO import_batches(kind, file_name, file_sha256, rows, imported_at, imported_by) VALUES (?,?,?,0,?,?)");
    if (!ins.ok())
        return ins.error();
    ins->bind(1, m_kind).bind(2, QFileInfo(m_file).fileName()).bind(3, m_sha).bind(4, nowUtc()).bind(5, m_reg.user().name);
    CUSTOS_TRY(ins->run());
    m_batchId = m_reg.db().lastInsertId();
    return okStatus();
}

void ImportBatch::progress(const ImportProgress &p) const
{
    if (p)
        p(m_csv->bytesRead(), m_device.size());
}

Result<qint64> ImportBatch::forEachRow(const std::function<Status()> &row, const ImportProgress &p)
{
    qint64 rows = 0;
    while (true) {
        auto more = m_csv->next();
        if (!more.ok())
            return more.error();
        if (!*more)
            return rows;
        if (auto s = row(); !s.ok())
            return m_csv->errorAt(s.message());
        if ((++rows & 0xffff) == 0)
            progress(p);
    }
}

Result<ImportSummary> ImportBatch::commit(qint64 rows, bool auditDone)
{
    auto upd = m_reg.db().prepare("UPDATE import_batches SET rows = ? WHERE id = ?");
    if (!upd.ok())
        return upd.error();
    upd->bind(1, rows).bind(2, m_batchId);
    CUSTOS_TRY(upd->run());
    ImportSummary s{m_kind, QFileInfo(m_file).fileName(), m_sha, rows, m_batchId};
    if (!auditDone)
        CUSTOS_TRY(m_reg.audit(QStringLiteral("import.") + m_kind,
                               QJsonObject{{QStringLiteral("batch"), double(m_batchId)}, {QStringLiteral("file"), s.file},
                                           {QStringLiteral("sha256"), m_sha}, {QStringLiteral("rows"), double(rows)}}));
    CUSTOS_TRY(m_tx->commit());
    return s;
}

} // namespace custos::ledger
