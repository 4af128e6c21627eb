#include "statements/Worker.h"

#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "statements/StatementPdf.h"
#include "util/Time.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace custos::statements::detail {

namespace {

// Written to a temporary file beside the target and renamed over it once complete and synced.
Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    if (f.write(bytes) != bytes.size()) {
        f.cancelWriting();
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    }
    if (!f.commit())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot finish writing %1: %2").arg(path, f.errorString()));
    return okStatus();
}

} // namespace

QString statementPath(const QString &dir, const QString &client, const QString &period, const char *suffix)
{
    return QDir(dir).filePath(client + QLatin1Char('-') + period + QLatin1String(suffix));
}

Result<const Texts *> Worker::texts(const QString &language)
{
    auto it = m_texts.find(language);
    if (it != m_texts.end())
        return it->second.get();
    auto t = Texts::load(language);
    if (!t.ok())
        return t.error();
    const Texts *raw = t->get();
    m_texts.emplace(language, std::move(*t));
    return raw;
}

Outcome Worker::run(qsizetype index, qint64 clientId)
{
    Outcome out;
    out.index = index;
    out.clientId = clientId;
    auto fail = [&](const Error &e) {
        out.kind = Outcome::Kind::Failed;
        out.problem = NotProduced{out.client, e.message, e.code};
        return out;
    };
    auto client = m_reader.client(clientId);
    if (!client.ok())
        return fail(client.error());
    out.client = client->code;
    auto data = m_reader.read(*client, m_shared.period);
    if (!data.ok())
        return fail(data.error());
    if (data->assets.isEmpty()) {
        out.kind = Outcome::Kind::Skipped;
        out.problem = NotProduced{out.client,
                                  QStringLiteral("nothing was held at the start of %1 and nothing moved in it").arg(m_shared.period.label),
                                  ErrorCode::Found};
        return out;
    }
    if (auto s = produce(*data, out); !s.ok())
        return fail(s.error());
    out.kind = Outcome::Kind::Produced;
    return out;
}

Status Worker::produce(const StatementData &read, Outcome &out)
{
    StatementData s = read;
    s.onRequest = m_shared.onRequest || !m_shared.period.isQuarter;
    s.language = m_shared.language.isEmpty() ? s.client.lang : m_shared.language;
    auto t = texts(s.language);
    if (!t.ok())
        return t.error();
    auto random = crypto::randomBytes(6);
    if (!random.ok())
        return random.error();
    s.documentId = QStringLiteral("%1-%2-%3").arg(s.client.code, s.period.label, QString::fromLatin1(random->toHex()));
    s.issuedAt = nowUtc();
    s.auditHead = m_shared.head;

    const QByteArray json = canonicalJson(s);
    const QString contentSha = QString::fromLatin1(crypto::sha256(json).toHex());
    auto doc = statementDocument(s, m_shared.custodian, **t, contentSha);
    if (!doc.ok())
        return doc.error();
    int pages = 0;
    auto pdf = doc->render(statementInfo(s, m_shared.custodian, **t), &pages);
    if (!pdf.ok())
        return pdf.error();

    const QString jsonPath = statementPath(m_shared.outDir, s.client.code, s.period.label, ".json");
    const QString pdfPath = statementPath(m_shared.outDir, s.client.code, s.period.label, ".pdf");
    CUSTOS_TRY(writeAtomically(jsonPath, json));
    if (auto st = writeAtomically(pdfPath, *pdf); !st.ok()) {
        QFile::remove(jsonPath);
        return st;
    }
    out.issuedAt = s.issuedAt;
    out.produced = Produced{
        s.client.code,          pdfPath, jsonPath, s.documentId, QString::fromLatin1(crypto::sha256(*pdf).toHex()), contentSha, s.language,
        s.totalValue.toFixed(), pages};
    return okStatus();
}

} // namespace custos::statements::detail
