// Writes the evidence pack: the tables as CSV and JSON (streamed), the report, the signed
// manifest and the zip.

#include "evidence/Evidence.h"
#include "evidence/EvidenceInternal.h"

#include "audit/Anchor.h"
#include "audit/AuditLog.h"
#include "crypto/Sha256.h"
#include "crypto/Signer.h"
#include "register/Register.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zip.h>

namespace custos::evidence {

namespace {

class BufferedFile {
public:
    explicit BufferedFile(const QString &path) : m_file(path) {}
    Status open()
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_buf.reserve(1 << 20);
        return okStatus();
    }
    Status write(QByteArrayView bytes)
    {
        m_buf.append(bytes);
        return m_buf.size() >= (1 << 20) ? flush() : okStatus();
    }
    Status flush()
    {
        if (m_file.write(m_buf) != m_buf.size())
            return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_buf.resize(0);
        return okStatus();
    }
    Status close()
    {
        CUSTOS_TRY(flush());
        if (!m_file.flush())
            return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_file.close();
        return okStatus();
    }

private:
    QFile m_file;
    QByteArray m_buf;
};

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        line += fields[i].toUtf8();
    }
    line += "\r\n";
    return line;
}

// NAME.csv (RFC 4180, header row) and NAME.json ({"table","columns","rows":[{column: value}]}),
// one row at a time.
Status writeTable(const QString &dir, const Table &t)
{
    BufferedFile csv(dir + QLatin1Char('/') + t.name + QStringLiteral(".csv"));
    BufferedFile json(dir + QLatin1Char('/') + t.name + QStringLiteral(".json"));
    CUSTOS_TRY(csv.open());
    CUSTOS_TRY(json.open());
    QStringList header;
    for (const QString &c : t.columns)
        header << csvField(c);
    CUSTOS_TRY(csv.write(csvLine(header)));
    const QByteArray head = QJsonDocument(QJsonObject{{QStringLiteral("table"), t.name},
                                                      {QStringLiteral("title"), t.title},
                                                      {QStringLiteral("columns"), QJsonArray::fromStringList(t.columns)}})
                                .toJson(QJsonDocument::Compact);
    // {"columns":…,"table":…,"title":…} + ,"rows":[ … ]}
    CUSTOS_TRY(json.write(QByteArrayView(head).first(head.size() - 1)));
    CUSTOS_TRY(json.write(",\"rows\":[\n"));
    qint64 n = 0;
    CUSTOS_TRY(t.rows([&](const Row &row) -> Status {
        if (row.size() != t.columns.size())
            return makeError(ErrorCode::Internal, QStringLiteral("table %1: a row has %2 values for %3 columns").arg(t.name).arg(row.size()).arg(t.columns.size()));
        QStringList fields;
        QJsonObject o;
        for (qsizetype i = 0; i < row.size(); ++i) {
            fields << csvField(row[i]);
            o.insert(t.columns[i], row[i]);
        }
        CUSTOS_TRY(csv.write(csvLine(fields)));
        if (n++ > 0)
            CUSTOS_TRY(json.write(",\n"));
        return json.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }));
    CUSTOS_TRY(json.write("\n]}\n"));
    CUSTOS_TRY(csv.close());
    return json.close();
}

