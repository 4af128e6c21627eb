#pragma once
// The register's list of produced statements, for screens and reports: newest first, read a page
// at a time (keyset pagination on the statement id, so a page costs the same at any depth), for
// every client or one. Also which clients are due a quarterly statement. Any role may read.

#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace custos::reg {
class Database;
}

namespace custos::statements {

struct StatementRecord {
    qint64 id = 0;
    QString documentId;
    qint64 clientId = 0;
    QString client;     // code
    QString clientName;
    QString period;     // "2026Q3" or "2026-02-10_2026-03-05"
    QString periodFrom; // first instant
    QString periodTo;   // last instant
    bool onRequest = false;
    QString language;
    QString file;     // the PDF's absolute path as recorded
    QString jsonFile;
    QString pdfSha256;
    qint64 pages = 0;
    QString totalValue; // EUR, exact decimal
    QString issuedAt;
    QString issuedBy;
};

// The statements with an id below beforeId (newest first), at most limit; clientId 0: every client.
Result<QList<StatementRecord>> statementsBefore(reg::Database &db, qint64 beforeId, int limit, qint64 clientId = 0);

// The quarter before the one holding `day`, as "YYYYQn".
QString previousQuarter(const QDate &day);

// Clients (not the firm's own book) holding a non-zero position now and with no statement
// recorded for `period` ("YYYYQn"): the statements due.
Result<qint64> statementsDue(reg::Database &db, const QString &period);

} // namespace custos::statements
