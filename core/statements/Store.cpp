#include "statements/Store.h"

#include "audit/AuditLog.h"
#include "crypto/Sha256.h"
#include "register/Meta.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace custos::statements {

namespace detail {

Status record(reg::Register &r, const Record &rec)
{
    auto st = r.db().prepare("INSERT INTO statements(document_id, client_id, period, period_from, period_to, on_request, language, "
                             "file_name, json_file_name, pdf_sha256, content_sha256, pages, total_value, currency, issued_at, issued_by, "
                             "head_seq, head_hash, head_signed_at, head_signature) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'EUR',?,?,?,?,?,?)");
    if (!st.ok())
        return st.error();
    const Produced &p = rec.produced;
    const QString pdfFile = QFileInfo(p.pdfPath).absoluteFilePath();
    const QString jsonFile = QFileInfo(p.jsonPath).absoluteFilePath();
    st->bind(1, p.documentId).bind(2, rec.clientId).bind(3, rec.period.label).bind(4, rec.period.from()).bind(5, rec.period.to());
    st->bind(6, rec.onRequest ? 1 : 0).bind(7, p.language).bind(8, pdfFile).bind(9, jsonFile).bind(10, p.pdfSha256);
    st->bind(11, p.contentSha256).bind(12, p.pages).bind(13, p.totalValue).bind(14, rec.issuedAt).bind(15, r.user().name);
    if (rec.head.user != r.user().name || rec.head.context != QLatin1String("statement"))
        return makeError(ErrorCode::Internal, QStringLiteral("statement %1 carries an audit head not signed by its issuer %2 for a statement")
                                                  .arg(p.documentId, r.user().name));
    st->bind(16, rec.head.seq).bind(17, rec.head.hash).bind(18, rec.head.at).bind(19, QString::fromLatin1(rec.head.signature.toHex()));
    CUSTOS_TRY(st->run());
    return r.audit(QStringLiteral("statement.produce"), QJsonObject{{QStringLiteral("document_id"), p.documentId},
                                                                    {QStringLiteral("client"), p.client},
                                                                    {QStringLiteral("period"), rec.period.label},
                                                                    {QStringLiteral("from"), rec.period.from()},
                                                                    {QStringLiteral("to"), rec.period.to()},
                                                                    {QStringLiteral("on_request"), rec.onRequest},
                                                                    {QStringLiteral("language"), p.language},
                                                                    {QStringLiteral("file"), pdfFile},
                                                                    {QStringLiteral("pdf_sha256"), p.pdfSha256},
                                                                    {QStringLiteral("content_sha256"), p.contentSha256},
                                                                    {QStringLiteral("total_value"), p.totalValue},
                                                                    {QStringLiteral("audit_head"),
                                                                     QJsonObject{{QStringLiteral("seq"), double(rec.head.seq)},
                                                                                 {QStringLiteral("hash"), rec.head.hash},
                                                                                 {QStringLiteral("signature"),
                                                                                  QString::fromLatin1(rec.head.signature.toHex())}}}});
}

} // namespace detail

