#include "statements/Texts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <iterator>

namespace custos::statements {

namespace {

// Indexed by Text. lupdate reads the QT_TRANSLATE_NOOP markers (context "Statement").
constexpr const char *kSources[] = {
    QT_TRANSLATE_NOOP("Statement", "Statement of client assets"),
    QT_TRANSLATE_NOOP("Statement", "Custodian"),
    QT_TRANSLATE_NOOP("Statement", "Postal address"),
    QT_TRANSLATE_NOOP("Statement", "Authorisation"),
    QT_TRANSLATE_NOOP("Statement", "Contact for discrepancies"),
    QT_TRANSLATE_NOOP("Statement", "Client"),
    QT_TRANSLATE_NOOP("Statement", "Client id"),
    QT_TRANSLATE_NOOP("Statement", "LEI"),
    QT_TRANSLATE_NOOP("Statement", "Period"),
    QT_TRANSLATE_NOOP("Statement", "%1 (%2 to %3)"),
    QT_TRANSLATE_NOOP("Statement", "%1 to %2"),
    QT_TRANSLATE_NOOP("Statement", "Type"),
    QT_TRANSLATE_NOOP("Statement", "Quarterly statement"),
    QT_TRANSLATE_NOOP("Statement", "Statement on request"),
    QT_TRANSLATE_NOOP("Statement", "Date of issue"),
    QT_TRANSLATE_NOOP("Statement", "Document id"),
    QT_TRANSLATE_NOOP("Statement", "Summary"),
    QT_TRANSLATE_NOOP("Statement", "Crypto-asset"),
    QT_TRANSLATE_NOOP("Statement", "Opening balance"),
    QT_TRANSLATE_NOOP("Statement", "Closing balance"),
    QT_TRANSLATE_NOOP("Statement", "Price (EUR)"),
    QT_TRANSLATE_NOOP("Statement", "Value (EUR)"),
    QT_TRANSLATE_NOOP("Statement", "Total value"),
    QT_TRANSLATE_NOOP("Statement", "Opening balance on %1"),
    QT_TRANSLATE_NOOP("Statement", "Closing balance on %1"),
    QT_TRANSLATE_NOOP("Statement", "Price of %1 on %2: %3 per unit (source: %4)"),
    QT_TRANSLATE_NOOP("Statement", "No price is needed: the closing balance is zero."),
    QT_TRANSLATE_NOOP("Statement", "Transfers in the period"),
    QT_TRANSLATE_NOOP("Statement", "Date (UTC)"),
    QT_TRANSLATE_NOOP("Statement", "Amount"),
    QT_TRANSLATE_NOOP("Statement", "Transaction"),
    QT_TRANSLATE_NOOP("Statement", "No transfers in the period."),
    QT_TRANSLATE_NOOP("Statement", "deposit"),
    QT_TRANSLATE_NOOP("Statement", "withdrawal"),
    QT_TRANSLATE_NOOP("Statement", "fee"),
    QT_TRANSLATE_NOOP("Statement", "adjustment"),
    QT_TRANSLATE_NOOP("Statement", "transfer"),
    // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one sentence split over two lines on purpose; the static_assert below checks one source text per Text.
    QT_TRANSLATE_NOOP("Statement", "Values in EUR are the closing balance times the price, rounded half away from zero to the cent; "
                                   "the total is the sum of the rounded values. Balances are exact."),
    QT_TRANSLATE_NOOP("Statement", "Safekeeping and segregation"),
    QT_TRANSLATE_NOOP("Statement", "The custodian holds your crypto-assets apart from its own assets (MiCA Article 75(7)). "
                                   "In this period they were held on these addresses:"),
    QT_TRANSLATE_NOOP("Statement", "Network"),
    QT_TRANSLATE_NOOP("Statement", "Address"),
    QT_TRANSLATE_NOOP("Statement", "Held as"),
    QT_TRANSLATE_NOOP("Statement", "segregated (designated to you)"),
    QT_TRANSLATE_NOOP("Statement", "omnibus (pooled client assets)"),
    QT_TRANSLATE_NOOP("Statement", "No address held crypto-assets for you in this period."),
    QT_TRANSLATE_NOOP("Statement", "If this statement differs from your own records, please report the discrepancy to: %1"),
    QT_TRANSLATE_NOOP("Statement", "If this statement differs from your own records, please report the discrepancy to the "
                                   "custodian at the address above."),
    QT_TRANSLATE_NOOP("Statement", "Verification"),
    QT_TRANSLATE_NOOP("Statement", "The QR code holds the document id and the SHA-256 of this statement's data (its JSON twin, "
                                   "sent with it). The custodian keeps a record of every statement it issues and confirms on "
                                   "request that a document is unchanged."),
    QT_TRANSLATE_NOOP("Statement", "Document %1"),
    QT_TRANSLATE_NOOP("Statement", "SHA-256 of the data: %1"),
    QT_TRANSLATE_NOOP("Statement", "page %1 of %2"),
    QT_TRANSLATE_NOOP("Statement", "Register audit head: entry %1, hash %2, signed by %3"),
};
static_assert(std::size(kSources) == size_t(Text::Count), "one source text per Text");

} // namespace

const char *sourceText(Text t)
{
    return kSources[size_t(t)];
}

Result<std::unique_ptr<Texts>> Texts::load(const QString &language)
{
    if (language != QLatin1String("en") && language != QLatin1String("de") && language != QLatin1String("fr"))
        return makeError(ErrorCode::BadInput, QStringLiteral("statements are written in en, de or fr, not '%1'").arg(language));
    auto t = std::make_unique<Texts>();
    t->m_lang = language;
    t->m_tr = std::make_unique<QTranslator>();
    const QString catalog = QStringLiteral(":/i18n/documents_%1.qm").arg(language);
    if (!t->m_tr->load(catalog))
        return makeError(ErrorCode::Internal, QStringLiteral("the statement catalog %1 is missing from this build of Custos").arg(catalog));
    return t;
}

QString Texts::operator()(Text t) const
{
    const char *source = sourceText(t);
    const QString s = m_tr->translate(kTextContext, source);
    return s.isEmpty() ? QString::fromUtf8(source) : s;
}

QString Texts::kind(const QString &movementKind) const
{
    static const std::pair<const char *, Text> kinds[] = {{"deposit", Text::KindDeposit},
                                                          {"withdrawal", Text::KindWithdrawal},
                                                          {"fee", Text::KindFee},
                                                          {"adjustment", Text::KindAdjustment},
                                                          {"transfer", Text::KindTransfer}};
    for (const auto &[name, text] : kinds)
        if (movementKind == QLatin1String(name))
            return (*this)(text);
    return movementKind;
}

QString Texts::grouped(const QString &plain) const
{
    const bool en = m_lang == QLatin1String("en");
    const QChar group = en ? QLatin1Char(',') : QLatin1Char('.');
    const QChar point = en ? QLatin1Char('.') : QLatin1Char(',');
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString body = negative ? plain.mid(1) : plain;
    const qsizetype dot = body.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? body : body.left(dot);
    QString out;
    out.reserve(plain.size() + whole.size() / 3 + 1);
    if (negative)
        out += QLatin1Char('-');
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            out += group;
        out += whole[i];
    }
    if (dot >= 0)
        out += point + body.mid(dot + 1);
    return out;
}

