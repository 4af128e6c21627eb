#include "statements/Store.h"

#include "crypto/Sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

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

} // namespace

Result<Verification> verifyStatement(reg::Register &r, const QString &pdfPath)
{
    QFile f(pdfPath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot read %1: %2").arg(pdfPath, f.errorString()));
    const QByteArray bytes = f.readAll();
    const QString sha = QString::fromLatin1(crypto::sha256(bytes).toHex());

    Verification v;
    auto st = r.db().prepare("SELECT c.code, s.period, s.document_id FROM statements s JOIN clients c ON c.id = s.client_id "
                             "WHERE s.pdf_sha256 = ?");
    if (!st.ok())
        return st.error();
    st->bind(1, sha);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (*row) {
        v.valid = true;
        v.client = st->columnText(0);
        v.period = st->columnText(1);
        v.documentId = st->columnText(2);
        return v;
    }
    const QString id = embeddedDocumentId(bytes);
    if (!id.isEmpty()) {
        auto byId = r.db().prepare("SELECT c.code, s.period, s.document_id FROM statements s JOIN clients c ON c.id = s.client_id "
                                   "WHERE s.document_id = ?");
        if (!byId.ok())
            return byId.error();
        byId->bind(1, id);
        auto found = byId->step();
        if (!found.ok())
            return found.error();
        if (*found) {
            v.client = byId->columnText(0);
            v.period = byId->columnText(1);
            v.documentId = byId->columnText(2);
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
