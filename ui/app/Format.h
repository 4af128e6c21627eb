#pragma once
// Display helpers shared by models and pages. Asset amounts are never formatted here: models
// call Amount::toDecimal(decimals) so what the user reads is the exact register value. Fiat
// values are money: formatEur rounds them to the cent for display only.

#include "money/Decimal.h"

#include <QFont>
#include <QString>
#include <QStringView>

#include <optional>

namespace custos::ui {

// A EUR value as money, the way the client statements write it (statements::Texts::money, one
// format for the console and the PDFs): rounded half away from zero to the cent, grouped,
// "€146,183.86" in English, "146.183,86 €" in German and French. language: en, de or fr; empty
// means the interface language in use.
QString formatEur(const Decimal &eur, const QString &language = QString());
// The same for a value as core keeps it in text ("146183.85646", up to 38 decimals); text that
// is not a decimal number comes back unchanged.
QString formatEur(const QString &exact, const QString &language = QString());
// An exact decimal of any scale core writes (0..38 decimals); nullopt when text is not one.
std::optional<Decimal> parseExactDecimal(QStringView text);

QString formatCount(qint64 n);                        // 1,234,567 (grouped in the user's locale)
int pluralCount(qint64 n);                            // n for tr()'s plural choice, clamped to int
QString formatTimestamp(const QString &isoUtc);       // "2024-01-31T12:00:00Z" -> "2024-01-31 12:00:00"
QString shortHash(const QString &hex, int keep = 16); // first characters + "…"
QFont monospaceFont();
QString versionString(); // "0.1.0"

} // namespace custos::ui
