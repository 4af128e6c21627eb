#include "audit/AuditLog.h"
#include "register/Register.h"

#include <QFile>

#include <sqlcipher/sqlite3.h>

namespace custos::reg {

namespace {

void removeAll(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", "-keys"})
        QFile::remove(path + QLatin1String(suffix));
}

Status copyPages(Database &src, Database &dst)
{
    sqlite3_backup *b = sqlite3_backup_init(dst.handle(), "main", src.handle(), "main");
    if (!b)
        return makeError(ErrorCode::Internal, QStringLiteral("cannot start the backup: %1").arg(dst.lastError()));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(b, 4096);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int fin = sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE || fin != SQLITE_OK)
        return makeError(ErrorCode::Internal, QStringLiteral("the backup failed: %1").arg(dst.lastError()));
    return okStatus();
}

} // namespace

Status Register::backupTo(const QString &out, bool record)
{
    CUSTOS_TRY(require(QStringLiteral("write backups"), {Role::Admin}));
    const QString outKeys = KeyFile::pathFor(out);
    if (QFile::exists(out) || QFile::exists(outKeys))
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 already exists; refusing to overwrite it").arg(QFile::exists(out) ? out : outKeys));
    auto fail = [&](const Error &e) {
        removeAll(out);
        return Status(e);
    };
    if (record) {
        Transaction tx(m_db);
        CUSTOS_TRY(tx.begun());
        CUSTOS_TRY(audit(QStringLiteral("register.backup"), QJsonObject{{QStringLiteral("to"), out}}));
        CUSTOS_TRY(tx.commit());
    }
    auto head = audit::verify(m_db);
    if (!head.ok())
        return head.error();
    if (!head->intact)
        return makeError(ErrorCode::Found, QStringLiteral("refusing to back up a register whose audit log does not verify: %1").arg(head->problem));
    {
        auto dst = Database::open(out, m_masterKey, true);
        if (!dst.ok())
            return fail(dst.error());
        if (auto s = copyPages(m_db, *dst); !s.ok())
            return fail(s.error());
        if (auto s = dst->exec("PRAGMA wal_checkpoint(TRUNCATE);"); !s.ok())
            return fail(s.error());
    }
    auto salt = readDbSalt(out);
    if (!salt.ok())
        return fail(salt.error());
    KeyFile keys = m_keys;
    keys.dbSalt = *salt;
    if (auto s = keys.save(outKeys); !s.ok())
        return fail(s.error());

    // Verify: the copy opens with the same key, and its audit chain ends at the same head.
    auto copy = Database::open(out, m_masterKey, false);
    if (!copy.ok())
        return fail(copy.error());
    auto check = audit::verify(*copy);
    if (!check.ok())
        return fail(check.error());
    if (!check->intact || check->head != head->head || check->entries != head->entries)
        return fail(makeError(ErrorCode::Internal, QStringLiteral("the backup at %1 does not match the register; it was removed").arg(out)));
    return okStatus();
}

} // namespace custos::reg
