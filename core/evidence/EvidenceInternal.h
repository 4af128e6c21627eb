#pragma once
// Shared between the evidence pack's writer and verifier (internal to core/evidence).

namespace custos::evidence {

inline constexpr char kManifestFormat[] = "custos-evidence/1";

} // namespace custos::evidence

#include "evidence/Evidence.h"

namespace custos::evidence {

// Tables longer than this are summarised in report.pdf (their CSV and JSON hold every row, and
// the report names their SHA-256): the PDF layer lays a document out in memory before painting.
inline constexpr qint64 kPdfRowLimit = 20000;

// Writes report.pdf into dir from the tables already written there as CSV.
Status writeReportPdf(reg::Register &r, const segregation::Report &report, const QList<Table> &tables, const QString &dir);

} // namespace custos::evidence
