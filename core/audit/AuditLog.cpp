#include "audit/AuditLog.h"

#include "crypto/Sha256.h"
#include "register/Database.h"
#include "register/Meta.h"
#include "util/Time.h"

#include <QJsonDocument>

namespace custos::audit {

namespace {

void addField(crypto::Sha256 &h, QByteArrayView bytes)
{
    const QByteArray len = QByteArray::number(bytes.size()) + ':';
    h.add(len);
    h.add(bytes);
}


} // namespace

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray canonicalJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString entryHash(const QString &prevHash, qint64 seq, const QString &at, const QString &actor,
                  const QString &action, const QByteArray &payload)
{
    crypto::Sha256 h;
    addField(h, "custos-audit/v1");
    addField(h, prevHash.toLatin1());
    addField(h, QByteArray::number(seq));
    addField(h, at.toUtf8());
    addField(h, actor.toUtf8());
    addField(h, action.toUtf8());
    addField(h, payload);
    return QString::fromLatin1(h.finish().toHex());
}

Result<AuditEntry> append(reg::Database &db, const QString &actor, const QString &action, const QJsonObject &payload)
{
    AuditEntry e;
    e.prevHash = genesisHash();
    {
        auto last = db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        if (!last.ok())
            return last.error();
        auto row = last->step();
        if (!row.ok())
            return row.error();
        if (*row) {
            e.seq = last->columnInt(0);
            e.prevHash = last->columnText(1);
        }
    }
    e.seq += 1;
    e.at = nowUtc();
    e.actor = actor;
    e.action = action;
    e.payload = canonicalJson(payload);
    e.hash = entryHash(e.prevHash, e.seq, e.at, e.actor, e.action, e.payload);

    auto ins = db.prepare("INSERT INTO audit_log(seq, at, actor, action, payload, prev_hash, hash) VALUES (?,?,?,?,?,?,?)");
    if (!ins.ok())
        return ins.error();
    ins->bind(1, e.seq).bind(2, e.at).bind(3, e.actor).bind(4, e.action).bindText(5, e.payload).bind(6, e.prevHash).bind(7, e.hash);
    CUSTOS_TRY(ins->run());
    CUSTOS_TRY(reg::writeMeta(db, QStringLiteral("audit_head_seq"), QString::number(e.seq)));
    CUSTOS_TRY(reg::writeMeta(db, QStringLiteral("audit_head_hash"), e.hash));
    return e;
}

} // namespace custos::audit
