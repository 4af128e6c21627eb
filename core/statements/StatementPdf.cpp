#include "statements/StatementPdf.h"

#include "pdf/QrCode.h"

#include <QDateTime>

namespace custos::statements {

namespace {

QString periodText(const StatementData &s, const Texts &t)
{
    QString range = t(Text::PeriodRange).arg(t.date(s.period.firstDay), t.date(s.period.lastDay));
    if (s.period.isQuarter)
        return t(Text::PeriodQuarter).arg(s.period.label, t.date(s.period.firstDay), t.date(s.period.lastDay));
    return range;
}

QString withUnit(const QString &amount, const AssetLine &a)
{
    return amount + QLatin1Char(' ') + a.symbol;
}

void summary(pdf::Document &doc, const StatementData &s, const Texts &t)
{
    doc.heading(t(Text::Summary), 2);
    pdf::Table table;
    table.columns = {{t(Text::CryptoAsset), 1.8},
                     {t(Text::Opening), 2.5, pdf::Align::Right},
                     {t(Text::Closing), 2.5, pdf::Align::Right},
                     {t(Text::Price), 1.5, pdf::Align::Right},
                     {t(Text::Value), 2.2, pdf::Align::Right}};
    for (const AssetLine &a : s.assets)
        table.addRow({a.asset, t.amount(a.opening, a.decimals), t.amount(a.closing, a.decimals),
                      a.price ? t.number(*a.price) : QStringLiteral("–"), t.money(a.value)});
    table.addRow({t(Text::TotalValue), QString(), QString(), QString(), t.money(s.totalValue)}, true);
    doc.table(std::move(table));
    doc.paragraph(t(Text::Rounding), true);
}

void assetSection(pdf::Document &doc, const StatementData &s, const AssetLine &a, const Texts &t)
{
    doc.heading(QStringLiteral("%1 · %2").arg(a.symbol, a.asset), 2);
    QList<std::pair<QString, QString>> kv = {
        {t(Text::OpeningOn).arg(t.date(s.period.firstDay)), withUnit(t.amount(a.opening, a.decimals), a)},
        {t(Text::ClosingOn).arg(t.date(s.period.lastDay)), withUnit(t.amount(a.closing, a.decimals), a)},
    };
    if (a.price)
        kv.append(
            {t(Text::Price),
             t(Text::PriceLine).arg(a.symbol, t.date(QDate::fromString(a.priceDate, Qt::ISODate)), t.number(*a.price), a.priceSource)});
    else
        kv.append({t(Text::Price), t(Text::NoPriceNeeded)});
    kv.append({t(Text::Value), t.money(a.value)});
    doc.keyValues(kv);
    if (a.transfers.isEmpty()) {
        doc.paragraph(t(Text::NoTransfers));
        return;
    }
    pdf::Table table;
    table.columns = {{t(Text::DateUtc), 2.3},
                     {t(Text::Kind), 1.6},
                     {t(Text::Amount), 2.9, pdf::Align::Right},
                     {t(Text::Transaction), 2.8, pdf::Align::Left, true}};
    table.addRow({t(Text::Opening), QString(), t.amount(a.opening, a.decimals), QString()}, true);
    for (const TransferLine &tr : a.transfers)
        table.addRow({t.dateTime(tr.occurredAt), t.kind(tr.kind), t.amount(tr.amount, a.decimals), shortHash(tr.txHash)});
    table.addRow({t(Text::Closing), QString(), t.amount(a.closing, a.decimals), QString()}, true);
    doc.heading(t(Text::Transfers), 3);
    doc.table(std::move(table));
}

void segregation(pdf::Document &doc, const StatementData &s, const settings::Custodian &c, const Texts &t)
{
    doc.heading(t(Text::Segregation), 2);
    if (s.addresses.isEmpty()) {
        doc.paragraph(t(Text::NoAddresses));
    } else {
        doc.paragraph(t(Text::SegregationText));
        pdf::Table table;
        table.columns = {{t(Text::Network), 1.3}, {t(Text::Address), 4.6, pdf::Align::Left, true}, {t(Text::HeldAs), 2.6}};
        for (const HoldingAddress &a : s.addresses)
            table.addRow({a.chain, a.address, a.omnibus ? t(Text::HeldOmnibus) : t(Text::HeldSegregated)});
        doc.table(std::move(table));
    }
    doc.paragraph(c.contact.isEmpty() ? t(Text::DiscrepancyNoContact) : t(Text::Discrepancy).arg(c.contact));
}

} // namespace

QString shortHash(const QString &hash)
{
    if (hash.size() <= 24)
        return hash;
    return hash.left(12) + QStringLiteral("…") + hash.right(8);
}

pdf::DocumentInfo statementInfo(const StatementData &s, const settings::Custodian &custodian, const Texts &t)
{
    pdf::DocumentInfo info;
    info.title = QStringLiteral("%1 %2 – %3").arg(t(Text::DocumentTitle), s.period.label, s.client.name);
    info.author = custodian.name;
    info.subject = QStringLiteral("%1: %2 (%3), %4").arg(t(Text::DocumentTitle), s.client.name, s.client.code, s.period.label);
    info.creator = QStringLiteral("Custos %1").arg(QStringLiteral(CUSTOS_VERSION));
    info.language = t.language();
    return info;
}

Result<pdf::Document> statementDocument(const StatementData &s, const settings::Custodian &c, const Texts &t, const QString &contentSha256)
{
    pdf::Document doc;
    doc.setIdentifier(s.documentId);
    doc.heading(t(Text::DocumentTitle));
    QList<std::pair<QString, QString>> head = {{t(Text::Custodian), c.name}};
    if (!c.address.isEmpty())
        head.append({t(Text::PostalAddress), c.address});
    if (!c.authorisationId.isEmpty())
        head.append({t(Text::Authorisation), c.authorisationId});
    if (!c.contact.isEmpty())
        head.append({t(Text::ContactForDiscrepancies), c.contact});
    doc.keyValues(head);
    QList<std::pair<QString, QString>> client = {{t(Text::Client), s.client.name}, {t(Text::ClientId), s.client.code}};
    if (!s.client.lei.isEmpty())
        client.append({t(Text::Lei), s.client.lei});
    client.append({t(Text::Period), periodText(s, t)});
    client.append({t(Text::Kind), s.onRequest ? t(Text::OnRequest) : t(Text::Quarterly)});
    client.append({t(Text::IssueDate), t.dateTime(s.issuedAt) + QStringLiteral(" UTC")});
    client.append({t(Text::DocumentId), s.documentId});
    doc.keyValues(client);

    summary(doc, s, t);
    for (const AssetLine &a : s.assets)
        assetSection(doc, s, a, t);
    segregation(doc, s, c, t);

    doc.heading(t(Text::Verification), 2);
    const QByteArray payload = QStringLiteral("CUSTOS STATEMENT\nid: %1\nsha256: %2").arg(s.documentId, contentSha256).toUtf8();
    auto qr = pdf::qrCode(payload);
    if (!qr.ok())
        return qr.error();
    doc.grid(*qr, 34,
             {t(Text::FooterDocument).arg(s.documentId), QStringLiteral("SHA-256:"), contentSha256.left(32), contentSha256.mid(32)});
    doc.paragraph(t(Text::VerificationText), true);
    if (!s.auditHead.signature.isEmpty())
        doc.paragraph(t(Text::AuditHead).arg(s.auditHead.seq).arg(s.auditHead.hash.left(16) + QStringLiteral("…"), s.auditHead.user), true);

    const QString docLine = t(Text::FooterDocument).arg(s.documentId);
    const QString hashLine = t(Text::FooterHash).arg(contentSha256);
    const QString pageText = t(Text::FooterPage);
    doc.setFooter([docLine, hashLine, pageText](int page, int pages) {
        return pdf::Footer{{docLine, hashLine}, {pageText.arg(page).arg(pages)}};
    });
    return doc;
}

} // namespace custos::statements