namespace {

// The document id QPdfWriter carried into the XMP packet (dc:identifier), if the bytes hold one.
QString embeddedDocumentId(const QByteArray &pdf)
{
    static const QByteArray open("<dc:identifier>"), close("</dc:identifier>");
    const qsizetype at = pdf.indexOf(open);
    if (at < 0)
        return QString();
    const qsizetype end = pdf.indexOf(close, at + open.size());
    if (end < 0 || end - at > 400)
        return QString();
    return QString::fromUtf8(pdf.mid(at + open.size(), end - at - open.size()));
}

// A statements row as the register holds it now.
struct Row {
    QString client, period, documentId, pdfSha256, contentSha256, totalValue, file;
};

constexpr const char *kRowSql = "SELECT c.code, s.period, s.document_id, s.pdf_sha256, s.content_sha256, s.total_value, s.file_name "
                                "FROM statements s JOIN clients c ON c.id = s.client_id WHERE ";

Result<std::optional<Row>> findRow(reg::Register &r, const char *where, const QString &value)
{
    const QByteArray sql = QByteArray(kRowSql) + where;
    auto st = r.db().prepare(sql.constData());
    if (!st.ok())
        return st.error();
    st->bind(1, value);
    auto found = st->step();
    if (!found.ok())
        return found.error();
    if (!*found)
        return std::optional<Row>();
    return std::optional<Row>(Row{st->columnText(0), st->columnText(1), st->columnText(2), st->columnText(3), st->columnText(4),
                                  st->columnText(5), st->columnText(6)});
}

// The statement.produce audit entry that recorded the document (written in the same transaction
// as the row), and the first field in which the row now differs from it.
struct CrossCheck {
    qint64 seq = 0;      // 0: no entry records this document id
    bool entryIntact = true; // the entry's hash covers its content and the next entry links to it
    QString field;       // empty: the row matches its entry
    QString rowValue, entryValue;
    QString entrySha256; // the PDF's SHA-256 as the entry recorded it
};

// Whether one audit entry is still sealed in the chain: its hash covers its content, and the
// entry after it (or the recorded head) links to that hash. The whole chain is `audit verify`'s.
Result<bool> entrySealed(reg::Register &r, qint64 seq, const QString &at, const QString &actor, const QByteArray &payload,
                         const QString &prevHash, const QString &hash)
{
    if (audit::entryHash(prevHash, seq, at, actor, QStringLiteral("statement.produce"), payload) != hash)
        return false;
    auto next = r.db().prepare("SELECT prev_hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT 1");
    if (!next.ok())
        return next.error();
    next->bind(1, seq);
    auto more = next->step();
    if (!more.ok())
        return more.error();
    if (*more)
        return next->columnText(0) == hash;
    auto head = reg::readMeta(r.db(), QStringLiteral("audit_head_hash"));
    if (!head.ok())
        return head.error();
    return *head == hash;
}

Result<CrossCheck> crossCheck(reg::Register &r, const Row &row)
{
    // The payload is compact JSON: narrow the entries of the indexed action by the id's text,
    // then compare the parsed payload exactly.
    QByteArray needle = QJsonDocument(QJsonObject{{QStringLiteral("document_id"), row.documentId}}).toJson(QJsonDocument::Compact);
    needle = needle.mid(1, needle.size() - 2);
    auto st = r.db().prepare("SELECT seq, payload, at, actor, prev_hash, hash FROM audit_log "
                             "WHERE action = 'statement.produce' AND instr(payload, ?) > 0 ORDER BY seq");
    if (!st.ok())
        return st.error();
    st->bind(1, QString::fromUtf8(needle));
    CrossCheck c;
    for (;;) {
        auto more = st->step();
        if (!more.ok())
            return more.error();
        if (!*more)
            return c;
        const QJsonObject p = QJsonDocument::fromJson(st->columnText(1).toUtf8()).object();
        if (p.value(QLatin1String("document_id")).toString() != row.documentId)
            continue;
        c.seq = st->columnInt(0);
        c.entrySha256 = p.value(QLatin1String("pdf_sha256")).toString();
        auto sealed = entrySealed(r, c.seq, st->columnText(2), st->columnText(3), st->columnText(1).toUtf8(), st->columnText(4),
                                  st->columnText(5));
        if (!sealed.ok())
            return sealed.error();
        c.entryIntact = *sealed;
        const std::pair<const char *, const QString *> fields[] = {{"pdf_sha256", &row.pdfSha256},   {"content_sha256", &row.contentSha256},
                                                                   {"client", &row.client},           {"period", &row.period},
                                                                   {"total_value", &row.totalValue}, {"file", &row.file}};
        for (const auto &[key, value] : fields) {
            const QString recorded = p.value(QLatin1String(key)).toString();
            if (recorded != *value) {
                c.field = QString::fromLatin1(key);
                c.rowValue = *value;
                c.entryValue = recorded;
                return c;
            }
        }
        return c;
    }
}

QString rowDiffers(const Row &row, const CrossCheck &c)
{
    if (c.seq != 0 && !c.entryIntact)
        return QStringLiteral("audit entry %1 that recorded statement %2 (client %3, %4) was changed after it was written (its hash no "
                              "longer seals it in the chain); run custosctl audit verify and treat the register as tampered")
            .arg(QString::number(c.seq), row.documentId, row.client, row.period);
    if (c.seq == 0)
        return QStringLiteral("statement %1 (client %2, %3) has no statement.produce audit entry: its record was inserted or its "
                              "document id changed outside Custos; run custosctl audit verify and treat the register as tampered")
            .arg(row.documentId, row.client, row.period);
    return QStringLiteral("the register's record of statement %1 (client %2, %3) differs from audit entry %4 that recorded it: %5 is %6 "
                          "in the statements table but %7 in the entry, so the record was changed after the statement was produced; "
                          "run custosctl audit verify and treat the register as tampered")
        .arg(row.documentId, row.client, row.period, QString::number(c.seq), c.field, c.rowValue, c.entryValue);
}

} // namespace

