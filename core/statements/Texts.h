#pragma once
// The words and number formats of a statement in the client's language (en, de, fr). The
// strings come from their own Qt Linguist catalog, translations/documents_<lang>.ts (context
// "Statement"), compiled into custos_core under :/i18n. Each Texts owns its QTranslator: no
// application-wide translator is installed, so statements in several languages can be produced
// at the same time on different threads (one Texts per thread).

#include "money/Amount.h"
#include "money/Decimal.h"
#include "util/Result.h"

#include <QDate>
#include <QString>
#include <QTranslator>

#include <memory>

namespace custos::statements {

enum class Text {
    DocumentTitle,
    Custodian,
    PostalAddress,
    Authorisation,
    ContactForDiscrepancies,
    Client,
    ClientId,
    Lei,
    Period,
    PeriodQuarter,
    PeriodRange,
    Kind,
    Quarterly,
    OnRequest,
    IssueDate,
    DocumentId,
    Summary,
    CryptoAsset,
    Opening,
    Closing,
    Price,
    Value,
    TotalValue,
    OpeningOn,
    ClosingOn,
    PriceLine,
    NoPriceNeeded,
    Transfers,
    DateUtc,
    Amount,
    Transaction,
    NoTransfers,
    KindDeposit,
    KindWithdrawal,
    KindFee,
    KindAdjustment,
    KindTransfer,
    Rounding,
    Segregation,
    SegregationText,
    Network,
    Address,
    HeldAs,
    HeldSegregated,
    HeldOmnibus,
    NoAddresses,
    Discrepancy,
    DiscrepancyNoContact,
    Verification,
    VerificationText,
    FooterDocument,
    FooterHash,
    FooterPage,
    AuditHead,
    Count
};

// The English source of a text (as in the catalogs).
const char *sourceText(Text t);
inline constexpr const char *kTextContext = "Statement";

class Texts {
public:
    // en, de or fr; anything else is BadInput naming the language.
    static Result<std::unique_ptr<Texts>> load(const QString &language);

    const QString &language() const { return m_lang; }
    QString operator()(Text t) const;
    QString kind(const QString &movementKind) const;

    // 1234567.5 -> "1,234,567.5" (en) or "1.234.567,5" (de, fr); exact, minimal decimals.
    QString amount(custos::Amount a, int decimals) const;
    // Fixed two decimals with the currency: "€1,234.56" (en), "1.234,56 €" (de, fr).
    QString money(const Decimal &eur) const;
    // A price as recorded, at least two decimals: "58,123.45" / "58.123,45".
    QString number(const Decimal &d, int minDecimals = 2) const;
    QString date(const QDate &d) const;            // "30 Sep 2026" / "30.09.2026" / "30/09/2026"
    QString dateTime(const QString &isoUtc) const; // the date and "HH:mm" (UTC)

private:
    QString grouped(const QString &plainDecimal) const; // "-1234.5" -> localised separators
    QString m_lang;
    std::unique_ptr<QTranslator> m_tr;
};

} // namespace custos::statements