Status checkOutputs(const QString &dir, const QString &zip)
{
    const QFileInfo fi(dir);
    if (fi.exists() && !fi.isDir())
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 exists and is not a folder; choose another --out").arg(dir));
    if (fi.exists() && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 is not empty; refusing to mix an evidence pack with other files (choose another --out)").arg(dir));
    if (QFileInfo::exists(zip))
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 already exists; refusing to overwrite it (choose another --out)").arg(zip));
    return okStatus();
}

Status writeManifest(reg::Register &r, const QString &dir, const segregation::Report &rep, QStringList &files, QString &publicKeyHex)
{
    if (r.signingSeed().size() != crypto::kEd25519SeedSize)
        return makeError(ErrorCode::Denied, QStringLiteral("user '%1' has no signing key; sign in as a compliance or admin user to sign an evidence pack")
                                                .arg(r.user().name));
    auto pub = crypto::ed25519PublicKey(r.signingSeed());
    if (!pub.ok())
        return pub.error();
    files = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    files.removeAll(manifestName());
    QJsonArray list;
    for (const QString &name : std::as_const(files)) {
        const QString path = dir + QLatin1Char('/') + name;
        auto sha = fileSha256Hex(path);
        if (!sha.ok())
            return sha.error();
        list.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("size"), double(QFileInfo(path).size())},
                                {QStringLiteral("sha256"), *sha}});
    }
    publicKeyHex = QString::fromLatin1(pub->toHex());
    // The register's audit head, signed by the producer in the same form statements and bundles
    // carry: `audit verify --anchor manifest.json` proves the history up to it unchanged.
    auto head = audit::signCurrentHead(r, QStringLiteral("evidence"), false);
    if (!head.ok())
        return head.error();
    const QJsonObject signedPart{{QStringLiteral("format"), QString::fromLatin1(kManifestFormat)},
                                 {QStringLiteral("register_id"), r.registerId()},
                                 {QStringLiteral("produced_at"), rep.checkedAt},
                                 {QStringLiteral("produced_by"), r.user().name},
                                 {QStringLiteral("role"), reg::roleName(r.user().role)},
                                 {QStringLiteral("as_of"), rep.asOf.isEmpty() ? QJsonValue() : QJsonValue(rep.asOf)},
                                 {QStringLiteral("audit_head"), rep.audit.head},
                                 {QStringLiteral("signed_audit_head"), audit::signedHeadJson(*head)},
                                 {QStringLiteral("public_key"), publicKeyHex},
                                 {QStringLiteral("files"), list}};
    auto sig = crypto::ed25519Sign(r.signingSeed(), audit::canonicalJson(signedPart));
    if (!sig.ok())
        return sig.error();
    const QJsonObject manifest{{QStringLiteral("signed"), signedPart},
                               {QStringLiteral("signature"), QString::fromLatin1(sig->toHex())},
                               {QStringLiteral("algorithm"), QStringLiteral("Ed25519 over the compact, key-sorted JSON of \"signed\"")}};
    BufferedFile out(dir + QLatin1Char('/') + manifestName());
    CUSTOS_TRY(out.open());
    CUSTOS_TRY(out.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)));
    return out.close();
}

Status writeZip(const QString &dir, const QString &zipPath, const QStringList &files)
{
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_EXCL, &err);
    if (!z)
        return makeError(ErrorCode::Internal, QStringLiteral("cannot create %1 (libzip error %2)").arg(zipPath).arg(err));
    const QString folder = QFileInfo(dir).fileName();
    QStringList all = files;
    all.append(manifestName());
    for (const QString &name : std::as_const(all)) {
        const QByteArray src = QFile::encodeName(dir + QLatin1Char('/') + name);
        zip_source_t *s = zip_source_file(z, src.constData(), 0, -1);
        const QByteArray entry = (folder + QLatin1Char('/') + name).toUtf8();
        if (!s || zip_file_add(z, entry.constData(), s, ZIP_FL_ENC_UTF_8) < 0) {
            const QString why = QString::fromUtf8(zip_strerror(z));
            if (s)
                zip_source_free(s);
            zip_discard(z);
            QFile::remove(zipPath);
            return makeError(ErrorCode::Internal, QStringLiteral("cannot add %1 to %2: %3").arg(name, zipPath, why));
        }
    }
    if (zip_close(z) != 0) {
        const QString why = QString::fromUtf8(zip_strerror(z));
        zip_discard(z);
        QFile::remove(zipPath);
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(zipPath, why));
    }
    return okStatus();
}

} // namespace

