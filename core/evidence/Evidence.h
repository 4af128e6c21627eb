#pragma once
// The auditor's evidence pack: one folder an auditor reads without Custos. It holds report.pdf
// (when the PDF layer is present), every table of the pack as CSV and as JSON (findings, layers
// and rules, the address register with owner and key set, the key-set register, users and
// roles, the last reconciliation per chain with its breaks, the audit-log verification and head
// hash), and manifest.json: the SHA-256 of every other file's bytes, signed with the producing
// user's Ed25519 key (public key in the manifest), with the register's audit head signed by the
// same user ("signed_audit_head", audit::signedHeadJson; `audit verify --anchor manifest.json`). Beside the folder: DIR.zip with the same files.
// Large tables are streamed row by row: a register of 1,000,000 addresses is never one string.

#include "segregation/Segregation.h"
#include "util/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace custos::reg {
class Register;
}

namespace custos::evidence {

using Row = QList<QJsonValue>; // strings, whole numbers (as double, below 2^53), booleans or null
using RowSink = std::function<Status(const Row &)>;

// One table of the pack: written as NAME.csv and NAME.json, and as a section of the report.
struct Table {
    QString name;  // file base name, e.g. "addresses"
    QString title; // section title in the report
    QStringList columns;
    std::function<Status(const RowSink &)> rows; // streams the rows in order
};

// The tables of a pack, in report order. Each streams from the register when asked; the
// segregation report (already run) provides findings, layers, rules and the audit result.
// Extension point: a module adds its table here (e.g. approval policies, once the register has them).
QList<Table> evidenceTables(reg::Register &r, const segregation::Report &report);

struct PackResult {
    QString dir;
    QString zip;
    QStringList files; // every file the manifest covers, sorted
    qint64 findings = 0;
    QString auditHead;
    QString publicKey; // hex
    bool withPdf = false;
};

using Progress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

// Runs the segregation check (as of the end of asOfDate when given), writes the pack into dir
// (which must not exist, or be empty) and dir.zip (which must not exist). Compliance, admin.
Result<PackResult> writeEvidence(reg::Register &r, const QString &dir, const QString &asOfDate = {}, const Progress &progress = {});

struct VerifyResult {
    bool valid = false;
    QStringList problems; // one sentence per problem, naming the file
    QString publicKey;    // hex, as the manifest names it
    QString producedBy, producedAt, registerId;
    qint64 files = 0;
    qint64 auditHeadSeq = -1; // the signed audit head's entry, when the manifest has a valid one
};

// Checks a pack without a register: every file listed with the right size and SHA-256, no file
// added, the manifest's signature valid for its public key, and (when trustedKeyHex is given)
// that key equal to the trusted one. BadInput when dir is not a folder.
Result<VerifyResult> verifyEvidence(const QString &dir, const QString &trustedKeyHex = {});

// Helpers shared by the writer and the verifier.
QString manifestName();
Result<QString> fileSha256Hex(const QString &path);
QString csvField(const QJsonValue &v);

} // namespace custos::evidence
