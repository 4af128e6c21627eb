// report.pdf of the evidence pack: the summary per layer, every finding, then every table of the
// pack (address register, key sets, users and roles, reconciliations, audit) through core/pdf.

#include "evidence/EvidenceInternal.h"

#include "pdf/Document.h"
#include "register/Database.h"
#include "register/Register.h"
#include "settings/Custodian.h"

#include <QFile>
#include <QSet>

namespace custos::evidence {

namespace {

const QSet<QString> kMonoColumns = {QStringLiteral("address"), QStringLiteral("block_hash"), QStringLiteral("public_key"),
                                    QStringLiteral("head"), QStringLiteral("tx_hash"), QStringLiteral("subject")};
const QSet<QString> kWideColumns = {QStringLiteral("detail"), QStringLiteral("description"), QStringLiteral("checks"),
                                    QStringLiteral("address"), QStringLiteral("public_key"), QStringLiteral("problem"),
                                    QStringLiteral("note"), QStringLiteral("label"), QStringLiteral("subject"), QStringLiteral("head")};

QString cellText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

QString header(const QString &column)
{
    QString h = column;
    h.replace(QLatin1Char('_'), QLatin1Char(' '));
    return h.isEmpty() ? h : h.left(1).toUpper() + h.mid(1);
}

// The address register in figures, for registers too large to print row by row.
Status addressSummary(reg::Register &r, const segregation::Report &rep, pdf::Document &doc)
{
    auto st = r.db().prepare("SELECT a.chain, a.owner, ifnull(k.name, '(none)'), ifnull(k.owner, ''), count(*) FROM addresses a "
                             "LEFT JOIN keysets k ON k.id = a.keyset_id WHERE a.created_at < ?1 OR ?1 = '' "
                             "GROUP BY a.chain, a.owner, k.name ORDER BY a.chain, a.owner, k.name");
    if (!st.ok())
        return st.error();
    st->bind(1, rep.asOfEnd);
    pdf::Table t;
    t.columns = {{QStringLiteral("Chain"), 1}, {QStringLiteral("Owner"), 1}, {QStringLiteral("Key set"), 1.5},
                 {QStringLiteral("Key set owner"), 1}, {QStringLiteral("Addresses"), 1, pdf::Align::Right}};
    while (true) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        t.addRow({st->columnText(0), st->columnText(1), st->columnText(2), st->columnText(3), QString::number(st->columnInt(4))});
    }
    doc.table(std::move(t));
    return okStatus();
}

Status tableSection(reg::Register &r, const segregation::Report &rep, const Table &table, const QString &dir, pdf::Document &doc)
{
    doc.heading(table.title, 2);
    pdf::Table t;
    for (const QString &c : table.columns)
        t.columns.append(pdf::Column{header(c), kWideColumns.contains(c) ? 2.5 : 1, pdf::Align::Left, kMonoColumns.contains(c)});
    qint64 rows = 0;
    CUSTOS_TRY(table.rows([&](const Row &row) -> Status {
        if (++rows > kPdfRowLimit)
            return okStatus();
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i) {
            cells << cellText(row[i]);
            if (row[i].isDouble())
                t.columns[i].align = pdf::Align::Right;
        }
        t.addRow(cells);
        return okStatus();
    }));
    if (rows == 0) {
        doc.paragraph(QStringLiteral("None."));
        return okStatus();
    }
    if (rows <= kPdfRowLimit) {
        doc.table(std::move(t));
        return okStatus();
    }
    auto sha = fileSha256Hex(dir + QLatin1Char('/') + table.name + QStringLiteral(".csv"));
    if (!sha.ok())
        return sha.error();
    doc.paragraph(QStringLiteral("%1 rows: too many to print. Every row is in %2.csv (SHA-256 %3) and %2.json, both covered by the signed "
                                 "manifest.")
                      .arg(rows)
                      .arg(table.name, *sha));
    if (table.name == QLatin1String("addresses"))
        CUSTOS_TRY(addressSummary(r, rep, doc));
    return okStatus();
}

} // namespace

Status writeReportPdf(reg::Register &r, const segregation::Report &rep, const QList<Table> &tables, const QString &dir)
{
    auto custodian = settings::readCustodian(r);
    if (!custodian.ok())
        return custodian.error();
    pdf::Document doc;
    doc.heading(QStringLiteral("Segregation evidence (MiCA Art. 75(7))"));
    QList<std::pair<QString, QString>> head = {
        {QStringLiteral("Custodian"), custodian->name.isEmpty() ? QStringLiteral("(not recorded)") : custodian->name},
        {QStringLiteral("Authorisation"), custodian->authorisationId},
        {QStringLiteral("Register"), r.registerId()},
        {QStringLiteral("Produced"), QStringLiteral("%1 by %2").arg(rep.checkedAt, rep.checkedBy)},
        {QStringLiteral("As of"), rep.asOf.isEmpty() ? QStringLiteral("everything recorded up to the time produced")
                                                     : QStringLiteral("the end of %1 (UTC)").arg(rep.asOf)},
        {QStringLiteral("Result"), rep.clean() ? QStringLiteral("clean: no finding in any layer")
                                               : QStringLiteral("%1 findings").arg(rep.findings.size())},
        {QStringLiteral("Audit log"), QStringLiteral("%1, %2 entries, head %3")
                                          .arg(rep.audit.intact ? QStringLiteral("intact") : QStringLiteral("TAMPERED"))
                                          .arg(rep.audit.entries)
                                          .arg(rep.audit.head)},
        {QStringLiteral("Scope"), QStringLiteral("%1 clients, %2 addresses, %3 movements, %4 key sets, %5 users")
                                      .arg(rep.clients)
                                      .arg(rep.addresses)
                                      .arg(rep.movements)
                                      .arg(rep.keysets)
                                      .arg(rep.users)},
        {QStringLiteral("Recording limit"), QStringLiteral("%1 h between occurrence and recording").arg(rep.recordingLimitHours)},
    };
    doc.keyValues(head);
    doc.paragraph(QStringLiteral("This pack shows the three layers of segregation: on-chain separation (owner designations, balances "
                                 "held where the register says), access separation (key sets and roles) and record separation (every "
                                 "movement evidenced and recorded in time, positions equal to their movements, an intact audit chain). "
                                 "The same data is in the CSV and JSON files beside this report; manifest.json holds the SHA-256 of "
                                 "every file, signed with the producing user's Ed25519 key."),
                  true);
    for (const Table &t : tables) {
        if (t.name == QLatin1String("summary"))
            continue; // shown above
        CUSTOS_TRY(tableSection(r, rep, t, dir, doc));
    }
    const QString registerId = r.registerId();
    const QString produced = rep.checkedAt;
    doc.setFooter([registerId, produced](int page, int pages) {
        return pdf::Footer{{QStringLiteral("Custos evidence pack"), QStringLiteral("Register %1, produced %2").arg(registerId, produced)},
                           {QStringLiteral("Page %1 of %2").arg(page).arg(pages)}};
    });
    QFile out(dir + QStringLiteral("/report.pdf"));
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    const pdf::DocumentInfo info{QStringLiteral("Segregation evidence"), custodian->name.isEmpty() ? rep.checkedBy : custodian->name,
                                 QStringLiteral("MiCA Art. 75(7) segregation evidence pack"),
                                 QStringLiteral("Custos ") + QLatin1String(CUSTOS_VERSION), QStringLiteral("en")};
    auto pages = doc.write(&out, info);
    if (!pages.ok())
        return pages.error();
    if (!out.flush())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    return okStatus();
}

} // namespace custos::evidence