QString manifestName()
{
    return QStringLiteral("manifest.json");
}

Result<QString> fileSha256Hex(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    crypto::Sha256 h;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        if (chunk.isEmpty() && f.error() != QFileDevice::NoError)
            return makeError(ErrorCode::Internal, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
        h.add(chunk);
    }
    return QString::fromLatin1(h.finish().toHex());
}

QString csvField(const QJsonValue &v)
{
    QString s;
    if (v.isString())
        s = v.toString();
    else if (v.isBool())
        s = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (v.isDouble())
        s = QString::number(qint64(v.toDouble()));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

Result<PackResult> writeEvidence(reg::Register &r, const QString &dirArg, const QString &asOfDate, const Progress &progress)
{
    CUSTOS_TRY(r.require(QStringLiteral("export the evidence pack"), {reg::Role::Compliance, reg::Role::Admin}));
    if (dirArg.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("evidence needs a folder (--out DIR)"));
    const QString dir = QDir::cleanPath(QFileInfo(dirArg).absoluteFilePath());
    const QString zipPath = dir + QStringLiteral(".zip");
    CUSTOS_TRY(checkOutputs(dir, zipPath));
    auto report = segregation::runCheck(r, asOfDate, [&](const QString &stage, qint64 d, qint64 t) {
        if (progress)
            progress(stage, d, t);
    });
    if (!report.ok())
        return report.error();
    const bool created = !QFileInfo::exists(dir);
    if (created && !QDir().mkpath(dir))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot create the folder %1").arg(dir));
    auto cleanUp = [&](const Error &e) -> Result<PackResult> {
        if (created)
            QDir(dir).removeRecursively();
        else
            for (const QString &f : QDir(dir).entryList(QDir::Files))
                QFile::remove(dir + QLatin1Char('/') + f);
        return e;
    };
    const QList<Table> tables = evidenceTables(r, *report);
    qint64 done = 0;
    for (const Table &t : tables) {
        if (progress)
            progress(QStringLiteral("writing ") + t.name, done++, tables.size());
        if (auto s = writeTable(dir, t); !s.ok())
            return cleanUp(s.error());
    }
    PackResult res;
    if (progress)
        progress(QStringLiteral("writing the report"), 0, 1);
    if (auto s = writeReportPdf(r, *report, tables, dir); !s.ok())
        return cleanUp(s.error());
    res.withPdf = true;
    if (auto s = writeManifest(r, dir, *report, res.files, res.publicKey); !s.ok())
        return cleanUp(s.error());
    if (progress)
        progress(QStringLiteral("writing the zip"), 0, 1);
    if (auto s = writeZip(dir, zipPath, res.files); !s.ok())
        return cleanUp(s.error());
    // Who exported which pack stays on record: the manifest's hash joins the audit chain.
    auto manifestSha = fileSha256Hex(dir + QLatin1Char('/') + manifestName());
    if (!manifestSha.ok())
        return cleanUp(manifestSha.error());
    {
        reg::Transaction tx(r.db());
        Status s = tx.begun();
        if (s.ok())
            s = r.audit(QStringLiteral("evidence.export"),
                        QJsonObject{{QStringLiteral("folder"), QFileInfo(dir).fileName()},
                                    {QStringLiteral("manifest_sha256"), *manifestSha},
                                    {QStringLiteral("as_of"), report->asOf.isEmpty() ? QJsonValue() : QJsonValue(report->asOf)},
                                    {QStringLiteral("findings"), double(report->findings.size())},
                                    {QStringLiteral("audit_head"), report->audit.head}});
        if (s.ok())
            s = tx.commit();
        if (!s.ok()) {
            QFile::remove(zipPath);
            return cleanUp(s.error());
        }
    }
    res.dir = dir;
    res.zip = zipPath;
    res.findings = report->findings.size();
    res.auditHead = report->audit.head;
    return res;
}

} // namespace custos::evidence
