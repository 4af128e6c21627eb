#include "register/Database.h"

#include "crypto/SecureBytes.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

#include <sqlcipher/sqlite3.h>

namespace custos::reg {

namespace {

constexpr char kPlainHeader[] = "SQLite format 3";

Status checkNotPlaintext(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::CannotOpen, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(16);
    if (head.isEmpty())
        return makeError(ErrorCode::CannotOpen,
                         QStringLiteral("%1 is empty: it is not a Custos register, or it was truncated").arg(path));
    if (head.startsWith(QByteArray(kPlainHeader)))
        return makeError(ErrorCode::CannotOpen,
                         QStringLiteral("%1 is a plaintext SQLite file, not an encrypted Custos register").arg(path));
    return okStatus();
}

} // namespace

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database &&other) noexcept : m_db(other.m_db), m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

Result<Database> Database::open(const QString &path, const crypto::SecureBytes &masterKey, bool create)
{
    if (masterKey.size() != 32)
        return makeError(ErrorCode::Internal, QStringLiteral("the register key must be 256 bits"));
    const bool exists = QFileInfo::exists(path);
    if (create && exists)
        return makeError(ErrorCode::BadInput, QStringLiteral("%1 already exists; refusing to overwrite it").arg(path));
    if (!create) {
        if (!exists)
            return makeError(ErrorCode::CannotOpen, QStringLiteral("no register at %1").arg(path));
        CUSTOS_TRY(checkNotPlaintext(path));
    }

    Database db;
    db.m_path = path;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::CannotOpen, QStringLiteral("cannot open %1: %2").arg(path, db.lastError()));
    sqlite3_busy_timeout(db.m_db, 10000);

    // PRAGMA key = "x'<64 hex>'" : a raw key, no passphrase derivation inside SQLCipher.
    {
        const QByteArray prefix("PRAGMA key=\"x'");
        crypto::SecureBytes pragma(int(prefix.size()) + 64 + 3);
        QByteArray hex = masterKey.toHex();
        char *p = pragma.data();
        memcpy(p, prefix.constData(), size_t(prefix.size()));
        memcpy(p + prefix.size(), hex.constData(), 64);
        memcpy(p + prefix.size() + 64, "'\"", 3); // includes the terminating NUL
        hex.fill('\0');
        const int krc = sqlite3_exec(db.m_db, pragma.data(), nullptr, nullptr, nullptr);
        if (krc != SQLITE_OK)
            return makeError(ErrorCode::CannotOpen, QStringLiteral("cannot key %1: %2").arg(path, db.lastError()));
    }
    CUSTOS_TRY(db.exec("PRAGMA cipher_page_size = 4096;"));

    {
        auto st = db.prepare("PRAGMA cipher_version;");
        if (!st.ok())
            return st.error();
        auto row = st->step();
        if (!row.ok() || !row.value() || st->columnText(0).isEmpty())
            return makeError(ErrorCode::Internal,
                             QStringLiteral("this build of Custos is linked against SQLite without encryption "
                                            "(PRAGMA cipher_version does not answer); refusing to run"));
    }

    if (sqlite3_exec(db.m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const int ec = sqlite3_errcode(db.m_db);
        if (ec == SQLITE_NOTADB || ec == SQLITE_CORRUPT)
            return makeError(ErrorCode::CannotOpen,
                             QStringLiteral("cannot decrypt %1: the key does not open it, or the file is damaged")
                                 .arg(path));
        return makeError(ErrorCode::CannotOpen, QStringLiteral("cannot read %1: %2").arg(path, db.lastError()));
    }

    CUSTOS_TRY(db.exec("PRAGMA journal_mode = WAL;"));
    CUSTOS_TRY(db.exec("PRAGMA synchronous = FULL;"));
    CUSTOS_TRY(db.exec("PRAGMA foreign_keys = ON;"));
    CUSTOS_TRY(db.exec("PRAGMA temp_store = MEMORY;"));
    CUSTOS_TRY(db.exec("PRAGMA cache_size = -65536;"));
    return db;
}

