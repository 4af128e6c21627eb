#pragma once
// The PDF of a statement: custodian, client, period, issue date and document id; per asset the
// opening balance, every transfer, the closing balance, price and value; the total; the
// segregation note with the addresses that held the assets; a QR code with the document id and
// the content hash; on every page "page X of Y", the document id and the content hash.

#include "pdf/Document.h"
#include "settings/Custodian.h"
#include "statements/StatementData.h"
#include "statements/Texts.h"

namespace custos::statements {

// contentSha256: hex SHA-256 of the canonical JSON twin.
Result<pdf::Document> statementDocument(const StatementData &s, const settings::Custodian &custodian, const Texts &t,
                                        const QString &contentSha256);
pdf::DocumentInfo statementInfo(const StatementData &s, const settings::Custodian &custodian, const Texts &t);

// "0123456789…89abcdef" for long hashes; the JSON twin has the full one.
QString shortHash(const QString &hash);

} // namespace custos::statements