Result<Verification> verifyStatement(reg::Register &r, const QString &pdfPath)
{
    QFile f(pdfPath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot read %1: %2").arg(pdfPath, f.errorString()));
    const QByteArray bytes = f.readAll();
    const QString sha = QString::fromLatin1(crypto::sha256(bytes).toHex());

    Verification v;
    auto bySha = findRow(r, "s.pdf_sha256 = ?", sha);
    if (!bySha.ok())
        return bySha.error();
    if (*bySha) {
        const Row &row = **bySha;
        auto c = crossCheck(r, row);
        if (!c.ok())
            return c.error();
        v.client = row.client;
        v.period = row.period;
        v.documentId = row.documentId;
        v.auditEntry = c->seq;
        if (c->seq == 0 || !c->field.isEmpty() || !c->entryIntact) {
            v.reason = QStringLiteral("%1 matches the register's record, but %2").arg(pdfPath, rowDiffers(row, *c));
            return v;
        }
        v.valid = true;
        return v;
    }
    const QString id = embeddedDocumentId(bytes);
    if (!id.isEmpty()) {
        auto byId = findRow(r, "s.document_id = ?", id);
        if (!byId.ok())
            return byId.error();
        if (*byId) {
            const Row &row = **byId;
            auto c = crossCheck(r, row);
            if (!c.ok())
                return c.error();
            v.client = row.client;
            v.period = row.period;
            v.documentId = row.documentId;
            v.auditEntry = c->seq;
            if (c->seq != 0 && !c->entryIntact)
                v.reason = QStringLiteral("%1 is not the file recorded as statement %2, and %3").arg(pdfPath, v.documentId, rowDiffers(row, *c));
            else if (c->seq != 0 && c->entrySha256 == sha)
                v.reason = QStringLiteral("%1 is the file audit entry %2 recorded as statement %3 (client %4, %5), SHA-256 %6, but the "
                                          "register's record now says %7: the record was changed after the statement was produced; run "
                                          "custosctl audit verify and treat the register as tampered")
                               .arg(pdfPath, QString::number(c->seq), v.documentId, v.client, v.period, sha, row.pdfSha256);
            else
                v.reason = QStringLiteral("%1 is not the file recorded as statement %2 (client %3, %4): its SHA-256 %5 differs, so it "
                                          "was changed after it was produced")
                               .arg(pdfPath, v.documentId, v.client, v.period, sha);
            return v;
        }
    }
    v.reason = QStringLiteral("%1 (SHA-256 %2) is not a statement this register recorded").arg(pdfPath, sha);
    return v;
}

} // namespace custos::statements