Result<Database> Database::openReadOnly(const QString &path, const crypto::SecureBytes &masterKey)
{
    if (!sqlite3_threadsafe())
        return makeError(ErrorCode::Internal, QStringLiteral("this build of SQLCipher is not thread-safe; a second connection is refused"));
    auto db = open(path, masterKey, false);
    if (!db.ok())
        return db.error();
    CUSTOS_TRY(db->exec("PRAGMA query_only = ON;"));
    return db;
}

namespace {

// A damaged or foreign file (SQLITE_CORRUPT, SQLITE_NOTADB: with SQLCipher also a page whose
// HMAC fails) is CannotOpen naming the file, whichever call met it.
std::optional<Error> damageError(sqlite3 *db)
{
    const int ec = sqlite3_extended_errcode(db) & 0xff;
    if (ec != SQLITE_CORRUPT && ec != SQLITE_NOTADB)
        return std::nullopt;
    const char *file = db != nullptr ? sqlite3_db_filename(db, "main") : nullptr;
    return makeError(ErrorCode::CannotOpen,
                     QStringLiteral("the register file %1 is damaged (%2); restore it from a backup")
                         .arg(QString::fromUtf8(file != nullptr ? file : "?"), QString::fromUtf8(sqlite3_errmsg(db))));
}

} // namespace

Status Database::exec(const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        if (std::optional<Error> damaged = damageError(m_db))
            return *damaged;
        return makeError(ErrorCode::Internal, QStringLiteral("register: %1").arg(msg));
    }
    return okStatus();
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        if (std::optional<Error> damaged = damageError(m_db))
            return *damaged;
        return makeError(ErrorCode::Internal, QStringLiteral("register: %1 in: %2").arg(lastError(), QString::fromUtf8(sql)));
    }
    return Statement(m_db, stmt);
}

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
QString Database::lastError() const { return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "not open"); }

Error Database::errorFor(const QString &what) const
{
    return makeError(ErrorCode::Internal, QStringLiteral("%1: %2").arg(what, lastError()));
}

Result<int> Database::userVersion()
{
    auto st = prepare("PRAGMA user_version;");
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return int(st->columnInt(0));
}

Status Database::setUserVersion(int version)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version) + ";";
    return exec(sql.constData());
}

// ---- Statement ----

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindText(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, QByteArrayView data)
{
    sqlite3_bind_blob(m_stmt, index, data.data() ? data.data() : "", int(data.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const std::optional<qint64> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Error Statement::stepError() const
{
    const int ec = sqlite3_extended_errcode(m_db);
    const QString msg = QString::fromUtf8(sqlite3_errmsg(m_db));
    if ((ec & 0xff) == SQLITE_CONSTRAINT)
        return makeError(ErrorCode::BadInput, QStringLiteral("register constraint: %1").arg(msg));
    if (std::optional<Error> damaged = damageError(m_db))
        return *damaged;
    return makeError(ErrorCode::Internal, QStringLiteral("register: %1").arg(msg));
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = stepError();
    sqlite3_reset(m_stmt);
    return e;
}

Status Statement::run()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        return okStatus();
    }
    Error e = stepError();
    sqlite3_reset(m_stmt);
    return e;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::columnInt(int col) const { return sqlite3_column_int64(m_stmt, col); }

QString Statement::columnText(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

QByteArrayView Statement::columnTextView(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, col)) : QByteArrayView();
}

QByteArray Statement::columnBlob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

bool Statement::columnIsNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

std::optional<qint64> Statement::columnOptionalInt(int col) const
{
    if (columnIsNull(col))
        return std::nullopt;
    return columnInt(col);
}

// ---- Transaction ----

Transaction::Transaction(Database &db) : m_db(db), m_begun(m_db.exec("BEGIN IMMEDIATE;")), m_active(m_begun.ok()) {}

Transaction::~Transaction()
{
    if (m_active)
        (void)m_db.exec("ROLLBACK;");
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begun.ok() ? makeError(ErrorCode::Internal, QStringLiteral("transaction already finished")) : m_begun;
    Status s = m_db.exec("COMMIT;");
    if (!s.ok())
        return s; // still active: the destructor rolls back
    m_active = false;
    return okStatus();
}

} // namespace custos::reg
