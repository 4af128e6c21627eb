#pragma once
// RAII wrapper over a SQLCipher connection (raw C API), prepared statements and a
// transaction guard that rolls back unless committed.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace custos::crypto {
class SecureBytes;
}

namespace custos::reg {

class Statement;

class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // Opens (or creates, when create is true) an encrypted database with a raw 256-bit key.
    // Refuses a plaintext file, a build without SQLCipher, or a key that does not open the file.
    static Result<Database> open(const QString &path, const crypto::SecureBytes &masterKey, bool create);
    // A further connection to an existing database that can only read (PRAGMA query_only): any
    // write through it fails. Used by worker threads, one connection per thread.
    static Result<Database> openReadOnly(const QString &path, const crypto::SecureBytes &masterKey);

    bool isOpen() const { return m_db != nullptr; }
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    Status exec(const char *sql);
    Result<Statement> prepare(const char *sql);
    qint64 lastInsertId() const;
    int changes() const;
    QString lastError() const;
    Error errorFor(const QString &what) const; // a sentence with SQLite's message

    // PRAGMA user_version
    Result<int> userVersion();
    Status setUserVersion(int version);

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QString &value);
    Statement &bindText(int index, QByteArrayView utf8); // copied by SQLite
    Statement &bindBlob(int index, QByteArrayView data);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const std::optional<qint64> &value);
    Statement &bindOptional(int index, const QString &value); // empty -> NULL

    // Steps once: true when a row is available, false when done.
    Result<bool> step();
    // Steps a statement that returns no rows, then resets it for reuse.
    Status run();
    void reset();

    qint64 columnInt(int col) const;
    QString columnText(int col) const;
    QByteArray columnBlob(int col) const;
    QByteArrayView columnTextView(int col) const; // valid until the next step
    bool columnIsNull(int col) const;
    std::optional<qint64> columnOptionalInt(int col) const;

private:
    Error stepError() const;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Database &m_db;
    Status m_begun;
    bool m_active = false;
};

} // namespace custos::reg