QString Texts::amount(custos::Amount a, int decimals) const
{
    return grouped(a.toDecimal(decimals));
}

QString Texts::money(const Decimal &eur) const
{
    auto cents = eur.rescaled(2, RoundingMode::HalfAwayFromZero);
    const QString text = grouped(cents.ok() ? cents->toFixed() : eur.toFixed());
    if (m_lang == QLatin1String("en"))
        return text.startsWith(QLatin1Char('-')) ? QStringLiteral("-€") + text.mid(1) : QStringLiteral("€") + text;
    return text + QStringLiteral(" €");
}

QString Texts::number(const Decimal &d, int minDecimals) const
{
    QString s = d.toString(); // exact and minimal
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const int shown = dot < 0 ? 0 : int(s.size() - dot - 1);
    if (shown < minDecimals) {
        if (dot < 0)
            s += QLatin1Char('.');
        s += QString(minDecimals - shown, QLatin1Char('0'));
    }
    return grouped(s);
}

QString Texts::date(const QDate &d) const
{
    if (m_lang == QLatin1String("de"))
        return d.toString(QStringLiteral("dd.MM.yyyy"));
    if (m_lang == QLatin1String("fr"))
        return d.toString(QStringLiteral("dd/MM/yyyy"));
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, QStringLiteral("d MMM yyyy"));
}

QString Texts::dateTime(const QString &isoUtc) const
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return isoUtc;
    const QDateTime utc = t.toUTC();
    return date(utc.date()) + QLatin1Char(' ') + utc.time().toString(QStringLiteral("HH:mm"));
}

} // namespace custos::statements
