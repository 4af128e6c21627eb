#pragma once
// Client statements (MiCA Art. 75(5)): produced for one client or every client, in parallel
// across cores, as DIR/<client id>-<period>.pdf (PDF/A-1b) with the JSON twin beside it; every
// produced statement is recorded in the register and audited; `verifyStatement` tells whether a
// PDF is, byte for byte, one the register recorded. A batch signs the register's audit head as it
// begins (the issuer's key; audit/Anchor.h): every statement of it carries that head in its JSON
// twin and PDF, and the register records it, so `audit verify` finds a later rewrite of the
// history up to it.
//
// The GUI runs produceStatements in a worker thread of its own (it blocks until the batch is
// done): progress arrives through the callback on that thread, and setting the cancel flag stops
// the batch after the statements in progress.

#include "statements/Period.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace custos::reg {
class Register;
}

namespace custos::statements {

struct Request {
    QString client;   // a client id, or empty with all
    bool all = false; // every client with a holding at the start or a transfer in the period
    Period period;
    bool onRequest = false; // logged as an on-request statement (always so for a date range)
    QString outDir;         // created when missing
    QString language;       // en | de | fr; empty: each client's own language
    int threads = 0;        // 0: one per core, plus one (file syncs)
};

struct Produced {
    QString client;
    QString pdfPath;
    QString jsonPath;
    QString documentId;
    QString pdfSha256;     // of the PDF file's bytes (recorded; what verify checks)
    QString contentSha256; // of the JSON twin (printed on every page and in the QR code)
    QString language;
    QString totalValue; // EUR
    int pages = 0;
};

struct NotProduced {
    QString client;
    QString reason; // a sentence
    ErrorCode code = ErrorCode::Internal;
};

struct BatchProgress {
    qint64 done = 0;  // clients finished (produced, skipped or failed)
    qint64 total = 0; // clients in the batch
    QString client;   // the one just finished
};
using ProgressFn = std::function<void(const BatchProgress &)>;

struct BatchResult {
    QString period;
    QList<Produced> produced;   // in client order
    QList<NotProduced> skipped; // nothing held at the start and no transfer in the period
    QList<NotProduced> failed;  // one client's failure never stops the batch
    bool cancelled = false;     // clients not started are in none of the lists
};

// Compliance only. An error here concerns the whole request (role, period, directory, an unknown
// client, the custodian's details missing); a single client's problem is in `failed`.
Result<BatchResult> produceStatements(reg::Register &r, const Request &request, const ProgressFn &progress = {},
                                      const std::atomic<bool> *cancel = nullptr);

struct Verification {
    bool valid = false;
    QString client; // when the file or its document id is known to the register
    QString period;
    QString documentId;
    QString reason; // why it is invalid
    qint64 auditEntry = 0; // seq of the statement.produce entry that recorded the document (0: none)
};

// Any role. valid only when the file's SHA-256 is one the register recorded for a statement AND
// that record still agrees with the statement.produce audit entry written with it (hashes,
// client, period, total, file): an insider who edits the record, or replaces the file and sets
// the recorded hash to match, is named with the entry (whose own integrity `audit verify` checks).
Result<Verification> verifyStatement(reg::Register &r, const QString &pdfPath);

} // namespace custos::statements
